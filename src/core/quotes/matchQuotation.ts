/**
 * Matching a quotation against every passage of the corpus.
 *
 * Candidates come from the passages sharing the quotation's rarest word bigrams; the best few
 * are aligned word by word (`align`). Whether a quoted span counts as a quotation *of a
 * passage* is decided here, and documented in README.md here:
 * - it must have at least MIN_WORDS words, MIN_CONTENT_WORDS of them not function words
 *   ("necessitated an inordinate dependency" counts; "the ways of the world" does not);
 * - if its words agree with the passage (ellipses, brackets and [sic] allowed), it is a
 *   faithful quotation; otherwise it is a misquotation only when the passage still plainly is
 *   its source: at least half its words equal and in order, a run of three equal words, and
 *   three quarters of its words found in the passage;
 * - a shorter span that equals a passage's whole `quote` ("a living hell") is `cited-only`:
 *   it is checked against the citation that follows it, and is otherwise a common phrase;
 * - a span of a source's title ("You Have No Political Line of Your Own") is a title, not a
 *   quotation.
 */
import { align, type AlignOp, type Alignment } from './align';
import type { EssayToken, WordToken } from './essayTokens';
import type { IndexedPassage, PassageIndex } from './passageIndex';
import { contentWordCount } from './words';

export const MIN_WORDS = 4;
export const MIN_CONTENT_WORDS = 3;
/** Candidate passages aligned word by word, best bigram overlap first. */
const ALIGNED_CANDIDATES = 4;
/** Bigrams looked up per quotation, rarest first: at most 12, and past 2 only while their postings stay under 1,500. */
const PROBE_BIGRAMS = 12;
const MIN_PROBES = 2;
const MAX_POSTINGS = 1500;
const MAX_ALTERNATIVES = 50;

/** A match in token indices, independent of where the quotation stands: cached by token key. */
export interface TokenMatch {
  passage: IndexedPassage;
  alternatives: IndexedPassage[];
  alignment: Alignment;
  strength: 'quotation' | 'cited-only';
}

interface Scratch {
  counts: Int32Array;
  touched: Int32Array;
}
const scratch = new WeakMap<PassageIndex, Scratch>();

/** The passage a quotation's tokens quote, or undefined when they are not a quotation of one. */
export function matchTokens(tokens: readonly EssayToken[], index: PassageIndex): TokenMatch | undefined {
  const words = tokens.filter((t): t is WordToken => t.type === 'word');
  if (words.length < 2 || words.length > matchableWords(index)) return undefined;
  const norms = words.map((w) => w.norm);
  const simple = words.every((w) => !w.pattern) && tokens.every((t) => t.type !== 'interp');
  const contiguous = simple && tokens.every((t) => t.type === 'word');
  if (contiguous && index.titleSpans.has(norms.join(' '))) return undefined;

  const long = words.length >= MIN_WORDS && contentWordCount(norms) >= MIN_CONTENT_WORDS;
  const tokenIds = new Int32Array(tokens.length);
  tokens.forEach((t, k) => (tokenIds[k] = t.type === 'word' && !t.pattern ? index.vocabulary.get(t.norm) ?? -1 : -1));
  const alignWith = (p: IndexedPassage) => align(tokens, tokenIds, p.ids, index.words);
  if (!long) {
    const quoting = contiguous ? index.quotes.get(norms.join(' ')) : undefined;
    if (!quoting) return undefined;
    const [first, ...rest] = quoting.map((i) => index.passages[i]);
    const alignment = alignWith(first);
    if (alignment.cost !== 0) return undefined;
    return { passage: first, alternatives: rest.slice(0, MAX_ALTERNATIVES), alignment, strength: 'cited-only' };
  }

  const found = candidatePassages(tokenIds, index);
  if (!found) return undefined;
  let best: { p: IndexedPassage; a: Alignment } | undefined;
  const aligned: { p: IndexedPassage; a: Alignment }[] = [];
  for (const c of found.top) {
    const p = index.passages[c];
    const a = alignWith(p);
    aligned.push({ p, a });
    if (!best || a.cost < best.a.cost || (a.cost === best.a.cost && a.equal > best.a.equal)) best = { p, a };
    // A faithful match cannot be beaten; passages with the same words are found below.
    if (a.cost === 0 && simple) break;
  }
  if (!best) return undefined;
  const { p, a } = best;
  if (a.cost > 0 && !plainlyQuotes(tokens, index, a, p)) return undefined;

  let alternatives: IndexedPassage[];
  if (a.cost === 0 && simple) {
    // Every passage holding the same words has all of the quotation's bigrams.
    const segments = segmentsOf(tokenIds, tokens);
    alternatives = [];
    for (const c of found.full) {
      const q = index.passages[c];
      if (q !== p && containsInOrder(q.ids, segments)) alternatives.push(q);
      if (alternatives.length >= MAX_ALTERNATIVES) break;
    }
  } else {
    alternatives = aligned.filter((x) => x.p !== p && x.a.cost === a.cost && x.a.equal === a.equal).map((x) => x.p);
  }
  return { passage: p, alternatives, alignment: hiddenNegations(a, p, index), strength: 'quotation' };
}

const longest = new WeakMap<PassageIndex, number>();

/**
 * Twice the most words a passage has. A quotation with more words is no passage's:
 * a faithful one has at most the passage's words, a misquotation at least half its words
 * equal to the passage's. Knowing it spares aligning a quoted page (or a hostile megabyte).
 */
export function matchableWords(index: PassageIndex): number {
  let n = longest.get(index);
  if (n === undefined) {
    n = 0;
    for (const p of index.passages) n = Math.max(n, 2 * p.ids.length);
    longest.set(index, n);
  }
  return n;
}

