/**
 * APA Publication Manual, 7th edition: parenthetical and narrative citations
 * and reference-list entries (chapters 9–10). Modelled on, and tested against, the official
 * CSL style `apa`.
 */
import type { CslName, Source } from '../model';
import { containerRich, editionText, isPersonalCommunication, linkRich, seriesNumber, showsAccessed, titleIsQuoted, untitledDescription } from './common';
import { formatDate, formatYear } from './dates';
import { Locator, locatorText } from './locators';
import { formatRange } from './pageRanges';
import { NameForm, citeName, displayName, familyName, initials, invertedInitials, joinNames } from './names';
import { Rich, cat, isEmpty, italic, join, plain, wrap } from './rich';
import { quoted, smartQuotes } from './titles';

/** Names in a citation: "Scalapino & Lee" (parenthetical) or "Scalapino and Lee" (narrative, APA 8.17); "A. Kim" with `forms`. */
function citeNames(names: CslName[], narrative: boolean, forms: readonly NameForm[]): string {
  return joinNames(names.map((n, i) => citeName(n, forms[i])), { and: narrative ? 'and' : '&', serialComma: 'contextual', etAlMin: 3, etAlUseFirst: 1 });
}

/** Reference-list names: "Scalapino, R. A., & Lee, C.-S."; 21 or more: first 19, "…", last. */
function entryNames(names: CslName[]): string {
  return joinNames(names.map(invertedInitials), { and: '&', serialComma: 'always', etAlMin: 21, etAlUseFirst: 19, etAlUseLast: true });
}

/** A person with initials first, "J. Doe"; an institution by its name. */
function initialsFirst(n: CslName): string {
  return [initials(n.given), familyName(n)].filter(Boolean).join(' ');
}

/** Contributors in the order "J. Doe & R. Roe", as APA names editors and translators. */
function personList(names: CslName[]): string {
  return joinNames(names.map(initialsFirst), { and: '&', serialComma: 'contextual' });
}

/** The work's title: italic for works that stand alone, plain for parts. */
function entryTitle(s: Source): Rich {
  const t = smartQuotes(s.title, false);
  if (!t) return [];
  return isPart(s) ? plain(t) : italic(t);
}

function isPart(s: Source): boolean {
  return titleIsQuoted(s) && !['manuscript', 'thesis', 'interview', 'webpage'].includes(s.type);
}

/** The title that stands for an unsigned work in a citation: quoted for parts, italic otherwise. */
function citeTitle(s: Source): Rich {
  const t = (s['title-short'] || s.title) ?? '';
  // An untitled letter or interview is described in brackets: "[Letter to Khrushchev]", as the CSL style prints it.
  if (!t) return plain(untitledDescription(s, '&') ? `[${untitledDescription(s, '&')}]` : '');
  return isPart(s) ? plain(quoted(t)) : italic(smartQuotes(t, false));
}

/**
 * "(Szalontai, 2003–2004, p. 99)"; narrative: "Szalontai (2003–2004, p. 99)". `forms`: the
 * initials that tell the first author apart from another of the same family name (APA 8.20).
 */
export function apaCitation(s: Source, loc: Locator | undefined, narrative: boolean, yearSuffix = '', forms: readonly NameForm[] = []): Rich {
  if (isPersonalCommunication(s) && s.author?.length) {
    // "(K. Weathersby, personal communication, February 11, 2021)" (APA 8.9).
    const who = joinNames(s.author.map(initialsFirst), { and: narrative ? 'and' : '&', serialComma: 'contextual' });
    const rest = ['personal communication', formatDate(s.issued), loc ? locatorText(loc, 'apa') : ''].filter(Boolean).join(', ');
    return plain(narrative ? `${who} (${rest})` : `(${who}, ${rest})`);
  }
  const names = s.author?.length ? s.author : s.editor;
  const who = names?.length ? plain(citeNames(names, narrative, forms)) : citeTitle(s);
  const year = plain((formatYear(s.issued) || 'n.d.') + yearSuffix);
  const pin = loc ? plain(locatorText(loc, 'apa')) : undefined;
  if (narrative) return cat(who, ' (', join([year, pin], ', '), ')');
  return wrap('(', join([who, year, pin], ', '), ')');
}

/** Types dated by day or month in a reference: periodicals, posts, pages, letters, interviews. */
const FULL_DATE = new Set(['post-weblog', 'article-newspaper', 'article-magazine', 'webpage', 'letter', 'interview']);

/** "(2015, August 30)", "(1992, March)", "(2003–2004)", "(2002a)", "(n.d.)". */
function entryDate(s: Source, suffix: string): string {
  const parts = s.issued?.['date-parts'];
  if (!parts?.[0]?.[0]) return `(n.d.${suffix ? '-' + suffix : ''})`;
  if (!FULL_DATE.has(s.type) || (parts.length > 1 && parts[1][0] !== parts[0][0])) return `(${formatYear(s.issued)}${suffix})`;
  const [year, ...rest] = formatDate({ ...s.issued, 'date-parts': [parts[0]] }, 'ymd').split(', ');
  return `(${[year + suffix, ...rest].join(', ')})`;
}

/** Archive details: "Collection (box 11, folder 5/b), Archive, Place". */
function archive(s: Source): Rich {
  const location = s.archive_location ? `(${s.archive_location})` : '';
  // Without a collection the box and folder follow the archive: "Archive (delo 486), Place".
  if (!s.archive_collection) return plain([[s.archive, location].filter(Boolean).join(' '), s['archive-place']].filter(Boolean).join(', '));
  return plain([`${s.archive_collection}${location ? ' ' + location : ''}`, s.archive, s['archive-place']].filter(Boolean).join(', '));
}

