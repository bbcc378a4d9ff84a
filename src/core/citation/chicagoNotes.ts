/**
 * Chicago notes, 18th and 17th editions (CMOS chapter 14): full notes, shortened notes,
 * repeated notes and "Ibid." for every supported item type. Modelled on, and tested against,
 * the official CSL styles `chicago-notes-bibliography` and `chicago-notes-bibliography-17th-edition`.
 */
import type { CslName, Source } from '../model';
import { containerRich, editionText, isPersonalCommunication, seriesNumber, titleIsQuoted, titleRich } from './common';
import {
  ChicagoEdition, RANGE, archiveNote, authorSubstitute, chicagoLink, contributors, creators, journalSource,
  noteNames, publication,
} from './chicagoShared';
import { formatDate, formatYear } from './dates';
import { Locator, formatRange, locatorText } from './locators';
import { Rich, cat, isEmpty, join, plain, wrap } from './rich';

export type { ChicagoEdition } from './chicagoShared';

/** A full note, without its final period. */
export function chicagoFullNote(s: Source, ed: ChicagoEdition, loc?: Locator): Rich {
  const who = creators(s, ed, 'note');
  const title = titleRich(s, titleIsQuoted(s));
  const pin = loc ? plain(locatorText(loc, 'chicago')) : undefined;
  const pages = s.page ? plain(formatRange(s.page, RANGE)) : undefined;
  const link = chicagoLink(s);
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

/** A shortened note, without its final period. */
export function chicagoShortNote(s: Source, ed: ChicagoEdition, loc?: Locator): Rich {
  const who = creators(s, ed, 'short');
  const pin = loc ? plain(locatorText(loc, 'chicago')) : undefined;
  if (isPersonalCommunication(s)) {
    // "Weathersby to Person, pers. comm., February 11, 2021"; "Ri, interview" (CMOS 17th ed. 14.111).
    const who = familyNames(s.author, ed);
    const what = s.type === 'letter'
      ? [s.recipient?.length ? `${who} to ${familyNames(s.recipient, ed)}` : who, 'pers. comm.', formatDate(s.issued)]
      : [who, 'interview'];
    return join([plain(what.filter(Boolean).join(', ')), pin], ', ');
  }
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
 * note; the 17th ed. the author's name alone where there is one (CMOS 17th ed. 14.34).
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

/** "Ibid." with an optional locator (CMOS 17th ed. 14.34; the 18th ed. prefers short notes). */
export function chicagoIbid(loc?: Locator): Rich {
  return join([plain('Ibid.'), loc ? plain(locatorText(loc, 'chicago')) : undefined], ', ');
}

/** The shortened title alone, italic or quoted (used by author-date styles for unsigned works). */
export function chicagoShortTitle(s: Source): Rich {
  return titleRich(s, titleIsQuoted(s), true);
}
