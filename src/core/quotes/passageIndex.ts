/**
 * What matching needs of a corpus, built once per `CorpusIndex` and kept in a WeakMap: each
 * passage's words, a word-bigram index to find candidate passages, the passages whose whole
 * `quote` a short quotation may equal, and the spans of source titles (quoted titles are not
 * quotations).
 */
import type { CorpusIndex, Passage } from '../model';
import { keyList, type KeyList } from './nearestKeys';
import { foldedWords, foldWord } from './words';

/** A passage's words, kept compact: 10k passages hold half a million words. */
export interface IndexedPassage {
  passage: Passage;
  /** The words' numbers in the vocabulary, in order. */
  ids: Int32Array;
  /** Start and end offset in `passage.text` of each word: `[start0, end0, start1, end1, …]`. */
  offsets: Int32Array;
  /** Its word numbers as a set, built when first needed. */
  bag?: Set<number>;
}

export interface PassageIndex {
  passages: IndexedPassage[];
  /** Folded word → its number. */
  vocabulary: Map<string, number>;
  /** Number → folded word. */
  words: string[];
  /** Bigram (`first * vocabulary.size + second`) → indices of the passages holding it, ascending, each once. */
  bigrams: Map<number, number[]>;
  /** The folded words of a passage's `quote`, joined → the passages quoting exactly those words. */
  quotes: Map<string, number[]>;
  /** Runs of three or more consecutive words of a source's title or short title, joined. */
  titleSpans: Set<string>;
  /** Every passage and source id: the valid citation keys (with cached suggestions). */
  keys: KeyList;
  keySet: ReadonlySet<string>;
}


const cache = new WeakMap<CorpusIndex, PassageIndex>();

/** The matching index of a corpus, built on first use. */
export function passageIndexOf(index: CorpusIndex): PassageIndex {
  let built = cache.get(index);
  if (!built) {
    built = buildPassageIndex(index);
    cache.set(index, built);
  }
  return built;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2019][\p{L}\p{N}\p{M}]+)*/gu;

function buildPassageIndex(index: CorpusIndex): PassageIndex {
  const passages: IndexedPassage[] = [];
  const vocabulary = new Map<string, number>();
  const words: string[] = [];
  const quotes = new Map<string, number[]>();
  const found: number[] = [];
  /** Words as written → their number, so that each spelling is folded once. */
  const asWritten = new Map<string, number>();
  for (const passage of index.corpus.passages) {
    const i = passages.length;
    found.length = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(passage.text); m !== null; m = WORD.exec(passage.text)) {
      let id = asWritten.get(m[0]);
      if (id === undefined) {
        const norm = foldWord(m[0]);
        id = vocabulary.get(norm);
        if (id === undefined) {
          id = words.length;
          vocabulary.set(norm, id);
          words.push(norm);
        }
        asWritten.set(m[0], id);
      }
      found.push(id, m.index, m.index + m[0].length);
    }
    const n = found.length / 3;
    const ids = new Int32Array(n);
    const offsets = new Int32Array(2 * n);
    for (let k = 0; k < n; k++) {
      ids[k] = found[3 * k];
      offsets[2 * k] = found[3 * k + 1];
      offsets[2 * k + 1] = found[3 * k + 2];
    }
    passages.push({ passage, ids, offsets });
    if (passage.quote !== undefined) {
      const key = foldedWords(passage.quote).join(' ');
      const list = quotes.get(key);
      if (list) list.push(i);
      else quotes.set(key, [i]);
    }
  }
  // Bigram keys are small integers once the vocabulary's size is known.
  const size = vocabulary.size;
  const bigrams = new Map<number, number[]>();
  passages.forEach(({ ids: numbers }, i) => {
    for (let k = 1; k < numbers.length; k++) {
      const key = numbers[k - 1] * size + numbers[k];
      const list = bigrams.get(key);
      if (list === undefined) bigrams.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });

  const titleSpans = new Set<string>();
  for (const source of index.corpus.sources) {
    for (const title of [source.title, source['title-short']]) {
      if (title === undefined) continue;
      const words = foldedWords(title);
      for (let a = 0; a < words.length; a++) {
        for (let b = a + 3; b <= words.length; b++) titleSpans.add(words.slice(a, b).join(' '));
      }
    }
  }
  const keys = [...index.corpus.passages.map((p) => p.id), ...index.corpus.sources.map((s) => s.id)];
  return { passages, vocabulary, words, bigrams, quotes, titleSpans, keys: keyList(keys), keySet: new Set(keys) };
}
