/**
 * The words of the index, each with a dense id. Scanning text hands words over as char codes
 * and a hash, so that a word already known costs no string: an open-addressing table finds
 * its id. A sorted list of the words serves prefix ranges and the fuzzy matcher.
 */
import { wordHash } from './normalize';

export class Vocabulary {
  /** Word of each id. */
  readonly terms: string[] = [];
  private readonly ids = new Map<string, number>();
  private hashes: number[] = [];
  /** Open addressing: hash → id + 1, 0 for empty. Kept under half full. */
  private table = new Int32Array(1 << 12);
  /** Words in sort order, and words added since it was sorted. */
  private sorted: string[] = [];
  private unsorted: string[] = [];

  get size(): number {
    return this.terms.length;
  }

  /** The id of a word, if the index holds it. */
  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** The id of a word, added if new. */
  intern(term: string): number {
    return this.ids.get(term) ?? this.add(term, wordHash(term));
  }

  /** The id of a word given as char codes and their hash, added if new. */
  internCodes(codes: Uint16Array, length: number, hash: number): number {
    const mask = this.table.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const entry = this.table[i];
      if (entry === 0) break;
      const id = entry - 1;
      if (this.hashes[id] === hash && sameCodes(this.terms[id], codes, length)) return id;
    }
    return this.add(String.fromCharCode(...codes.subarray(0, length)), hash);
  }

  /** All words in sort order. */
  sortedTerms(): string[] {
    if (this.unsorted.length > 0) {
      this.sorted = merge(this.sorted, this.unsorted.sort());
      this.unsorted = [];
    }
    return this.sorted;
  }

  private add(term: string, hash: number): number {
    const id = this.terms.length;
    this.terms.push(term);
    this.hashes.push(hash);
    this.ids.set(term, id);
    this.unsorted.push(term);
    if (this.terms.length * 2 > this.table.length) this.rehash(this.table.length * 2);
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const mask = this.table.length - 1;
    let i = this.hashes[id] & mask;
    while (this.table[i] !== 0) i = (i + 1) & mask;
    this.table[i] = id + 1;
  }

  private rehash(size: number): void {
    this.table = new Int32Array(size);
    for (let id = 0; id < this.terms.length; id++) this.place(id);
  }
}

function sameCodes(term: string, codes: Uint16Array, length: number): boolean {
  if (term.length !== length) return false;
  for (let i = 0; i < length; i++) if (term.charCodeAt(i) !== codes[i]) return false;
  return true;
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
