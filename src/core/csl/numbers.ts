/**
 * Numbers in CSL: what counts as numeric (`is-numeric`, label plurals), the `number` element's
 * forms (numeric, ordinal, long-ordinal, roman) over ranges and lists, and page ranges in the
 * style's `page-range-format`.
 */
import type { Locale } from './locale';

const NUM_TOKEN = /^[A-Za-z]{0,3}\d+[A-Za-z]{0,3}$/;
const SEPARATOR = / ?(?:[-–,&]|and) ?/;

/** True when a value is numeric in the CSL sense ("12", "2nd", "L2", "2-4", "2, 4 & 6"). */
export function isNumeric(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'string') return false;
  const parts = value.trim().replace(/\s+/g, ' ').split(SEPARATOR);
  return parts.length > 0 && parts.every((p) => NUM_TOKEN.test(p));
}

const ROMAN_TOKEN = /^[ivxlcdm]+$/i;
const LIST_SPLIT = / ?(?:[-–—,&]|\band\b|\bet\b|\bund\b|\by\b) ?/;

/** True when a value names more than one (a range or a list of numbers), for label plurals. */
export function isPluralValue(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const v = value.trim().replace(/\s+/g, ' ').replace(/\\-/g, '\u0001');
  const parts = v.split(LIST_SPLIT).filter(Boolean);
  if (parts.length < 2) return false;
  const numeric = (p: string): boolean => NUM_TOKEN.test(p) || ROMAN_TOKEN.test(p);
  return parts.every(numeric);
}

/** The ordinal suffix for `n` from the locale's ordinal terms. */
export function ordinalSuffix(n: number, locale: Locale, gender?: string): string {
  const two = n % 100;
  const pad = (x: number): string => (x < 10 ? `0${x}` : `${x}`);
  if (two >= 10) {
    const t = locale.term(`ordinal-${pad(two)}`, 'long', gender);
    if (t && (t.match !== 'whole-number' || n === two)) return t.single;
  }
  const one = n % 10;
  const t1 = locale.term(`ordinal-${pad(one)}`, 'long', gender);
  if (t1) {
    const match = t1.match ?? 'last-digit';
    if ((match === 'last-digit') || (match === 'last-two-digits' && two === one) || (match === 'whole-number' && n === one)) return t1.single;
  }
  const g = locale.term('ordinal', 'long', gender);
  return g ? g.single : '';
}

const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

/** Lower-case roman numerals (up to 3999; larger numbers stay arabic). */
export function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) { out += s; n -= v; }
  return out;
}

/** Formats one integer in a `number` form. */
export function formatInteger(n: number, form: string, locale: Locale, gender?: string): string {
  if (form === 'ordinal') return `${n}${ordinalSuffix(n, locale, gender)}`;
  if (form === 'long-ordinal') {
    if (n >= 1 && n <= 10) {
      const t = locale.term(`long-ordinal-${n < 10 ? `0${n}` : n}`, 'long', gender);
      if (t) return t.single;
    }
    return `${n}${ordinalSuffix(n, locale, gender)}`;
  }
  if (form === 'roman') return roman(n);
  return String(n);
}

/**
 * Formats a numeric variable in a `number` form: each number in a range or list is formatted,
 * hyphens become en dashes (the locale's page-range delimiter), other separators are kept
 * with normalized spacing. Non-numeric values are returned unchanged.
 */
export function formatNumber(value: string, form: string, locale: Locale, gender?: string): string {
  if (!isNumeric(value)) return value;
  value = value.replace(/\s+/g, ' ');
  const out: string[] = [];
  const re = /([A-Za-z]{0,3})(\d+)([A-Za-z]{0,3})|( ?(?:[-–]|,|&|and) ?)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(value)) !== null) {
    if (m[2] !== undefined) {
      const n = parseInt(m[2], 10);
      out.push(m[1] || m[3] ? m[1] + (form === 'numeric' ? m[2] : formatInteger(n, form, locale, gender)) + m[3] : formatInteger(n, form, locale, gender));
    } else {
      const sep = m[4].trim();
      out.push(sep === '-' || sep === '–' ? (locale.text('page-range-delimiter') || '–') : sep === ',' ? ', ' : ` ${sep} `);
    }
  }
  return out.join('');
}

function expandRange(a: string, b: string): string {
  return b.length < a.length ? a.slice(0, a.length - b.length) + b : b;
}

function minimal(a: string, b: string, keep: number): string {
  if (a.length !== b.length) return b;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const minKeep = Math.min(keep, b.length);
  return b.slice(Math.min(i, b.length - minKeep));
}

function chicago(a: string, b: string): string {
  const n = parseInt(a, 10);
  if (n < 100 || n % 100 === 0) return b;
  if (n % 100 < 10) return minimal(a, b, 1);
  if (a.length === 4 && a.length === b.length && a[0] !== b[0]) return b;
  if (a.length === 4 && minimal(a, b, 2).length >= 3) return b;
  return minimal(a, b, 2);
}

/** Formats the page ranges of a `page` value in a `page-range-format` (or just the delimiter). */
export function formatPageRanges(value: string, format: string | undefined, locale: Locale): string {
  const delimiter = locale.text('page-range-delimiter') || '–';
  const out = value.replace(/(?<![\w\\])([A-Za-z]*)(\d+)[ \t]*(?:-|–|—)+[ \t]*([A-Za-z]*)(\d+)(?![\w])/g, (whole, p1: string, a: string, p2: string, b0: string) => {
    const asWritten = whole.replace(/\s*(?:-|–|—)+\s*/, '-');
    if (p1 !== p2 && p2) return asWritten;
    if (p1 && !p2) return asWritten;
    const b = expandRange(a, b0);
    if (parseInt(b, 10) < parseInt(a, 10)) return asWritten;
    if (!format) return `${p1}${a}${delimiter}${p2}${b0}`;
    let end = b;
    if (format === 'minimal') end = minimal(a, b, 1);
    else if (format === 'minimal-two') end = minimal(a, b, 2);
    else if (format === 'chicago' || format === 'chicago-15' || format === 'chicago-16') end = chicago(a, b);
    return format === 'expanded' ? `${p1}${a}${delimiter}${p2}${end}` : `${p1}${a}${delimiter}${end}`;
  }).replace(/(?<![\w])([ivxlcdm]+)[ \t]*-[ \t]*([ivxlcdm]+)(?![\w])/g, `$1${delimiter}$2`);
  return out.replace(/\\-/g, '-');
}
