/**
 * Completion and hover latency at 10,000 passages (targets: completion list ≤ 5 ms, hover
 * ≤ 2 ms), beside a baseline measured in the same run: plain fuse.js (default options) over
 * the same passages for the completion list. Run: `npm run compile && node out/bench/completionHover.js`.
 */
import Fuse from 'fuse.js';
import { citePassage } from '../src/core/citation';
import { completionCandidates } from '../src/core/completion/completionCandidates';
import { findCitationTrigger } from '../src/core/completion/citationTrigger';
import { citationAt } from '../src/core/hover/citationAt';
import { indexCorpus } from '../src/core/model';
import { createPassageSearch } from '../src/core/search';
import { percentile, prefixes } from './searchMetrics';
import { syntheticCorpus } from './syntheticCorpus';

const QUERIES = ['kosygin patents', 'collectivization', 'hungarian revolution', 'deng xiaoping', 'soviet textbooks', 'pyongyang'];

function measure(run: () => unknown, times: number[]): void {
  const start = process.hrtime.bigint();
  run();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}

function row(name: string, times: number[]): string {
  return `${name.padEnd(34)} median ${percentile(times, 50).toFixed(3).padStart(8)} ms   p95 ${percentile(times, 95).toFixed(3).padStart(8)} ms   n=${times.length}`;
}

function main(): void {
  const corpus = syntheticCorpus({ size: 10_000, seed: 7 });
  const index = indexCorpus(corpus);
  const search = createPassageSearch(index);
  search.prepare?.();
  const essay = (query: string) => `Kosygin was blunt @${query}`;

  const completion: number[] = [];
  // One pass to warm the JIT and the search's caches as a session's first keystrokes would.
  for (const query of QUERIES) for (const prefix of prefixes(query)) completionCandidates(index, search, prefix.slice(0, 2));
  for (const query of QUERIES) {
    for (const prefix of prefixes(query.replace(/ /g, '-'))) {
      const text = essay(prefix);
      measure(() => {
        const trigger = findCitationTrigger(text, text.length, 'markdown');
        if (trigger) completionCandidates(index, search, trigger.query.replace(/-/g, ' '));
      }, completion);
    }
  }

  const passages = corpus.passages.slice(0, 200);
  const hover: number[] = [];
  for (const passage of passages) {
    const text = `As [@${passage.id}, 12] shows.`;
    measure(() => {
      const found = citationAt(text, 8, 'markdown');
      const hit = found?.kind === 'key' ? index.passageById.get(found.key) : undefined;
      if (hit) citePassage(hit, index, { style: 'chicago-notes-bibliography', form: 'note', markup: 'plain' });
    }, hover);
  }

  const fuse = new Fuse(corpus.passages, { keys: ['text'] });
  const baseline: number[] = [];
  for (const query of QUERIES) for (const prefix of prefixes(query, 4)) measure(() => fuse.search(prefix, { limit: 30 }), baseline);

  console.log('Completion and hover, 10,000 passages');
  console.log(row('completion list (Annalist)', completion));
  console.log(row('completion list (plain fuse.js)', baseline));
  console.log(`${'ratio fuse.js / Annalist, p95'.padEnd(34)} ${(percentile(baseline, 95) / percentile(completion, 95)).toFixed(0)}×`);
  console.log(row('hover on a citation key', hover));
  console.log('targets: completion p95 ≤ 5 ms, hover p95 ≤ 2 ms');
}

main();
