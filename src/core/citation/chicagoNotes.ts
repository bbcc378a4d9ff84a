/**
 * Chicago notes and bibliography, 18th and 17th editions (CMOS chapter 14): full notes,
 * shortened notes, "Ibid." and bibliography entries for every supported item type.
 * Modelled on, and tested against, the official CSL styles `chicago-notes-bibliography`
 * and `chicago-notes-bibliography-17th-edition`.
 */
import type { CslName, Source } from '../model';
import {
  capPlain, containerRich, editionText, linkRich as bareLink, placePublisher, seriesNumber, showsAccessed, titleIsQuoted,
  titleRich,
} from './common';
import { formatDate, formatDateNoYear, formatYear } from './dates';
import { Locator, formatRange, isArchivalLocator, locatorText } from './locators';
import { displayName, familyName, invertedName, joinNames } from './names';
import { Rich, cat, isEmpty, join, plain, wrap } from './rich';

/** The edition of the Manual a formatter follows. */
export type ChicagoEdition = 17 | 18;

const RANGE = 'chicago-16' as const;

/** The URL or DOI, preceded by the access date for undated online works (CMOS 14.15). */
function linkRich(s: Source, bib = false): Rich {
  const link = bareLink(s);
  if (!showsAccessed(s)) return link;
  return join([plain(`${bib ? 'Accessed' : 'accessed'} ${formatDate(s.accessed)}`), link], bib ? '. ' : ', ');
}

/** Names in a note: "A and B", "A, B, and C", "A et al." (3+ in the 18th ed., 4+ in the 17th). */
export function noteNames(names: CslName[] | undefined, ed: ChicagoEdition, short = false): string {
  if (!names?.length) return '';
  const fmt = short ? familyName : displayName;
  return joinNames(names.map(fmt), { and: 'and', serialComma: 'contextual', etAlMin: ed === 18 ? 3 : 4, etAlUseFirst: 1 });
}

/** Names in a bibliography: "Scalapino, Robert A., and Chong-Sik Lee". */
export function bibNames(names: CslName[] | undefined, ed: ChicagoEdition): string {
  if (!names?.length) return '';
  const list = names.map((n, i) => (i === 0 ? invertedName(n) : displayName(n)));
  return joinNames(list, {
    and: 'and', serialComma: 'always',
    etAlMin: ed === 18 ? 7 : 11, etAlUseFirst: ed === 18 ? 3 : 7, commaBeforeEtAl: true,
  });
}

/** Who stands first: the authors, else the editors (with "ed."/"eds."), else nobody. */
function creators(s: Source, ed: ChicagoEdition, mode: 'note' | 'bib' | 'short'): Rich {
  const names = s.author?.length ? s.author : s.editor;
  if (!names?.length) return [];
  const text = mode === 'bib' ? bibNames(names, ed) : noteNames(names, ed, mode === 'short');
  if (names === s.author || mode === 'short') return plain(text);
  return plain(`${text}, ${names.length > 1 ? 'eds.' : 'ed.'}`);
}

/** The newspaper, blog or site that stands in for a missing author. */
export function authorSubstitute(s: Source): Rich {
  if (s.author?.length || s.editor?.length) return [];
  if (s.type === 'article-newspaper' || s.type === 'article-magazine' || s.type === 'post-weblog') return containerRich(s);
  if (s.type === 'webpage' && s['container-title']) return plain(s['container-title']);
  return [];
}

/** Editors and translators after the title: "ed. X", "edited by X". */
function contributors(s: Source, ed: ChicagoEdition, bib: boolean): Rich {
  const parts: Rich[] = [];
  const editorsLead = !s.author?.length;
  if (s.editor?.length && !editorsLead) parts.push(plain(`${bib ? 'edited by' : 'ed.'} ${noteNames(s.editor, ed === 18 ? 18 : 17)}`));
  if (s.translator?.length) parts.push(plain(`${bib ? 'translated by' : 'trans.'} ${noteNames(s.translator, ed)}`));
  return join(parts, ', ');
}

