/**
 * Markup inside quoted words, blanked out so that only the words remain. The cleaned text has
 * the same length as the original, so offsets carry over unchanged: markup that separates
 * words becomes a space, markup inside a word (`Bal\'azs`, `**not**`) becomes JOIN, which the
 * word scanner skips without ending the word. Citations inside a quotation are blanked too.
 */
import { cleanMarkdown, cleanMarkdownSteps } from './cleanMarkdown';
import { BracketPairs, nextOf, type NextChar } from '../text/scanIndex';
import type { Language } from './types';

/** A character the word scanner passes over inside a word. */
export const JOIN = '\u0000';

/** Blanks the markup of `text.slice(start, end)`; the result has length `end - start`. */
export function cleanMarkup(text: string, start: number, end: number, language: Language): string {
  const slice = text.slice(start, end);
  if (language === 'markdown') return cleanMarkdown(slice);
  if (language === 'latex') return cleanLatex(slice);
  return slice;
}

/** `cleanMarkup` in steps (Markdown's passes one by one), for a caller that pauses between them. */
export function* cleanMarkupSteps(text: string, start: number, end: number, language: Language): Generator<void, string, void> {
  const slice = text.slice(start, end);
  if (language === 'markdown') return yield* cleanMarkdownSteps(slice);
  if (language === 'latex') return cleanLatex(slice);
  return slice;
}

/** Commands whose arguments are not quoted words: citations, notes, labels, references. */
const DROP_ARGS = /^(?:[A-Za-z]*cite[A-Za-z]*|footnote|footnotemark|footnotetext|label|ref|pageref|eqref|autoref|cref|Cref|url|index|marginpar|todo|hspace|vspace|includegraphics)$/;
const ELLIPSIS = /^(?:ldots|dots|dotsc|textellipsis|mathellipsis)$/;
const LETTERS: Readonly<Record<string, string>> = { o: 'o', O: 'O', l: 'l', L: 'L', ss: 'ss', ae: 'ae', AE: 'AE', oe: 'oe', OE: 'OE', aa: 'a', AA: 'A', i: 'i', j: 'j' };
const LETTER_ACCENTS = /^[cvuHdbrkt]$/;

/** A text's braces and brackets, found once for all its commands. */
interface Scan {
  braces: BracketPairs;
  bracket: NextChar;
}

function cleanLatex(s: string): string {
  const out: string[] = [];
  const put = (text: string) => out.push(text);
  const scan: Scan = { braces: new BracketPairs(s, '{', '}', true), bracket: nextOf(s, ']') };
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
      i = latexCommand(s, i, put, scan);
    } else {
      put(ch);
      i++;
    }
  }
  return out.join('');
}

/** Cleans the command at `s[i] === '\\'` and returns the offset after what it consumed. */
function latexCommand(s: string, i: number, put: (text: string) => void, scan: Scan): number {
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
    const close = scan.braces.closing(j);
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
      const found = s[k] === '[' ? scan.bracket.from(k) : s[k] === '{' ? scan.braces.closing(k) : -1;
      const closer = found >= s.length ? -1 : found;
      if (closer < 0) break;
      k = closer + 1;
      if (!/^(?:[A-Za-z]*cites)$/.test(name) && s[closer] === '}') break;
    }
    put(' '.repeat(k - i));
    return k;
  }
  if (name === 'href' && s[j] === '{') {
    const close = scan.braces.closing(j);
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
