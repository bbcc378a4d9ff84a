/**
 * The passage search: query words expand to indexed words (exact, prefix, fuzzy through
 * fuse.js), their postings add up per passage, and the best passages come out ranked by how
 * many query words they match, then by BM25F score, then by corpus order.
 */
import type { CorpusIndex, Passage } from '../model';
import { candidateSlots, FilterResolver, type CompiledFilter } from './filters';
import { InvertedIndex, personNames } from './invertedIndex';
import { parseQuery, type ParsedQuery } from './parseQuery';
import { lookUp, phrasesOf, type QueryWord } from './queryWords';
import { containsPhrases, matchRanges } from './ranges';
import { TermMatcher } from './termMatcher';
import { MaxHeap, TopK } from './topK';
import { applyUpdate } from './update';

/** One passage found. */
export interface SearchHit {
  passage: Passage;
  /** Relevance, higher is better; comparable only within one search. 0 for an empty query. */
  score: number;
  /** Character ranges [start, end) in passage.text of matched words, for highlighting. */
  textRanges: [number, number][];
}

/** The search over one corpus; see {@link createPassageSearch}. */
export interface PassageSearch {
  /** Passages for a query, best first; an empty query lists passages in corpus order. */
  search(query: string, limit?: number): SearchHit[];
  /** Follows a changed corpus: adds, removes and re-indexes only the passages that changed. */
  update(index: CorpusIndex): void;
  /**
   * Builds the index now rather than on the first search, for a caller that knows a search
   * is coming (the quick pick opening) and has a moment to spare.
   */
  prepare(): void;
}

/** How a search matches words. */
export interface SearchOptions {
  /** Match misspelt words through fuse.js (default true); false keeps exact words and prefixes. */
  fuzzy?: boolean;
}

/** How many hits a search returns when no limit is given. */
export const DEFAULT_LIMIT = 50;

/**
 * Most candidates a search reads for its phrases. Only a phrase still made of stopwords and
 * a letter or two (`"the w`) has more, and by the next keystroke it has far fewer.
 */
const MAX_PHRASE_CHECKS = 2000;

interface Built {
  index: InvertedIndex;
  matcher: TermMatcher;
  /** Corpus position of the passage at each slot. */
  order: Int32Array;
}

/**
 * Creates the search for a corpus. Cheap: nothing is indexed until the first search that
 * has words to look up, so creating it never slows activation.
 */
export function createPassageSearch(index: CorpusIndex, options: SearchOptions = {}): PassageSearch {
  return new Search(index, options.fuzzy ?? true);
}

class Search implements PassageSearch {
  private built: Built | undefined;
  /** Per slot, during one search: total score, best score of the current word, words matched. */
  private scores = new Float64Array(0);
  private best = new Float64Array(0);
  private counts = new Uint8Array(0);
  private requiredCounts = new Uint8Array(0);
  private touched = new Int32Array(0);
  private wordTouched = new Int32Array(0);
  private filters: FilterResolver;
  private mask: { key: string; allowed: Uint8Array } | undefined;

  constructor(
    private corpus: CorpusIndex,
    private readonly fuzzy: boolean,
  ) {
    this.filters = this.resolver();
  }

  update(index: CorpusIndex): void {
    const old = this.corpus;
    this.corpus = index;
    this.filters = this.resolver();
    this.mask = undefined;
    if (!this.built) return;
    const { slots } = applyUpdate(this.built.index, old, index);
    const order = new Int32Array(this.built.index.capacity);
    slots.forEach((slot, i) => (order[slot] = i));
    this.built.order = order;
  }

  prepare(): void {
    this.ensureBuilt();
  }

  search(query: string, limit = DEFAULT_LIMIT): SearchHit[] {
    const parsed = parseQuery(query);
    const filter = this.filters.compile(parsed);
    if (parsed.words.length === 0 && parsed.phrases.length === 0) return this.list(filter, limit);
    const { index, matcher, order } = this.ensureBuilt();
    const queryWords = lookUp(parsed, matcher, this.fuzzy);
    if (queryWords.length === 0 || queryWords.some((w) => w.required && w.expansions.length === 0)) return [];
    const required = queryWords.filter((w) => w.required).length;
    const touchedCount = this.accumulate(index, queryWords, this.allowed(index, parsed, filter));
    const touched = this.touched.subarray(0, touchedCount);
    // Phrases of one word need no check: the word was required, exactly.
    const allPhrases = phrasesOf(parsed);
    const phrases = allPhrases.filter((p) => p.words.length > 1);
    const { counts, scores, requiredCounts } = this;
    const ranks = (a: number, b: number) => counts[a] - counts[b] || scores[a] - scores[b] || order[b] - order[a];
    let ranked: number[];
    if (phrases.length === 0) {
      const top = new TopK(limit, ranks);
      for (const slot of touched) if (requiredCounts[slot] === required) top.offer(slot);
      ranked = top.sorted();
    } else {
      // Checking a phrase reads the text: check the best candidates first, only as many as needed.
      const candidates = new MaxHeap(ranks);
      for (const slot of touched) if (requiredCounts[slot] === required) candidates.push(slot);
      ranked = [];
      for (let checked = 0; ranked.length < limit && candidates.size > 0 && checked < MAX_PHRASE_CHECKS; checked++) {
        const slot = candidates.pop();
        if (containsPhrases((index.passages[slot] as Passage).text, phrases)) ranked.push(slot);
      }
    }
    const matched = new Set<string>();
    for (const w of queryWords) for (const e of w.expansions) matched.add(index.terms[e.termId]);
    const hits = ranked.map((slot) => {
      const passage = index.passages[slot] as Passage;
      return { passage, score: scores[slot], textRanges: matchRanges(passage.text, matched, allPhrases) };
    });
    for (const slot of touched) {
      scores[slot] = 0;
      counts[slot] = 0;
      requiredCounts[slot] = 0;
    }
    return hits;
  }

