/**
 * Quotation-check benchmark: a 20,000-word Markdown essay with 200 quotations (faithful,
 * partial with ellipses, misquoted, unattributed, footnoted, scare quotes), checked against the
 * bundled corpus and a 10k-passage synthetic corpus. Prints, per corpus: the matching index's
 * build time, the full check time (a fresh checker) median and p95, and the re-check time
 * after a one-character edit (a warm checker) median and p95.
 *
 * Wall-clock times suffer when other processes share the CPU; the CPU times and the minimum
 * show the checker's own cost.
 *
 * Run: npx tsc -p . && node out/bench/quoteCheck.js
 * Options (environment): QUOTE_BENCH_RUNS (default 30), QUOTE_BENCH_SIZE (synthetic passages, default 10000).
 */
import { readBundledCorpus } from '../src/cli/readBundledCorpus';
import { indexCorpus, type CorpusIndex, type Passage } from '../src/core/model';
import { DocumentQuoteChecker, prepareCorpus } from '../src/core/quotes';
import { ADJECTIVES, NOUNS, VERBS } from './searchCorpusBanks';
import { random, syntheticCorpus } from './syntheticCorpus';

const RUNS = Number(process.env.QUOTE_BENCH_RUNS ?? 30);
const SIZE = Number(process.env.QUOTE_BENCH_SIZE ?? 10000);
const WORDS = 20000;
const QUOTES = 200;

const FUNCTION = ['the', 'of', 'and', 'in', 'to', 'a', 'that', 'with', 'for', 'as', 'by', 'its', 'was', 'which'];

interface Essay {
  text: string;
  words: number;
  quotations: number;
}

/** A seeded essay: paragraphs of prose, each with one quotation of a passage (or a scare quote). */
export function essay(index: CorpusIndex, seed = 1953): Essay {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const passages = index.corpus.passages.filter((p) => p.text.split(/\s+/).length >= 8);
  const prose = (n: number) => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(rnd() < 0.45 ? pick(FUNCTION) : pick([...NOUNS, ...VERBS, ...ADJECTIVES]));
    out[0] = out[0][0].toUpperCase() + out[0].slice(1);
    return `${out.join(' ')}.`;
  };
  const paragraphs: string[] = [];
  const notes: string[] = [];
  let words = 0;
  for (let i = 0; i < QUOTES; i++) {
    const p = pick(passages);
    const quote = quoted(p, rnd, i);
    const cite = citation(p, i, notes);
    const before = prose(30 + Math.floor(rnd() * 20));
    const after = prose(30 + Math.floor(rnd() * 20));
    const para = `${before} In section ${i + 1} the source says \u201c${quote}\u201d${cite} ${after}`;
    words += para.split(/\s+/).length;
    paragraphs.push(para);
  }
  while (words < WORDS) {
    const para = prose(60);
    words += 60;
    paragraphs.splice(Math.floor(rnd() * paragraphs.length), 0, para);
  }
  return { text: `# Essay\n\n${paragraphs.join('\n\n')}\n\n${notes.join('\n')}\n`, words, quotations: QUOTES };
}

/** A span of the passage, sometimes shortened with an ellipsis or with one word changed. */
function quoted(p: Passage, rnd: () => number, i: number): string {
  const words = p.text.replace(/["\u201c\u201d]/g, '').split(/\s+/);
  const len = Math.min(words.length, 6 + Math.floor(rnd() * 14));
  const start = Math.floor(rnd() * (words.length - len + 1));
  const span = words.slice(start, start + len);
  switch (i % 5) {
    case 1:
      if (span.length > 8) span.splice(3, 2, '\u2026');
      break;
    case 2:
      span[Math.floor(span.length / 2)] = 'altered';
      break;
    case 3:
      return 'the ways of the world';
  }
  return span.join(' ');
}

function citation(p: Passage, i: number, notes: string[]): string {
  switch (i % 4) {
    case 0:
      return ` [@${p.source}]`;
    case 1:
      notes.push(`[^${i}]: See ${p.id}, ${1 + (i % 40)}.`);
      return `[^${i}]`;
    case 2:
      return '';
    default:
      return ` [@${p.id}x]`;
  }
}

function flat(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)];
}

/** Wall-clock and CPU time of `f`, in milliseconds (CPU time is less disturbed by other processes). */
function timed<T>(f: () => T): { value: T; wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const t = performance.now();
  const value = f();
  const wall = performance.now() - t;
  const cpu = process.cpuUsage(cpu0);
  return { value, wall, cpu: (cpu.user + cpu.system) / 1000 };
}

function run(name: string, index: CorpusIndex): void {
  const build = timed(() => prepareCorpus(index));
  const e = essay(index);
  const first = timed(() => new DocumentQuoteChecker(index, 'markdown').update(e.text));
  const full: number[] = [];
  const fullCpu: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t = timed(() => new DocumentQuoteChecker(index, 'markdown').update(e.text));
    full.push(t.wall);
    fullCpu.push(t.cpu);
  }
  const checker = new DocumentQuoteChecker(index, 'markdown');
  checker.update(e.text);
  const rnd = random(7);
  const incremental: number[] = [];
  const incrementalCpu: number[] = [];
  let text = e.text;
  let analyzed = 0;
  for (let r = 0; r < RUNS * 10; r++) {
    const at = Math.floor(rnd() * text.length);
    const inserting = r % 2 === 0;
    const change = inserting ? { start: at, end: at, text: 'x' } : { start: at, end: at + 1, text: '' };
    // A flat string, as the editor's getText() gives (a concatenation would be flattened inside the timing).
    text = flat(text.slice(0, change.start) + change.text + text.slice(change.end));
    const t = timed(() => checker.update(text, change));
    incremental.push(t.wall);
    incrementalCpu.push(t.cpu);
    analyzed += checker.stats.analyzed;
  }
  const ms = (x: number) => `${x.toFixed(2)} ms`;
  const row = (wall: number[], cpu: number[]) =>
    `median ${ms(median(wall))}  p95 ${ms(p95(wall))}  min ${ms(Math.min(...wall))}  (CPU median ${ms(median(cpu))}  p95 ${ms(p95(cpu))})`;
  console.log(`${name}: ${index.corpus.passages.length} passages; essay of ${e.words} words, ${e.quotations} quotations, ${first.value.length} findings`);
  console.log(`  matching index build         ${ms(build.wall)}  (CPU ${ms(build.cpu)}), once per corpus`);
  console.log(`  first check (cold JIT)       ${ms(first.wall)}  (CPU ${ms(first.cpu)})`);
  console.log(`  full check, fresh checker    ${row(full, fullCpu)}  over ${RUNS} runs`);
  console.log(`  re-check after 1-char edit   ${row(incremental, incrementalCpu)}  over ${incremental.length} edits, ${(analyzed / incremental.length).toFixed(2)} paragraphs re-analysed per edit`);
}

function main(): void {
  const bundled = readBundledCorpus();
  run('bundled corpus', indexCorpus(bundled.corpus));
  run(`synthetic corpus`, indexCorpus(syntheticCorpus({ size: SIZE })));
}

if (require.main === module) main();
