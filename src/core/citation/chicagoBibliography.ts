/**
 * Chicago bibliography entries (CMOS chapter 14) and, with `authorDate`, reference-list
 * entries (chapter 15), 18th and 17th editions: the author-date list moves the year after
 * the names and drops it from the date that follows. Tested against the official CSL styles.
 */
import type { Source } from '../model';
import { capPlain, containerRich, editionText, placePublisher, seriesNumber, titleIsQuoted, titleRich } from './common';
import {
  ChicagoEdition, RANGE, archiveBib, authorSubstitute, chicagoDate, chicagoLink, chicagoYear, contributorSentences, contributors, creators, journalSource,
  noteNames, publication,
} from './chicagoShared';
import { formatDate, formatDateNoYear, formatYear, withoutDays } from './dates';
import { formatRange } from './pageRanges';
import { Rich, capitalized, cat, isEmpty, join, plain } from './rich';

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
  if (!mode.authorDate) return chicagoDate(s);
  // The 17th edition's author-date style dates serials in full, repeating the year: "*Atlantic Monthly*, 2011".
  if (mode.ed === 17 && SERIAL.has(s.type)) return formatDate(s.issued);
  return formatDateNoYear(s.issued);
}

/**
 * The date an author-date entry gives a journal issue after the year: none with both a volume
 * and an issue; the month with a lone volume (the 17th edition: month and year, "3 (2011)");
 * with a lone issue, the date only after an author or editor.
 */
function journalDateAuthorDate(s: Source, mode: BibMode): string {
  if (s.volume && s.issue) return '';
  if (!s.volume && !s.issue) return entryDate(s, mode);
  if (!s.volume && !s.author?.length && !s.editor?.length) return '';
  const issued = withoutDays(s.issued);
  return mode.ed === 17 ? formatDate(issued) : formatDateNoYear(issued);
}

/** Author-date journal details: "*Korean Studies* 26 (1)" or "*Bulletin*, no. 14/15 (Winter–Spring)". */
function journalSourceAuthorDate(s: Source, mode: BibMode): Rich {
  const date = journalDateAuthorDate(s, mode);
  if (s.volume) {
    const head = cat(join([containerRich(s), plain(s.volume)], ' '), s.issue ? ` (${s.issue})` : undefined);
    return date ? join([head, plain(`(${date})`)], ' ') : head;
  }
  if (!s.issue) return join([containerRich(s), plain(date)], ', ');
  const withIssue = join([containerRich(s), plain(`no. ${s.issue}`)], ', ');
  return date ? cat(withIssue, ` (${date})`) : withIssue;
}

/** A bibliography (or, with `authorDate`, reference-list) entry, without its final period. */
export function chicagoBibEntry(s: Source, modeOrEd: BibMode | ChicagoEdition): Rich {
  const mode: BibMode = typeof modeOrEd === 'number' ? { ed: modeOrEd } : modeOrEd;
  const ed = mode.ed;
  const ad = !!mode.authorDate;
  const who = creators(s, ed, 'bib');
  let substitute = isEmpty(who) ? authorSubstitute(s) : [];
  // An unsigned newspaper or magazine article is listed under the periodical.
  const periodicalLeads = !isEmpty(substitute);
  let title = titleRich(s, titleIsQuoted(s));
  // An unsigned work without a container is listed under its title (as the CSL style lists it).
  if (ad && isEmpty(who) && isEmpty(substitute)) {
    substitute = title;
    title = [];
  }
  const year = ad ? plain((formatYear(s.issued) || 'n.d.') + (mode.yearSuffix ?? '')) : undefined;
  const lead = ad ? join([isEmpty(who) ? substitute : who, year], '. ') : who;
  const link = chicagoLink(s, true);
  const date = plain(entryDate(s, mode));
  const pages = s.page ? plain(formatRange(s.page, RANGE)) : undefined;
  const pub = (): string => (ad ? placePublisher(s, ed === 17) : publication(s, ed));
  switch (s.type) {
    case 'article-journal': {
      const src = ad ? journalSourceAuthorDate(s, mode) : journalSource(s, ed);
      return join([lead, title, pages ? join([src, pages], ': ') : src, link], '. ');
    }
    case 'post-weblog':
    case 'article-newspaper':
    case 'article-magazine':
    case 'webpage': {
      const container = s.type === 'webpage' ? plain(s['container-title'] ?? '') : containerRich(s);
      if (periodicalLeads) return join([ad ? lead : substitute, title, date, link], '. ');
      // A blog post's pages, when it has any, follow its date.
      return join([lead, title, join([container, date, s.type === 'post-weblog' ? pages : undefined], ', '), link], '. ');
    }
    case 'chapter': {
      const book = containerRich(s);
      // Without the book's title, "Edited by …" begins the sentence and the pages are left out.
      const inner = isEmpty(book)
        ? join([contributorSentences(s, ed), capitalized(plain(editionText(s.edition)))], '. ')
        : join([cat('In ', book), plain(editionText(s.edition)), contributors(s, ed, true), ed === 17 ? pages : undefined], ', ');
      return join([lead, title, inner, plain(s['collection-title'] ?? ''), plain(pub()), link], '. ');
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
      const pubText = [s.genre, s.publisher, ad ? '' : chicagoYear(s)].filter(Boolean).join(', ');
      return join([lead, title, plain(pubText), link], '. ');
    }
    case 'report': {
      const series = plain(seriesNumber(s, true));
      return join([lead, title, series, plain(s['collection-title'] ?? ''), plain(editionText(s.edition)), plain(pub()), link], '. ');
    }
    case 'book':
    default: {
      const volume = s.volume ? plain(`Vol. ${s.volume}`) : undefined;
      return join([lead, title, contributorSentences(s, ed), capitalized(plain(editionText(s.edition))), volume, plain(s['collection-title'] ?? ''), plain(pub()), link], '. ');
    }
  }
}
