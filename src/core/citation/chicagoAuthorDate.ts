/**
 * Chicago author-date, 18th and 17th editions (CMOS chapter 15): parenthetical and narrative
 * text citations and reference-list entries. Modelled on, and tested against, the official
 * CSL styles `chicago-author-date` and `chicago-author-date-17th-edition`.
 */
import type { CslName, Source } from '../model';
import { chicagoBibEntry } from './chicagoBibliography';
import { chicagoShortTitle } from './chicagoNotes';
import { ChicagoEdition, authorSubstitute, noteNameList, noteNames } from './chicagoShared';
import { isPersonalCommunication } from './common';
import { formatDate, formatYear } from './dates';
import { Locator, locatorText } from './locators';
import { NameForm, citeName, joinNames } from './names';
import { Rich, cat, isEmpty, join, plain, wrap } from './rich';

/** Family names, "Kim and Park"; `forms` adds given names to tell apart namesakes: "A. Kim and Park". */
function citeNames(names: CslName[], ed: ChicagoEdition, forms: readonly NameForm[]): string {
  return joinNames(names.map((n, i) => citeName(n, forms[i])), noteNameList(ed));
}

/** What stands first in a text citation: family names, a container or site, or the short title. */
export function authorDateAuthor(s: Source, ed: ChicagoEdition, forms: readonly NameForm[] = []): Rich {
  const names = s.author?.length ? s.author : s.editor;
  if (names?.length) {
    const who = citeNames(names, ed, forms);
    if (s.type === 'letter' && s.recipient?.length) return plain(`${who} to ${noteNames(s.recipient, ed, true)}`);
    return plain(who);
  }
  const sub = authorSubstitute(s);
  return isEmpty(sub) ? chicagoShortTitle(s) : sub;
}

/**
 * A personal communication, described in full in the text (as the CSL style does):
 * "(Kathryn Weathersby to James F. Person, pers. comm., February 11, 2021)",
 * "(Chol-su Ri, interview by Andrei Lankov, May 4, 2019)".
 */
function personalCommunication(s: Source, ed: ChicagoEdition, loc: Locator | undefined, narrative: boolean): Rich {
  const who = noteNames(s.author, ed);
  const rest = s.type === 'letter'
    ? [s.recipient?.length ? `to ${noteNames(s.recipient, ed)}` : '', 'pers. comm.', formatDate(s.issued)]
    : [s.interviewer?.length ? `interview by ${noteNames(s.interviewer, ed)}` : 'interview', formatDate(s.issued)];
  const pin = loc ? locatorText(loc, 'chicago') : '';
  if (s.type === 'letter' && rest[0]) {
    // "to X" follows the name without a comma.
    const tail = [rest.slice(1).join(', '), pin].filter(Boolean).join(', ');
    return narrative ? plain(`${who} (${rest[0]}, ${tail})`) : plain(`(${who} ${rest[0]}, ${tail})`);
  }
  const tail = [...rest, pin].filter(Boolean).join(', ');
  return narrative ? plain(`${who} (${tail})`) : plain(`(${[who, tail].filter(Boolean).join(', ')})`);
}

/**
 * "(Szalontai 2003–2004, 99)" or, narrative, "Szalontai (2003–2004, 99)". `forms`: the initials
 * or given name that tell the first author apart from another of the same family name.
 */
export function authorDateCitation(s: Source, ed: ChicagoEdition, loc: Locator | undefined, narrative: boolean, yearSuffix = '', forms: readonly NameForm[] = []): Rich {
  if (isPersonalCommunication(s) && s.author?.length) return personalCommunication(s, ed, loc, narrative);
  const year = plain((formatYear(s.issued) || 'n.d.') + yearSuffix);
  const pin = loc ? plain(locatorText(loc, 'chicago')) : undefined;
  const author = authorDateAuthor(s, ed, forms);
  // "n.d." follows a comma, as in the CSL style.
  const yearDelimiter = formatYear(s.issued) ? ' ' : ', ';
  const head = join([author, year], yearDelimiter);
  if (!narrative) return wrap('(', join([head, pin], ', '), ')');
  // A letter's "to Recipient" belongs to the parenthesis, as CSL's author-only rendering has it.
  const names = s.author?.length ? s.author : s.editor;
  if (s.type === 'letter' && names?.length && s.recipient?.length) {
    const who = plain(citeNames(names, ed, forms));
    const rest = join([join([plain(`to ${noteNames(s.recipient, ed, true)}`), year], yearDelimiter), pin], ', ');
    return cat(who, ' (', rest, ')');
  }
  return cat(author, ' (', join([year, pin], ', '), ')');
}

/** A reference-list entry, without its final period. */
export function authorDateEntry(s: Source, ed: ChicagoEdition, yearSuffix = ''): Rich {
  return chicagoBibEntry(s, { ed, authorDate: true, yearSuffix });
}