/** "(Place: Publisher, Year)" for notes; 18th ed. drops the place (CMOS 18 14.30). */
function publication(s: Source, ed: ChicagoEdition): string {
  return [placePublisher(s, ed === 17), formatYear(s.issued)].filter(Boolean).join(', ');
}

/**
 * Archive details in note order: a document locator (paragraph, section…), the location
 * (box, folder), an archival locator (page, folio, column), collection, archive and place.
 */
function archiveNote(s: Source, loc: Locator | undefined): Rich {
  const archival = loc && isArchivalLocator(loc);
  return join([
    loc && !archival ? plain(locatorText(loc, 'chicago')) : undefined,
    plain(s.archive_location ?? ''),
    loc && archival ? plain(locatorText(loc, 'chicago', true)) : undefined,
    plain(s.archive_collection ?? ''),
    plain([s.archive, s['archive-place']].filter(Boolean).join(', ')),
  ], ', ');
}

/** Archive details in bibliography order, each its own sentence. */
function archiveBib(s: Source): Rich {
  return join([
    capPlain(s.archive_location),
    plain(s.archive_collection ?? ''),
    plain([s.archive, s['archive-place']].filter(Boolean).join(', ')),
  ], '. ');
}

/** The journal's volume, issue and date: "*Korean Studies* 26, no. 1 (2002)". */
function journalSource(s: Source): Rich {
  const head = cat(containerRich(s), s.volume ? ` ${s.volume}` : undefined);
  const withIssue = s.issue ? join([head, plain(`no. ${s.issue}`)], ', ') : head;
  const date = formatDate(s.issued);
  return date ? cat(withIssue, ` (${date})`) : withIssue;
}

/** A full note, without its final period. */
export function chicagoFullNote(s: Source, ed: ChicagoEdition, loc?: Locator): Rich {
  const who = creators(s, ed, 'note');
  const title = titleRich(s, titleIsQuoted(s));
  const pin = loc ? plain(locatorText(loc, 'chicago')) : undefined;
  const pages = s.page ? plain(formatRange(s.page, RANGE)) : undefined;
  const link = linkRich(s);
  const date = plain(formatDate(s.issued));
  switch (s.type) {
    case 'article-journal': {
      const src = journalSource(s);
      const pinned = pin ?? pages;
      return join([who, title, pinned ? join([src, pinned], ': ') : src, link], ', ');
    }
    case 'post-weblog':
    case 'article-newspaper':
    case 'article-magazine':
    case 'webpage': {
      const container = s.type === 'webpage' ? plain(s['container-title'] ?? '') : containerRich(s);
      return join([who, title, container, date, pin, link], ', ');
    }
    case 'chapter': {
      const book = cat('in ', containerRich(s));
      const inner = join([book, contributors(s, ed, false), plain(editionText(s.edition))], ', ');
      const pub = publication(s, ed);
      const pinned = pin ?? (ed === 17 ? pages : undefined);
      return join([who, title, cat(inner, wrap(' (', plain(pub), ')')), pinned, link], ', ');
    }
    case 'manuscript':
      return join([who, title, plain(s.genre ?? ''), date, archiveNote(s, loc), link], ', ');
    case 'letter': {
      const to = s.recipient?.length ? plain(`to ${noteNames(s.recipient, ed)}`) : [];
      const head = isEmpty(title) ? join([who, to], ' ') : join([who, title, to], ', ');
      return join([head, date, archiveNote(s, loc), link], ', ');
    }
    case 'interview': {
      const by = s.interviewer?.length ? plain(`interview by ${noteNames(s.interviewer, ed)}`) : [];
      return join([who, title, by, date, pin, plain(s.medium ?? ''), archiveNote(s, undefined), link], ', ');
    }
    case 'thesis': {
      const pub = [s.genre, s.publisher, formatYear(s.issued)].filter(Boolean).join(', ');
      return join([join([who, title], ', ').concat(wrap(' (', plain(pub), ')')), pin, link], ', ');
    }
    case 'report': {
      const series = plain(seriesNumber(s));
      const head = join([who, title, series, plain(s['collection-title'] ?? ''), plain(editionText(s.edition))], ', ');
      return join([cat(head, wrap(' (', plain(publication(s, ed)), ')')), pin, link], ', ');
    }
    case 'book':
    default: {
      const head = join([who, title, contributors(s, ed, false), plain(editionText(s.edition))], ', ');
      const pub = publication(s, ed);
      return join([cat(head, wrap(' (', plain(pub), ')')), pin, link], ', ');
    }
  }
}

