/**
 * Given names printed in full, with their initials written as the official styles write them:
 * every style sets `initialize-with=". "`, and Chicago and MLA print given names in full
 * (`initialize="false"`), so citeproc-js only normalizes what already is an initial:
 * "C" → "C.", "C.D." → "C. D.", "J-P" → "J. P.", "Mary C" → "Mary C."; "Balázs" stays.
 * The steps follow citeproc-js 2.4 (`CSL.Util.Names.initializeWith` with `doNormalize`),
 * written without regular expressions like the rest of a citation's path.
 *
 * Functions are written `const f = (function f(…) {…})`: V8 compiles a parenthesized function
 * when the module loads instead of on its first call, so the first citation does not wait for
 * the compiler (ARCHITECTURE.md, "The first citation").
 */
import { isWhitespace } from './chars';

/** What citeproc-js puts after an initial. */
const TERMINATOR = '. ';

/** A given name reduced to its initials, as APA and in-text namesakes print it: "Robert A." → "R. A.", "Chong-Sik" → "C.-S.". */
export const givenInitials = (function givenInitials(given: string): string {
  if (!given || given === 'Lord' || given === 'Lady' || !startsRomanesque(given.charCodeAt(0))) return given;
  const parts = splitWords(prepared(given));
  periodAfterLoneCapital(parts);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const initial = initialOf(parts[i]);
    if (initial === undefined) {
      out.push(parts[i]);
    } else {
      out.push(initial);
      // A hyphen between two initials stays: "C.-S.".
      if (i < parts.length - 1) out.push(parts[i + 1].includes('-') ? TERMINATOR + '-' : TERMINATOR);
      else out.push(TERMINATOR);
      continue;
    }
    if (i < parts.length - 1) out.push(parts[i + 1]);
  }
  return tidy(out.join(''));
});

/** Upper-case first letters citeproc-js initializes (its `NAME_INITIAL_REGEXP`, first group). */
const isInitialLetter = (function isInitialLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x0e01 && c <= 0x0e5b) || (c >= 0xc0 && c <= 0x17f) || (c >= 0x400 && c <= 0x42f) ||
    (c >= 0x590 && c <= 0x5d4) || (c >= 0x5d6 && c <= 0x5ff) || (c >= 0x600 && c <= 0x6ff) || c === 0x370 || c === 0x372 ||
    c === 0x376 || c === 0x386 || (c >= 0x388 && c <= 0x3ab) || (c >= 0x3e2 && c <= 0x3ee && c % 2 === 0) || c === 0x3f4 ||
    c === 0x3f7 || (c >= 0x3fd && c <= 0x3ff);
});

/** Letters that continue a word citeproc-js initializes (its `NAME_INITIAL_REGEXP`, second group). */
const isWordLetter = (function isWordLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x0e01 && c <= 0x0e5b) || (c >= 0xc0 && c <= 0x17f) ||
    (c >= 0x400 && c <= 0x52f) || (c >= 0x600 && c <= 0x6ff) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x1f00 && c <= 0x1fff);
});

/**
 * The initial a word of a given name becomes, without its period; undefined for a word that
 * stays as it is (a lowercase word, a number, another script). An abbreviation keeps its
 * letters ("Ch." → "Ch"), and a capital run inside a word keeps one more letter ("JOhn" → "Jo").
 */
const initialOf = (function initialOf(word: string): string | undefined {
  if (!word || !isInitialLetter(word.charCodeAt(0)) || word[0] !== word[0].toUpperCase()) return undefined;
  let end = 1;
  while (end < word.length && isWordLetter(word.charCodeAt(end))) end++;
  if (end > 1 && word[end] === '.') return word.slice(0, end);
  let capitals = 1;
  while (capitals < end && word[capitals] === word[capitals].toUpperCase()) capitals++;
  return capitals < end ? word[0] + word.slice(1, capitals).toLowerCase() : word[0];
});

/** A one-word name whose last letter stands alone after a period (or alone) is an initial: "C" → "C.". */
const periodAfterLoneCapital = (function periodAfterLoneCapital(parts: string[]): void {
  if (parts.length !== 1) return;
  const tail = parts[0].slice(parts[0].lastIndexOf('.') + 1);
  if (tail.length === 1 && tail !== tail.toLowerCase()) parts[0] += '.';
});

/** A given name in full, its initials normalized. */
export const fullGiven = (function fullGiven(given: string): string {
  // Most given names hold no initial: more than one character, and no period, hyphen or space.
  if (given.length > 1 && !hasInitialMarks(given)) return given;
  if (!startsRomanesque(given.charCodeAt(0))) return given;
  return normalizedInitials(given);
});

