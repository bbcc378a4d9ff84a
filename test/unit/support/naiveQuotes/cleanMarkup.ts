// The scanner as it was before it was made linear: the reference the linearity tests compare with.
/**
 * Markup inside quoted words, blanked out so that only the words remain. The cleaned text has
 * the same length as the original, so offsets carry over unchanged: markup that separates
 * words becomes a space, markup inside a word (`Bal\'azs`, `**not**`) becomes JOIN, which the
 * word scanner skips without ending the word. Citations inside a quotation are blanked too.
 */
import type { Language } from '../../../../src/core/quotes/types';

/** A character the word scanner passes over inside a word. */
export const JOIN = '\u0000';

/** Blanks the markup of `text.slice(start, end)`; the result has length `end - start`. */
export function cleanMarkup(text: string, start: number, end: number, language: Language): string {
  const slice = text.slice(start, end);
  if (language === 'markdown') return cleanMarkdown(slice);
  if (language === 'latex') return cleanLatex(slice);
  return slice;
}

const MD_PATTERNS: [RegExp, (m: string) => string][] = [
  // Footnote references and inline notes.
  [/\[\^[^\]\s]+\]|\^\[[^\]]*\]/g, blank],
  // Pandoc citations: [see @key, p. 3; @other] and bare @key.
  [/\[(?:[^\]\n]*[\s;-])?-?@[^\]\n]*\]/g, blank],
  [/(?<![\p{L}\p{N}_@.])-?@(?:\{[^}]*\}|[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_]|[\p{L}\p{N}_])/gu, blank],
  // Images, and link destinations (the link text stays).
  [/!\[[^\]\n]*\]\([^)\n]*\)/g, blank],
  [/\[([^\]\n]*)\]\([^)\n]*\)/g, (m) => ' ' + m.slice(1, m.indexOf('](')) + blank(m.slice(m.indexOf('](')))],
  // HTML tags, autolinks and entities.
  [/<\/?[A-Za-z!][^>\n]*>|&[A-Za-z]+;|&#\d+;/g, blank],
  // Block-quotation markers at line starts.
  [/(^|\n)[ \t]{0,3}(?:>[ \t]?)+/g, (m) => m.replace(/[^\n]/g, ' ')],
  // Emphasis, code and escapes inside words.
  [/\\(?=[!-/:-@[-`{-~])|[*_`~]/g, () => JOIN],
];

/** Characters without which a Markdown text has no markup to blank. */
const MD_HINT = /[[\]@<&>*_`~\\^]/;

function cleanMarkdown(slice: string): string {
  if (!MD_HINT.test(slice)) return slice;
  let out = slice;
  for (const [re, f] of MD_PATTERNS) out = out.replace(re, f);
  return out;
}

function blank(m: string): string {
  return ' '.repeat(m.length);
}

/** Commands whose arguments are not quoted words: citations, notes, labels, references. */
const DROP_ARGS = /^(?:[A-Za-z]*cite[A-Za-z]*|footnote|footnotemark|footnotetext|label|ref|pageref|eqref|autoref|cref|Cref|url|index|marginpar|todo|hspace|vspace|includegraphics)$/;
const ELLIPSIS = /^(?:ldots|dots|dotsc|textellipsis|mathellipsis)$/;
const LETTERS: Readonly<Record<string, string>> = { o: 'o', O: 'O', l: 'l', L: 'L', ss: 'ss', ae: 'ae', AE: 'AE', oe: 'oe', OE: 'OE', aa: 'a', AA: 'A', i: 'i', j: 'j' };
const LETTER_ACCENTS = /^[cvuHdbrkt]$/;

function cleanLatex(s: string): string {
  const out: string[] = [];
  const put = (text: string) => out.push(text);
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '%') {
      const eol = s.indexOf('\n', i);
      const stop = eol < 0 ? s.length : eol;
      put(' '.repeat(stop - i));
      i = stop;
    } else if (ch === '$') {
      const close = s.indexOf('$', i + 1);
      const stop = close < 0 ? i + 1 : close + 1;
      put(' '.repeat(stop - i));
      i = stop;
    } else if (ch === '{' || ch === '}') {
      put(JOIN);
      i++;
    } else if (ch === '~' || ch === '`') {
      put(' ');
      i++;
    } else if (ch === '\\') {
      i = latexCommand(s, i, put);
    } else {
      put(ch);
      i++;
    }
  }
  return out.join('');
}

/** Cleans the command at `s[i] === '\\'` and returns the offset after what it consumed. */
function latexCommand(s: string, i: number, put: (text: string) => void): number {
  const next = s[i + 1] ?? '';
  if (!/[A-Za-z]/.test(next)) {
    // Accents and hyphenation points join; spacing and escaped specials separate.
    put(/['`^"~=.\-]/.test(next) ? JOIN + JOIN : next ? '  ' : ' ');
    return i + (next ? 2 : 1);
  }
  let j = i + 1;
  while (j < s.length && /[A-Za-z]/.test(s[j])) j++;
  const name = s.slice(i + 1, j);
  const star = s[j] === '*';
  if (star) j++;
  if (ELLIPSIS.test(name) || (name === 'textelp' && s.startsWith('{}', j))) {
    const stop = s.startsWith('{}', j) ? j + 2 : j;
    put('\u2026' + ' '.repeat(stop - i - 1));
    return stop;
  }
  if (name === 'textins' || name === 'textelp') {
    // csquotes: \textins{the Soviets}, \textins*{T}he, \textelp{inserted}.
    const close = matchingBrace(s, j);
    if (s[j] === '{' && close > 0) {
      const head = j + 1 - i;
      put(name === 'textelp' ? '\u2026' + ' '.repeat(head - 2) + '[' : ' '.repeat(head - 1) + '[');
      put(cleanLatex(s.slice(j + 1, close)));
      put(']');
      return close + 1;
    }
  }
  if (DROP_ARGS.test(name)) {
    let k = j;
    for (;;) {
      while (s[k] === ' ') k++;
      const closer = s[k] === '[' ? s.indexOf(']', k) : s[k] === '{' ? matchingBrace(s, k) : -1;
      if (closer < 0) break;
      k = closer + 1;
      if (!/^(?:[A-Za-z]*cites)$/.test(name) && s[closer] === '}') break;
    }
    put(' '.repeat(k - i));
    return k;
  }
  if (name === 'href' && s[j] === '{') {
    const close = matchingBrace(s, j);
    if (close > 0) {
      put(' '.repeat(close + 1 - i));
      return close + 1;
    }
  }
  const letters = LETTERS[name];
  if (letters !== undefined) {
    put(letters + JOIN.repeat(j - i - letters.length));
    return j;
  }
  if (LETTER_ACCENTS.test(name) && (s[j] === '{' || s[j] === ' ')) {
    put(JOIN.repeat(j - i + (s[j] === ' ' ? 1 : 0)));
    return j + (s[j] === ' ' ? 1 : 0);
  }
  put(' '.repeat(j - i));
  return j;
}

/** The offset of the `}` closing the `{` at `open`, or -1. Escaped braces do not count. */
export function matchingBrace(s: string, open: number): number {
  if (s[open] !== '{') return -1;
  let depth = 0;
  for (let k = open; k < s.length; k++) {
    const c = s[k];
    if (c === '\\') k++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return k;
  }
  return -1;
}
