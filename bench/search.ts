/**
 * Search benchmark: Annalist's passage search against plain fuse.js (default options) on
 * seeded synthetic corpora of 1k, 10k and 100k passages. Prints, per size: index build time,
 * heap used by the index, per-keystroke median and p95 over every prefix of every query as
 * typed, recall@5 and MRR on the relevance set, and the ratio between the two.
 *
 * Run: npm run bench:search
 * Options (environment): SEARCH_BENCH_SIZES=1000,10000 picks sizes; SEARCH_BENCH_FUSE=0 skips
 * plain fuse.js, for quick runs while tuning.
 */
import Fuse from 'fuse.js';
import { indexCorpus, type Corpus, type Passage } from '../src/core/model';
import { createPassageSearch } from '../src/core/search';
import { nameText } from '../src/core/search/fields';
import { heapUsed, judge, mean, percentile, prefixes, quality, timed } from './searchMetrics';
import { NEEDLES, QUERIES, forbiddenWordSets, type RelevanceQuery } from './searchRelevance';
import { syntheticCorpus } from './syntheticCorpus';

/** Plain fuse.js cannot type every prefix of every query in time at the larger sizes. */
const FUSE_PLAN: Record<number, { stride: number; queries: number }> = {
  1000: { stride: 1, queries: QUERIES.length },
  10000: { stride: 4, queries: QUERIES.length },
  100000: { stride: Infinity, queries: 10 },
};

interface Row {
  engine: string;
  buildMs: number;
  heapMb: number;
  medianMs: number;
  p95Ms: number;
  keystrokes: number;
  recall: number;
  mrr: number;
  queries: number;
  note: string;
}

interface Engine {
  name: string;
  build(corpus: Corpus): (query: string) => Passage[];
}

const ours: Engine = {
  name: 'annalist',
  build(corpus) {
    const search = createPassageSearch(indexCorpus(corpus));
    search.search('kosygin'); // the index is built lazily, on the first search
    return (query) => search.search(query).map((h) => h.passage);
  },
};

const plainFuse: Engine = {
  name: 'fuse.js default',
  build(corpus) {
    const sources = new Map(corpus.sources.map((s) => [s.id, s]));
    const fuse = new Fuse(corpus.passages, {
      keys: [
        'text',
        'people',
        'places',
        'themes',
        { name: 'years', getFn: (p) => p.years.map(String) },
        { name: 'source', getFn: (p) => { const s = sources.get(p.source); return s ? [s.title, ...(s.author ?? []).map(nameText)] : []; } },
      ],
    });
    return (query) => fuse.search(query, { limit: 50 }).map((r) => r.item);
  },
};

function measure(engine: Engine, corpus: Corpus, queries: RelevanceQuery[], stride: number, relevant: Map<string, Set<string>>): Row {
  const before = heapUsed();
  const { ms: buildMs, value: run } = timed(() => engine.build(corpus));
  const heapMb = (heapUsed() - before) / 2 ** 20;
  const times: number[] = [];
  const recalls: number[] = [];
  const ranks: number[] = [];
  const missed: string[] = [];
  for (const q of queries) {
    const typed = stride === Infinity ? [q.query] : prefixes(q.query, stride);
    let last: Passage[] = [];
    for (const prefix of typed) {
      const { ms, value } = timed(() => run(prefix));
      times.push(ms);
      last = value;
    }
    const { recallAt5, reciprocalRank } = quality(last, relevant.get(q.query) as Set<string>);
    recalls.push(recallAt5);
    ranks.push(reciprocalRank);
    if (recallAt5 < 1) missed.push(`${q.query} (${recallAt5.toFixed(2)})`);
  }
  if (engine === ours && missed.length > 0) console.log(`    annalist below recall 1: ${missed.join('; ')}`);
  return {
    engine: engine.name,
    buildMs,
    heapMb,
    medianMs: percentile(times, 50),
    p95Ms: percentile(times, 95),
    keystrokes: times.length,
    recall: mean(recalls),
    mrr: mean(ranks),
    queries: queries.length,
    note: '',
  };
}

function updateCost(corpus: Corpus): number {
  const search = createPassageSearch(indexCorpus(corpus));
  search.search('kosygin');
  const changed = corpus.passages.map((p, i) => (i % Math.floor(corpus.passages.length / 10) === 3 ? { ...p, text: `${p.text} Revised.` } : p));
  const next: Corpus = { ...corpus, passages: [...changed, { ...corpus.passages[0], id: 'added-passage' }] };
  return timed(() => search.update(indexCorpus(next))).ms;
}

function format(rows: Row[], size: number): string {
  const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
  const lines = [
    `| ${size.toLocaleString('en')} passages | build ms | heap MB | median ms/key | p95 ms/key | keystrokes | recall@5 | MRR | queries |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(`| ${r.engine}${r.note} | ${f(r.buildMs, 0)} | ${f(r.heapMb)} | ${f(r.medianMs, 2)} | ${f(r.p95Ms, 2)} | ${r.keystrokes} | ${f(r.recall, 3)} | ${f(r.mrr, 3)} | ${r.queries} |`);
  }
  return lines.join('\n');
}

function main(): void {
  const sizes = (process.env.SEARCH_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
  const started = performance.now();
  console.log(`Search benchmark: ${QUERIES.length} queries, every prefix as typed; node ${process.version}`);
  for (const size of sizes) {
    const { ms: genMs, value: corpus } = timed(() => syntheticCorpus({ size, needles: NEEDLES, forbidden: forbiddenWordSets() }));
    const relevant = judge(corpus, QUERIES);
    console.log(`\n${size} passages (generated in ${genMs.toFixed(0)} ms)`);
    const mine = measure(ours, corpus, QUERIES, 1, relevant);
    if (process.env.SEARCH_BENCH_FUSE === '0') {
      console.log(format([mine], size));
      continue;
    }
    const plan = FUSE_PLAN[size] ?? { stride: Infinity, queries: 10 };
    const sample = plan.queries >= QUERIES.length ? QUERIES : QUERIES.filter((_, i) => i % Math.ceil(QUERIES.length / plan.queries) === 0);
    const theirs = measure(plainFuse, corpus, sample, plan.stride, relevant);
    const rows = [mine, theirs];
    if (sample.length < QUERIES.length || plan.stride > 1) {
      theirs.note = plan.stride === Infinity ? ' (full queries only, sampled)' : ` (every ${plan.stride}th prefix)`;
    }
    if (sample.length < QUERIES.length) {
      const mineOnSample = measure(ours, corpus, sample, 1, relevant);
      mineOnSample.engine = 'annalist, same sample';
      rows.splice(1, 0, mineOnSample);
    }
    const ratio: Row = {
      engine: 'ratio fuse.js / annalist',
      buildMs: theirs.buildMs / mine.buildMs,
      heapMb: theirs.heapMb / mine.heapMb,
      medianMs: theirs.medianMs / mine.medianMs,
      p95Ms: theirs.p95Ms / mine.p95Ms,
      keystrokes: 0,
      recall: theirs.recall / rows[rows.length - 2].recall,
      mrr: theirs.mrr / rows[rows.length - 2].mrr,
      queries: 0,
      note: '',
    };
    rows.push(ratio);
    console.log(format(rows, size));
    console.log(`  update with ${Math.ceil(size / Math.floor(size / 10))} changed and 1 added passage: ${updateCost(corpus).toFixed(1)} ms`);
  }
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main();
