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
/** Typed first, as a session's first keystrokes would be: they warm the JIT, not the measured queries' terms. */
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

function main(): void {
  const corpus = syntheticCorpus({ size: 10_000, seed: 7 });
  const index = indexCorpus(corpus);
  const search = createPassageSearch(index);
  search.prepare?.();
  const essay = (query: string) => `Kosygin was blunt @${query}`;

  const completion: number[] = [];
  for (const query of WARM_UP) for (const prefix of prefixes(query)) completionCandidates(index, search, prefix);
  for (const query of QUERIES) {
    for (const prefix of prefixes(query.replace(/ /g, '-'))) {
      const text = essay(prefix);
      measure(() => {
        const trigger = findCitationTrigger(text, text.length, 'markdown');
        if (trigger) completionCandidates(index, search, trigger.query.replace(/-/g, ' '));
      }, completion);
    }
  }

  const withEdits: number[] = [];
  const long = footnotedEssay();
  const at = long.indexOf('[^20]');
  for (const query of QUERIES) {
    for (const prefix of prefixes(query.replace(/ /g, '-'))) {
      const typed = ` [@${prefix}`;
      const text = long.slice(0, at) + typed + long.slice(at);
      measure(() => {
        const trigger = findCitationTrigger(text, at + typed.length, 'markdown');
        if (!trigger) return;
        // As src/editor/citationCompletions.ts does: the text without the trigger once, then each item.
        const { without, replace } = withoutTrigger({ text, eol: '\n' }, trigger.replaceStart, trigger.replaceEnd);
        for (const candidate of completionCandidates(index, search, trigger.query.replace(/-/g, ' '))) {
          if (candidate.kind !== 'passage') continue;
          replace(planCitation(without, 'markdown', trigger.replaceStart, { passage: candidate.passage }, index, DEFAULT_CITATION_SETTINGS));
        }
      }, withEdits);
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
  console.log(row('  with every item\u2019s edits', withEdits));
  console.log(row('completion list (plain fuse.js)', baseline));
  console.log(`${'ratio fuse.js / Annalist, p95'.padEnd(34)} ${(percentile(baseline, 95) / percentile(completion, 95)).toFixed(0)}×`);
  console.log(row('hover on a citation key', hover));
  console.log('targets: completion p95 ≤ 5 ms, hover p95 ≤ 2 ms');
}

main();
