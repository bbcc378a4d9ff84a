/**
 * Aligns a quotation's tokens with a passage's words: the quotation must be read in full, the
 * passage may start and end anywhere (quoting part of a passage is fine). An equal word scores
 * -2, a word left out 2, a word added 3 and a changed word 4, so that "should have" against
 * "should not have" reads as "not" left out rather than "should" changed or added; an ellipsis
 * stands for any number of source words at no cost, and a bracketed interpolation for up to
 * INTERP_SPAN of them.
 */
import type { EssayToken } from './essayTokens';

/** How many source words a bracketed interpolation (`[the Soviets]`) may stand for. */
export const INTERP_SPAN = 6;

export type AlignOp =
  | { op: 'equal' | 'sub'; e: number; s: number }
  | { op: 'ins'; e: number }
  | { op: 'del'; s: number }
  | { op: 'gap' | 'interp'; e: number; sFrom: number; sTo: number };

export interface Alignment {
  /** Changed, added and left-out words (each counted once). 0 means the quotation is faithful. */
  cost: number;
  ops: AlignOp[];
  /** Essay words equal to their source word. */
  equal: number;
  /** The longest run of consecutive equal words. */
  longestRun: number;
  /** The source words covered, as word indices `[from, to)`. */
  from: number;
  to: number;
}

const EQUAL_COST = -2;
const DEL_COST = 2;
const INS_COST = 3;
const SUB_COST = 4;
const DIAG = 1;
const EQUAL = 5;
const UP = 2;
const LEFT = 3;
const JUMP = 4;

let costs = new Int32Array(1024);
let moves = new Uint8Array(1024);
let jumps = new Int32Array(1024);

/**
 * The cheapest alignment of `tokens` (at least one word) with a span of the passage words
 * `ids`. `tokenIds` holds each token's word number (-1 when the corpus lacks the word, or the
 * token is no plain word); bracketed words test their pattern against `vocabulary`.
 */
export function align(tokens: readonly EssayToken[], tokenIds: Int32Array, ids: Int32Array, vocabulary: readonly string[]): Alignment {
  const n = tokens.length;
  const m = ids.length;
  const w = m + 1;
  const size = (n + 1) * w;
  if (costs.length < size) {
    costs = new Int32Array(size * 2);
    moves = new Uint8Array(size * 2);
    jumps = new Int32Array(size * 2);
  }
  for (let j = 0; j <= m; j++) costs[j] = 0;
  for (let i = 1; i <= n; i++) {
    const t = tokens[i - 1];
    const row = i * w;
    const prev = row - w;
    if (t.type === 'word') {
      costs[row] = costs[prev] + INS_COST;
      moves[row] = UP;
      const id = tokenIds[i - 1];
      const pattern = t.pattern;
      for (let j = 1; j <= m; j++) {
        const same = pattern ? pattern.test(vocabulary[ids[j - 1]]) : id >= 0 && id === ids[j - 1];
        let best = costs[prev + j - 1] + (same ? EQUAL_COST : SUB_COST);
        let move = DIAG;
        const up = costs[prev + j] + INS_COST;
        if (up < best) {
          best = up;
          move = UP;
        }
        const left = costs[row + j - 1] + DEL_COST;
        if (left < best) {
          best = left;
          move = LEFT;
        }
        costs[row + j] = best;
        moves[row + j] = move === DIAG && same ? EQUAL : move;
      }
    } else if (t.type === 'gap') {
      let min = Infinity;
      let at = 0;
      for (let j = 0; j <= m; j++) {
        if (costs[prev + j] <= min) {
          min = costs[prev + j];
          at = j;
        }
        costs[row + j] = min;
        moves[row + j] = JUMP;
        jumps[row + j] = at;
      }
    } else {
      for (let j = 0; j <= m; j++) {
        let best = Infinity;
        let at = j;
        for (let k = Math.max(0, j - INTERP_SPAN); k <= j; k++) {
          if (costs[prev + k] <= best) {
            best = costs[prev + k];
            at = k;
          }
        }
        costs[row + j] = best;
        moves[row + j] = JUMP;
        jumps[row + j] = at;
        if (j > 0 && costs[row + j - 1] + DEL_COST < best) {
          costs[row + j] = costs[row + j - 1] + DEL_COST;
          moves[row + j] = LEFT;
        }
      }
    }
  }
  let end = 0;
  const last = n * w;
  for (let j = 1; j <= m; j++) if (costs[last + j] < costs[last + end]) end = j;
  return traceBack(tokens, n, w, end);
}

function traceBack(tokens: readonly EssayToken[], n: number, w: number, end: number): Alignment {
  const m = w - 1;
  const ops: AlignOp[] = [];
  let i = n;
  let j = end;
  while (i > 0) {
    const at = i * w + j;
    const move = moves[at];
    if (move === DIAG || move === EQUAL) {
      ops.push({ op: move === EQUAL ? 'equal' : 'sub', e: i - 1, s: j - 1 });
      i--;
      j--;
    } else if (move === UP) {
      ops.push({ op: 'ins', e: i - 1 });
      i--;
    } else if (move === LEFT) {
      ops.push({ op: 'del', s: j - 1 });
      j--;
    } else {
      const from = jumps[at];
      ops.push({ op: tokens[i - 1].type === 'gap' ? 'gap' : 'interp', e: i - 1, sFrom: from, sTo: j });
      i--;
      j = from;
    }
  }
  ops.reverse();
  let from = j;
  let to = end;
  // Words added at either end, where the passage has words, are those words changed.
  let lead = 0;
  while (lead < ops.length && lead < from && ops[lead].op === 'ins') lead++;
  for (let k = 0; k < lead; k++) ops[k] = { op: 'sub', e: (ops[k] as { e: number }).e, s: from - lead + k };
  from -= lead;
  let trail = 0;
  while (trail < ops.length - lead && to + trail < m && ops[ops.length - 1 - trail].op === 'ins') trail++;
  for (let k = 0; k < trail; k++) {
    const at = ops.length - trail + k;
    ops[at] = { op: 'sub', e: (ops[at] as { e: number }).e, s: to + k };
  }
  to += trail;
  let equal = 0;
  let edits = 0;
  let run = 0;
  let longestRun = 0;
  for (const op of ops) {
    if (op.op === 'equal') {
      equal++;
      run++;
      if (run > longestRun) longestRun = run;
    } else if (op.op !== 'gap' && op.op !== 'interp') {
      run = 0;
      edits++;
    }
  }
  return { cost: edits, ops, equal, longestRun, from, to };
}
