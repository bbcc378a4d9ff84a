/**
 * How long a large corpus file takes to load, how long the loader holds the thread at most
 * (the editor reads files in steps and lets other work run between them, so the longest step
 * is what a person could notice), and the memory it takes at its peak. Each file is loaded in
 * a fresh process (bench/corpusLoadChild.ts) on the same code the extension uses; JSON of the
 * same size is the baseline. Processor time is printed beside the elapsed time: on a busy machine
 * only the former is comparable between runs. The in-host figure comes from test/host/workspaceCorpusLoad.test.ts.
 *
 * Usage: npm run compile && node out/bench/corpusLoad.js [MB…]   (default: 10 20)
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { stringify } from 'yaml';
import type { Corpus } from '../src/core/model';
import type { LoadFigures } from './corpusLoadChild';
import { syntheticCorpus } from './syntheticCorpus';

/** The text of a valid corpus of at least `bytes` in a format. */
function corpusOfSize(bytes: number, write: (corpus: Corpus) => string): string {
  for (let size = Math.floor(bytes / 620); ; size += Math.max(1_000, Math.floor(size / 20))) {
    const corpus = syntheticCorpus({ size, seed: 1961 });
    const text = write({ ...corpus, passages: corpus.passages.map((p) => ({ ...p, themes: [...new Set(p.themes)] })) });
    if (text.length >= bytes) return text;
  }
}

function load(file: string): LoadFigures {
  const child = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, 'corpusLoadChild.js'), file], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`loading ${file} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as LoadFigures;
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annalist-bench-'));
const rows: string[][] = [];
try {
  for (const megabytes of sizes.length > 0 ? sizes : [10, 20]) {
    const files = {
      json: corpusOfSize(megabytes * 1048576, (c) => JSON.stringify(c, null, 2)),
      yaml: corpusOfSize(megabytes * 1048576, (c) => stringify(c, { aliasDuplicateObjects: false, lineWidth: 0 })),
    };
    // A syntax error near the end sends the file to the whole-file reader: the cost of a broken file.
    const cut = files.yaml.lastIndexOf('\n  - id: ');
    const broken = { 'yaml, a syntax error near the end': `${files.yaml.slice(0, cut)}\n  - id: [unclosed${files.yaml.slice(cut + 9)}` };
    let baseline: LoadFigures | undefined;
    for (const [format, text] of Object.entries(megabytes === (sizes[0] ?? 10) ? { ...files, ...broken } : files)) {
      const file = path.join(dir, `big.annalist.${format.startsWith('yaml') ? 'yaml' : format}`);
      fs.writeFileSync(file, text);
      const f = load(file);
      baseline ??= f;
      rows.push([
        `${format.toUpperCase()} ${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB`,
        String(f.passages),
        String(f.problems),
        f.totalMs.toFixed(0),
        f.cpuMs.toFixed(0),
        (f.cpuMs / baseline.cpuMs).toFixed(2),
        f.longestStepMs.toFixed(1),
        f.peakRssMb.toFixed(0),
        (f.peakRssMb - f.baseRssMb).toFixed(0),
        f.peakHeapGrowthMb.toFixed(0),
      ]);
    }
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
const head = ['file', 'passages', 'problems', 'load ms', 'CPU ms', 'CPU × JSON', 'longest step ms', 'peak RSS MB', 'RSS growth MB', 'heap growth MB'];
console.log(`| ${head.join(' | ')} |\n|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
