/**
 * How long a 10 MB corpus file takes to load, and how long the loader holds the thread at
 * most: the editor reads files in steps and lets other work run between them, so the longest
 * step is what a person could notice. Runs in plain node on the same code the extension uses;
 * the in-host figure comes from test/host/workspaceCorpusLoad.test.ts.
 *
 * Usage: npm run compile && node out/bench/corpusLoad.js [MB]
 */
import { stringify } from 'yaml';
import { mergeCorpusSteps, parseCorpusFileSteps } from '../src/core/corpus';
import type { Corpus } from '../src/core/model';
import { syntheticCorpus } from './syntheticCorpus';

/** The text of a valid corpus of at least `bytes` in a format, and its number of passages. */
function corpusOfSize(bytes: number, write: (corpus: Corpus) => string): { text: string; passages: number } {
  for (let size = 10_000; ; size += 1_000) {
    const corpus = syntheticCorpus({ size, seed: 1961 });
    const clean: Corpus = { ...corpus, passages: corpus.passages.map((p) => ({ ...p, themes: [...new Set(p.themes)] })) };
    const text = write(clean);
    // Decoded from bytes, as the editor reads a file: one flat string. (The writers' output is
    // a rope that V8 flattens on first read, a 100 ms cost no file from disk has.)
    if (text.length >= bytes) return { text: new TextDecoder().decode(new TextEncoder().encode(text)), passages: size };
  }
}

interface Measure {
  totalMs: number;
  longestStepMs: number;
  steps: number;
}

function run<T>(steps: Generator<undefined, T, void>): { value: T; measure: Measure } {
  const started = performance.now();
  let longest = 0;
  let count = 0;
  for (;;) {
    const stepStart = performance.now();
    const step = steps.next();
    longest = Math.max(longest, performance.now() - stepStart);
    count++;
    if (step.done) return { value: step.value, measure: { totalMs: performance.now() - started, longestStepMs: longest, steps: count } };
  }
}

function bench(label: string, path: string, text: string): void {
  const parsed = run(parseCorpusFileSteps({ path, text }));
  const merged = run(mergeCorpusSteps([parsed.value]));
  const { passages } = merged.value.corpus;
  console.log(
    `${label}: ${(text.length / 1048576).toFixed(1)} MB, ${passages.length} passages, ${merged.value.problems.length} problems; ` +
      `parse ${parsed.measure.totalMs.toFixed(0)} ms in ${parsed.measure.steps} steps (longest ${parsed.measure.longestStepMs.toFixed(1)} ms), ` +
      `merge ${merged.measure.totalMs.toFixed(0)} ms (longest ${merged.measure.longestStepMs.toFixed(1)} ms)`,
  );
}

const megabytes = Number(process.argv[2] ?? 10);
const json = corpusOfSize(megabytes * 1048576, (c) => JSON.stringify(c, null, 2)).text;
const yaml = corpusOfSize(megabytes * 1048576, (c) => stringify(c, { aliasDuplicateObjects: false, lineWidth: 0 })).text;
// The first run compiles the schema validators and warms the JIT; the second is the figure.
const small = syntheticCorpus({ size: 300, seed: 5 });
bench('warm-up, JSON', 'small.annalist.json', JSON.stringify({ ...small, passages: small.passages.map((p) => ({ ...p, themes: [...new Set(p.themes)] })) }));
bench(`${megabytes} MB corpus, JSON`, 'big.annalist.json', json);
bench(`${megabytes} MB corpus, YAML`, 'big.annalist.yaml', yaml);
