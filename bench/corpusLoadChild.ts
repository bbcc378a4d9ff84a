/**
 * One measurement of bench/corpusLoad.ts, in a fresh process so that no other load's garbage or
 * compiled code is counted: reads a corpus file, loads it in the steps the editor runs, and
 * prints as JSON the time, the longest step and the peak memory. Run with --expose-gc.
 *
 * Usage: node --expose-gc out/bench/corpusLoadChild.js FILE
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mergeCorpusSteps, parseCorpusFile, parseCorpusFileSteps } from '../src/core/corpus';
import { syntheticCorpus } from './syntheticCorpus';

/** What the parent prints for one file. */
export interface LoadFigures {
  passages: number;
  problems: number;
  totalMs: number;
  /** Processor time of the load (user and system), which other processes on the machine do not inflate. */
  cpuMs: number;
  longestStepMs: number;
  steps: number;
  /** Resident memory of the whole process before reading the file, and at its highest during the load. */
  baseRssMb: number;
  peakRssMb: number;
  /** Growth of the JavaScript heap over the text alone, at its highest during the load. */
  peakHeapGrowthMb: number;
}

const MB = 1024 * 1024;
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function measure(file: string): LoadFigures {
  // The editor compiles the schema validators when it loads the bundled corpus: so does this warm-up.
  const small = syntheticCorpus({ size: 50, seed: 5 });
  parseCorpusFile({ path: 'warm.annalist.json', text: JSON.stringify({ ...small, passages: small.passages.map((p) => ({ ...p, themes: [...new Set(p.themes)] })) }) });
  collect();
  const baseRss = process.memoryUsage.rss();
  // Decoded from bytes, as the editor reads a file: one flat string.
  const text = new TextDecoder().decode(fs.readFileSync(file));
  collect();
  const baseHeap = process.memoryUsage().heapUsed;
  let peakRss = process.memoryUsage.rss();
  let peakHeap = baseHeap;
  let longest = 0;
  let steps = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const run = <T>(work: Generator<undefined, T, void>): T => {
    for (;;) {
      const stepStart = performance.now();
      const step = work.next();
      longest = Math.max(longest, performance.now() - stepStart);
      if (++steps % 16 === 0) {
        peakRss = Math.max(peakRss, process.memoryUsage.rss());
        peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      }
      if (step.done) return step.value;
    }
  };
  const parsed = run(parseCorpusFileSteps({ path: path.basename(file), text }));
  const merged = run(mergeCorpusSteps([parsed]));
  const totalMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  return {
    passages: merged.corpus.passages.length,
    problems: merged.problems.length,
    totalMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    longestStepMs: longest,
    steps,
    baseRssMb: baseRss / MB,
    peakRssMb: peakRss / MB,
    peakHeapGrowthMb: (peakHeap - baseHeap) / MB,
  };
}

process.stdout.write(`${JSON.stringify(measure(process.argv[2]))}\n`);