/** A reference-list entry, with its final punctuation (a DOI or URL ends it without a period). */
export function apaEntry(s: Source, yearSuffix = ''): Rich {
  const names = s.author?.length ? s.author : s.editor;
  const edited = !s.author?.length && !!s.editor?.length;
  const date = plain(entryDate(s, yearSuffix));
  const title = entryTitle(s);
  const desc = (text: string | undefined) => (text ? plain(`[${text}]`) : undefined);
  // Edition and volume share one parenthesis after the title: "(2nd ed., Vol. 2)".
  const editionVolume = [editionText(s.edition), s.volume ? `Vol. ${s.volume}` : ''].filter(Boolean).join(', ');
  // The pages of a part of a book, report or thesis: "pp. 101–108".
  const partPages = s.page ? locatorText({ label: 'page', value: s.page }, 'apa') : '';
  const editionVolumePages = [editionVolume, partPages].filter(Boolean).join(', ');
  const edition = editionVolumePages ? plain(`(${editionVolumePages})`) : undefined;
  const publisher = plain(s.publisher ?? '');
  const link = linkRich(s);
  let body: Rich[];
  // A description in brackets after the title ("[Transcript]", "[PhD diss.]").
  let description: Rich | undefined;
  switch (s.type) {
    case 'article-journal':
    case 'article-magazine':
    case 'article-newspaper': {
      const vol = s.volume ? italic(s.volume) : undefined;
      const volIssue = cat(vol, s.issue ? `(${s.issue})` : undefined);
      const pages = s.page ? plain(formatRange(s.page, 'expanded')) : undefined;
      body = [title, join([containerRich(s, false), volIssue, pages], ', ')];
      break;
    }
    case 'post-weblog':
      body = [title, join([containerRich(s, false), s.page ? plain(formatRange(s.page, 'expanded')) : undefined], ', ')];
      break;
    case 'webpage':
      // Web pages are italic like stand-alone works.
      body = [title, plain(s['container-title'] ?? '')];
      break;
    case 'chapter': {
      const editors = s.editor?.length ? personList(s.editor) : '';
      const edLabel = s.editor && s.editor.length > 1 ? 'Eds.' : 'Ed.';
      const pages = partPages;
      const book = containerRich(s, false);
      if (isEmpty(book)) {
        // An unnamed book: its editors and the pages follow the chapter's title, "(O. A. Westad, Ed.; pp. 189–225)".
        const details = [editors ? `${editors}, ${edLabel}` : '', pages].filter(Boolean).join('; ');
        body = [join([title, details ? plain(`(${details})`) : undefined], ' '), publisher];
      } else {
        // Editors who stand in for the author are not named again after "In".
        const eds = editors && names !== s.editor ? `${editors} (${edLabel}), ` : '';
        const details = [editionVolume, pages].filter(Boolean).join(', ');
        body = [title, cat(`In ${eds}`, book, details ? ` (${details})` : ''), publisher];
      }
      break;
    }
    case 'manuscript':
      body = [title, archive(s)];
      description = desc(s.genre);
      break;
    case 'letter': {
      const to = s.recipient?.length ? `Letter to ${joinNames(s.recipient.map(displayName), { and: '&', serialComma: 'contextual' })}` : 'Letter';
      body = [join([title, desc(to)], ' '), archive(s)];
      break;
    }
    case 'interview': {
      const by = s.interviewer?.length
        ? plain(`(${s.interviewer.map(initialsFirst).join(', ')}, Interviewer)`)
        : undefined;
      body = [join([title, by], ' '), plain(s.archive ?? '')];
      description = desc(s.medium ? s.medium[0].toUpperCase() + s.medium.slice(1) : undefined);
      break;
    }
    case 'thesis':
      body = [join([title, partPages ? plain(`(${partPages})`) : undefined], ' '), publisher];
      description = desc(s.genre);
      break;
    case 'report': {
      // A numbered report gives its kind with the number; an unnumbered one in brackets: "[Working Paper]".
      const series = [s.number ? seriesNumber(s, true) : '', s['collection-title'], partPages].filter(Boolean).join('; ');
      body = [join([title, series ? plain(`(${series})`) : undefined, editionVolume ? plain(`(${editionVolume})`) : undefined], ' '), publisher];
      description = s.number ? undefined : desc(s.genre);
      break;
    }
    case 'book':
    default: {
      // Editors of an authored book and translators follow the title: "(J. Doe, Ed.; J. Smith, Trans.)".
      const roles = [
        s.author?.length && s.editor?.length ? `${personList(s.editor)}, ${s.editor.length > 1 ? 'Eds.' : 'Ed.'}` : '',
        s.translator?.length ? `${personList(s.translator)}, Trans.` : '',
      ].filter(Boolean).join('; ');
      body = [join([title, edition, roles ? plain(`(${roles})`) : undefined], ' '), publisher];
    }
  }
  let head: Rich;
  if (names?.length) {
    head = join([plain(entryNames(names) + (edited ? ` (${names.length > 1 ? 'Eds.' : 'Ed.'})` : '')), date], '. ');
    body = [join([body[0], description], ' '), ...body.slice(1)];
  } else {
    // No author: the title moves to the author position; a description in brackets follows the date.
    head = join([body[0], date], '. ');
    body = [description ?? [], ...body.slice(1)];
  }
  const text = join([head, ...body], '. ');
  if (isEmpty(link)) return cat(text, '.');
  // Undated pages that change: "Retrieved March 3, 2024, from URL".
  const retrieved = showsAccessed(s) ? cat(`Retrieved ${formatDate(s.accessed)}, from `, link) : link;
  return join([cat(text, '.'), retrieved], ' ');
}
