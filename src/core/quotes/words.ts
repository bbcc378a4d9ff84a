/**
 * Words as the quotation checker compares them: letters and digits with inner apostrophes,
 * lowercased, diacritics folded and typographic apostrophes made straight. Unlike the search's
 * normalization, possessives are kept: "Korea's" and "Korean's" are different words here.
 */

const FOLDED: Readonly<Record<string, string>> = {
  ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd',
};
const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /\p{M}/gu;

/** One word folded for comparison: "Balázs" → "balazs", "Korea’s" → "korea's". */
export function foldWord(word: string): string {
  let w = word.toLowerCase();
  if (NON_ASCII.test(w)) {
    w = w.normalize('NFD').replace(COMBINING_MARKS, '').replace(/\u2019/g, "'");
    if (NON_ASCII.test(w)) w = w.replace(/[łøđßæœıþð]/g, (c) => FOLDED[c] ?? c);
  }
  return w;
}

/** A word of a passage with its place in the passage's `text`. */
export interface SourceWord {
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2019][\p{L}\p{N}\p{M}]+)*/gu;

/** The words of a plain text (a passage, a title, a note) with their offsets. */
export function sourceWords(text: string): SourceWord[] {
  const out: SourceWord[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    out.push({ norm: foldWord(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The folded words of a plain text. */
export function foldedWords(text: string): string[] {
  return (text.match(WORD) ?? []).map(foldWord);
}

/** True for a letter, digit or combining mark: a character that can be part of a word. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}\p{M}]/u.test(ch);
}

/**
 * Function words: they do not make a quoted span distinctive. A span needs three words that
 * are not in this list to count as a quotation of a passage (see `matchQuotation`).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be been before being ' +
    'below between both but by can could did do does doing down during each even few for from ' +
    'further had has have having he her here hers him his how i if in into is it its itself ' +
    "just may me might more most much must my no nor not now of off on once only or other our " +
    'ours out over own same she should so some such than that the their theirs them then there ' +
    'these they this those through to too under until up upon us very was we were what when ' +
    'where which while who whom whose why will with would yet you your yours'
  ).split(' '),
);

/** The number of words in `norms` that are not function words. */
export function contentWordCount(norms: readonly string[]): number {
  let n = 0;
  for (const w of norms) if (!FUNCTION_WORDS.has(w)) n++;
  return n;
}
