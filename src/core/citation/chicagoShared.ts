/**
 * Pieces shared by the Chicago notes, bibliography and author-date formatters: names,
 * creators and their substitutes, publication facts, archive details and journal details.
 */
import type { CslName, Source } from '../model';
import { capPlain, containerRich, linkRich as bareLink, placePublisher, showsAccessed } from './common';
import { formatDate, formatYear, withoutDays } from './dates';
import { Locator, isArchivalLocator, locatorText } from './locators';
import { type NameListOptions, displayName, familyName, invertedNameDemoted, joinNames } from './names';
import { Rich, capitalized, cat, join, plain } from './rich';

/** The edition of the Manual a formatter follows. */
export type ChicagoEdition = 17 | 18;

export const RANGE = 'chicago-16' as const;

/** The URL or DOI, preceded by the access date for undated online works (CMOS 17th ed. 14.15). */
export function chicagoLink(s: Source, bib = false): Rich {
  const link = bareLink(s);
  if (!showsAccessed(s)) return link;
  return join([plain(`${bib ? 'Accessed' : 'accessed'} ${formatDate(s.accessed)}`), link], bib ? '. ' : ', ');
}

/** Names in a note: "A and B", "A, B, and C", "A et al." (3+ in the 18th ed., 4+ in the 17th). */
export function noteNames(names: CslName[] | undefined, ed: ChicagoEdition, short = false): string {
  if (!names?.length) return '';
  const fmt = short ? familyName : displayName;
  return joinNames(names.map(fmt), noteNameList(ed));
}

/** How a note (and an author-date citation) joins names: "A and B", "A, B, and C", "A et al.". */
export function noteNameList(ed: ChicagoEdition): NameListOptions {
  return { and: 'and', serialComma: 'contextual', etAlMin: ed === 18 ? 3 : 4, etAlUseFirst: 1 };
}

/** When a bibliography entry shortens its names to the first few and "et al.". */
function entryEtAl(ed: ChicagoEdition): Pick<NameListOptions, 'etAlMin' | 'etAlUseFirst'> {
  return { etAlMin: ed === 18 ? 7 : 11, etAlUseFirst: ed === 18 ? 3 : 7 };
}

/** Names in a bibliography: "Scalapino, Robert A., and Chong-Sik Lee". */
export function bibNames(names: CslName[] | undefined, ed: ChicagoEdition): string {
  if (!names?.length) return '';
  const list = names.map((n, i) => (i === 0 ? invertedNameDemoted(n) : displayName(n)));
  return joinNames(list, { and: 'and', serialComma: 'always', ...entryEtAl(ed), commaBeforeEtAl: true });
}

/** Who stands first: the authors, else the editors (with "ed."/"eds."), else nobody. */
export function creators(s: Source, ed: ChicagoEdition, mode: 'note' | 'bib' | 'short'): Rich {
  const names = s.author?.length ? s.author : s.editor;
  if (!names?.length) return [];
  const text = mode === 'bib' ? bibNames(names, ed) : noteNames(names, ed, mode === 'short');
  if (names === s.author || mode === 'short') return plain(text);
  return plain(`${text}, ${names.length > 1 ? 'eds.' : 'ed.'}`);
}

/** The newspaper, blog or site that stands in for a missing author. */
export function authorSubstitute(s: Source): Rich {
  if (s.author?.length || s.editor?.length) return [];
  // An unsigned blog post is listed under its own title, as the CSL style lists it.
  if (s.type === 'article-newspaper' || s.type === 'article-magazine') return containerRich(s);
  if (s.type === 'webpage' && s['container-title']) return plain(s['container-title']);
  return [];
}

/** Editors and translators after the title: "ed. X, trans. Y" in a note, "edited by X, translated by Y" in a bibliography. */
export function contributors(s: Source, ed: ChicagoEdition, bib: boolean): Rich {
  return join(contributorParts(s, ed, bib), ', ');
}

/** A bibliography entry's editors and translators, each a sentence of its own: "Edited by X. Translated by Y". */
export function contributorSentences(s: Source, ed: ChicagoEdition): Rich {
  return join(contributorParts(s, ed, true).map(capitalized), '. ');
}

function contributorParts(s: Source, ed: ChicagoEdition, bib: boolean): Rich[] {
  const parts: Rich[] = [];
  const editorsLead = !s.author?.length;
  const names = (list: CslName[]) => (bib ? entryContributorNames(list, ed) : noteNames(list, ed));
  if (s.editor?.length && !editorsLead) parts.push(plain(`${bib ? 'edited by' : 'ed.'} ${names(s.editor)}`));
  if (s.translator?.length) parts.push(plain(`${bib ? 'translated by' : 'trans.'} ${names(s.translator)}`));
  return parts;
}

/** Editors or translators in a bibliography entry, in display order and with the entry's "et al." rule. */
function entryContributorNames(names: CslName[], ed: ChicagoEdition): string {
  return joinNames(names.map(displayName), { and: 'and', serialComma: 'contextual', ...entryEtAl(ed) });
}

/** "(Place: Publisher, Year)" for notes; the 18th ed. drops the place. */
export function publication(s: Source, ed: ChicagoEdition): string {
  return [placePublisher(s, ed === 17), chicagoYear(s)].filter(Boolean).join(', ');
}

/**
 * Archive details in note order: a document locator (paragraph, section…), the location
 * (box, folder), an archival locator (page, folio, column), collection, archive and place.
 */
export function archiveNote(s: Source, loc: Locator | undefined): Rich {
  const archival = loc && isArchivalLocator(loc);
  return join([
    loc && !archival ? plain(locatorText(loc, 'chicago')) : undefined,
    plain(s.archive_location ?? ''),
    loc && archival ? plain(locatorText(loc, 'chicago', !!s.archive_location)) : undefined,
    plain(s.archive_collection ?? ''),
    plain([s.archive, s['archive-place']].filter(Boolean).join(', ')),
  ], ', ');
}

/** Archive details in bibliography order, each its own sentence. */
export function archiveBib(s: Source): Rich {
  return join([
    capPlain(s.archive_location),
    plain(s.archive_collection ?? ''),
    plain([s.archive, s['archive-place']].filter(Boolean).join(', ')),
  ], '. ');
}

/** The date a note or bibliography entry gives; "n.d." when there is none (a web page is dated by its access instead). */
export function chicagoDate(s: Source): string {
  return formatDate(s.issued) || (s.type === 'webpage' ? '' : 'n.d.');
}

/** The year of publication; "n.d." when there is none. */
export function chicagoYear(s: Source): string {
  return formatYear(s.issued) || 'n.d.';
}

/**
 * The journal's volume, issue and date: "*Korean Studies* 26, no. 1 (2002)". The date is month
 * and year ("3 (March 2011)"), never the day; the 18th edition gives only the year when there
 * are both a volume and an issue. A numbered issue without a date gets "n.d.".
 */
export function journalSource(s: Source, ed: ChicagoEdition): Rich {
  const head = join([containerRich(s), plain(s.volume ?? '')], ' ');
  const withIssue = s.issue ? join([head, plain(`no. ${s.issue}`)], ', ') : head;
  const date = ed === 18 && s.volume && s.issue ? formatYear(s.issued) : formatDate(withoutDays(s.issued));
  // Without a volume or an issue, the date follows the journal as a periodical's does: "*Bulletin*, Winter 2003".
  if (!s.volume && !s.issue) return join([withIssue, plain(date)], ', ');
  return cat(withIssue, ` (${date || 'n.d.'})`);
}
