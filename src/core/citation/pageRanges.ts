/**
 * Page and number ranges: an en dash between the numbers ("12-14" → "12–14") and the second
 * number abbreviated as the style abbreviates it ("321–28" in Chicago and MLA, "321–328" in APA).
 *
 * Functions are written `const f = (function f(…) {…})`: V8 compiles a parenthesized function
 * when the module loads instead of on its first call, so the first citation does not wait for
 * the compiler (ARCHITECTURE.md, "The first citation").
 */
import { isDash, isDigit, isWhitespace } from './chars';

/** True if the value holds a hyphen, an en dash or an em dash. */
export const hasDash = (function hasDash(value: string): boolean {
  return value.includes('-') || value.includes('–') || value.includes('—');
});

/**
 * Ranges with an en dash and no spaces: "12-14" → "12–14", "5 - 9" → "5–9". Each run of
 * dashes, with the white space around it, becomes one en dash, except after a page with a
 * letter prefix when the second page has none ("S12-14" stays as typed, as in citeproc-js).
 */
export const dashRanges = (function dashRanges(value: string): string {
  if (!hasDash(value)) return value;
  let out = '';
  // Where the text after the last en dash starts in `out`: white space before it is part of that dash.
  let afterDash = 0;
  let i = 0;
  while (i < value.length) {
    if (!isDash(value[i])) {
      out += value[i++];
      continue;
    }
    let keep = out.length;
    while (keep > afterDash && isWhitespace(out.charCodeAt(keep - 1))) keep--;
    const start = i;
    while (i < value.length && isDash(value[i])) i++;
    while (i < value.length && isWhitespace(value.charCodeAt(i))) i++;
    if (endsWithPrefixedNumber(out.slice(0, keep)) && isDigit(value.charCodeAt(i))) {
      out += value.slice(start, i);
      continue;
    }
    out = out.slice(0, keep) + '–';
    afterDash = out.length;
  }
  return out;
});

/** True when the text ends with a page number that has a letter prefix ("S12"). */
const endsWithPrefixedNumber = (function endsWithPrefixedNumber(text: string): boolean {
  let i = text.length;
  while (i > 0 && isDigit(text.charCodeAt(i - 1))) i--;
  if (i === text.length) return false;
  let letters = i;
  while (letters > 0 && isLetterCode(text.charCodeAt(letters - 1))) letters--;
  return letters < i;
});

/** How page ranges are abbreviated. */
export type RangeFormat = 'chicago-16' | 'expanded' | 'minimal-two';

/** Abbreviates the second number of each numeric range according to the style's rule. */
export const formatRange = (function formatRange(value: string, format: RangeFormat): string {
  return hasDash(value) ? abbreviateRanges(dashRanges(value), format) : value;
});

/**
 * Abbreviates the second number of each "a–b" range in text whose ranges already have en dashes.
 * As in citeproc-js, a page may carry a letter prefix ("S12–14", "e101–e108"), and a second
 * number written short is read in full first ("123–5" is 123–125): the expanded format repeats
 * the prefix and every digit ("S12–S14", "123–125"); the others drop the prefix and abbreviate.
 */
const abbreviateRanges = (function abbreviateRanges(dashed: string, format: RangeFormat): string {
  let out = '';
  let i = 0;
  while (i < dashed.length) {
    const prefix = letterPrefixAt(dashed, i);
    // A range starts at a number, or at a letter prefix right before one, at the start of a word.
    const startsWord = i === 0 || !isLetterCode(dashed.charCodeAt(i - 1));
    if (!isDigit(dashed.charCodeAt(i + prefix.length)) || (prefix && !startsWord)) {
      out += dashed[i++];
      continue;
    }
    const a = digitsAt(dashed, i + prefix.length);
    i += prefix.length + a.length;
    const endPrefix = dashed[i] === '–' ? letterPrefixAt(dashed, i + 1) : '';
    const written = dashed[i] === '–' ? digitsAt(dashed, i + 1 + endPrefix.length) : '';
    if (!written || (endPrefix && endPrefix !== prefix) || isLetterCode(dashed.charCodeAt(i + 1 + endPrefix.length + written.length))) {
      out += prefix + a;
      continue;
    }
    i += 1 + endPrefix.length + written.length;
    const b = written.length < a.length ? a.slice(0, a.length - written.length) + written : written;
    if (Number(b) <= Number(a)) {
      out += `${prefix}${a}–${endPrefix}${written}`;
      continue;
    }
    out += format === 'expanded' ? `${prefix}${a}–${prefix}${b}` : `${prefix}${a}–${collapse(a, b, format)}`;
  }
  return out;
});

/** The letters (and the zeros after them) that begin a page number at `from` ("S", "e"); '' when there are none. */
const letterPrefixAt = (function letterPrefixAt(text: string, from: number): string {
  let end = from;
  while (end < text.length && isLetterCode(text.charCodeAt(end))) end++;
  if (end === from) return '';
  while (end < text.length && text[end] === '0') end++;
  return text.slice(from, end);
});

/** True for a basic Latin letter. */
const isLetterCode = (function isLetterCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
});

/** The run of digits starting at `from` ('' when there is none). */
const digitsAt = (function digitsAt(text: string, from: number): string {
  let end = from;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  return text.slice(from, end);
});

/** The second number of a range "a–b" as the style abbreviates it. */
const collapse = (function collapse(a: string, b: string, format: RangeFormat): string {
  if (format === 'expanded' || a.length !== b.length || Number(b) < Number(a)) return b;
  if (format === 'minimal-two') {
    let i = 0;
    while (i < a.length - 2 && a[i] === b[i]) i++;
    return b.slice(i);
  }
  // chicago-16 (CMOS 17th ed. 9.64): under 100 and multiples of 100 in full; 101–109 → "101–8";
  // otherwise at least two digits, more when needed.
  const n = Number(a);
  if (n < 100 || n % 100 === 0) return b;
  if (n % 100 < 10) {
    let i = 0;
    while (i < a.length - 1 && a[i] === b[i]) i++;
    return b.slice(i);
  }
  let i = 0;
  while (i < a.length - 2 && a[i] === b[i]) i++;
  return b.slice(i);
});
