/**
 * MLA Handbook, 9th edition: parenthetical and narrative citations and works-cited entries
 * (MLA's container model). Modelled on, and tested against, the official CSL
 * style `modern-language-association`.
 */
import type { CslName, Source } from '../model';
import { isDigit } from './chars';
import { capPlain, containerRich, editionText, linkRich, seriesNumber, titleIsQuoted, titleRich, untitledDescription } from './common';
import { formatDate, formatYear, withoutDays } from './dates';
import { Locator, isPlural, locatorText } from './locators';
import { formatRange } from './pageRanges';
import { NameForm, citeName, displayName, invertedName, joinNames } from './names';
import { Rich, capitalized, cat, isEmpty, join, plain } from './rich';

/** Names in a citation: "Scalapino and Lee", "Lankov et al."; `forms` adds given names: "A. Kim". */
function citeNames(names: CslName[] | undefined, forms: readonly NameForm[] = []): string {
  if (!names?.length) return '';
  return joinNames(names.map((n, i) => citeName(n, forms[i])), { and: 'and', serialComma: 'never', etAlMin: 3, etAlUseFirst: 1 });
}

/** Names in works cited: "Scalapino, Robert A., and Chong-Sik Lee"; three or more: "X, Y, et al." */
function entryNames(names: CslName[] | undefined): string {
  if (!names?.length) return '';
  if (names.length >= 3) return `${invertedName(names[0])}, et al.`;
  return joinNames(names.map((n, i) => (i === 0 ? invertedName(n) : displayName(n))), { and: 'and', serialComma: 'always' });
}

/** The short title standing for an unsigned work in a citation. */
function citeTitle(s: Source): Rich {
  return titleRich(s, mlaQuoted(s), true);
}

/** MLA quotes titles of parts; a thesis is italic like a book, and so is a page of an unnamed site. */
function mlaQuoted(s: Source): boolean {
  if (s.type === 'thesis') return false;
  if (s.type === 'webpage') return !!s['container-title'];
  return titleIsQuoted(s);
}

/**
 * "(Szalontai 99)", "(Lankov, par. 3)"; narrative: "Szalontai (99)". `withTitle`: the works
 * cited list has another work by the same author, so the short title follows the author:
 * "(Lankov, “Kim Takes Control” 99)"; narrative: "Lankov (“Kim Takes Control” 99)". `forms`:
 * how much of each given name tells the author apart from another of the same family name.
 */
export function mlaCitation(s: Source, loc: Locator | undefined, narrative: boolean, withTitle = false, forms: readonly NameForm[] = []): Rich {
  const names = s.author?.length ? s.author : s.editor;
  // An unsigned, untitled letter or interview is named by a description: "(Letter to Khrushchev)"; the CSL style prints nothing.
  const who = names?.length ? plain(citeNames(names, forms)) : s.title ? citeTitle(s) : plain(untitledDescription(s, 'and'));
  const title = withTitle && names?.length ? citeTitle(s) : [];
  const pin = loc ? plain(locatorText(loc, 'mla')) : undefined;
  // A bare page or line number follows with a space, a labelled locator ("par. 3") with a comma.
  const delimiter = loc && !isDigit(locatorText(loc, 'mla').charCodeAt(0)) ? ', ' : ' ';
  if (narrative) {
    const inner = join([title, pin], delimiter);
    return isEmpty(inner) ? who : cat(who, ' (', inner, ')');
  }
  return cat('(', join([join([who, title], ', '), pin], delimiter), ')');
}

/** Archive details: "Archive, Place, Collection, box 11, folder 5/b". */
function archive(s: Source): Rich {
  return plain([s.archive, s['archive-place'], s.archive_collection, s.archive_location].filter(Boolean).join(', '));
}

/** A works-cited entry, without its final period; "Accessed …" closes undated online works. */
export function mlaEntry(s: Source): Rich {
  const body = mlaEntryBody(s);
  // An undated work gives the day it was read, online or not.
  const accessed = !s.issued?.['date-parts']?.[0]?.[0] && !!s.accessed;
  return accessed ? join([body, plain(`Accessed ${formatDate(s.accessed, 'dmy', true)}`)], '. ') : body;
}

