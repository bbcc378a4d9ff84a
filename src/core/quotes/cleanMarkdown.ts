/**
 * Markdown markup inside quoted words, blanked in passes of linear time: footnote references
 * and inline notes, Pandoc citations, images and link destinations, HTML tags and entities,
 * block-quotation markers, emphasis and escapes. Each pass finds what one regular expression
 * of the form `\[[^\]\n]*\]…` would (leftmost, then on from the end of the match), but asks
 * "where is the next `]`?" through `NextChar`, so a line of `[` is scanned once, not once per
 * `[`. `test/unit/quoteLinear.test.ts` compares every pass with the regular expressions on
 * seeded random text.
 */
import { isSpaceCode, NextChar, nextOf } from '../text/scanIndex';

/** A character the word scanner passes over inside a word (see `cleanMarkup`). */
const JOIN = '\u0000';

/** Characters without which a Markdown text has no markup to blank. */
const MD_HINT = /[[\]@<&>*_`~\\^]/;

/** `slice` with its Markdown markup blanked; the result has the same length. */
export function cleanMarkdown(slice: string): string {
  const steps = cleanMarkdownSteps(slice);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `cleanMarkdown` in steps, one pass each, for a caller that pauses between them (a quoted megabyte). */
export function* cleanMarkdownSteps(slice: string): Generator<void, string, void> {
  if (!MD_HINT.test(slice)) return slice;
  let out = slice;
  out = blankRanges(out, footnoteMarks(out));
  yield;
  out = blankRanges(out, pandocGroups(out));
  yield;
  out = blankRanges(out, pandocKeys(out));
  yield;
  out = blankRanges(out, links(out, true));
  out = linkTexts(out);
  yield;
  out = blankRanges(out, htmlTags(out));
  yield;
  out = out.replace(/(^|\n)[ \t]{0,3}(?:>[ \t]?)+/g, (m) => m.replace(/[^\n]/g, ' '));
  return out.replace(/\\(?=[!-/:-@[-`{-~])|[*_`~]/g, () => JOIN);
}

/** Ranges `[start, end)`, in order and apart. */
type Ranges = number[];

function blankRanges(s: string, ranges: Ranges): string {
  if (ranges.length === 0) return s;
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < ranges.length; k += 2) {
    parts.push(s.slice(at, ranges[k]), ' '.repeat(ranges[k + 1] - ranges[k]));
    at = ranges[k + 1];
  }
  parts.push(s.slice(at));
  return parts.join('');
}

const OPEN = 0x5b; // [
const CLOSE = 0x5d; // ]
const CARET = 0x5e; // ^
const AT = 0x40; // @
const NEWLINE = 0x0a;

/** `\[\^[^\]\s]+\]|\^\[[^\]]*\]`: footnote references and inline notes. */
function footnoteMarks(s: string): Ranges {
  const out: Ranges = [];
  const runEnd = new NextChar(s, (c) => c === CLOSE || isSpaceCode(c));
  const close = nextOf(s, ']');
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    const d = s.charCodeAt(i + 1);
    let end = -1;
    if (c === OPEN && d === CARET) {
      const e = runEnd.from(i + 2);
      if (e > i + 2 && s.charCodeAt(e) === CLOSE) end = e + 1;
    } else if (c === CARET && d === OPEN) {
      const e = close.from(i + 2);
      if (e < s.length) end = e + 1;
    }
    if (end > 0) {
      out.push(i, end);
      i = end - 1;
    }
  }
  return out;
}

/** `[\s;-]`: what may stand before the `@` of a key that is not first in its brackets. */
function beforeKey(c: number): boolean {
  return c === 0x3b || c === 0x2d || isSpaceCode(c);
}

/**
 * `\[(?:[^\]\n]*[\s;-])?-?@[^\]\n]*\]`: a bracket holding a key — its first character an `@`
 * (or `-@`), or an `@` after a space, `;` or `-`.
 */
function pandocGroups(s: string): Ranges {
  const out: Ranges = [];
  const stop = nextOf(s, ']\n');
  let i = s.indexOf('[');
  while (i >= 0 && i < s.length) {
    const e = stop.from(i + 1);
    if (s.charCodeAt(e) === NEWLINE) {
      // `[\s;-]` takes a line break too: the key may start the next line.
      const key = s.charCodeAt(e + 1) === AT ? e + 1 : s.charCodeAt(e + 1) === 0x2d && s.charCodeAt(e + 2) === AT ? e + 2 : -1;
      const end = key < 0 ? -1 : stop.from(key + 1);
      if (end >= 0 && s.charCodeAt(end) === CLOSE) {
        out.push(i, end + 1);
        i = s.indexOf('[', end + 1);
        continue;
      }
    } else if (s.charCodeAt(e) === CLOSE) {
      // The last key in the stretch that a bracket before it can reach past other text.
      let reach = -1;
      for (let j = i + 2; j < e; j++) if (s.charCodeAt(j) === AT && beforeKey(s.charCodeAt(j - 1))) reach = j;
      for (let p = i; p >= 0 && p < e; p = s.indexOf('[', p + 1)) {
        const next = s.charCodeAt(p + 1);
        if (p < reach || next === AT || (next === 0x2d && s.charCodeAt(p + 2) === AT)) {
          out.push(p, e + 1);
          break;
        }
      }
    }
    i = e >= s.length ? -1 : s.indexOf('[', e + 1);
  }
  return out;
}

const KEY_TAIL = String.raw`[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_]|[\p{L}\p{N}_]`;
const KEY_OR_BRACED = new RegExp(String.raw`(?<![\p{L}\p{N}_@.])-?@(?:\{[^}]*\}|${KEY_TAIL})`, 'gu');
const KEY_ONLY = new RegExp(String.raw`(?<![\p{L}\p{N}_@.])-?@(?:${KEY_TAIL})`, 'gu');

/**
 * Bare Pandoc keys, `@key` and `@{key}`. A braced key cannot end after the text's last `}`,
 * so the search with braces stops there and the one without them goes on: otherwise every
 * `@{` after the last `}` would scan to the end of the text.
 */
function pandocKeys(s: string): Ranges {
  if (!s.includes('@')) return [];
  const out: Ranges = [];
  const lastBrace = s.lastIndexOf('}');
  let at = 0;
  if (lastBrace >= 0) {
    const head = s.slice(0, lastBrace + 1);
    KEY_OR_BRACED.lastIndex = 0;
    for (let m = KEY_OR_BRACED.exec(head); m !== null; m = KEY_OR_BRACED.exec(head)) out.push(m.index, m.index + m[0].length);
    at = lastBrace + 1;
  }
  KEY_ONLY.lastIndex = at;
  for (let m = KEY_ONLY.exec(s); m !== null; m = KEY_ONLY.exec(s)) out.push(m.index, m.index + m[0].length);
  return out;
}

/**
 * `!\[[^\]\n]*\]\([^)\n]*\)` (images, `image`) or `\[[^\]\n]*\]\([^)\n]*\)` (links): the
 * ranges of whole matches.
 */
function links(s: string, image: boolean): Ranges {
  const out: Ranges = [];
  const closeBracket = nextOf(s, ']\n');
  const closeParen = nextOf(s, ')\n');
  const first = image ? 1 : 0;
  for (let i = s.indexOf(image ? '![' : '['); i >= 0; i = s.indexOf(image ? '![' : '[', i + 1)) {
    const e = closeBracket.from(i + first + 1);
    if (s.charCodeAt(e) !== CLOSE || s[e + 1] !== '(') continue;
    const p = closeParen.from(e + 2);
    if (s[p] !== ')') continue;
    out.push(i, p + 1);
    i = p;
  }
  return out;
}

/** Links: the brackets and the destination blanked, the link text kept. */
function linkTexts(s: string): string {
  const ranges = links(s, false);
  if (ranges.length === 0) return s;
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < ranges.length; k += 2) {
    const start = ranges[k];
    const end = ranges[k + 1];
    const mid = s.indexOf('](', start);
    parts.push(s.slice(at, start), ' ', s.slice(start + 1, mid), ' '.repeat(end - mid));
    at = end;
  }
  parts.push(s.slice(at));
  return parts.join('');
}

const ENTITY = /&(?:[A-Za-z]+;|#\d+;)/y;

/** `<\/?[A-Za-z!][^>\n]*>|&[A-Za-z]+;|&#\d+;`: HTML tags, autolinks and entities. */
function htmlTags(s: string): Ranges {
  const out: Ranges = [];
  const close = nextOf(s, '>\n');
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let end = -1;
    if (c === 0x3c) {
      const j = s.charCodeAt(i + 1) === 0x2f ? i + 2 : i + 1;
      const n = s.charCodeAt(j);
      if ((n >= 65 && n <= 90) || (n >= 97 && n <= 122) || n === 0x21) {
        const e = close.from(j + 1);
        if (s.charCodeAt(e) === 0x3e) end = e + 1;
      }
    } else if (c === 0x26) {
      ENTITY.lastIndex = i;
      if (ENTITY.test(s)) end = ENTITY.lastIndex;
    }
    if (end > 0) {
      out.push(i, end);
      i = end - 1;
    }
  }
  return out;
}
