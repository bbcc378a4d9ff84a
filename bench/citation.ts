/**
 * Citation benchmark: Annalist's engine against citeproc-js in the same run.
 * Prints the first citation in a cold process for every style (time from loading the engine
 * as it ships: bundled and minified by esbuild, as in dist/), then citations per second, and the
 * same for citeproc-js with the official style (building the processor included in its first
 * citation), with the ratios.
 *
 * Run: npx tsc -p . && node out/bench/citation.js   (style for the throughput and citeproc rows:
 * CITATION_BENCH_STYLE, default chicago-notes-bibliography; styles folder: CSL_STYLES_DIR,
 * default ../shared/csl)
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type * as Engine from '../src/core/citation';
import type { Source } from '../src/core/model';

const STYLE = (process.env.CITATION_BENCH_STYLE ?? 'chicago-notes-bibliography') as Engine.StyleId;
const STYLES_DIR = process.env.CSL_STYLES_DIR ?? path.resolve(process.cwd(), '../shared/csl');
const SECONDS = Number(process.env.CITATION_BENCH_SECONDS ?? 1);
const COLD_RUNS = Number(process.env.CITATION_BENCH_COLD_RUNS ?? 9);
const ROOT = path.resolve(__dirname, '../..');
/** The engine as it ships: one minified bundle, built with the options esbuild.mjs uses for a release. */
const ENGINE_BUNDLE = path.join(__dirname, 'citationEngine.js');

function bundleEngine(): void {
  // Required here, not imported: the cold children should load nothing but the engine.
  const esbuild = require('esbuild') as typeof import('esbuild');
  esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'src/core/citation/index.ts')],
    outfile: ENGINE_BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

/** The form a style's first citation usually takes: a full note, or a parenthetical citation. */
function firstForm(style: Engine.StyleId): Engine.CitationForm {
  return style.startsWith('chicago-notes') ? 'note' : 'in-text';
}

/**
 * In a child process: load the engine bundle, format one citation of the bundled corpus's
 * article, print the timings as JSON. The source is read from the corpus file, not from the
 * test fixtures, whose many generated records would fill the young heap and put a garbage
 * collection of the bench's own making into the measured citation.
 */
function coldChild(style: Engine.StyleId): void {
  const t0 = performance.now();
  const engine: typeof Engine = require(ENGINE_BUNDLE);
  const t1 = performance.now();
  const corpus = JSON.parse(fs.readFileSync(path.join(ROOT, 'corpus/sources.json'), 'utf8')) as { sources: Source[] };
  const szalontai = corpus.sources.find((s) => s.id === 'szalontai-2003-no-political-line');
  if (!szalontai) throw new Error('the bundled corpus has no szalontai-2003-no-political-line');
  const t2 = performance.now();
  engine.formatCitation({ source: szalontai }, { style, form: firstForm(style), markup: 'markdown', locator: { label: 'page', value: '99' } });
  const t3 = performance.now();
  process.stdout.write(JSON.stringify({ load: t1 - t0, first: t3 - t2 }));
}

/** The first citation of a style in `COLD_RUNS` fresh processes, sorted, so a busy machine shows as spread. */
function benchCold(style: Engine.StyleId): { load: number[]; first: number[] } {
  const load: number[] = [];
  const first: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const r = spawnSync(process.execPath, [__filename, '--cold', style], { encoding: 'utf8', env: process.env });
    const m = JSON.parse(r.stdout) as { load: number; first: number };
    load.push(m.load);
    first.push(m.first);
  }
  return { load: load.sort((a, b) => a - b), first: first.sort((a, b) => a - b) };
}

/** Annalist (the shipped bundle): module load, first citation, then a second of citations. */
function benchAnnalist(sources: readonly Source[]) {
  const t0 = performance.now();
  const engine: typeof Engine = require(ENGINE_BUNDLE);
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  const first = engine.formatCitation({ source: sources[1] }, { style: STYLE, form: 'note', markup: 'markdown', locator: { label: 'page', value: '99' } });
  const t2 = performance.now();
  const firstCpu = cpuMs(process.cpuUsage(c1));
  let n = 0;
  const forms: Engine.CitationForm[] = ['note', 'short-note', 'bibliography'];
  const loopCpu = process.cpuUsage();
  const end = performance.now() + SECONDS * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++, n++) {
      engine.formatCitation({ source: sources[n % sources.length] }, { style: STYLE, form: forms[n % 3], markup: 'markdown', locator: { label: 'page', value: String(n % 300) } });
    }
  }
  const perSecond = n / SECONDS;
  const perCpuSecond = n / (cpuMs(process.cpuUsage(loopCpu)) / 1000);
  return { load: t1 - t0, first: t2 - t1, firstCpu, fromLoad: t2 - t0, perSecond, perCpuSecond, sample: first };
}

