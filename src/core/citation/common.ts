/**
 * Pieces shared by the style families: titles in quotation marks or italics, editions, DOIs,
 * and the test for types whose title is quoted (parts of a larger work, unpublished items).
 *
 * Functions are written `const f = (function f(…) {…})`: V8 compiles a parenthesized function
 * when the module loads instead of on its first call, so the first citation does not wait for
 * the compiler (ARCHITECTURE.md, "The first citation").
 */
import type { CslName, Source } from '../model';
import { isDigits } from './chars';
import { joinNames } from './names';
import { italic, plain, Rich, url } from './rich';
import { capitalizeFirst, quoted, smartQuotes, titleCase } from './titles';

/** Item types whose title is set in quotation marks when they have a container. */
const PART_TYPES = new Set(['article-journal', 'article-newspaper', 'article-magazine', 'chapter', 'post-weblog', 'webpage']);

/** Unpublished types whose title is set in quotation marks (manuscripts, theses, interviews, letters). */
const UNPUBLISHED_TYPES = new Set(['manuscript', 'thesis', 'interview', 'letter']);

/**
 * True if this item's title is quoted rather than italic: unpublished items, web pages, and
 * parts of a larger work that is named (an article whose periodical is unknown stands alone,
 * as in CSL).
 */
export const titleIsQuoted = (function titleIsQuoted(s: Source): boolean {
  if (UNPUBLISHED_TYPES.has(s.type) || s.type === 'webpage') return true;
  return PART_TYPES.has(s.type) && !!s['container-title'];
});

/**
 * The title (or `title-short` when `short`), title-cased if the style does so, set in
 * quotation marks or italics as `isQuoted` says.
 */
export const titleRich = (function titleRich(s: Source, isQuoted: boolean, short = false, caseTitle = true): Rich {
  const text = (short && s['title-short']) || s.title || '';
  const t = caseTitle ? titleCase(text) : text;
  if (!t) return [];
  return isQuoted ? plain(quoted(t)) : italic(smartQuotes(t, false));
});

/** A container title (journal, book, blog) in italics, title-cased. */
export const containerRich = (function containerRich(s: Source, caseTitle = true): Rich {
  const c = s['container-title'];
  if (!c) return [];
  return italic(smartQuotes(caseTitle ? titleCase(c) : c, false));
});

/** "2nd ed." from "2"; text editions ("Rev. ed.") as stored. */
export const editionText = (function editionText(edition: string | undefined, suffix = 'ed.'): string {
  if (!edition) return '';
  if (!isDigits(edition)) return edition;
  const n = Number(edition);
  const tens = n % 100;
  const ord = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${ord} ${suffix}`;
});

/** The DOI as a link, or else the URL; empty when neither. */
export const linkRich = (function linkRich(s: Source): Rich {
  if (s.DOI) return url(s.DOI.startsWith('http:') || s.DOI.startsWith('https:') ? s.DOI : `https://doi.org/${s.DOI}`);
  return s.URL ? url(s.URL) : [];
});

/** "Place: Publisher" (either alone when the other is missing). */
export const placePublisher = (function placePublisher(s: Source, withPlace: boolean): string {
  // The 18th edition leaves out the place, except where it is all that is known.
  const place = withPlace || !s.publisher ? s['publisher-place'] : undefined;
  return [place, s.publisher].filter(Boolean).join(': ');
});

/**
 * What stands for an untitled letter or interview in a short citation: "Letter to Khrushchev",
 * "Interview by Lankov"; empty for other works. `and` joins two or more names.
 */
export const untitledDescription = (function untitledDescription(s: Source, and: string): string {
  const families = (names: readonly CslName[] | undefined) =>
    joinNames((names ?? []).map((n) => n.literal ?? n.family ?? '').filter(Boolean), { and, serialComma: 'never' });
  if (s.type === 'letter') {
    const to = families(s.recipient);
    return to ? `Letter to ${to}` : 'Letter';
  }
  if (s.type === 'interview') {
    const by = families(s.interviewer);
    return by ? `Interview by ${by}` : 'Interview';
  }
  return '';
});

/** Text with its first letter capitalized, as a plain run. */
export const capPlain = (function capPlain(text: string | undefined): Rich {
  return text ? plain(capitalizeFirst(text)) : [];
});

/** "Working Paper no. 39" (numeric numbers take "no."), "National Intelligence Estimate 42.2-58". */
export const seriesNumber = (function seriesNumber(s: Source, capital = false): string {
  if (!s.number) return s.genre ?? '';
  const no = isDigits(s.number) ? `${capital ? 'No.' : 'no.'} ${s.number}` : s.number;
  return [s.genre, no].filter(Boolean).join(' ');
});

/**
 * Letters and interviews that no reader can consult (no archive, publisher, number, container
 * or link) are personal communications: cited in full in the text or notes and left out of
 * bibliographies and reference lists (CMOS 17th ed. 14.111; APA 8.9).
 */
export const isPersonalCommunication = (function isPersonalCommunication(s: Source): boolean {
  if (s.type !== 'letter' && s.type !== 'interview') return false;
  return !(s.archive || s['archive-place'] || s['container-title'] || s.DOI || s.URL || s.number || s.publisher);
});

/** True when an access date is printed: an online work with no publication date (CMOS 17th ed. 14.15). */
export const showsAccessed = (function showsAccessed(s: Source): boolean {
  return !s.issued?.['date-parts']?.[0]?.[0] && !!s.accessed && !!(s.URL || s.DOI);
});
