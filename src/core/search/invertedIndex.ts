/**
 * An inverted index from words to passages, with one precomputed weight per (word, passage):
 * a BM25F-style saturation of the field-weighted term frequency.
 *
 * Postings live in one compressed block (CSR: per-term offsets into shared typed arrays),
 * built in a single counting sort, plus small per-term tails for passages added later.
 * Removing a passage leaves a tombstone that searches skip; once tombstones pile up, the
 * block is rebuilt from the postings themselves, without reading any passage again.
 */
import type { CorpusIndex, Passage } from '../model';
import { BOOST, forEachField, sourceText, themeText } from './fields';
import { scanAsciiWords, wordHash, words } from './normalize';

/** BM25 saturation and text-length normalization. */
const K1 = 1.2;
const B_TEXT = 0.5;
/** Compact when this share of the slots are tombstones. */
const COMPACT_SHARE = 0.25;

/** A visitor over the postings of a term: passage slot and weight. */
export type PostingVisitor = (slot: number, weight: number) => void;

/** See {@link InvertedIndex.postings}. */
export interface Postings {
  docs: Int32Array;
  weights: Float32Array;
  from: number;
  to: number;
  tailDocs: readonly number[];
  tailWeights: readonly number[];
}

const NO_TAIL: readonly number[] = [];

export class InvertedIndex {
  /** Word of each term id. */
  readonly terms: string[] = [];
  private readonly termIds = new Map<string, number>();
  /** The block: postings of term t are entries offsets[t] .. offsets[t + 1]. */
  private offsets = new Int32Array(1);
  private blockDocs = new Int32Array(0);
  private blockWeights = new Float32Array(0);
  /** Postings added since the block was built, per term. */
  private tailDocs: number[][] = [];
  private tailWeights: number[][] = [];
  /** Passage at each slot; undefined once removed. */
  readonly passages: (Passage | undefined)[] = [];
  alive = new Uint8Array(64);
  /** Changes whenever a passage is added or removed, for caches of per-slot data. */
  version = 0;
  private readonly slotById = new Map<string, number>();
  private freeSlots: number[] = [];
  private dead = 0;
  private avgTextLength = 0;
  /** Terms in sort order, and terms added since it was sorted. */
  private sorted: string[] = [];
  private unsorted: string[] = [];
  /** How many live passages name each person (people and speaker), for `person:`. */
  readonly people = new Map<string, number>();
  /**
   * Slots of the passages with each source, theme, person and year, so that a filter visits
   * only the passages it can keep. Removed passages stay listed until compaction: check
   * `alive`.
   */
  facets: Facets = emptyFacets();
  /** Term ids of each source's and theme's words, read once for all their passages. */
  private readonly sourceTerms = new Map<string, number[]>();
  private readonly themeTerms = new Map<string, number[]>();
  /** Open-addressing table from word hash to term id + 1, so that scanning creates no strings. */
  private table = new Int32Array(1 << 12);
  private termHashes: number[] = [];
  /** Scratch for the passage being indexed: term frequency per term id, ids touched, field weight. */
  private scratch = new Float64Array(1024);
  private touched = new Int32Array(256);
  private touchedCount = 0;
  private step = 0;

  /** Live passages. */
  get size(): number {
    return this.slotById.size;
  }

  /** Slots in use, live or tombstoned: the N of the idf, consistent with posting counts. */
  get slotCount(): number {
    return this.slotById.size + this.dead;
  }

  /** One past the highest slot ever used, for sizing per-slot arrays. */
  get capacity(): number {
    return this.passages.length;
  }

  termId(term: string): number | undefined {
    return this.termIds.get(term);
  }

  slotOf(passageId: string): number | undefined {
    return this.slotById.get(passageId);
  }

  /** Ids of the live passages. */
  ids(): string[] {
    return [...this.slotById.keys()];
  }

  /** Number of passages (tombstones included) that hold the term. */
  documentFrequency(termId: number): number {
    return this.blockLength(termId) + (this.tailDocs[termId]?.length ?? 0);
  }

