/**
 * Chicago author-date, 18th and 17th editions (CMOS chapter 15): parenthetical and narrative
 * text citations and reference-list entries. Modelled on, and tested against, the official
 * CSL styles `chicago-author-date` and `chicago-author-date-17th-edition`.
 */
import type { Source } from '../model';
import { chicagoBibEntry } from './chicagoBibliography';
import { chicagoShortTitle } from './chicagoNotes';
import { ChicagoEdition, authorSubstitute, noteNames } from './chicagoShared';
import { isPersonalCommunication } from './common';
import { formatDate, formatYear } from './dates';
import { Locator, locatorText } from './locators';
import { Rich, cat, isEmpty, join, plain, wrap } from './rich';

/** What stands first in a text citation: family names, a container or site, or the short title. */
export function authorDateAuthor(s: Source, ed: ChicagoEdition): Rich {
  const names = s.author?.length ? s.author : s.editor;
  if (names?.length) {
    const who = noteNames(names, ed, true);
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

/** "(Szalontai 2003–2004, 99)" or, narrative, "Szalontai (2003–2004, 99)". */
export function authorDateCitation(s: Source, ed: ChicagoEdition, loc: Locator | undefined, narrative: boolean, yearSuffix = ''): Rich {
  if (isPersonalCommunication(s) && s.author?.length) return personalCommunication(s, ed, loc, narrative);
  const year = plain((formatYear(s.issued) || 'n.d.') + yearSuffix);
  const pin = loc ? plain(locatorText(loc, 'chicago')) : undefined;
  const author = authorDateAuthor(s, ed);
  // "n.d." follows a comma, as in the CSL style.
  const head = formatYear(s.issued) ? join([author, year], ' ') : join([author, year], ', ');
  if (!narrative) return wrap('(', join([head, pin], ', '), ')');
  // A letter's "to Recipient" belongs to the parenthesis, as CSL's author-only rendering has it.
  const names = s.author?.length ? s.author : s.editor;
  if (s.type === 'letter' && names?.length && s.recipient?.length) {
    const who = plain(noteNames(names, ed, true));
    const rest = join([join([plain(`to ${noteNames(s.recipient, ed, true)}`), year], ' '), pin], ', ');
    return cat(who, ' (', rest, ')');
  }
  return cat(author, ' (', join([year, pin], ', '), ')');
}

/** A reference-list entry, without its final period. */
export function authorDateEntry(s: Source, ed: ChicagoEdition, yearSuffix = ''): Rich {
  return chicagoBibEntry(s, { ed, authorDate: true, yearSuffix });
}
