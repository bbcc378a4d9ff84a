/**
 * Which indexed words a query word stands for: itself, words it begins ("collectiv" →
 * "collectivization"), and words it misspells ("kosigin" → "kosygin"). fuse.js decides the
 * misspellings; a cheap bigram count first narrows the vocabulary to the few words that could
 * possibly be within fuse.js's threshold, so fuse.js compares tens of words, not tens of
 * thousands.
 */
import Fuse from 'fuse.js';
import type { InvertedIndex } from './invertedIndex';
import { isNumeric, STOPWORDS } from './normalize';

/** An indexed word a query word matched, and how well (1 = the word itself). */
export interface Expansion {
  termId: number;
  quality: number;
}

/** Qualities: a fuzzy match never outranks a prefix match, which never outranks the word. */
const PREFIX_BASE = 0.55;
const PREFIX_SPAN = 0.35;
const FUZZY_BASE = 0.5;
/** Shortest query word matched fuzzily; shorter words have too many neighbours. */
const FUZZY_MIN_LENGTH = 4;
/** When a short prefix begins more words than this, keep the most frequent ones. */
const MAX_PREFIX_EXPANSIONS = 64;
const CACHE_SIZE = 512;

/** Typos allowed in a word of this length. */
export function allowedEdits(length: number): number {
  return length < FUZZY_MIN_LENGTH ? 0 : length < 6 ? 1 : 2;
}

export class TermMatcher {
  private readonly cache = new Map<string, Expansion[]>();
  private cachedTerms = -1;

  constructor(private readonly index: InvertedIndex) {}

  /** The indexed word of a term id. */
  word(termId: number): string {
    return this.index.terms[termId];
  }

  /**
   * The expansions of a normalized query word. `prefix` lets it stand for longer words;
   * `fuzzy` lets it stand for misspellings.
   */
  expand(word: string, prefix: boolean, fuzzy: boolean): Expansion[] {
    if (this.cachedTerms !== this.index.terms.length) {
      this.cache.clear();
      this.cachedTerms = this.index.terms.length;
    }
    const key = `${prefix ? 'p' : '-'}${fuzzy ? 'f' : '-'}${word}`;
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const found = this.compute(word, prefix, fuzzy);
    this.cache.set(key, found);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    return found;
  }

  private compute(word: string, prefix: boolean, fuzzy: boolean): Expansion[] {
    const out = new Map<number, number>();
    const exact = this.index.termId(word);
    if (exact !== undefined) out.set(exact, 1);
    const sorted = this.index.sortedTerms();
    if (prefix) this.addPrefixed(word, sorted, out);
    if (fuzzy && !isNumeric(word) && allowedEdits(word.length) > 0) this.addFuzzy(word, prefix, sorted, out);
    return [...out].map(([termId, quality]) => ({ termId, quality }));
  }

  private addPrefixed(word: string, sorted: string[], out: Map<number, number>): void {
    const from = lowerBound(sorted, word);
    const to = lowerBound(sorted, `${word}\uffff`, from);
    let candidates: number[] = [];
    for (let i = from; i < to; i++) {
      if (sorted[i] !== word && !STOPWORDS.has(sorted[i])) candidates.push(this.index.termId(sorted[i]) as number);
    }
    if (candidates.length > MAX_PREFIX_EXPANSIONS) {
      candidates = candidates
        .sort((a, b) => this.index.documentFrequency(b) - this.index.documentFrequency(a))
        .slice(0, MAX_PREFIX_EXPANSIONS);
    }
    for (const id of candidates) {
      out.set(id, PREFIX_BASE + (PREFIX_SPAN * word.length) / this.index.terms[id].length);
    }
  }

  /**
   * Words within fuse.js's threshold of `word`. A word with at most k edits keeps at least
   * (n - 1) - 2k of the n - 1 bigrams of the query word (each edit breaks at most two), so
   * words sharing fewer are skipped before fuse.js sees them. Words must share the first
   * letter: typos there are rare, and the rule keeps the scan to one slice of the vocabulary.
   */
  private addFuzzy(word: string, prefix: boolean, sorted: string[], out: Map<number, number>): void {
    const edits = allowedEdits(word.length);
    const needed = word.length - 1 - 2 * edits;
    const bigrams = new Set<number>();
    for (let i = 0; i + 1 < word.length; i++) bigrams.add(word.charCodeAt(i) * 65536 + word.charCodeAt(i + 1));
    const from = lowerBound(sorted, word[0]);
    const to = lowerBound(sorted, `${word[0]}\uffff`, from);
    const candidates: string[] = [];
    for (let i = from; i < to; i++) {
      const w = sorted[i];
      if (w.length < word.length - edits) continue;
      if (!prefix && w.length > word.length + edits) continue;
      const span = Math.min(w.length, word.length + edits);
      let shared = 0;
      for (let j = 0; j + 1 < span; j++) if (bigrams.has(w.charCodeAt(j) * 65536 + w.charCodeAt(j + 1))) shared++;
      if (shared >= needed && !out.has(this.index.termId(w) as number)) candidates.push(w);
    }
    if (candidates.length === 0) return;
    // fuse.js scores errors / pattern length, plus distance from the word start / 100.
    const fuse = new Fuse(candidates, {
      includeScore: true,
      ignoreFieldNorm: true,
      shouldSort: false,
      threshold: (edits + 0.5) / word.length,
    });
    for (const result of fuse.search(word)) {
      const id = this.index.termId(result.item) as number;
      out.set(id, FUZZY_BASE * (1 - (result.score ?? 0)));
    }
  }
}

/** First index in sorted `list` whose element is not less than `value`. */
export function lowerBound(list: string[], value: string, from = 0): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
