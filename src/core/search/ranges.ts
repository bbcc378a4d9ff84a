/**
 * Where a passage text matches a query, as character ranges for highlighting: every word
 * that one of the query words expanded to, and every quoted phrase in full.
 */
import { scanAsciiWords, tokenize, wordHash, type Token } from './normalize';

/** A quoted phrase to find; while typed, its last word may be the start of a word. */
export interface Phrase {
  words: string[];
  prefixLast: boolean;
}

/** Sorted, non-overlapping [start, end) ranges in `text`. */
export function matchRanges(text: string, matched: ReadonlySet<string>, phrases: readonly Phrase[]): [number, number][] {
  const tokens = tokenize(text);
  const ranges: [number, number][] = [];
  for (const t of tokens) if (matched.has(t.term)) ranges.push([t.start, t.end]);
  for (const phrase of phrases) ranges.push(...phraseRanges(tokens, phrase));
  return mergeRanges(ranges);
}

/**
 * True when the text holds every phrase. Most texts are ASCII and most candidates hold no
 * phrase: those are ruled out by comparing word hashes, without building a token per word.
 */
export function containsPhrases(text: string, phrases: readonly Phrase[]): boolean {
  if (phrases.length === 0) return true;
  if (!mayContainPhrases(text, phrases)) return false;
  const tokens = tokenize(text);
  return phrases.every((phrase) => phraseRanges(tokens, phrase).length > 0);
}

/**
 * False only when the text surely lacks a phrase; true when unsure (not ASCII, or a hash
 * collision). Words are compared by hash, a word being typed by its first letters.
 */
function mayContainPhrases(text: string, phrases: readonly Phrase[]): boolean {
  const wanted = phrases.map((p) => p.words.map(wordHash));
  const found = phrases.map(() => false);
  const seen: number[] = [];
  const ascii = scanAsciiWords(text, (codes, length, hash) => {
    seen.push(hash);
    for (let i = 0; i < phrases.length; i++) {
      const hashes = wanted[i];
      const n = hashes.length;
      if (found[i] || seen.length < n) continue;
      const last = phrases[i].words[n - 1];
      const lastMatches = phrases[i].prefixLast ? startsWith(codes, length, last) : hash === hashes[n - 1];
      if (!lastMatches) continue;
      const at = seen.length - n;
      let j = 0;
      while (j < n - 1 && seen[at + j] === hashes[j]) j++;
      if (j === n - 1) found[i] = true;
    }
  });
  return !ascii || found.every(Boolean);
}

function startsWith(codes: Uint16Array, length: number, prefix: string): boolean {
  if (prefix.length > length) return false;
  for (let i = 0; i < prefix.length; i++) if (codes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}

function phraseRanges(tokens: Token[], phrase: Phrase): [number, number][] {
  const out: [number, number][] = [];
  const n = phrase.words.length;
  for (let i = 0; i + n <= tokens.length; i++) {
    let j = 0;
    while (j < n && wordMatches(tokens[i + j].term, phrase.words[j], phrase.prefixLast && j === n - 1)) j++;
    if (j === n) out.push([tokens[i].start, tokens[i + n - 1].end]);
  }
  return out;
}

function wordMatches(token: string, word: string, prefix: boolean): boolean {
  return prefix ? token.startsWith(word) : token === word;
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