/** True when the name holds a period, a hyphen or white space. */
const hasInitialMarks = (function hasInitialMarks(given: string): boolean {
  for (let i = 0; i < given.length; i++) {
    const c = given.charCodeAt(i);
    if (c === 0x2e || c === 0x2d || isWhitespace(c)) return true;
  }
  return false;
});

/**
 * True for the characters citeproc-js treats as the start of a name it may normalize: Latin,
 * Greek, Cyrillic, Hebrew, Arabic and Thai letters and "&" (its `STARTSWITH_ROMANESQUE_REGEXP`).
 * Names in other scripts ("동춘") are printed as they are.
 */
const startsRomanesque = (function startsRomanesque(c: number): boolean {
  return c === 0x26 || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x0e01 && c <= 0x0e5b) ||
    (c >= 0xc0 && c <= 0x17f) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x52f) ||
    (c >= 0x590 && c <= 0x5d4) || (c >= 0x5d6 && c <= 0x5ff) || (c >= 0x1f00 && c <= 0x1fff) ||
    (c >= 0x600 && c <= 0x6ff) || c === 0x200c || c === 0x200d || c === 0x200e || (c >= 0x218 && c <= 0x21b) ||
    (c >= 0x202a && c <= 0x202e);
});

/** Lowercase ASCII letter (a hyphen before one joins a word: "Sang-ho"). */
const isLowerAscii = (function isLowerAscii(c: string | undefined): boolean {
  return c !== undefined && c >= 'a' && c <= 'z';
});

/**
 * The name as citeproc-js prepares it: white space collapsed to one space and removed around
 * hyphens, a hyphen before a lowercase letter kept inside its word (as an en dash, restored at
 * the end), and a space after every period that has none.
 */
const prepared = (function prepared(given: string): string {
  const collapsed = collapsedSpaces(given);
  let out = '';
  for (let i = 0; i < collapsed.length; i++) {
    const c = collapsed[i];
    if (c === '-' && isLowerAscii(collapsed[i + 1])) out += '\u2013';
    else out += c;
    if (c === '.' && i < collapsed.length - 1 && collapsed[i + 1] !== ' ') out += ' ';
  }
  return out;
});

/** Words at even indices, the runs of spaces and hyphens between them at odd indices. */
const splitWords = (function splitWords(name: string): string[] {
  const parts: string[] = [];
  let word = '';
  let i = 0;
  while (i < name.length) {
    if (name[i] !== ' ' && name[i] !== '-') {
      word += name[i++];
      continue;
    }
    let separator = '';
    while (i < name.length && (name[i] === ' ' || name[i] === '-')) separator += name[i++];
    parts.push(word, separator);
    word = '';
  }
  parts.push(word);
  return parts;
});

/** citeproc-js's normalization of the initials in a given name. */
const normalizedInitials = (function normalizedInitials(given: string): string {
  const parts = splitWords(prepared(given));
  periodAfterLoneCapital(parts);
  // An abbreviation ("Ch.", "C.") loses its last period; a single capital is an initial.
  const isAbbreviation = parts.map((part, i) => {
    if (part.length > 1 && part.endsWith('.')) {
      const at = part.lastIndexOf('.');
      parts[i] = part.slice(0, at) + part.slice(at + 1);
      return true;
    }
    return part.length === 1 && part.toUpperCase() === part;
  });
  for (let i = 0; i < parts.length; i += 2) {
    if (!isAbbreviation[i]) continue;
    if (i < parts.length - 2) {
      // The separator after an initial becomes the terminator (a hyphen between two initials is dropped).
      const separator = isAbbreviation[i + 2] ? parts[i + 1] : parts[i + 1] + ' ';
      parts[i + 1] = parts[i + 2].length > 1 ? TERMINATOR + separator : TERMINATOR;
    }
    if (i === parts.length - 1) parts[i] += TERMINATOR;
  }
  return tidy(parts.join(''));
});

/** Each run of white space as one space, and none beside a hyphen. */
const collapsedSpaces = (function collapsedSpaces(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (!isWhitespace(text.charCodeAt(i))) {
      out += text[i];
      continue;
    }
    while (i + 1 < text.length && isWhitespace(text.charCodeAt(i + 1))) i++;
    if (text[i + 1] !== '-' && out[out.length - 1] !== '-') out += ' ';
  }
  return out;
});

/** The joined name without trailing white space, spaces around hyphens or repeated spaces; en dashes back to hyphens. */
const tidy = (function tidy(name: string): string {
  let end = name.length;
  while (end > 0 && (isWhitespace(name.charCodeAt(end - 1)) || name[end - 1] === '\ufeff')) end--;
  const collapsed = collapsedSpaces(name.slice(0, end));
  let out = '';
  for (let i = 0; i < collapsed.length; i++) out += collapsed[i] === '\u2013' && isLowerAscii(collapsed[i + 1]) ? '-' : collapsed[i];
  return out;
});