  /**
   * Per slot, 1 when the passage is live and passes the query's filters. Only the passages
   * listed under the most selective filter's facets are tested. Cached per filter: while a
   * query's words are typed its filters stay the same.
   */
  private allowed(index: InvertedIndex, parsed: ParsedQuery, filter: CompiledFilter | undefined): Uint8Array {
    if (!filter) return index.alive;
    const key = JSON.stringify([parsed.themes, parsed.people, parsed.sources, parsed.years, index.version]);
    if (this.mask?.key !== key) {
      const allowed = new Uint8Array(index.capacity);
      for (const slot of candidateSlots(index, filter) ?? []) {
        const passage = index.passages[slot];
        if (index.alive[slot] === 1 && passage && filter.test(passage)) allowed[slot] = 1;
      }
      this.mask = { key, allowed };
    }
    return this.mask.allowed;
  }

  /**
   * Adds up, per passage, the best expansion of each query word: quality × idf × weight.
   * Returns how many slots were touched, listed at the start of `touched`; `scores`, `counts`
   * and `requiredCounts` hold their totals. Skips slots that `allowed` holds 0 for.
   */
  private accumulate(index: InvertedIndex, queryWords: QueryWord[], allowed: Uint8Array): number {
    const n = index.slotCount;
    const { best, scores, counts, requiredCounts, touched, wordTouched } = this;
    let touchedCount = 0;
    for (const word of queryWords) {
      let wordCount = 0;
      // One idf per query word, over all the words it stands for: how informative the word is
      // should not depend on which spelling a passage happens to hold.
      let df = 0;
      for (const { termId } of word.expansions) df += index.documentFrequency(termId);
      df = Math.min(n, df);
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (const { termId, quality } of word.expansions) {
        const factor = quality * idf;
        const { docs, weights, from, to, tailDocs, tailWeights } = index.postings(termId);
        for (let i = from; i < to; i++) {
          const slot = docs[i];
          if (allowed[slot] === 0) continue;
          const s = factor * weights[i];
          const prev = best[slot];
          if (prev === 0) {
            wordTouched[wordCount++] = slot;
            best[slot] = s;
          } else if (s > prev) {
            best[slot] = s;
          }
        }
        for (let i = 0; i < tailDocs.length; i++) {
          const slot = tailDocs[i];
          if (allowed[slot] === 0) continue;
          const s = factor * tailWeights[i];
          if (best[slot] === 0) wordTouched[wordCount++] = slot;
          if (s > best[slot]) best[slot] = s;
        }
      }
      for (let i = 0; i < wordCount; i++) {
        const slot = wordTouched[i];
        if (counts[slot] === 0) touched[touchedCount++] = slot;
        scores[slot] += best[slot];
        counts[slot]++;
        if (word.required) requiredCounts[slot]++;
        best[slot] = 0;
      }
    }
    return touchedCount;
  }

  /** Passages in corpus order, filtered; the answer to a query without words. */
  private list(filter: CompiledFilter | undefined, limit: number): SearchHit[] {
    const hit = (passage: Passage) => ({ passage, score: 0, textRanges: [] });
    if (this.built && filter) {
      // A narrow filter visits only its facets' passages, then puts them in corpus order; a
      // broad one is quicker to test in corpus order until the limit is reached.
      const { index, order } = this.built;
      const slots = candidateSlots(index, filter, index.size / 4);
      if (slots) {
        return [...new Set(slots)]
          .filter((slot) => index.alive[slot] === 1 && filter.test(index.passages[slot] as Passage))
          .sort((a, b) => order[a] - order[b])
          .slice(0, limit)
          .map((slot) => hit(index.passages[slot] as Passage));
      }
    }
    const hits: SearchHit[] = [];
    for (const passage of this.corpus.corpus.passages) {
      if (hits.length >= limit) break;
      if (!filter || filter.test(passage)) hits.push(hit(passage));
    }
    return hits;
  }

  private resolver(): FilterResolver {
    const corpus = this.corpus;
    return new FilterResolver(corpus, () => (this.built ? this.built.index.people() : peopleOf(corpus)));
  }

  private ensureBuilt(): Built {
    if (!this.built) {
      const index = new InvertedIndex();
      index.addAll(this.corpus);
      this.built = { index, matcher: new TermMatcher(index), order: corpusOrder(index, this.corpus) };
    }
    const capacity = this.built.index.capacity;
    if (this.scores.length < capacity) {
      const size = Math.ceil(capacity * 1.25) + 16;
      this.scores = new Float64Array(size);
      this.best = new Float64Array(size);
      this.counts = new Uint8Array(size);
      this.requiredCounts = new Uint8Array(size);
      this.touched = new Int32Array(size);
      this.wordTouched = new Int32Array(size);
    }
    return this.built;
  }
}

/** Position in the corpus of the passage at each slot, for ties. */
function corpusOrder(index: InvertedIndex, corpus: CorpusIndex): Int32Array {
  const order = new Int32Array(index.capacity);
  corpus.corpus.passages.forEach((p, i) => {
    const slot = index.slotOf(p.id);
    if (slot !== undefined) order[slot] = i;
  });
  return order;
}

function peopleOf(corpus: CorpusIndex): Set<string> {
  const people = new Set<string>();
  for (const p of corpus.corpus.passages) for (const name of personNames(p)) people.add(name);
  return people;
}
