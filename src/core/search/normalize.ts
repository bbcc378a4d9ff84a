/**
 * Text normalization shared by the index and the query: one function decides what a "word"
 * is, so that what the index stores and what a query looks up always agree.
 */

/** Letters that Unicode decomposition leaves alone but a reader types in plain ASCII. */
const FOLDED: Readonly<Record<string, string>> = {
  ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd',
};

const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /['’]/g;
const POSSESSIVE = /['’]s$/;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * One word as the index stores it: lowercase, without diacritics ("Gomułka" → "gomulka"),
 * without a possessive ("Korea's" → "korea") or inner apostrophes ("don't" → "dont").
 */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase();
  if (NON_ASCII.test(w)) {
    w = w.normalize('NFD').replace(COMBINING_MARKS, '');
    if (NON_ASCII.test(w)) w = w.replace(/[łøđßæœıþð]/g, (c) => FOLDED[c] ?? c);
  }
  if (w.includes("'") || w.includes('’')) w = w.replace(POSSESSIVE, '').replace(APOSTROPHES, '');
  return w;
}

/** A word of some text, normalized, with its place in the original text. */
export interface Token {
  term: string;
  /** Offsets [start, end) in the original text. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const ASCII_WORD = /[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*/g;

/** The words of `text` with their offsets, for highlighting. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = NON_ASCII.test(text) ? WORD : ASCII_WORD;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const term = normalizeWord(m[0]);
    if (term) tokens.push({ term, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** The normalized words of `text`, in order; the fast path of {@link tokenize} for indexing. */
export function words(text: string): string[] {
  if (NON_ASCII.test(text)) {
    const out: string[] = [];
    for (const m of text.match(WORD) ?? []) {
      const w = normalizeWord(m);
      if (w) out.push(w);
    }
    return out;
  }
  const matches = text.toLowerCase().match(ASCII_WORD) ?? [];
  for (let i = 0; i < matches.length; i++) {
    const w = matches[i];
    if (w.includes("'")) matches[i] = w.replace(POSSESSIVE, '').replace(APOSTROPHES, '');
  }
  return matches;
}

const enum Code {
  Apostrophe = 39,
  RightQuote = 0x2019,
  Zero = 48,
  Nine = 57,
  UpperA = 65,
  UpperZ = 90,
  LowerA = 97,
  LowerS = 115,
  LowerZ = 122,
}

function isAsciiWordChar(c: number): boolean {
  return (c >= Code.LowerA && c <= Code.LowerZ) || (c >= Code.UpperA && c <= Code.UpperZ) || (c >= Code.Zero && c <= Code.Nine);
}

/** Non-ASCII characters that are never part of a word: typographic quotes, dashes, spaces. */
const PUNCTUATION = new Set([
  0xa0, 0xab, 0xb7, 0xbb, 0x2009, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2018, 0x201c, 0x201d,
  0x2026, 0x202f,
]);

/**
 * True when every letter and digit of the text is ASCII: other characters are only
 * typographic punctuation, or ’ as an apostrophe. Such text is split into words by
 * {@link scanAsciiWords}; the rest goes through Unicode normalization.
 */
export function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 && c !== Code.RightQuote && !PUNCTUATION.has(c)) return false;
  }
  return true;
}

/** The normalized words of a plain text as char codes, with their FNV-1a hash. */
export type WordSink = (codes: Uint16Array, length: number, hash: number) => void;

const buffer = new Uint16Array(256);

/**
 * The index's fast path for plain text (see {@link isPlainText}): the words {@link words}
 * would return, as char codes in a shared buffer and a hash, without creating a string per
 * word. Returns false, having done nothing, when the text is not plain.
 */
export function scanAsciiWords(text: string, sink: WordSink): boolean {
  const n = text.length;
  if (!isPlainText(text)) return false;
  let length = 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i <= n; i++) {
    let c = i < n ? text.charCodeAt(i) : 32;
    if (isAsciiWordChar(c)) {
      if (c <= Code.UpperZ && c >= Code.UpperA) c += 32;
      if (length < buffer.length) {
        buffer[length++] = c;
        hash = Math.imul(hash ^ c, 0x01000193);
      }
      continue;
    }
    const apostrophe = c === Code.Apostrophe || c === Code.RightQuote;
    if (apostrophe && length > 0 && i + 1 < n && isAsciiWordChar(text.charCodeAt(i + 1))) {
      // "don't" → "dont"; a final "'s" is a possessive and is dropped: "Korea's" → "korea".
      const next = text.charCodeAt(i + 1) | 32;
      if (next === Code.LowerS && (i + 2 >= n || !isAsciiWordChar(text.charCodeAt(i + 2)))) i++;
      continue;
    }
    if (length > 0) {
      sink(buffer, length, hash >>> 0);
      length = 0;
      hash = 0x811c9dc5;
    }
  }
  return true;
}

/** FNV-1a of a word's char codes, as {@link scanAsciiWords} computes it. */
export function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Words too common to rank or to narrow a search. A query skips them unless it holds nothing
 * else; quoted phrases still check them in place.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by for from had has have he her his i in into is it its ' +
    'of on or s that the their there they this to was were which who with'
  ).split(' '),
);

/** True for words of digits only, which are matched exactly or as a prefix, never fuzzily. */
export function isNumeric(word: string): boolean {
  return /^[0-9]+$/.test(word);
}
