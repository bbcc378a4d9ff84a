/**
 * Chicago notes, 18th and 17th editions (CMOS chapter 14): full notes, shortened notes,
 * repeated notes and "Ibid." for every supported item type. Modelled on, and tested against,
 * the official CSL styles `chicago-notes-bibliography` and `chicago-notes-bibliography-17th-edition`.
 */
import type { CslName, Source } from '../model';
import { containerRich, editionText, isPersonalCommunication, seriesNumber, titleIsQuoted, titleRich } from './common';
import {
  ChicagoEdition, RANGE, archiveNote, authorSubstitute, chicagoDate, chicagoLink, chicagoYear, contributors, creators, journalSource,
  noteNames, publication,
} from './chicagoShared';
import { formatDate } from './dates';
import { Locator, locatorText } from './locators';
import { formatRange } from './pageRanges';
import { Rich, cat, isEmpty, join, plain, wrap } from './rich';

export type { ChicagoEdition } from './chicagoShared';

/** How a full note is arranged for one item type. */
type NoteFormatter = (s: Source, ed: ChicagoEdition, loc: Locator | undefined) => Rich;

/** A full note, without its final period. Each item type has its own arrangement (books by default). */
export function chicagoFullNote(s: Source, ed: ChicagoEdition, loc?: Locator): Rich {
  return (FULL_NOTES.get(s.type) ?? bookNote)(s, ed, loc);
}

/** The title in full, quoted or italic as the item type requires. */
function fullTitle(s: Source): Rich {
  return titleRich(s, titleIsQuoted(s));
}

/** The locator as a note prints it ("99", "para. 3"); undefined without one. */
function pinpoint(loc: Locator | undefined): Rich | undefined {
  return loc ? plain(locatorText(loc, 'chicago')) : undefined;
}

/**
 * A book's volume with the pinpoint: a page of a volume is "2:99", as the CSL style prints it;
 * otherwise the volume reads "vol. 2" after the title, before any other locator.
 */
function volumeAndPinpoint(s: Source, loc: Locator | undefined): { volume: Rich | undefined; pin: Rich | undefined } {
  if (!s.volume || s.type !== 'book') return { volume: undefined, pin: pinpoint(loc) };
  if (loc?.label === 'page') return { volume: undefined, pin: plain(`${s.volume}:${formatRange(loc.value, RANGE)}`) };
  return { volume: plain(`vol. ${s.volume}`), pin: pinpoint(loc) };
}

/** The article's page range, printed when no locator is given. */
function pageRange(s: Source): Rich | undefined {
  return s.page ? plain(formatRange(s.page, RANGE)) : undefined;
}

/** "Szalontai, “Title,” *Bulletin*, no. 14/15 (Winter 2003–Spring 2004): 99". */
function journalNote(s: Source, ed: ChicagoEdition, loc: Locator | undefined): Rich {
  const src = journalSource(s, ed);
  const pinned = loc ? pinpoint(loc) : pageRange(s);
  // After a volume or issue the page follows a colon; after a bare date, a comma (as for a magazine).
  const pageDelimiter = s.volume || s.issue ? ': ' : ', ';
  return join([creators(s, ed, 'note'), fullTitle(s), pinned ? join([src, pinned], pageDelimiter) : src, chicagoLink(s)], ', ');
}

/** Newspapers, magazines, blogs and web pages: the periodical or site, then the date. */
function periodicalNote(s: Source, ed: ChicagoEdition, loc: Locator | undefined): Rich {
  const container = s.type === 'webpage' ? plain(s['container-title'] ?? '') : containerRich(s);
  // A blog post's pages (when it has any) stand where a locator would.
  const pinned = loc ? pinpoint(loc) : s.type === 'post-weblog' ? pageRange(s) : undefined;
  return join([creators(s, ed, 'note'), fullTitle(s), container, plain(chicagoDate(s)), pinned, chicagoLink(s)], ', ');
}

function chapterNote(s: Source, ed: ChicagoEdition, loc: Locator | undefined): Rich {
  const container = containerRich(s);
  const book = isEmpty(container) ? [] : cat('in ', container);
  // The book's edition follows its title; its series follows its editors.
  const inner = join([book, plain(editionText(s.edition)), contributors(s, ed, false), plain(s['collection-title'] ?? '')], ', ');
  const pub = publication(s, ed);
  // The 18th edition leaves out a chapter's pages, unless the book is unnamed and they are all that place it.
  const pinned = loc ? pinpoint(loc) : ed === 17 || isEmpty(container) ? pageRange(s) : undefined;
  return join([creators(s, ed, 'note'), fullTitle(s), cat(inner, wrap(' (', plain(pub), ')')), pinned, chicagoLink(s)], ', ');
}