/** A shortened note (CMOS 14.29–14.36), without its final period. */
export function chicagoShortNote(s: Source, ed: ChicagoEdition, loc?: Locator): Rich {
  const who = creators(s, ed, 'short');
  const pin = loc ? plain(locatorText(loc, 'chicago')) : undefined;
  if (s.type === 'letter' && s.recipient?.length) {
    const to = `${familyNames(s.author, ed)} to ${familyNames(s.recipient, ed)}`;
    return join([plain(to), isEmpty(titleRich(s, true, true)) ? plain(formatDate(s.issued)) : titleRich(s, true, true), pin], ', ');
  }
  const lead = isEmpty(who) ? authorSubstitute(s) : who;
  return join([lead, titleRich(s, titleIsQuoted(s), true), pin], ', ');
}

function familyNames(names: CslName[] | undefined, ed: ChicagoEdition): string {
  return noteNames(names, ed, true);
}

/**
 * A note repeating the previous note's source without "Ibid.": the 18th ed. gives the short
 * note (CMOS 18 14.34); the 17th ed. the author's name alone where there is one (CMOS 17 14.34).
 */
export function chicagoRepeatNote(s: Source, ed: ChicagoEdition, loc?: Locator): Rich {
  if (ed === 18 || !(s.author?.length || s.editor?.length)) return chicagoShortNote(s, ed, loc);
  const pin = loc ? plain(locatorText(loc, 'chicago')) : undefined;
  const names = s.author?.length ? s.author : s.editor;
  const who = s.type === 'letter' && s.recipient?.length
    ? `${familyNames(names, ed)} to ${familyNames(s.recipient, ed)}`
    : familyNames(names, ed);
  return join([plain(who), pin], ', ');
}

/** "Ibid." with an optional locator (CMOS 17 14.34; 18 14.34 discourages but allows it). */
export function chicagoIbid(loc?: Locator): Rich {
  return join([plain('Ibid.'), loc ? plain(locatorText(loc, 'chicago')) : undefined], ', ');
}

/** How a bibliography entry is arranged: notes-bibliography, or author-date (year after the names). */
export interface BibMode {
  ed: ChicagoEdition;
  authorDate?: boolean;
  /** Author-date: the letter that tells apart two works by one author in one year ("2002a"). */
  yearSuffix?: string;
}

const SERIAL = new Set(['article-journal', 'article-newspaper', 'article-magazine', 'post-weblog', 'interview']);

/** The date as the entry prints it after the title; author-date drops the year already given. */
function entryDate(s: Source, mode: BibMode): string {
  if (!mode.authorDate) return formatDate(s.issued);
  if (mode.ed === 17 && SERIAL.has(s.type) && formatDateNoYear(s.issued)) return formatDate(s.issued);
  return formatDateNoYear(s.issued);
}

/** Author-date journal details: "*Korean Studies* 26 (1)" or "*Bulletin*, no. 14/15 (Winter–Spring)". */
function journalSourceAuthorDate(s: Source, mode: BibMode): Rich {
  const date = entryDate(s, mode);
  if (s.volume) {
    const head = cat(containerRich(s), ` ${s.volume}`, s.issue ? ` (${s.issue})` : undefined);
    return date ? join([head, plain(`(${date})`)], ' ') : head;
  }
  const withIssue = s.issue ? join([containerRich(s), plain(`no. ${s.issue}`)], ', ') : containerRich(s);
  return date ? cat(withIssue, ` (${date})`) : withIssue;
}