/** The publisher; the place of publication where only that is known (as the CSL style has it). */
function publisherOrPlace(s: Source): string {
  return s.publisher ?? s['publisher-place'] ?? '';
}

/** Types MLA dates by their year alone. */
const YEAR_ONLY = new Set(['book', 'chapter', 'thesis']);

/** The date of a works-cited entry: "4 Mar. 2011"; a journal issue by month and year, a book by its year. */
function mlaDate(s: Source): string {
  if (YEAR_ONLY.has(s.type)) return formatYear(s.issued);
  return formatDate(s.type === 'article-journal' ? withoutDays(s.issued) : s.issued, 'dmy', true);
}

function mlaEntryBody(s: Source): Rich {
  const names = s.author?.length ? s.author : s.editor;
  let who = plain(entryNames(names));
  if (!s.author?.length && s.editor?.length) who = plain(`${entryNames(s.editor)}, ${s.editor.length > 1 ? 'editors' : 'editor'}`);
  const title = s.type === 'letter' ? [] : titleRich(s, mlaQuoted(s));
  const date = plain(mlaDate(s));
  const link = linkRich(s);
  const pages = s.page ? plain(`${isPlural(s.page) ? 'pp.' : 'p.'} ${formatRange(s.page, 'minimal-two')}`) : undefined;
  const vol = s.volume ? plain(`vol. ${s.volume}`) : undefined;
  const no = s.issue ? plain(`no. ${s.issue}`) : undefined;
  // An edition begins with a capital wherever it stands: "Revised", "3rd ed.".
  const edition = capitalized(plain(editionText(s.edition)));
  const series = plain(s['collection-title'] ?? '');
  // Contributors other than the author; three or more are the first "et al.", as the CSL style prints them.
  const contributorNames = (names: CslName[]) => joinNames(names.map(displayName), { and: 'and', serialComma: 'contextual', etAlMin: 3, etAlUseFirst: 1 });
  const editors = !isEmpty(who) && s.author?.length && s.editor?.length ? plain(`edited by ${contributorNames(s.editor)}`) : undefined;
  const translators = s.translator?.length ? plain(`translated by ${contributorNames(s.translator)}`) : undefined;
  switch (s.type) {
    case 'article-journal':
    case 'article-magazine':
    case 'article-newspaper':
    case 'post-weblog':
    case 'webpage':
      return join([who, title, join([containerRich(s), vol, no, date, pages, link], ', ')], '. ');
    case 'chapter': {
      const book = containerRich(s);
      // Without the book's title, "Edited by …" begins its element.
      return join([who, title, join([book, isEmpty(book) && editors ? capitalized(editors) : editors, edition, vol, plain(publisherOrPlace(s)), date, pages, link], ', '), series], '. ');
    }
    case 'manuscript':
      return join([who, title, capPlain(s.genre), join([date, archive(s), link], ', ')], '. ');
    case 'letter':
      return join([who, join([date, archive(s), link], ', ')], '. ');
    case 'interview': {
      const by = s.interviewer?.length ? plain(`Interview by ${joinNames(s.interviewer.map(displayName), { and: 'and', serialComma: 'contextual' })}`) : undefined;
      return join([who, title, by, join([date, plain(s.archive ?? ''), link], ', '), capPlain(s.medium)], '. ');
    }
    case 'thesis':
      return join([who, title, join([date, pages], ', '), join([plain(s.publisher ?? ''), plain(s.genre ?? ''), link], ', ')], '. ');
    case 'report': {
      // A numbered report gives its kind with the number; an unnumbered one as a sentence of its own.
      const numbered = s.number ? plain(seriesNumber(s)) : undefined;
      const main = join([who, title, s.number ? undefined : capPlain(s.genre), join([numbered, edition, plain(publisherOrPlace(s)), date, pages, link], ', ')], '. ');
      return join([main, series], '. ');
    }
    case 'book':
    default:
      // After the title each contributor begins with a capital, as the CSL style prints them: "Edited by …, Translated by …".
      return join([who, title, join([editors && capitalized(editors), translators && capitalized(translators), edition, plain(publisherOrPlace(s)), date, pages, link], ', '), series], '. ');
  }
}