  /**
   * The raw postings of a term, for the search's inner loop: block entries [from, to) and the
   * tail. Entries of removed passages are still there; check `alive`.
   */
  postings(termId: number): Postings {
    const inBlock = termId + 1 < this.offsets.length;
    return {
      docs: this.blockDocs,
      weights: this.blockWeights,
      from: inBlock ? this.offsets[termId] : 0,
      to: inBlock ? this.offsets[termId + 1] : 0,
      tailDocs: this.tailDocs[termId] ?? NO_TAIL,
      tailWeights: this.tailWeights[termId] ?? NO_TAIL,
    };
  }

  /** Calls `visit` for each live posting of a term. */
  forEachPosting(termId: number, visit: PostingVisitor): void {
    const { alive, blockDocs, blockWeights } = this;
    const end = termId + 1 < this.offsets.length ? this.offsets[termId + 1] : 0;
    for (let i = termId + 1 < this.offsets.length ? this.offsets[termId] : 0; i < end; i++) {
      const slot = blockDocs[i];
      if (alive[slot] === 1) visit(slot, blockWeights[i]);
    }
    const docs = this.tailDocs[termId];
    if (docs) {
      const weights = this.tailWeights[termId];
      for (let i = 0; i < docs.length; i++) if (alive[docs[i]] === 1) visit(docs[i], weights[i]);
    }
  }

  /** All terms in sort order, for prefix ranges and the fuzzy matcher. */
  sortedTerms(): string[] {
    if (this.unsorted.length > 0) {
      this.sorted = merge(this.sorted, this.unsorted.sort());
      this.unsorted = [];
    }
    return this.sorted;
  }

  /** Indexes every passage of a corpus at once: the first build. */
  addAll(index: CorpusIndex): void {
    const passages = index.corpus.passages;
    let total = 0;
    for (const p of passages) total += p.text.length;
    this.avgTextLength = passages.length > 0 ? total / passages.length : 1;
    let n = 0;
    let entryTerms = new Int32Array(passages.length * 48 + 64);
    let entryDocs = new Int32Array(entryTerms.length);
    let entryWeights = new Float32Array(entryTerms.length);
    for (const passage of passages) {
      this.index(passage, index, (termId, slot, weight) => {
        if (n === entryTerms.length) {
          entryTerms = grow(entryTerms, new Int32Array(n * 2));
          entryDocs = grow(entryDocs, new Int32Array(n * 2));
          entryWeights = grow(entryWeights, new Float32Array(n * 2));
        }
        entryTerms[n] = termId;
        entryDocs[n] = slot;
        entryWeights[n] = weight;
        n++;
      });
    }
    this.buildBlock(entryTerms.subarray(0, n), entryDocs.subarray(0, n), entryWeights.subarray(0, n));
  }

  /** Indexes one passage after the first build; its postings go to the tails. */
  add(passage: Passage, index: CorpusIndex): number {
    if (this.avgTextLength === 0) this.avgTextLength = Math.max(1, passage.text.length);
    return this.index(passage, index, (termId, slot, weight) => {
      (this.tailDocs[termId] ??= []).push(slot);
      (this.tailWeights[termId] ??= []).push(weight);
    });
  }

  /** Removes a passage by id; its postings stay as tombstones until compaction. */
  remove(passageId: string): void {
    const slot = this.slotById.get(passageId);
    if (slot === undefined) return;
    for (const person of personNames(this.passages[slot] as Passage)) {
      const n = (this.people.get(person) ?? 1) - 1;
      if (n > 0) this.people.set(person, n);
      else this.people.delete(person);
    }
    this.slotById.delete(passageId);
    this.passages[slot] = undefined;
    this.alive[slot] = 0;
    this.dead++;
    this.version++;
    if (this.dead > 64 && this.dead > COMPACT_SHARE * this.slotCount) this.compact();
  }

  /** Puts an equal, newly loaded passage object in place of the indexed one. */
  replaceObject(slot: number, passage: Passage): void {
    this.passages[slot] = passage;
  }

