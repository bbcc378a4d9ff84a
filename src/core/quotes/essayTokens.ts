/**
 * The quoted words of an essay as tokens: words, ellipses (omissions) and bracketed
 * interpolations. `[sic]` is dropped; a bracket inside a word (`[T]he`, `Korea[’s]`) makes a
 * word whose bracketed letters may stand for any letters of the source word.
 */
import { cleanMarkup, JOIN } from './cleanMarkup';
import type { Language } from './types';
import { foldWord, isWordChar } from './words';

export interface WordToken {
  type: 'word';
  /** Folded form, brackets removed. */
  norm: string;
  /** For a word with brackets: the folded source words it may stand for. */
  pattern?: RegExp;
  start: number;
  end: number;
}

/** An ellipsis: any number of source words (also none) are left out here. */
export interface GapToken {
  type: 'gap';
  start: number;
  end: number;
}

/** A bracketed insertion (`[the Soviets]`): stands for up to a few source words, or none. */
export interface InterpToken {
  type: 'interp';
  start: number;
  end: number;
}

export type EssayToken = WordToken | GapToken | InterpToken;

const MAX_BRACKET = 160;
const SIC = /^[\s*_\u0000]*sic!?[\s*_\u0000]*$/i;
const ELLIPSIS_ONLY = /^[\s\u0000]*(?:\u2026|\.\s?\.\s?\.)[\s\u0000]*$/;

/**
 * The tokens of the document range `[start, end)` in the given markup, in document offsets.
 * With `maxWords`, the scan stops after the word past it: enough to know that a quoted page
 * is too long to be any passage's, without a token for each of its words.
 */
export function essayTokens(text: string, start: number, end: number, language: Language, maxWords = Infinity, cleaned?: string): EssayToken[] {
  const c = cleaned ?? cleanMarkup(text, start, end, language);
  const tokens: EssayToken[] = [];
  let i = 0;
  let words = 0;
  let counted = 0;
  while (i < c.length) {
    for (; counted < tokens.length; counted++) if (tokens[counted].type === 'word') words++;
    if (words > maxWords) break;
    const ch = c[i];
    if (ch === '\u2026') {
      tokens.push({ type: 'gap', start: start + i, end: start + i + 1 });
      i++;
    } else if (ch === '.' && isDots(c, i)) {
      const stop = endOfDots(c, i);
      tokens.push({ type: 'gap', start: start + i, end: start + stop });
      i = stop;
    } else if (ch === '[') {
      const close = closingBracket(c, i);
      if (close < 0) {
        i++;
        continue;
      }
      const inner = c.slice(i + 1, close);
      if (SIC.test(inner)) {
        i = close + 1;
      } else if (ELLIPSIS_ONLY.test(inner)) {
        tokens.push({ type: 'gap', start: start + i, end: start + close + 1 });
        i = close + 1;
      } else if (isAttached(c, i, close)) {
        i = scanWord(c, i, start, tokens);
      } else {
        tokens.push({ type: 'interp', start: start + i, end: start + close + 1 });
        i = close + 1;
      }
    } else if (isWordChar(ch)) {
      i = scanWord(c, i, start, tokens);
    } else {
      i++;
    }
  }
  return tokens;
}

function isDots(c: string, i: number): boolean {
  return (c[i + 1] === '.' && c[i + 2] === '.') || (c[i + 1] === ' ' && c[i + 2] === '.' && c[i + 3] === ' ' && c[i + 4] === '.');
}

function endOfDots(c: string, i: number): number {
  let j = i;
  while (c[j] === '.' || (c[j] === ' ' && c[j + 1] === '.')) j++;
  return j;
}

function closingBracket(c: string, open: number): number {
  const limit = Math.min(c.length, open + MAX_BRACKET);
  for (let k = open + 1; k < limit; k++) {
    if (c[k] === ']') return k;
    if (c[k] === '[') return -1;
  }
  return -1;
}

/** A short bracket without spaces touching a word: part of that word (`[T]he`). */
function isAttached(c: string, open: number, close: number): boolean {
  const inner = c.slice(open + 1, close);
  if (inner.length === 0 || inner.length > 4 || /\s/.test(inner)) return false;
  return isWordChar(c[close + 1]) || isWordChar(c[open - 1]);
}

/** Scans one word from `i` (a letter or an attached bracket) and returns where it ends. */
function scanWord(c: string, i: number, base: number, tokens: EssayToken[]): number {
  let j = i;
  let end = i;
  // Pieces of the word: plain letters, and bracketed letters (marked by a leading "[").
  let pieces: string[] | undefined;
  let plain = '';
  while (j < c.length) {
    const ch = c[j];
    if (isWordChar(ch)) {
      plain += ch;
      j++;
      end = j;
    } else if (ch === JOIN) {
      j++;
    } else if ((ch === "'" || ch === '\u2019') && isWordChar(c[j - 1]) && (isWordChar(c[j + 1]) || c[j + 1] === '[')) {
      plain += "'";
      j++;
    } else if (ch === '[') {
      const close = closingBracket(c, j);
      if (close < 0 || !isAttached(c, j, close)) break;
      pieces ??= [];
      pieces.push(plain, '[');
      plain = '';
      j = close + 1;
      end = j;
    } else {
      break;
    }
  }
  if (end === i) return i + 1;
  if (!pieces) {
    tokens.push({ type: 'word', norm: foldWord(plain), start: base + i, end: base + end });
    return end;
  }
  pieces.push(plain);
  const regex = pieces.map((p) => (p === '[' ? '.{0,6}' : escapeRegex(foldWord(p)))).join('');
  const norm = foldWord(c.slice(i, end).replace(/[[\]\u0000]/g, '').replace(/\u2019/g, "'"));
  tokens.push({ type: 'word', norm, pattern: new RegExp(`^${regex}$`), start: base + i, end: base + end });
  return end;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A key that is the same for quotations that match the same way: the words, ellipses and
 * brackets in order. Used to cache matches per quotation text.
 */
export function tokensKey(tokens: readonly EssayToken[]): string {
  let key = '';
  for (const t of tokens) key += t.type === 'word' ? (t.pattern ? `${t.pattern.source} ` : `${t.norm} `) : t.type === 'gap' ? '\u2026 ' : '[] ';
  return key;
}