/** A bibliography (or, with `authorDate`, reference-list) entry, without its final period. */
export function chicagoBibEntry(s: Source, modeOrEd: BibMode | ChicagoEdition): Rich {
  const mode: BibMode = typeof modeOrEd === 'number' ? { ed: modeOrEd } : modeOrEd;
  const ed = mode.ed;
  const ad = !!mode.authorDate;
  const who = creators(s, ed, 'bib');
  let substitute = isEmpty(who) ? authorSubstitute(s) : [];
  let title = titleRich(s, titleIsQuoted(s));
  // An unsigned work without a container is listed under its title (CMOS 14.75, 15.32).
  if (ad && isEmpty(who) && isEmpty(substitute)) {
    substitute = title;
    title = [];
  }
  const year = ad ? plain((formatYear(s.issued) || 'n.d.') + (mode.yearSuffix ?? '')) : undefined;
  const lead = ad ? join([isEmpty(who) ? substitute : who, year], '. ') : who;
  const link = linkRich(s, true);
  const date = plain(entryDate(s, mode));
  const pages = s.page ? plain(formatRange(s.page, RANGE)) : undefined;
  const pub = (): string => (ad ? placePublisher(s, ed === 17) : publication(s, ed));
  switch (s.type) {
    case 'article-journal': {
      const src = ad ? journalSourceAuthorDate(s, mode) : journalSource(s);
      return join([lead, title, pages ? join([src, pages], ': ') : src, link], '. ');
    }
    case 'post-weblog':
    case 'article-newspaper':
    case 'article-magazine':
    case 'webpage': {
      const container = s.type === 'webpage' ? plain(s['container-title'] ?? '') : containerRich(s);
      if (!isEmpty(substitute)) return join([ad ? lead : substitute, title, date, link], '. ');
      return join([lead, title, join([container, date], ', '), link], '. ');
    }
    case 'chapter': {
      const inner = join([cat('In ', containerRich(s)), contributors(s, ed, true), ed === 17 ? pages : undefined], ', ');
      return join([lead, title, inner, plain(editionText(s.edition)), plain(pub()), link], '. ');
    }
    case 'manuscript':
      return join([lead, title, capPlain(s.genre), date, archiveBib(s), link], '. ');
    case 'letter': {
      const to = s.recipient?.length ? plain(`To ${noteNames(s.recipient, ed)}`) : [];
      return join([lead, title, to, date, archiveBib(s), link], '. ');
    }
    case 'interview': {
      const by = s.interviewer?.length ? plain(`Interview by ${noteNames(s.interviewer, ed)}`) : [];
      return join([lead, title, by, date, capPlain(s.medium), plain(s.archive ?? ''), link], '. ');
    }
    case 'thesis': {
      const pubText = [s.genre, s.publisher, ad ? '' : formatYear(s.issued)].filter(Boolean).join(', ');
      return join([lead, title, plain(pubText), link], '. ');
    }
    case 'report': {
      const series = plain(seriesNumber(s, true));
      return join([lead, title, series, plain(s['collection-title'] ?? ''), plain(editionText(s.edition)), plain(pub()), link], '. ');
    }
    case 'book':
    default: {
      const contrib = contributors(s, ed, true);
      return join([lead, title, isEmpty(contrib) ? undefined : contrib, plain(editionText(s.edition)), plain(pub()), link], '. ');
    }
  }
}

/** The shortened title alone, italic or quoted (used by author-date styles for unsigned works). */
export function chicagoShortTitle(s: Source): Rich {
  return titleRich(s, titleIsQuoted(s), true);
}