  /** Forgets the words of sources and themes that changed, before their passages are re-added. */
  forget(sourceIds: Iterable<string>, themeIds: Iterable<string>): void {
    for (const id of sourceIds) this.sourceTerms.delete(id);
    for (const id of themeIds) this.themeTerms.delete(id);
  }

  /** Folds the tails into the block, drops tombstones and frees their slots. */
  compact(): void {
    let n = 0;
    for (let t = 0; t < this.terms.length; t++) n += this.documentFrequency(t);
    const terms = new Int32Array(n);
    const docs = new Int32Array(n);
    const weights = new Float32Array(n);
    let k = 0;
    for (let t = 0; t < this.terms.length; t++) {
      this.forEachPosting(t, (slot, weight) => {
        terms[k] = t;
        docs[k] = slot;
        weights[k] = weight;
        k++;
      });
    }
    this.tailDocs = [];
    this.tailWeights = [];
    this.buildBlock(terms.subarray(0, k), docs.subarray(0, k), weights.subarray(0, k));
    this.freeSlots = [];
    this.facets = emptyFacets();
    for (let slot = this.passages.length - 1; slot >= 0; slot--) {
      const passage = this.passages[slot];
      if (passage === undefined) this.freeSlots.push(slot);
    }
    this.passages.forEach((passage, slot) => {
      if (passage) this.addFacets(passage, slot);
    });
    this.dead = 0;
  }

  /** Takes a slot, reads the passage's fields, and emits one posting per distinct term. */
  private index(passage: Passage, index: CorpusIndex, emit: (termId: number, slot: number, weight: number) => void): number {
    const slot = this.freeSlots.pop() ?? this.passages.length;
    this.passages[slot] = passage;
    if (slot >= this.alive.length) this.alive = grow(this.alive, new Uint8Array(this.alive.length * 2));
    this.alive[slot] = 1;
    this.version++;
    this.slotById.set(passage.id, slot);
    for (const person of personNames(passage)) this.people.set(person, (this.people.get(person) ?? 0) + 1);
    this.addFacets(passage, slot);

    this.touchedCount = 0;
    forEachField(passage, this.countField);
    const source = this.termsOf(this.sourceTerms, passage.source, () => {
      const found = index.sourceById.get(passage.source);
      return found ? sourceText(found) : '';
    });
    for (const id of source) this.count(id, BOOST.source);
    for (const theme of passage.themes) {
      const ids = this.termsOf(this.themeTerms, theme, () => themeText(theme, index.themeById.get(theme)));
      for (const id of ids) this.count(id, BOOST.themes);
    }
    for (let i = 0; i < this.touchedCount; i++) {
      const id = this.touched[i];
      const tf = this.scratch[id];
      this.scratch[id] = 0;
      emit(id, slot, (tf * (K1 + 1)) / (tf + K1));
    }
    return slot;
  }

  private addFacets(passage: Passage, slot: number): void {
    const add = <K>(map: Map<K, number[]>, key: K) => {
      const slots = map.get(key);
      if (slots) slots.push(slot);
      else map.set(key, [slot]);
    };
    add(this.facets.source, passage.source);
    for (const theme of passage.themes) add(this.facets.theme, theme);
    for (const person of personNames(passage)) add(this.facets.person, person);
    for (const year of passage.years) add(this.facets.year, year);
  }

  /** Adds the words of one field of the passage being indexed to its term frequencies. */
  private readonly countField = (text: string, boost: number, normalize: boolean): void => {
    this.step = normalize ? boost / (1 - B_TEXT + (B_TEXT * text.length) / this.avgTextLength) : boost;
    if (!scanAsciiWords(text, this.countCodes)) for (const word of words(text)) this.count(this.intern(word), this.step);
  };

  private readonly countCodes = (codes: Uint16Array, length: number, hash: number): void => {
    this.count(this.internCodes(codes, length, hash), this.step);
  };

