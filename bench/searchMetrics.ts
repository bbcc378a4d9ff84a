/** Measurement helpers of the search benchmark: timing, heap, percentiles, recall and MRR. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Corpus, Passage } from '../src/core/model';
import type { RelevanceQuery } from './searchRelevance';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/**
 * Memory in use after a full garbage collection, in bytes: the JS heap plus array buffers,
 * where typed arrays keep their contents.
 */
export function heapUsed(): number {
  collect();
  collect();
  const { heapUsed: heap, arrayBuffers } = process.memoryUsage();
  return heap + arrayBuffers;
}

/** CPU milliseconds (user and system) since `since`. */
export function cpuSince(since: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
}

/** Milliseconds `run` took, and what it returned. */
export function timed<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Every prefix of a query as it is typed, the full query last; `stride` keeps every n-th. */
export function prefixes(query: string, stride = 1): string[] {
  const out: string[] = [];
  for (let n = stride; n < query.length; n += stride) out.push(query.slice(0, n));
  out.push(query);
  return out;
}

export interface Quality {
  recallAt5: number;
  reciprocalRank: number;
}

/**
 * recall@5: the share of the top five that could be relevant which are (all relevant
 * passages when fewer than five exist). Reciprocal rank: 1 / rank of the first relevant hit
 * in the ranked list, 0 when none is.
 */
export function quality(ranked: Passage[], relevantIds: ReadonlySet<string>): Quality {
  const top5 = ranked.slice(0, 5).filter((p) => relevantIds.has(p.id)).length;
  const first = ranked.findIndex((p) => relevantIds.has(p.id));
  return {
    recallAt5: relevantIds.size === 0 ? 1 : top5 / Math.min(5, relevantIds.size),
    reciprocalRank: first < 0 ? 0 : 1 / (first + 1),
  };
}

/** The ids of the passages that answer each query in a corpus. */
export function judge(corpus: Corpus, queries: RelevanceQuery[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const q of queries) {
    out.set(q.query, new Set(corpus.passages.filter((p) => q.relevant(p, corpus)).map((p) => p.id)));
  }
  return out;
}

export function mean(values: number[]): number {
  return values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length;
}
