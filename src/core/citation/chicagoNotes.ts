/**
 * Chicago notes and bibliography, 18th and 17th editions (CMOS chapter 14): full notes,
 * shortened notes, "Ibid." and bibliography entries for every supported item type.
 * Modelled on, and tested against, the official CSL styles `chicago-notes-bibliography`
 * and `chicago-notes-bibliography-17th-edition`.
 */
import type { CslName, Source } from '../model';
import {
  capPlain, containerRich, editionText, linkRich, placePublisher, titleIsQuoted, titleRich,
} from './common';
import { formatDate, formatYear } from './dates';
import { Locator, formatRange, labelled, pageBare } from './locators';
import { displayName, familyName, invertedName, joinNames } from './names';
import { Rich, cat, isEmpty, join, plain, wrap } from './rich';

/** The edition of the Manual a formatter follows. */
export type ChicagoEdition = 17 | 18;

const RANGE = 'chicago-16' as const;

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
function authorSubstitute(s: Source): Rich {
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

/** Archive details in note order: location (box, folder), locator, collection, archive, place. */
function archiveNote(s: Source, loc: Locator | undefined): Rich {
  return join([
    plain(s.archive_location ?? ''),
    loc ? plain(labelled(loc, RANGE)) : undefined,
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
  const pin = loc ? plain(pageBare(loc, RANGE)) : undefined;
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
      const series = plain([s.genre, s.number].filter(Boolean).join(' '));
      const head = join([who, title, series, plain(editionText(s.edition))], ', ');
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
  const pin = loc ? plain(pageBare(loc, RANGE)) : undefined;
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

/** "Ibid." with an optional locator (CMOS 17 14.34; 18 14.34 discourages but allows it). */
export function chicagoIbid(loc?: Locator): Rich {
  return join([plain('Ibid.'), loc ? plain(pageBare(loc, RANGE)) : undefined], ', ');
}

/** A bibliography entry, without its final period. */
export function chicagoBibEntry(s: Source, ed: ChicagoEdition): Rich {
  const who = creators(s, ed, 'bib');
  const substitute = isEmpty(who) ? authorSubstitute(s) : [];
  const title = titleRich(s, titleIsQuoted(s));
  const link = linkRich(s);
  const date = plain(formatDate(s.issued));
  const pages = s.page ? plain(formatRange(s.page, RANGE)) : undefined;
  switch (s.type) {
    case 'article-journal': {
      const src = journalSource(s);
      return join([who, title, pages ? join([src, pages], ': ') : src, link], '. ');
    }
    case 'post-weblog':
    case 'article-newspaper':
    case 'article-magazine':
    case 'webpage': {
      const container = s.type === 'webpage' ? plain(s['container-title'] ?? '') : containerRich(s);
      if (!isEmpty(substitute)) return join([substitute, title, date, link], '. ');
      return join([who, title, join([container, date], ', '), link], '. ');
    }
    case 'chapter': {
      const inner = join([cat('In ', containerRich(s)), contributors(s, ed, true), ed === 17 ? pages : undefined], ', ');
      return join([who, title, inner, plain(editionText(s.edition)), plain(publication(s, ed)), link], '. ');
    }
    case 'manuscript':
      return join([who, title, capPlain(s.genre), date, archiveBib(s), link], '. ');
    case 'letter': {
      const to = s.recipient?.length ? plain(`To ${noteNames(s.recipient, ed)}`) : [];
      return join([who, title, to, date, archiveBib(s), link], '. ');
    }
    case 'interview': {
      const by = s.interviewer?.length ? plain(`Interview by ${noteNames(s.interviewer, ed)}`) : [];
      return join([who, title, by, date, capPlain(s.medium), plain(s.archive ?? ''), link], '. ');
    }
    case 'thesis':
      return join([who, title, plain([s.genre, s.publisher, formatYear(s.issued)].filter(Boolean).join(', ')), link], '. ');
    case 'report': {
      const series = plain([s.genre, s.number].filter(Boolean).join(' '));
      return join([who, title, series, plain(editionText(s.edition)), plain(publication(s, ed)), link], '. ');
    }
    case 'book':
    default: {
      const contrib = contributors(s, ed, true);
      return join([who, title, isEmpty(contrib) ? undefined : cat(contrib), plain(editionText(s.edition)), plain(publication(s, ed)), link], '. ');
    }
  }
}

/** The shortened title alone, italic or quoted (used by author-date styles for unsigned works). */
export function chicagoShortTitle(s: Source): Rich {
  return titleRich(s, titleIsQuoted(s), true);
}
