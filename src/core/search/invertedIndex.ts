/**
 * An inverted index from words to passages, with one precomputed weight per (word, passage):
 * a BM25F-style saturation of the field-weighted term frequency. Passages can be added and
 * removed one at a time; removal leaves a tombstone that searches skip, and the postings are
 * compacted once tombstones pile up.
 */
import type { CorpusIndex, Passage } from '../model';
import { FieldCache, passageFields, passageSignature } from './fields';

/** BM25 saturation and text-length normalization. */
const K1 = 1.2;
const B_TEXT = 0.5;
/** Compact when this share of the slots are tombstones. */
const COMPACT_SHARE = 0.25;

export class InvertedIndex {
  /** Word of each term id. */
  readonly terms: string[] = [];
  private readonly termIds = new Map<string, number>();
  /** Postings of each term id: passage slots, weights, and how many are used. */
  private postingDocs: Int32Array[] = [];
  private postingWeights: Float32Array[] = [];
  private postingLength: number[] = [];
  /** Passage and signature at each slot; undefined once removed. */
  readonly passages: (Passage | undefined)[] = [];
  private signatures: number[] = [];
  alive = new Uint8Array(64);
  private readonly slotById = new Map<string, number>();
  private freeSlots: number[] = [];
  private dead = 0;
  private avgTextLength = 0;
  /** Terms in sort order, and terms added since it was sorted. */
  private sorted: string[] = [];
  private unsorted: string[] = [];
  /** How many live passages name each person (people and speaker), for `person:`. */
  readonly people = new Map<string, number>();
  private readonly fieldCache = new FieldCache();

  /** Live passages. */
  get size(): number {
    return this.slotById.size;
  }

  /** Slots in use, live or tombstoned: the N of the idf, consistent with posting lengths. */
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

  signatureAt(slot: number): number {
    return this.signatures[slot];
  }

  /** Number of passages (tombstones included) that hold the term. */
  documentFrequency(termId: number): number {
    return this.postingLength[termId];
  }

  /** The postings of a term; only the first `length` entries are used. */
  postings(termId: number): { docs: Int32Array; weights: Float32Array; length: number } {
    return { docs: this.postingDocs[termId], weights: this.postingWeights[termId], length: this.postingLength[termId] };
  }

  /** All terms in sort order, for prefix ranges and the fuzzy matcher. */
  sortedTerms(): string[] {
    if (this.unsorted.length > 0) {
      this.sorted = merge(this.sorted, this.unsorted.sort());
      this.unsorted = [];
    }
    return this.sorted;
  }

  /** Adds every passage of a corpus; the first build. */
  addAll(index: CorpusIndex): void {
    const passages = index.corpus.passages;
    let total = 0;
    for (const p of passages) total += p.text.length;
    this.avgTextLength = passages.length > 0 ? total / passages.length : 1;
    for (const p of passages) this.add(p, index);
  }

  /** Indexes one passage and returns its slot. */
  add(passage: Passage, index: CorpusIndex): number {
    if (this.avgTextLength === 0) this.avgTextLength = Math.max(1, passage.text.length);
    const slot = this.freeSlots.pop() ?? this.passages.length;
    this.passages[slot] = passage;
    this.signatures[slot] = passageSignature(passage);
    if (slot >= this.alive.length) {
      const grown = new Uint8Array(Math.max(64, this.alive.length * 2));
      grown.set(this.alive);
      this.alive = grown;
    }
    this.alive[slot] = 1;
    this.slotById.set(passage.id, slot);
    for (const person of personNames(passage)) this.people.set(person, (this.people.get(person) ?? 0) + 1);

    const frequency = new Map<string, number>();
    for (const field of passageFields(passage, index, this.fieldCache)) {
      const norm = field.length > 0 ? 1 - B_TEXT + (B_TEXT * field.length) / this.avgTextLength : 1;
      const step = field.boost / norm;
      for (const w of field.words) frequency.set(w, (frequency.get(w) ?? 0) + step);
    }
    for (const [term, tf] of frequency) this.post(term, slot, (tf * (K1 + 1)) / (tf + K1));
    return slot;
  }

  /** Removes a passage by id; its postings stay as tombstones until compaction. */
  remove(passageId: string): void {
    const slot = this.slotById.get(passageId);
    if (slot === undefined) return;
    const passage = this.passages[slot] as Passage;
    for (const person of personNames(passage)) {
      const n = (this.people.get(person) ?? 1) - 1;
      if (n > 0) this.people.set(person, n);
      else this.people.delete(person);
    }
    this.slotById.delete(passageId);
    this.passages[slot] = undefined;
    this.alive[slot] = 0;
    this.dead++;
    if (this.dead > 64 && this.dead > COMPACT_SHARE * this.slotCount) this.compact();
  }

  /** Forgets the words of sources and themes that changed, before their passages are re-added. */
  forget(sourceIds: Iterable<string>, themeIds: Iterable<string>): void {
    this.fieldCache.forget(sourceIds, themeIds);
  }

  /** Ids of the live passages. */
  ids(): string[] {
    return [...this.slotById.keys()];
  }

  /** Puts an equal, newly loaded passage object in place of the indexed one. */
  replaceObject(slot: number, passage: Passage): void {
    this.passages[slot] = passage;
  }

  /** Drops tombstoned postings and frees their slots. */
  compact(): void {
    for (let t = 0; t < this.terms.length; t++) {
      const docs = this.postingDocs[t];
      const weights = this.postingWeights[t];
      let kept = 0;
      for (let i = 0; i < this.postingLength[t]; i++) {
        if (this.alive[docs[i]] === 1) {
          docs[kept] = docs[i];
          weights[kept] = weights[i];
          kept++;
        }
      }
      this.postingLength[t] = kept;
    }
    for (let slot = 0; slot < this.passages.length; slot++) {
      if (this.passages[slot] === undefined) this.freeSlots.push(slot);
    }
    this.freeSlots.reverse();
    this.dead = 0;
  }

  private post(term: string, slot: number, weight: number): void {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.termIds.set(term, id);
      this.postingDocs.push(new Int32Array(2));
      this.postingWeights.push(new Float32Array(2));
      this.postingLength.push(0);
      this.unsorted.push(term);
    }
    const n = this.postingLength[id];
    if (n === this.postingDocs[id].length) {
      const docs = new Int32Array(n * 2);
      docs.set(this.postingDocs[id]);
      this.postingDocs[id] = docs;
      const weights = new Float32Array(n * 2);
      weights.set(this.postingWeights[id]);
      this.postingWeights[id] = weights;
    }
    this.postingDocs[id][n] = slot;
    this.postingWeights[id][n] = weight;
    this.postingLength[id] = n + 1;
  }
}

/** The people a passage names, its speaker included, without repeats. */
export function personNames(passage: Passage): string[] {
  if (!passage.speaker || passage.people.includes(passage.speaker)) return passage.people;
  return [...passage.people, passage.speaker];
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
