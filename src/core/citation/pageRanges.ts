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
 * dashes, with the white space around it, becomes one en dash.
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
    while (i < value.length && isDash(value[i])) i++;
    while (i < value.length && isWhitespace(value.charCodeAt(i))) i++;
    out = out.slice(0, keep) + '–';
    afterDash = out.length;
  }
  return out;
});

/** How page ranges are abbreviated. */
export type RangeFormat = 'chicago-16' | 'expanded' | 'minimal-two';

/** Abbreviates the second number of each numeric range according to the style's rule. */
export const formatRange = (function formatRange(value: string, format: RangeFormat): string {
  return hasDash(value) ? abbreviateRanges(dashRanges(value), format) : value;
});

/** Abbreviates the second number of each "a–b" range in text whose ranges already have en dashes. */
const abbreviateRanges = (function abbreviateRanges(dashed: string, format: RangeFormat): string {
  let out = '';
  let i = 0;
  while (i < dashed.length) {
    if (!isDigit(dashed.charCodeAt(i))) {
      out += dashed[i++];
      continue;
    }
    const a = digitsAt(dashed, i);
    i += a.length;
    const b = dashed[i] === '–' ? digitsAt(dashed, i + 1) : '';
    if (!b) {
      out += a;
      continue;
    }
    out += `${a}–${collapse(a, b, format)}`;
    i += 1 + b.length;
  }
  return out;
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
