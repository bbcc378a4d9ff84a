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

/**
 * Qualities: a fuzzy match never outranks a prefix match, which never outranks the word.
 * Among the words a prefix begins, the more passages hold a word the likelier it is the one
 * being typed ("collectiv" → "collectivization" before a rarer "collective"), as in any
 * autocompletion.
 */
const PREFIX_BASE = 0.5;
const PREFIX_SPAN = 0.4;
const FUZZY_BASE = 0.5;
/** The least weight frequency gives a misspelling's candidate, relative to the most frequent. */
const FUZZY_PRIOR = 0.5;
/** Shortest query word matched fuzzily; shorter words have too many neighbours. */
const FUZZY_MIN_LENGTH = 4;
/**
 * When a prefix begins more words than this, keep the most frequent ones: a letter or two
 * says little, and the words they begin can hold most of the corpus between them.
 */
const MAX_PREFIX_EXPANSIONS = [0, 8, 24, 64];
const CACHE_SIZE = 512;

/**
 * Typos (Levenshtein edits) a word of this length may hold: none below four letters, one up
 * to seven, two from eight.
 */
export function allowedEdits(length: number): number {
  return length < FUZZY_MIN_LENGTH ? 0 : length < 8 ? 1 : 2;
}

export class TermMatcher {
  /** Expansions by word, most recent last; valid for one version of the index. */
  private readonly cache = new Map<string, Expansion[]>();
  private cachedVersion = -1;

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
    if (this.cachedVersion !== this.index.version) {
      this.cache.clear();
      this.cachedVersion = this.index.version;
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
    const df = (id: number) => this.index.documentFrequency(id);
    const max = MAX_PREFIX_EXPANSIONS[Math.min(word.length, MAX_PREFIX_EXPANSIONS.length - 1)];
    if (candidates.length > max) candidates = candidates.sort((a, b) => df(b) - df(a)).slice(0, max);
    let most = 1;
    for (const id of candidates) most = Math.max(most, df(id));
    for (const id of candidates) out.set(id, PREFIX_BASE + (PREFIX_SPAN * df(id)) / most);
  }

  /**
   * Misspellings: words that fuse.js matches from their first letter on. Whole words may
   * differ in length by the typos allowed; a word matched as a prefix may also be the
   * start of a longer word. Before fuse.js sees a word, a positional bigram count rules out
   * most of the vocabulary: k edits break at most 2k of the n - 1 bigrams of an n-letter word
   * and shift the others by at most k places. Only the closest matches are kept: "kosigin"
   * finds "kosygin", not also "kosin".
   */
  private addFuzzy(word: string, prefix: boolean, sorted: string[], out: Map<number, number>): void {
    const m = word.length;
    const k = allowedEdits(m);
    const needed = m - 1 - 2 * k;
    const bigrams: number[] = [];
    for (let i = 0; i + 1 < m; i++) bigrams.push(word.charCodeAt(i) * 65536 + word.charCodeAt(i + 1));
    const from = lowerBound(sorted, word[0]);
    const to = lowerBound(sorted, `${word[0]}\uffff`, from);
    const candidates: string[] = [];
    for (let c = from; c < to; c++) {
      const w = sorted[c];
      if (w.length < m - k || (!prefix && w.length > m + k)) continue;
      const span = Math.min(w.length, m + k) - 1;
      let shared = 0;
      for (let j = 0; j < span && shared < needed; j++) {
        const bigram = w.charCodeAt(j) * 65536 + w.charCodeAt(j + 1);
        const lo = Math.max(0, j - k);
        const hi = Math.min(bigrams.length - 1, j + k);
        for (let i = lo; i <= hi; i++) {
          if (bigrams[i] === bigram) {
            shared++;
            break;
          }
        }
      }
      if (shared >= needed) candidates.push(w);
    }
    if (candidates.length === 0) return;
    // fuse.js counts errors / pattern length (an omitted letter counts two); distance 0
    // anchors the match at the first letter.
    const fuse = new Fuse(candidates, {
      includeScore: true,
      ignoreFieldNorm: true,
      shouldSort: false,
      location: 0,
      distance: 0,
      threshold: Math.min(0.5, (2 * k + 0.5) / m),
    });
    const results = fuse.search(word);
    let closest = Infinity;
    for (const r of results) closest = Math.min(closest, r.score ?? 0);
    const kept = results.filter((r) => (r.score ?? 0) <= closest + 0.5 / m);
    // Of equally close words, a frequent one is the likelier meant (the prior of a noisy
    // channel speller): "pyongang" is Pyongyang before a rare place that differs as little.
    const df = (r: { item: string }) => this.index.documentFrequency(this.index.termId(r.item) as number);
    const most = Math.max(1, ...kept.map(df));
    for (const r of kept) {
      const id = this.index.termId(r.item) as number;
      const prior = FUZZY_PRIOR + ((1 - FUZZY_PRIOR) * df(r)) / most;
      if (!out.has(id)) out.set(id, FUZZY_BASE * (1 - (r.score ?? 0)) * prior);
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
