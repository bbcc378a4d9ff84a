/**
 * An inverted index from words to passages, with one precomputed weight per (word, passage):
 * a BM25F-style saturation of the field-weighted term frequency.
 *
 * Passages are indexed all at once on the first build, one at a time after it (see
 * postingStore.ts). Removing a passage leaves a tombstone that searches skip; once
 * tombstones pile up, the postings are compacted without reading any passage again.
 */
import type { CorpusIndex, Passage } from '../model';
import { BOOST, forEachField, sourceText, themeText } from './fields';
import { scanAsciiWords, words } from './normalize';
import { EntryBuffer, grow, PostingStore, type Postings } from './postingStore';
import { Vocabulary } from './vocabulary';

/** BM25 saturation and text-length normalization. */
const K1 = 1.2;
const B_TEXT = 0.5;
/** Compact when this share of the slots are tombstones. */
const COMPACT_SHARE = 0.25;

export class InvertedIndex {
  /** The indexed words and their ids. */
  readonly vocabulary = new Vocabulary();
  private readonly store = new PostingStore();
  /** Passage at each slot; undefined once removed. */
  readonly passages: (Passage | undefined)[] = [];
  alive = new Uint8Array(64);
  /** Changes whenever a passage is added or removed, for caches of per-slot data. */
  version = 0;
  private readonly slotById = new Map<string, number>();
  private freeSlots: number[] = [];
  private dead = 0;
  private avgTextLength = 0;
  /** See {@link facets}; built on first use, then kept up to date. */
  private builtFacets: Facets | undefined;
  /** Term ids of each source's and theme's words, read once for all their passages. */
  private readonly sourceTerms = new Map<string, number[]>();
  private readonly themeTerms = new Map<string, number[]>();
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
    return this.vocabulary.id(term);
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
    return this.store.count(termId);
  }

  /** The raw postings of a term. Entries of removed passages are still there: check `alive`. */
  postings(termId: number): Postings {
    return this.store.get(termId);
  }

  /**
   * Slots of the passages with each source, theme, person and year, so that a filter visits
   * only the passages it can keep. Built on the first filter, not with the index. Removed
   * passages stay listed until compaction: check `alive`.
   */
  get facets(): Facets {
    if (!this.builtFacets) {
      const facets = emptyFacets();
      this.passages.forEach((passage, slot) => {
        if (passage) addFacets(facets, passage, slot);
      });
      this.builtFacets = facets;
    }
    return this.builtFacets;
  }

  /** The people live passages name (people and speakers), for `person:`. */
  people(): string[] {
    const names: string[] = [];
    for (const [name, slots] of this.facets.person) if (slots.some((slot) => this.alive[slot] === 1)) names.push(name);
    return names;
  }

  /** Word of each term id. */
  get terms(): readonly string[] {
    return this.vocabulary.terms;
  }

  /** All terms in sort order, for prefix ranges and the fuzzy matcher. */
  sortedTerms(): string[] {
    return this.vocabulary.sortedTerms();
  }

  /** Indexes every passage of a corpus at once: the first build. */
  addAll(index: CorpusIndex): void {
    const passages = index.corpus.passages;
    let total = 0;
    for (const p of passages) total += p.text.length;
    this.avgTextLength = passages.length > 0 ? total / passages.length : 1;
    const entries = new EntryBuffer(passages.length * 48);
    const push = entries.push.bind(entries);
    for (const passage of passages) this.index(passage, index, push);
    this.store.build(this.terms.length, entries);
  }

  /** Indexes one passage after the first build; its postings go to the tails. */
  add(passage: Passage, index: CorpusIndex): number {
    if (this.avgTextLength === 0) this.avgTextLength = Math.max(1, passage.text.length);
    return this.index(passage, index, (termId, slot, weight) => this.store.append(termId, slot, weight));
  }

  /** Removes a passage by id; its postings stay as tombstones until compaction. */
  remove(passageId: string): void {
    const slot = this.slotById.get(passageId);
    if (slot === undefined) return;
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
    this.store.compact(this.terms.length, this.alive);
    this.freeSlots = [];
    this.builtFacets = undefined;
    for (let slot = this.passages.length - 1; slot >= 0; slot--) {
      const passage = this.passages[slot];
      if (passage === undefined) this.freeSlots.push(slot);
    }
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
    if (this.builtFacets) addFacets(this.builtFacets, passage, slot);

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
    return this.grown(this.vocabulary.intern(term));
  }

  private internCodes(codes: Uint16Array, length: number, hash: number): number {
    return this.grown(this.vocabulary.internCodes(codes, length, hash));
  }

  /** Makes room in the scratch for a term id. */
  private grown(id: number): number {
    if (id >= this.scratch.length) this.scratch = grow(this.scratch, new Float64Array(this.scratch.length * 2));
    return id;
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

function addFacets(facets: Facets, passage: Passage, slot: number): void {
  const add = <K>(map: Map<K, number[]>, key: K) => {
    const slots = map.get(key);
    if (slots) slots.push(slot);
    else map.set(key, [slot]);
  };
  add(facets.source, passage.source);
  for (const theme of passage.themes) add(facets.theme, theme);
  for (const person of personNames(passage)) add(facets.person, person);
  for (const year of passage.years) add(facets.year, year);
}

/** The people a passage names, its speaker included, without repeats. */
export function personNames(passage: Passage): string[] {
  if (!passage.speaker || passage.people.includes(passage.speaker)) return passage.people;
  return [...passage.people, passage.speaker];
}