function manuscriptNote(s: Source, ed: ChicagoEdition, loc: Locator | undefined): Rich {
  return join([creators(s, ed, 'note'), fullTitle(s), plain(s.genre ?? ''), plain(chicagoDate(s)), archiveNote(s, loc), chicagoLink(s)], ', ');
}

function letterNote(s: Source, ed: ChicagoEdition, loc: Locator | undefined): Rich {
  const who = creators(s, ed, 'note');
  const title = fullTitle(s);
  // A note without a writer begins with the recipient: "To Nikita Khrushchev".
  const to = s.recipient?.length ? plain(`${isEmpty(who) ? 'To' : 'to'} ${noteNames(s.recipient, ed)}`) : [];
  const head = isEmpty(title) ? join([who, to], ' ') : join([who, title, to], ', ');
  return join([head, plain(chicagoDate(s)), archiveNote(s, loc), chicagoLink(s)], ', ');
}

function interviewNote(s: Source, ed: ChicagoEdition, loc: Locator | undefined): Rich {
  const who = creators(s, ed, 'note');
  const title = fullTitle(s);
  const by = s.interviewer?.length ? plain(`${isEmpty(who) && isEmpty(title) ? 'Interview' : 'interview'} by ${noteNames(s.interviewer, ed)}`) : [];
  const date = plain(chicagoDate(s));
  return join([who, title, by, date, pinpoint(loc), plain(s.medium ?? ''), archiveNote(s, undefined), chicagoLink(s)], ', ');
}

function thesisNote(s: Source, ed: ChicagoEdition, loc: Locator | undefined): Rich {
  const pub = [s.genre, s.publisher, chicagoYear(s)].filter(Boolean).join(', ');
  return join([join([creators(s, ed, 'note'), fullTitle(s)], ', ').concat(wrap(' (', plain(pub), ')')), loc ? pinpoint(loc) : pageRange(s), chicagoLink(s)], ', ');
}

function reportNote(s: Source, ed: ChicagoEdition, loc: Locator | undefined): Rich {
  const series = plain(seriesNumber(s));
  const head = join([creators(s, ed, 'note'), fullTitle(s), series, plain(s['collection-title'] ?? ''), plain(editionText(s.edition))], ', ');
  return join([cat(head, wrap(' (', plain(publication(s, ed)), ')')), loc ? pinpoint(loc) : pageRange(s), chicagoLink(s)], ', ');
}

function bookNote(s: Source, ed: ChicagoEdition, loc: Locator | undefined): Rich {
  const { volume, pin } = volumeAndPinpoint(s, loc);
  const head = join([creators(s, ed, 'note'), fullTitle(s), contributors(s, ed, false), plain(editionText(s.edition)), volume, plain(s['collection-title'] ?? '')], ', ');
  const pub = publication(s, ed);
  // Without a locator, the pages the source record gives (a part of the book) stand in its place.
  return join([cat(head, wrap(' (', plain(pub), ')')), loc ? pin : pageRange(s), chicagoLink(s)], ', ');
}

const FULL_NOTES = new Map<string, NoteFormatter>([
  ['article-journal', journalNote],
  ['post-weblog', periodicalNote],
  ['article-newspaper', periodicalNote],
  ['article-magazine', periodicalNote],
  ['webpage', periodicalNote],
  ['chapter', chapterNote],
  ['manuscript', manuscriptNote],
  ['letter', letterNote],
  ['interview', interviewNote],
  ['thesis', thesisNote],
  ['report', reportNote],
]);

/** A shortened note, without its final period. */
export function chicagoShortNote(s: Source, ed: ChicagoEdition, loc?: Locator): Rich {
  const who = creators(s, ed, 'short');
  const pin = pinpoint(loc);
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
  const { volume, pin: volumePin } = volumeAndPinpoint(s, loc);
  return join([lead, titleRich(s, titleIsQuoted(s), true), volume, volumePin], ', ');
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
  const pin = pinpoint(loc);
  const names = s.author?.length ? s.author : s.editor;
  const who = s.type === 'letter' && s.recipient?.length
    ? `${familyNames(names, ed)} to ${familyNames(s.recipient, ed)}`
    : familyNames(names, ed);
  return join([plain(who), pin], ', ');
}

/** "Ibid." with an optional locator (CMOS 17th ed. 14.34; the 18th ed. prefers short notes). */
export function chicagoIbid(loc?: Locator): Rich {
  return join([plain('Ibid.'), pinpoint(loc)], ', ');
}

/** The shortened title alone, italic or quoted (used by author-date styles for unsigned works). */
export function chicagoShortTitle(s: Source): Rich {
  return titleRich(s, titleIsQuoted(s), true);
}