/** citeproc-js: load, build a processor, first citation, then a second of citations. */
function benchCiteproc(sources: readonly Source[], toCsl: (s: Source) => object) {
  const t0 = performance.now();
  const CSL = require('citeproc');
  const locale = fs.readFileSync(path.join(STYLES_DIR, 'locales-en-US.xml'), 'utf8');
  const style = fs.readFileSync(path.join(STYLES_DIR, `${STYLE}.csl`), 'utf8');
  const items = Object.fromEntries(sources.map((s) => [s.id, toCsl(s)]));
  const t1 = performance.now();
  const engine = new CSL.Engine({ retrieveLocale: () => locale, retrieveItem: (id: string) => items[id] }, style, 'en-US', true);
  engine.updateItems(sources.map((s) => s.id));
  const t2 = performance.now();
  const cite = (i: number) =>
    engine.previewCitationCluster(
      { citationItems: [{ id: sources[i % sources.length].id, locator: String(i % 300), label: 'page' }], properties: { noteIndex: 1 } },
      [], [], 'html');
  const first = cite(1);
  const t3 = performance.now();
  let n = 0;
  const loopCpu = process.cpuUsage();
  const end = performance.now() + SECONDS * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 10; i++, n++) cite(n);
  }
  const perCpuSecond = n / (cpuMs(process.cpuUsage(loopCpu)) / 1000);
  return { load: t1 - t0, build: t2 - t1, first: t3 - t2, fromLoad: t3 - t0, perSecond: n / SECONDS, perCpuSecond, sample: first as string };
}

/** User plus system CPU time in milliseconds (less sensitive than wall time to a busy machine). */
function cpuMs(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1000;
}

function main(): void {
  bundleEngine();
  const med = (xs: number[]) => xs[Math.floor(xs.length / 2)];
  const ms = (x: number) => `${x.toFixed(3)} ms`;
  const { STYLES } = require('../src/core/citation/types') as typeof Engine;
  console.log(`cold       ${COLD_RUNS} fresh processes per style, the engine bundle ${(fs.statSync(ENGINE_BUNDLE).size / 1024).toFixed(0)} KB:`);
  // One discarded process first, so that no style's figures include reading node and the bundle from disk.
  spawnSync(process.execPath, [__filename, '--cold', STYLES[0].id], { encoding: 'utf8', env: process.env });
  const firstMedians: number[] = [];
  for (const { id } of STYLES) {
    const cold = benchCold(id);
    firstMedians.push(med(cold.first));
    console.log(`           ${id.padEnd(40)} ${firstForm(id).padEnd(8)} module load median ${ms(med(cold.load))}; first citation median ${ms(med(cold.first))}, ` +
      `best ${ms(cold.first[0])}, worst ${ms(cold.first[cold.first.length - 1])}`);
  }
  const worst = Math.max(...firstMedians);
  console.log(`target     first citation ≤ 1 ms after module load (median of fresh processes, every style): ${worst <= 1 ? 'met' : 'NOT met'} (slowest style ${ms(worst)})`);
  const { ALL_SOURCES } = require('../test/unit/fixtures/citation/sources') as { ALL_SOURCES: readonly Source[] };
  const a = benchAnnalist(ALL_SOURCES);
  console.log(`style: ${STYLE}`);
  const rate = (x: number) => Math.round(x).toLocaleString('en-US');
  console.log(`Annalist   module load ${ms(a.load)}; first citation ${ms(a.first)} after load (CPU ${ms(a.firstCpu)}; ${ms(a.fromLoad)} including load); ` +
    `${rate(a.perSecond)} citations/s (${rate(a.perCpuSecond)} per CPU second)`);
  console.log(`           ${a.sample}`);
  if (!fs.existsSync(path.join(STYLES_DIR, `${STYLE}.csl`))) {
    console.log(`citeproc-js skipped: no ${STYLE}.csl in ${STYLES_DIR} (set CSL_STYLES_DIR)`);
    return;
  }
  const { toCslItem } = require('../src/core/citation') as typeof Engine;
  const c = benchCiteproc(ALL_SOURCES, toCslItem);
  console.log(`citeproc   load ${ms(c.load)}; processor build ${ms(c.build)}; first citation ${ms(c.first)} after build (${ms(c.fromLoad)} from load); ` +
    `${rate(c.perSecond)} citations/s (${rate(c.perCpuSecond)} per CPU second)`);
  console.log(`           ${c.sample}`);
  console.log(`ratio      first citation from load: citeproc/Annalist = ${(c.fromLoad / a.fromLoad).toFixed(0)}×; ` +
    `throughput per CPU second: Annalist/citeproc = ${(a.perCpuSecond / c.perCpuSecond).toFixed(0)}×`);
}

const coldAt = process.argv.indexOf('--cold');
if (coldAt >= 0) coldChild(process.argv[coldAt + 1] as Engine.StyleId);
else main();
