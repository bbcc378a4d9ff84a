/**
 * Titles: typographic quotation marks, flipped when a title is itself set in quotation marks
 * (“‘You Have No Political Line of Your Own’: …”), apostrophes, and English title case.
 *
 * Written with string searches and loops rather than regular expressions: a regex is compiled
 * the first time it runs (and again when V8 tiers it up), and the first citation after loading
 * should be quick.
 *
 * Functions are written `const f = (function f(…) {…})`: V8 compiles a parenthesized function
 * when the module loads instead of on its first call, so the first citation does not wait for
 * the compiler (ARCHITECTURE.md, "The first citation").
 */
import { isLetter, isWhitespace } from './chars';

/** Results of `smartQuotes` and `titleCase`, which are pure and called with the same titles again and again. */
const cache = new Map<string, string>();

const remember = (function remember(key: string, value: string): string {
  if (cache.size > 2000) cache.clear();
  cache.set(key, value);
  return value;
});

/** The quotation marks and apostrophes `smartQuotes` rewrites. */
const QUOTE_MARKS = '"\'“”‘’';

/** The position of the first quotation mark or apostrophe at or after `from`; -1 when there is none. */
const nextQuoteMark = (function nextQuoteMark(text: string, from: number): number {
  let next = -1;
  for (let k = 0; k < QUOTE_MARKS.length; k++) {
    const at = text.indexOf(QUOTE_MARKS[k], from);
    if (at >= 0 && (next < 0 || at < next)) next = at;
  }
  return next;
});

/**
 * Converts straight and curly double quotes to typographic ones and straight apostrophes to ’.
 * `nested`: the text will be printed inside double quotation marks, so its own double quotes
 * become single ones (and its single quotes double ones).
 */
export const smartQuotes = (function smartQuotes(text: string, nested: boolean): string {
  const first = nextQuoteMark(text, 0);
  if (first < 0) return text;
  const key = (nested ? 'n' : 's') + text;
  return cache.get(key) ?? remember(key, computeSmartQuotes(text, nested, first));
});

/** `smartQuotes` from the first quotation mark (at `first`) on: only the quotation marks change. */
const computeSmartQuotes = (function computeSmartQuotes(text: string, nested: boolean, first: number): string {
  // Opening and closing double marks, then opening and closing single marks.
  const marks = nested ? '‘’“”' : '“”‘’';
  let out = '';
  let copied = 0;
  let singleOpen = false;
  for (let i = first; i >= 0; i = nextQuoteMark(text, i + 1)) {
    const c = text[i];
    const before = i === 0 ? '' : text[i - 1];
    // A mark opens at the start, after white space, an opening bracket or quotation mark, a dash or a slash.
    const opening = i === 0 || isWhitespace(before.charCodeAt(0)) || '([{—–/-“‘'.includes(before);
    out += text.slice(copied, i);
    copied = i + 1;
    if (c === '"' || c === '“' || c === '”') {
      out += marks[c === '“' || (c === '"' && opening) ? 0 : 1];
    } else if (c !== '’' && opening && isLetter(text[i + 1])) {
      singleOpen = true;
      out += marks[2];
    } else if (c !== '‘' && singleOpen && !isLetter(text[i + 1])) {
      // The close of a single-quoted phrase (not an apostrophe inside a word).
      singleOpen = false;
      out += marks[3];
    } else {
      out += c === "'" ? '’' : c;
    }
  }
  return out + text.slice(copied);
});

/** A title set in quotation marks: “…” with inner quotes flipped. */
export const quoted = (function quoted(text: string): string {
  return `“${smartQuotes(text, true)}”`;
});

const STOP_WORDS = new Set(
  (
    'a an and as at but by down for from in into nor of on onto or over so the till to up via with yet ' +
    'about above across after against along amid among around before behind below beneath beside ' +
    'between beyond despite during except inside like near off out outside past per since than ' +
    'through toward towards under underneath unlike until upon versus vs. within without'
  ).split(' '),
);

/**
 * English title case as CSL processors apply it: words that are entirely lowercase are
 * capitalized, except stop words that are neither first, last, nor after a colon;
 * words with capitals elsewhere are left alone.
 */
export const titleCase = (function titleCase(text: string): string {
  const key = 't' + text;
  return cache.get(key) ?? remember(key, computeTitleCase(text));
});

const computeTitleCase = (function computeTitleCase(text: string): string {
  let out = '';
  let afterColon = true;
  let start = 0;
  while (start < text.length) {
    let end = start;
    while (end < text.length && isWhitespace(text.charCodeAt(end))) end++;
    out += text.slice(start, end);
    start = end;
    while (end < text.length && !isWhitespace(text.charCodeAt(end))) end++;
    if (end === start) break;
    const word = text.slice(start, end);
    const initial = word.charCodeAt(0);
    // A word that starts with a capital stays as it is; a word is last only when nothing, not even white space, follows it.
    out += initial >= 0x41 && initial <= 0x5a ? word : titleCaseWord(word, afterColon, end === text.length);
    // The next word is first of its sentence after a colon, question mark, exclamation mark, period or em dash (before an optional closing quote).
    const last = word[word.length - 1];
    afterColon = ':?!.—'.includes(word.length > 1 && (last === '"' || last === '”' || last === '’') ? word[word.length - 2] : last);
    start = end;
  }
  return out;
});

/** One word in title case: lowercase words are capitalized unless they are stop words inside the title. */
const titleCaseWord = (function titleCaseWord(w: string, isFirst: boolean, isLast: boolean): string {
  let start = 0;
  while (start < w.length && !isLetter(w[start])) start++;
  const core = w.slice(start);
  if (!core || core !== core.toLowerCase()) return w;
  let end = core.length;
  while (end > 0 && !isLetter(core[end - 1]) && core[end - 1] !== '.') end--;
  if (!isFirst && !isLast && STOP_WORDS.has(core.slice(0, end))) return w;
  const up = core[0].toUpperCase() + core.slice(1);
  return w.slice(0, start) + (up.includes('-') ? capitalizeAfterHyphens(up) : up);
});

/** "Sino-soviet" → "Sino-Soviet": a basic Latin or Latin-1 lowercase letter after a hyphen is capitalized. */
const capitalizeAfterHyphens = (function capitalizeAfterHyphens(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const next = i + 1 < word.length ? word.charCodeAt(i + 1) : 0;
    if (word[i] === '-' && ((next >= 0x61 && next <= 0x7a) || (next >= 0xe0 && next <= 0xff))) {
      out += '-' + word[i + 1].toUpperCase();
      i++;
    } else {
      out += word[i];
    }
  }
  return out;
});

/** Capitalizes the first letter ("embassy report" → "Embassy report"). */
export const capitalizeFirst = (function capitalizeFirst(text: string): string {
  let i = 0;
  while (i < text.length && !isLetter(text[i])) i++;
  return i < text.length ? text.slice(0, i) + text[i].toUpperCase() + text.slice(i + 1) : text;
});
