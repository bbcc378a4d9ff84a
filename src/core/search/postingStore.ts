/**
 * Where the postings live: one compressed block (CSR: per-term offsets into shared typed
 * arrays) built by a single counting sort, plus small per-term tails for passages added
 * after it. Compaction folds the tails in and drops removed passages, reading only postings.
 */

/** The postings of one term, for the search's inner loop: block entries [from, to) and the tail. */
export interface Postings {
  docs: Int32Array;
  weights: Float32Array;
  from: number;
  to: number;
  tailDocs: readonly number[];
  tailWeights: readonly number[];
}

const NO_TAIL: readonly number[] = [];

/** Collects (term, slot, weight) entries for a block. */
export class EntryBuffer {
  length = 0;
  terms: Int32Array;
  docs: Int32Array;
  weights: Float32Array;

  constructor(capacity: number) {
    this.terms = new Int32Array(Math.max(16, capacity));
    this.docs = new Int32Array(this.terms.length);
    this.weights = new Float32Array(this.terms.length);
  }

  push(term: number, slot: number, weight: number): void {
    if (this.length === this.terms.length) {
      this.terms = grow(this.terms, new Int32Array(this.length * 2));
      this.docs = grow(this.docs, new Int32Array(this.length * 2));
      this.weights = grow(this.weights, new Float32Array(this.length * 2));
    }
    this.terms[this.length] = term;
    this.docs[this.length] = slot;
    this.weights[this.length] = weight;
    this.length++;
  }
}

export class PostingStore {
  private offsets = new Int32Array(1);
  private blockDocs = new Int32Array(0);
  private blockWeights = new Float32Array(0);
  private tailDocs: number[][] = [];
  private tailWeights: number[][] = [];

  /** Entries of a term, removed passages included. */
  count(term: number): number {
    const inBlock = term + 1 < this.offsets.length ? this.offsets[term + 1] - this.offsets[term] : 0;
    return inBlock + (this.tailDocs[term]?.length ?? 0);
  }

  get(term: number): Postings {
    const inBlock = term + 1 < this.offsets.length;
    return {
      docs: this.blockDocs,
      weights: this.blockWeights,
      from: inBlock ? this.offsets[term] : 0,
      to: inBlock ? this.offsets[term + 1] : 0,
      tailDocs: this.tailDocs[term] ?? NO_TAIL,
      tailWeights: this.tailWeights[term] ?? NO_TAIL,
    };
  }

  /** Adds an entry to a term's tail. */
  append(term: number, slot: number, weight: number): void {
    (this.tailDocs[term] ??= []).push(slot);
    (this.tailWeights[term] ??= []).push(weight);
  }

  /** Replaces everything with a block of the entries, sorted by term in one counting sort. */
  build(termCount: number, entries: EntryBuffer): void {
    const { terms, docs, weights, length } = entries;
    const offsets = new Int32Array(termCount + 1);
    for (let i = 0; i < length; i++) offsets[terms[i] + 1]++;
    for (let t = 0; t < termCount; t++) offsets[t + 1] += offsets[t];
    const next = offsets.slice(0, termCount);
    const blockDocs = new Int32Array(length);
    const blockWeights = new Float32Array(length);
    for (let i = 0; i < length; i++) {
      const at = next[terms[i]]++;
      blockDocs[at] = docs[i];
      blockWeights[at] = weights[i];
    }
    this.offsets = offsets;
    this.blockDocs = blockDocs;
    this.blockWeights = blockWeights;
    this.tailDocs = [];
    this.tailWeights = [];
  }

  /** Folds the tails into the block and drops the entries of slots not alive. */
  compact(termCount: number, alive: Uint8Array): void {
    let total = 0;
    for (let t = 0; t < termCount; t++) total += this.count(t);
    const entries = new EntryBuffer(total);
    for (let t = 0; t < termCount; t++) {
      const { docs, weights, from, to, tailDocs, tailWeights } = this.get(t);
      for (let i = from; i < to; i++) if (alive[docs[i]] === 1) entries.push(t, docs[i], weights[i]);
      for (let i = 0; i < tailDocs.length; i++) if (alive[tailDocs[i]] === 1) entries.push(t, tailDocs[i], tailWeights[i]);
    }
    this.build(termCount, entries);
  }
}

export function grow<T extends Int32Array | Float32Array | Float64Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