  private count(id: number, step: number): void {
    if (this.scratch[id] === 0) {
      if (this.touchedCount === this.touched.length) this.touched = grow(this.touched, new Int32Array(this.touched.length * 2));
      this.touched[this.touchedCount++] = id;
    }
    this.scratch[id] += step;
  }

  /** Term ids of a source's or theme's words, each once, cached. */
  private termsOf(cache: Map<string, number[]>, key: string, text: () => string): number[] {
    let ids = cache.get(key);
    if (!ids) {
      ids = [...new Set(words(text()).map((w) => this.intern(w)))];
      cache.set(key, ids);
    }
    return ids;
  }

  private intern(term: string): number {
    return this.termIds.get(term) ?? this.newTerm(term, wordHash(term));
  }

  /** The term id of a word given as char codes, found through the hash table. */
  private internCodes(codes: Uint16Array, length: number, hash: number): number {
    const mask = this.table.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const entry = this.table[i];
      if (entry === 0) break;
      const id = entry - 1;
      if (this.termHashes[id] === hash && sameCodes(this.terms[id], codes, length)) return id;
    }
    return this.newTerm(String.fromCharCode(...codes.subarray(0, length)), hash);
  }

  private newTerm(term: string, hash: number): number {
    const id = this.terms.length;
    this.terms.push(term);
    this.termHashes.push(hash);
    this.termIds.set(term, id);
    this.unsorted.push(term);
    if (id >= this.scratch.length) this.scratch = grow(this.scratch, new Float64Array(this.scratch.length * 2));
    if (this.terms.length * 2 > this.table.length) this.rehash(this.table.length * 2);
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const mask = this.table.length - 1;
    let i = this.termHashes[id] & mask;
    while (this.table[i] !== 0) i = (i + 1) & mask;
    this.table[i] = id + 1;
  }

  private rehash(size: number): void {
    this.table = new Int32Array(size);
    for (let id = 0; id < this.terms.length; id++) this.place(id);
  }

  private blockLength(termId: number): number {
    return termId + 1 < this.offsets.length ? this.offsets[termId + 1] - this.offsets[termId] : 0;
  }

  /** Counting sort of (term, slot, weight) entries by term into the block. */
  private buildBlock(terms: Int32Array, docs: Int32Array, weights: Float32Array): void {
    const offsets = new Int32Array(this.terms.length + 1);
    for (let i = 0; i < terms.length; i++) offsets[terms[i] + 1]++;
    for (let t = 0; t < this.terms.length; t++) offsets[t + 1] += offsets[t];
    const next = offsets.slice(0, this.terms.length);
    const blockDocs = new Int32Array(terms.length);
    const blockWeights = new Float32Array(terms.length);
    for (let i = 0; i < terms.length; i++) {
      const at = next[terms[i]]++;
      blockDocs[at] = docs[i];
      blockWeights[at] = weights[i];
    }
    this.offsets = offsets;
    this.blockDocs = blockDocs;
    this.blockWeights = blockWeights;
  }
}

/** Passage slots by source id, theme id, person and year. */
export interface Facets {
  source: Map<string, number[]>;
  theme: Map<string, number[]>;
  person: Map<string, number[]>;
  year: Map<number, number[]>;
}

function emptyFacets(): Facets {
  return { source: new Map(), theme: new Map(), person: new Map(), year: new Map() };
}

/** The people a passage names, its speaker included, without repeats. */
export function personNames(passage: Passage): string[] {
  if (!passage.speaker || passage.people.includes(passage.speaker)) return passage.people;
  return [...passage.people, passage.speaker];
}

function sameCodes(term: string, codes: Uint16Array, length: number): boolean {
  if (term.length !== length) return false;
  for (let i = 0; i < length; i++) if (term.charCodeAt(i) !== codes[i]) return false;
  return true;
}

function grow<T extends Int32Array | Float32Array | Float64Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

function merge(a: string[], b: string[]): string[] {
  if (a.length === 0) return b;
  const out: string[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i] < b[j] ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}