/** Words that turn a statement around: an ellipsis may not leave them out. */
const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'neither', 'none', 'nothing', 'nobody', 'cannot', 'without']);
/** An ellipsis over more words than this leaves out a passage, not a word. */
const SHORT_OMISSION = 3;

/**
 * An ellipsis inside the quotation that leaves out only a few words, a negation among them
 * ("should … have ignored" for "should not have ignored"), changes the meaning: it is read as
 * those words replaced by the ellipsis.
 */
function hiddenNegations(a: Alignment, p: IndexedPassage, index: PassageIndex): Alignment {
  const negates = (s: number) => {
    const w = index.words[p.ids[s]];
    return NEGATIONS.has(w) || w.endsWith("n't");
  };
  let changed = 0;
  const ops: AlignOp[] = [];
  for (const op of a.ops) {
    if (op.op === 'gap' && op.sTo > op.sFrom && op.sTo - op.sFrom <= SHORT_OMISSION) {
      let hit = false;
      for (let s = op.sFrom; s < op.sTo; s++) if (negates(s)) hit = true;
      if (hit) {
        ops.push({ op: 'ins', e: op.e });
        for (let s = op.sFrom; s < op.sTo; s++) ops.push({ op: 'del', s });
        changed++;
        continue;
      }
    }
    ops.push(op);
  }
  return changed === 0 ? a : { ...a, ops, cost: a.cost + changed };
}

/** A changed quotation still plainly comes from the passage. */
function plainlyQuotes(tokens: readonly EssayToken[], index: PassageIndex, a: Alignment, p: IndexedPassage): boolean {
  let words = 0;
  let found = 0;
  const bag = (p.bag ??= new Set(p.ids));
  for (const t of tokens) {
    if (t.type !== 'word') continue;
    words++;
    if (bag.has(index.vocabulary.get(t.norm) ?? -1)) found++;
  }
  if (a.equal < MIN_CONTENT_WORDS || a.longestRun < 3 || a.equal * 2 < words) return false;
  return found * 4 >= words * 3;
}

/**
 * Passages sharing the quotation's rarest bigrams: the few sharing the most (`top`, to align),
 * and all that share every bigram looked up (`full`, which may hold the same words).
 */
function candidatePassages(tokenIds: Int32Array, index: PassageIndex): { top: number[]; full: number[] } | undefined {
  const lists: number[][] = [];
  const size = index.vocabulary.size;
  const seen = new Set<number>();
  let previous = -1;
  for (const id of tokenIds) {
    if (previous >= 0 && id >= 0) {
      const key = previous * size + id;
      const list = seen.has(key) ? undefined : index.bigrams.get(key);
      seen.add(key);
      if (list) lists.push(list);
    }
    previous = id;
  }
  if (lists.length === 0) return undefined;
  lists.sort((x, y) => x.length - y.length);
  // The rarest bigrams, stopping early once they already name enough passages.
  let take = 0;
  let postings = 0;
  while (take < lists.length && take < PROBE_BIGRAMS && (take < MIN_PROBES || postings + lists[take].length <= MAX_POSTINGS)) postings += lists[take++].length;
  const probes = lists.slice(0, take);
  let s = scratch.get(index);
  if (!s) {
    s = { counts: new Int32Array(index.passages.length), touched: new Int32Array(index.passages.length) };
    scratch.set(index, s);
  }
  const { counts, touched } = s;
  let n = 0;
  for (const list of probes) {
    for (let k = 0; k < list.length; k++) {
      const i = list[k];
      if (counts[i]++ === 0) touched[n++] = i;
    }
  }
  let most = 0;
  for (let k = 0; k < n; k++) if (counts[touched[k]] > most) most = counts[touched[k]];
  // A passage worth aligning shares at least half as many bigrams as the best one.
  const need = Math.max(1, Math.ceil(most / 2));
  const top: number[] = [];
  const full: number[] = [];
  for (let k = 0; k < n; k++) {
    const i = touched[k];
    const c = counts[i];
    if (c === probes.length) full.push(i);
    if (c >= need) insertTop(top, i, counts);
  }
  for (let k = 0; k < n; k++) counts[touched[k]] = 0;
  return { top, full };
}

/** Keeps `top` as the ALIGNED_CANDIDATES passages with the most hits, most first. */
function insertTop(top: number[], i: number, counts: Int32Array): void {
  const c = counts[i];
  if (top.length === ALIGNED_CANDIDATES && counts[top[top.length - 1]] >= c) return;
  let k = top.length;
  while (k > 0 && counts[top[k - 1]] < c) k--;
  top.splice(k, 0, i);
  if (top.length > ALIGNED_CANDIDATES) top.length = ALIGNED_CANDIDATES;
}

/** The runs of word numbers between ellipses (a word the corpus lacks is -1, found nowhere). */
function segmentsOf(tokenIds: Int32Array, tokens: readonly EssayToken[]): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  tokens.forEach((t, k) => {
    if (t.type === 'word') run.push(tokenIds[k]);
    else if (run.length > 0) {
      out.push(run);
      run = [];
    }
  });
  if (run.length > 0) out.push(run);
  return out;
}

/** Whether `ids` holds each run, in order. */
function containsInOrder(ids: Int32Array, segments: readonly number[][]): boolean {
  let at = 0;
  for (const seg of segments) {
    let found = -1;
    for (let i = at; i + seg.length <= ids.length && found < 0; i++) {
      let k = 0;
      while (k < seg.length && ids[i + k] === seg[k]) k++;
      if (k === seg.length) found = i;
    }
    if (found < 0) return false;
    at = found + seg.length;
  }
  return true;
}
