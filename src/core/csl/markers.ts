/**
 * The engine's intermediate form: a string in which formatting is marked by private-use
 * characters (italic on/off, quotes, small caps, display blocks …). Rendering elements build
 * such strings; punctuation rules and text-case work on them; `output.ts` turns them into plain
 * text, HTML, Markdown or LaTeX, escaping every other character. Text from items never carries
 * these characters (`clean` strips them), so item text is never read as markup.
 */

/** Opening and closing marker pairs, one per kind of formatting. */
export const M = {
  italicOn: '\uE010', italicOff: '\uE011',
  normalOn: '\uE012', normalOff: '\uE013',
  boldOn: '\uE014', boldOff: '\uE015',
  weightNormalOn: '\uE016', weightNormalOff: '\uE017',
  scOn: '\uE018', scOff: '\uE019',
  variantNormalOn: '\uE01A', variantNormalOff: '\uE01B',
  underlineOn: '\uE01C', underlineOff: '\uE01D',
  supOn: '\uE01E', supOff: '\uE01F',
  subOn: '\uE020', subOff: '\uE021',
  baselineOn: '\uE022', baselineOff: '\uE023',
  quoteOn: '\uE024', quoteOff: '\uE025',
  nocaseOn: '\uE026', nocaseOff: '\uE027',
  blockOn: '\uE028', leftMarginOn: '\uE029', rightInlineOn: '\uE02A', indentOn: '\uE02B', displayOff: '\uE02C',
  nodecorOn: '\uE02D', nodecorOff: '\uE02E',
  fieldQuoteOn: '\uE030', fieldQuoteOff: '\uE031',
} as const;

const MARKER_RE = /[\uE010-\uE03F]/g;

/** True for any marker character. */
export function isMarker(ch: string): boolean {
  return ch >= '\uE010' && ch <= '\uE03F';
}

/** Item text with any marker characters removed, so it can never open or close formatting. */
export function clean(text: string): string {
  return text.replace(MARKER_RE, '');
}

/** The visible text of a marked string (markers removed). */
export function plain(text: string): string {
  return text.replace(MARKER_RE, '');
}

/** The last visible character of a marked string, or ''. */
export function lastChar(s: string): string {
  for (let i = s.length - 1; i >= 0; i--) if (!isMarker(s[i])) return s[i];
  return '';
}

/** The first visible character of a marked string, or ''. */
export function firstChar(s: string): string {
  for (let i = 0; i < s.length; i++) if (!isMarker(s[i])) return s[i];
  return '';
}

/** Removes the first visible character of `s` (keeping markers). */
function dropFirst(s: string): string {
  for (let i = 0; i < s.length; i++) if (!isMarker(s[i])) return s.slice(0, i) + s.slice(i + 1);
  return s;
}

/** Removes the last visible character of `s` (keeping markers). */
function dropLast(s: string): string {
  for (let i = s.length - 1; i >= 0; i--) if (!isMarker(s[i])) return s.slice(0, i) + s.slice(i + 1);
  return s;
}

/** Where one string ends in `l` and the next starts with `f`: drop `f`, or replace `l` by `f` (as citeproc-js does). */
const DROP = new Set([':|:', ';|:', '!|:', '?|:', ':|.', '.|.', ';|.', '!|.', '?|.', ';|;', '!|!', '?|?', ',|,']);
const REPLACE = new Set([':|!', ';|!', ':|?', ';|?']);

/**
 * Joins two marked strings with CSL processors' punctuation rules: a period after ".", "?"
 * or "!" is dropped, a colon or semicolon before "!" or "?" gives way to it, a repeated
 * comma, semicolon or space is written once.
 */
export function cat(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  const l = lastChar(a);
  const f = firstChar(b);
  if (f === ' ' && l === ' ') return a + dropFirst(b);
  const key = `${l}|${f}`;
  if (DROP.has(key)) return a + dropFirst(b);
  if (REPLACE.has(key)) return dropLast(a) + b;
  return a + b;
}

/** Joins non-empty parts with a delimiter, applying `cat`'s punctuation rules. */
export function joinParts(parts: readonly string[], delimiter: string): string {
  let out = '';
  let first = true;
  for (const p of parts) {
    if (!p) continue;
    out = first ? p : cat(cat(out, delimiter), p);
    first = false;
  }
  return out;
}

/** Adds a prefix and suffix to a non-empty marked string (the suffix de-duplicated with `cat`). */
export function affix(s: string, prefix: string | undefined, suffix: string | undefined): string {
  if (!s) return s;
  let out = s;
  if (prefix) out = cat(prefix, out);
  if (suffix) out = cat(out, suffix);
  return out;
}

/** Trims a trailing visible character `ch` from a marked string. */
export function trimEnd(s: string, ch: string): string {
  return lastChar(s) === ch ? dropLast(s) : s;
}
