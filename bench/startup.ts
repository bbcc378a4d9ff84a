/**
 * What starting Annalist costs, on the bundles as they ship (esbuild, minified): the size of
 * what loads at activation and of each part loaded on demand, how long node takes to load the
 * activation bundle, and `annalist passages` / `annalist search` end to end. The baseline is
 * built in the same run from the same sources with nothing loaded on demand (`dist-full/`), and
 * `node -e 0` measures node's own start; the figures from before the change are in BEFORE.
 *
 * Usage: npm run compile && node out/bench/startup.js [runs]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const runs = Number(process.argv[2] ?? 15);

/**
 * The bundles of the commit before the change (61ba732), built with `node esbuild.mjs
 * --production`: each held Ajv, yaml and the BibTeX converter.
 */
const BEFORE = { extensionBytes: 824_943, cliBytes: 752_792 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Milliseconds a fresh node process takes to run `args`, median of `runs`. */
function wallMs(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    times.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  }
  return median(times);
}

/**
 * Milliseconds node takes to `require()` an extension bundle in a fresh process, median of
 * `runs`. `vscode` is a stand-in that answers every use: only loading is measured.
 */
function loadMs(bundle: string): number {
  const script = `
    const Module = require('module');
    const standIn = new Proxy(class {}, { get: (t, k) => (k === 'prototype' ? t.prototype : standIn), apply: () => standIn, construct: () => standIn });
    const api = {};
    for (const name of ${JSON.stringify(vscodeNames())}) api[name] = standIn;
    const resolve = Module._resolveFilename;
    Module._resolveFilename = function (request, ...rest) { return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest); };
    require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: api };
    const started = performance.now();
    require(${JSON.stringify(bundle)});
    process.stdout.write(String(performance.now() - started));`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(Number(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' })));
  return median(times);
}

/** The names the \`vscode\` module exports, read from its type declarations. */
function vscodeNames(): string[] {
  const types = fs.readFileSync(path.join(root, 'node_modules/@types/vscode/index.d.ts'), 'utf8');
  return [...new Set([...types.matchAll(/^\s*export (?:class|namespace|enum|const|function|let) (\w+)/gm)].map((m) => m[1]))];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const size = (file: string) => fs.statSync(path.join(root, file)).size;
const ms = (value: number) => `${value.toFixed(1)} ms`;

console.log('building the shipped bundles and the baseline (node esbuild.mjs --production --old)…');
execFileSync(process.execPath, ['scripts/generateValidators.mjs'], { cwd: root });
execFileSync(process.execPath, ['esbuild.mjs', '--production', '--old'], { cwd: root, stdio: 'ignore' });

const rows: [string, string, string, string][] = [];
rows.push(['dist/extension.js (loads at activation)', kb(size('dist/extension.js')), kb(size('dist-full/extension.js')), kb(BEFORE.extensionBytes)]);
rows.push(['dist/cli.js', kb(size('dist/cli.js')), kb(size('dist-full/cli.js')), kb(BEFORE.cliBytes)]);
for (const chunk of fs.readdirSync(path.join(root, 'dist/chunks')).filter((f) => f.endsWith('.js')).sort()) {
  rows.push([`  dist/chunks/${chunk} (on demand)`, kb(size(`dist/chunks/${chunk}`)), 'inlined', 'inlined']);
}
const nodeStart = wallMs(['-e', '0']);
const load = loadMs('./dist/extension.js');
const loadFull = loadMs('./dist-full/extension.js');
rows.push(['require() of the activation bundle', ms(load), ms(loadFull), '115–140 ms (issue)']);
const passages = wallMs(['dist/cli.js', 'passages']);
const passagesFull = wallMs(['dist-full/cli.js', 'passages']);
rows.push(['annalist passages, end to end', ms(passages), ms(passagesFull), '0.7 s (issue)']);
const search = wallMs(['dist/cli.js', 'search', 'kosigin', 'visit']);
const searchFull = wallMs(['dist-full/cli.js', 'search', 'kosigin', 'visit']);
rows.push(['annalist search kosigin visit, end to end', ms(search), ms(searchFull), '—']);
rows.push(['node -e 0 (node itself, same run)', ms(nodeStart), ms(nodeStart), '—']);

const header: [string, string, string, string] = ['', 'now', 'all in one bundle (same run)', 'before'];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i].length)));
for (const row of [header, ...rows]) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
console.log(
  `\nratios: bundle load ${(load / loadFull).toFixed(2)}× the all-in-one bundle; ` +
    `passages ${(passages / passagesFull).toFixed(2)}×, ${ms(passages - nodeStart)} beyond node's own start; ` +
    `search ${(search / searchFull).toFixed(2)}×, ${ms(search - nodeStart)} beyond node's own start (${runs} runs each, medians).`,
);
