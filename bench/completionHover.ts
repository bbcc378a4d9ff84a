/**
 * Completion and hover latency at 10,000 passages (targets: completion list ≤ 5 ms, hover
 * ≤ 2 ms), beside a baseline measured in the same run: plain fuse.js (default options) over
 * the same passages for the completion list. The list is measured twice: the candidates
 * alone, and the candidates with every item's edits planned as the editor does — a Chicago
 * footnote, full or short by the notes before it, in an 8,000-word essay with 40 footnotes.
 * Run: `npm run compile && node out/bench/completionHover.js`.
 */
import Fuse from 'fuse.js';
import { citePassage } from '../src/core/citation';
import { DEFAULT_CITATION_SETTINGS } from '../src/core/cite/citationSettings';
import { planCitation, withoutTrigger } from '../src/core/cite/planCitation';
import { completionCandidates } from '../src/core/completion/completionCandidates';
import { findCitationTrigger } from '../src/core/completion/citationTrigger';
import { citationAt } from '../src/core/hover/citationAt';
import { indexCorpus } from '../src/core/model';
import { createPassageSearch } from '../src/core/search';
import { percentile, prefixes } from './searchMetrics';
import { syntheticCorpus } from './syntheticCorpus';

const QUERIES = ['kosygin patents', 'collectivization', 'hungarian revolution', 'deng xiaoping', 'soviet textbooks', 'pyongyang'];
/**
 * Typed first, five times over, as a session's first minutes would be: they let V8 finish
 * optimising the search and planning code (on two cores its compiler otherwise competes with
 * the measured keystrokes), without caching the measured queries' terms.
 */
const WARM_UP = ['kim il sung', 'moscow advisers', 'trade debts', 'khrushchev visit', 'chinese volunteers', 'purges'];

function measure(run: () => unknown, times: number[]): void {
  const start = process.hrtime.bigint();
  run();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}

function row(name: string, times: number[]): string {
  return `${name.padEnd(34)} median ${percentile(times, 50).toFixed(3).padStart(8)} ms   p95 ${percentile(times, 95).toFixed(3).padStart(8)} ms   n=${times.length}`;
}

/** An essay of 40 paragraphs, each ending in a footnote, and the 40 definitions. */
function footnotedEssay(): string {
  const paragraph = 'The Soviet advisers and the North Korean leadership disagreed about many things in those years. '.repeat(14);
  const notes = Array.from({ length: 40 }, (_, i) => i + 1);
  return notes.map((n) => `${paragraph}[^${n}]\n\n`).join('') + notes.map((n) => `[^${n}]: A note of the essay, number ${n}.\n`).join('');
}

/** Every prefix of the queries, typed as a person types them (spaces as hyphens, read back as spaces). */
function typeAll(queries: readonly string[], keystroke: (prefix: string) => void): void {
  for (const query of queries) for (const prefix of prefixes(query.replace(/ /g, '-'))) keystroke(prefix);
}

function main(): void {
  const corpus = syntheticCorpus({ size: 10_000, seed: 7 });
  const index = indexCorpus(corpus);

  // Each row gets its own search, so neither finds the other's queries cached.
  const search = createPassageSearch(index);
  search.prepare?.();
  const list = (prefix: string) => {
    const text = `Kosygin was blunt @${prefix}`;
    const trigger = findCitationTrigger(text, text.length, 'markdown');
    if (trigger) completionCandidates(index, search, trigger.query.replace(/-/g, ' '));
  };
  for (let round = 0; round < 5; round++) typeAll(WARM_UP, list);
  const completion: number[] = [];
  typeAll(QUERIES, (prefix) => measure(() => list(prefix), completion));

  const searchWithEdits = createPassageSearch(index);
  searchWithEdits.prepare?.();
  const long = footnotedEssay();
  const at = long.indexOf('[^20]');
  const listWithEdits = (prefix: string) => {
    const typed = ` [@${prefix}`;
    const text = long.slice(0, at) + typed + long.slice(at);
    const trigger = findCitationTrigger(text, at + typed.length, 'markdown');
    if (!trigger) return;
    // As src/editor/citationCompletions.ts does: the text without the trigger once, then each item.
    const { without, replace } = withoutTrigger({ text, eol: '\n' }, trigger.replaceStart, trigger.replaceEnd);
    for (const candidate of completionCandidates(index, searchWithEdits, trigger.query.replace(/-/g, ' '))) {
      if (candidate.kind !== 'passage') continue;
      replace(planCitation(without, 'markdown', trigger.replaceStart, { passage: candidate.passage }, index, DEFAULT_CITATION_SETTINGS));
    }
  };
  for (let round = 0; round < 5; round++) typeAll(WARM_UP, listWithEdits);
  const withEdits: number[] = [];
  typeAll(QUERIES, (prefix) => measure(() => listWithEdits(prefix), withEdits));

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
  console.log(row('  with every item\u2019s edits', withEdits));
  console.log(row('completion list (plain fuse.js)', baseline));
  console.log(`${'ratio fuse.js / Annalist, p95'.padEnd(34)} ${(percentile(baseline, 95) / percentile(completion, 95)).toFixed(0)}×`);
  console.log(row('hover on a citation key', hover));
  console.log('targets: completion p95 ≤ 5 ms, hover p95 ≤ 2 ms');
}

main();
