/**
 * Inline quotations between quotation marks: typographic (“…”, ‘…’, «…»), straight ("…",
 * '…'), LaTeX (``…'', `…', \enquote{…}, \textquote{…}). Marks pair up on a stack, so that a
 * quotation inside a quotation belongs to the outer one; straight marks open or close by what
 * stands beside them, and an apostrophe inside a word ("Korea's") is never a mark.
 */
import { BracketPairs } from '../text/scanIndex';
import type { Language, QuoteMark, Quotation } from './types';
import { isWordChar } from './words';

interface Open {
  mark: QuoteMark;
  at: number;
  len: number;
}

const OPEN_BEFORE = /[\s([{\u2014\u2013\-/\u201c\u2018"'`>*_~]/;
const MAX_DEPTH = 16;
const MARKS = /["'\u201c\u201d\u2018\u2019\u00ab\u00bb]/g;
const LATEX_MARKS = /["'`\\\u201c\u201d\u2018\u2019\u00ab\u00bb]/g;
const ENQUOTE = /^\\(?:enquote\*?|textquote\*?(?:\[[^\]]*\]){0,2})\{/;

/**
 * The top-level inline quotations of `masked.slice(from, to)`. `masked` is the document text
 * with code and comments blanked, `text` the document itself (for the quoted text).
 */
export function inlineQuotations(masked: string, text: string, from: number, to: number, language: Language): Quotation[] {
  const found: Quotation[] = [];
  const stack: Open[] = [];
  const record = (open: Open, close: number, closeLen: number) => {
    const depth = stack.indexOf(open);
    stack.length = depth;
    if (depth === 0) found.push(quotation(text, language, open.mark, open.at, open.at + open.len, close, close + closeLen));
  };
  // Quotations nest a few levels deep; past MAX_DEPTH an opening mark is ignored.
  const push = (entry: Open) => {
    if (stack.length < MAX_DEPTH) stack.push(entry);
  };
  const find = (mark: QuoteMark): Open | undefined => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].mark === mark) return stack[k];
    return undefined;
  };
  const latex = language === 'latex';
  const marks = latex ? LATEX_MARKS : MARKS;
  for (let i = from; i < to; i++) {
    marks.lastIndex = i;
    const hit = marks.exec(masked);
    if (hit === null || hit.index >= to) break;
    i = hit.index;
    const ch = masked[i];
    const prev = i > from ? masked[i - 1] : ' ';
    const next = i + 1 < to ? masked[i + 1] : ' ';
    switch (ch) {
      case '\u201c':
        push({ mark: 'curly-double', at: i, len: 1 });
        break;
      case '\u201d': {
        const open = find('curly-double');
        if (open) record(open, i, 1);
        break;
      }
      case '\u2018':
        if (!isWordChar(prev)) push({ mark: 'curly-single', at: i, len: 1 });
        break;
      case '\u2019': {
        const open = find('curly-single');
        if (open && !isWordChar(next) && !/\s/.test(prev)) record(open, i, 1);
        break;
      }
      case '\u00ab':
        push({ mark: 'guillemets', at: i, len: 1 });
        break;
      case '\u00bb': {
        const open = find('guillemets');
        if (open) record(open, i, 1);
        break;
      }
      case '"': {
        // \"o is an umlaut in LaTeX, not a quotation mark.
        if (latex && prev === '\\') break;
        const open = find('straight-double');
        const spaceBefore = i === from || OPEN_BEFORE.test(prev);
        if (open && !/\s/.test(prev) && i > from) record(open, i, 1);
        else if (spaceBefore && !/\s/.test(next)) push({ mark: 'straight-double', at: i, len: 1 });
        break;
      }
      case '`':
        if (!latex) break;
        if (next === '`') {
          push({ mark: 'latex-double', at: i, len: 2 });
          i++;
        } else {
          push({ mark: 'latex-single', at: i, len: 1 });
        }
        break;
      case "'": {
        if (latex && next === "'") {
          const open = find('latex-double');
          if (open) {
            record(open, i, 2);
            i++;
            break;
          }
        }
        if (isWordChar(prev) && isWordChar(next)) break;
        const mark: QuoteMark = latex ? 'latex-single' : 'straight-single';
        const open = find(mark);
        if (open && !/\s/.test(prev) && !isWordChar(next) && i > from) record(open, i, 1);
        else if (!latex && (i === from || OPEN_BEFORE.test(prev)) && (isWordChar(next) || next === '[' || next === '\u2026' || next === '.')) {
          push({ mark, at: i, len: 1 });
        }
        break;
      }
      case '\\': {
        if (!latex) break;
        const m = ENQUOTE.exec(masked.slice(i, i + 80));
        if (!m) break;
        const open = i + m[0].length - 1;
        const close = bracesOf(masked).closing(open);
        if (close < 0 || close >= to) break;
        if (stack.length === 0) found.push(quotation(text, language, 'latex-command', i, open + 1, close, close + 1));
        i = close;
        break;
      }
    }
  }
  return found;
}

/** The braces of the text last asked about: a segment's blocks ask about the same text in turn. */
let braces: BracketPairs | undefined;
let bracesText: string | undefined;

function bracesOf(masked: string): BracketPairs {
  if (bracesText !== masked || !braces) {
    braces = new BracketPairs(masked, '{', '}', true);
    bracesText = masked;
  }
  return braces;
}

function quotation(text: string, language: Language, mark: QuoteMark, start: number, contentStart: number, contentEnd: number, end: number): Quotation {
  return { kind: 'inline', mark, language, start, end, contentStart, contentEnd, text: text.slice(contentStart, contentEnd) };
}
