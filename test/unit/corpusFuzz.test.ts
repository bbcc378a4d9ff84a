/**
 * Fuzzing the corpus loader: people's files are mutated at random, many thousands of times,
 * and loaded with the bundled corpus as the editor loads them. Whatever the mutation, the
 * loader must not crash, must locate every problem inside the file it names, must report
 * every record it leaves out, must load nothing the schema rejects, and must keep loading
 * the other files.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BibLatexParser } from 'biblatex-csl-converter';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { parseAllDocuments } from 'yaml';
import { mergeCorpus, parseCorpusFile, type ParsedCorpusFile } from '../../src/core/corpus';
import { corpusTemplate } from '../../src/core/corpus/corpusTemplate';
import { validateRecord } from '../../src/core/corpus/recordValidators';
import type { CorpusProblem } from '../../src/core/model';
// The same seeded generator (mulberry32) as the benchmarks, so every run mutates the same way.
import { random } from '../../bench/syntheticCorpus';

/** Mutated files per seed file; four seeds make the total. */
const ITERATIONS_PER_SEED = Number(process.env.ANNALIST_FUZZ_PER_SEED ?? 2_600);

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

const STRUCTURE = ['{', '}', '[', ']', '"', "'", ':', ',', '-', '#', '&a', '*a', '!', '|', '>', '\n', '  ', '\t', '\\', '@', '=', '%', '//', '/*', '---', '\uFEFF', 'null', '1e999', '-0', '__proto__', '\u00e1', '\u{1F600}', '\u0000'];

/** One random change of the text: delete, insert, duplicate, swap lines, truncate, retype a value. */
function mutate(text: string, rnd: () => number): string {
  const at = () => Math.floor(rnd() * (text.length + 1));
  switch (Math.floor(rnd() * 8)) {
    case 0: {
      const start = at();
      return text.slice(0, start) + text.slice(start + 1 + Math.floor(rnd() * 20));
    }
    case 1: {
      const start = at();
      const piece = rnd() < 0.7 ? STRUCTURE[Math.floor(rnd() * STRUCTURE.length)] : String.fromCharCode(32 + Math.floor(rnd() * 95));
      return text.slice(0, start) + piece + text.slice(start);
    }
    case 2: {
      const start = at();
      const span = text.slice(start, start + 1 + Math.floor(rnd() * 200));
      const to = at();
      return text.slice(0, to) + span + text.slice(to);
    }
    case 3: {
      const lines = text.split('\n');
      const i = Math.floor(rnd() * lines.length);
      const j = Math.floor(rnd() * lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
    case 4:
      return text.slice(0, at());
    case 5: {
      const lines = text.split('\n');
      const i = Math.floor(rnd() * lines.length);
      lines[i] = rnd() < 0.5 ? ` ${lines[i]}` : lines[i].replace(/^ /, '');
      return lines.join('\n');
    }
    case 6: {
      const values = [...text.matchAll(/"[^"\n]*"|\b\d+\b|\btrue\b|\[\]/g)];
      if (values.length === 0) return text;
      const hit = values[Math.floor(rnd() * values.length)];
      const replacement = ['1956', '"1956"', 'null', '[]', '{}', '""', '"Bad Id"', 'true', `"${'x'.repeat(5000)}"`, '[[[[1]]]]'][Math.floor(rnd() * 10)];
      const index = hit.index ?? 0;
      return text.slice(0, index) + replacement + text.slice(index + hit[0].length);
    }
    default: {
      const start = at();
      return text.slice(0, start) + text.slice(start).replace(/\n/, '');
    }
  }
}

/** How many records the text holds by another reader's count, or undefined when it is broken. */
function referenceCount(format: Seed['format'], text: string): number | undefined {
  const lists = (value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? ['sources', 'themes', 'passages'].reduce((n, k) => n + (Array.isArray((value as Record<string, unknown>)[k]) ? ((value as Record<string, unknown[]>)[k]).length : 0), 0)
      : 0;
  switch (format) {
    case 'yaml': {
      const docs = parseAllDocuments(text, { uniqueKeys: true });
      if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0)) return undefined;
      try {
        return docs.reduce((n, d) => n + lists(d.toJS({ maxAliasCount: 100 })), 0);
      } catch {
        return undefined;
      }
    }
    case 'json':
    case 'csl-json': {
      const errors: ParseError[] = [];
      const value = parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: false });
      if (errors.length > 0) return undefined;
      return format === 'json' ? lists(value) : Array.isArray(value) ? value.length : undefined;
    }
    case 'bibtex': {
      const parsed = new BibLatexParser(text, { processUnexpected: true, processUnknown: true }).parse();
      return parsed.errors.length > 0 ? undefined : Object.keys(parsed.entries).length;
    }
  }
}

interface Seed {
  path: string;
  format: 'yaml' | 'json' | 'csl-json' | 'bibtex';
  text: string;
}

const SEEDS: Seed[] = [
  {
    path: 'notes.annalist.yaml',
    format: 'yaml',
    text: `${corpusTemplate('yaml', 'notes.annalist.yaml')}\n${read('test/fixtures/workspace/sources/reading-notes.yaml').replace(/^themes:/m, '---\nthemes:')}`,
  },
  { path: 'notes.annalist.json', format: 'json', text: corpusTemplate('json', 'notes.annalist.json') },
  { path: 'zotero.json', format: 'csl-json', text: read('test/fixtures/workspace/sources/zotero.json') },
  { path: 'library.bib', format: 'bibtex', text: read('test/fixtures/workspace/sources/zotero-better-biblatex.bib') },
];

/** Fails unless the problem points inside its file: a real line, a column within it (or just past its end). */
function assertLocated(problem: CorpusProblem, texts: ReadonlyMap<string, string>, context: () => string): void {
  const text = texts.get(problem.file);
  assert.ok(text !== undefined, `the problem names a file that was loaded: ${problem.file}\n${context()}`);
  const lines = text.split('\n');
  assert.ok(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lines.length, `line ${problem.line} of ${lines.length}\n${context()}`);
  const length = lines[problem.line - 1].length;
  assert.ok(Number.isInteger(problem.column) && problem.column >= 1 && problem.column <= length + 1, `column ${problem.column} of ${length + 1}: ${JSON.stringify(problem)}\n${context()}`);
  assert.ok(problem.message.trim() !== '', `a message\n${context()}`);
  assert.doesNotMatch(problem.message, /internal error/, context());
}

describe('the corpus loader under fuzzing', () => {
  it(`survives ${SEEDS.length * ITERATIONS_PER_SEED} mutated corpus files: no crash, every problem located, the other files still load`, function () {
    this.timeout(30 * 60_000);
    const bundledFiles = ['sources', 'themes', 'passages'].map((name) => ({ path: `corpus/${name}.json`, text: read(`corpus/${name}.json`) }));
    const bundled: ParsedCorpusFile[] = bundledFiles.map(parseCorpusFile);
    const bundledIds = mergeCorpus(bundled).corpus.passages.map((p) => p.id);
    const texts = new Map(bundledFiles.map((f) => [f.path, f.text]));
    const stats = { files: 0, rejected: 0, problems: 0, loadedRecords: 0, slowestMs: 0, slowest: '' };
    const started = performance.now();

    SEEDS.forEach((seed, s) => {
      const rnd = random(1953 + s);
      const seedParsed = parseCorpusFile(seed);
      assert.deepEqual(seedParsed.problems.filter((p) => p.severity === 'error'), [], `the seed ${seed.path} is valid`);
      for (let i = 0; i < ITERATIONS_PER_SEED; i++) {
        let text = seed.text;
        for (let m = 1 + Math.floor(rnd() * 3); m > 0; m--) text = mutate(text, rnd);
        const context = () => `seed ${seed.path}, iteration ${i}; the mutated file:\n${text.slice(0, 3000)}`;
        stats.files++;

        let parsed: ParsedCorpusFile;
        const parseStart = performance.now();
        try {
          parsed = parseCorpusFile({ path: seed.path, text });
        } catch (error) {
          assert.fail(`parseCorpusFile threw ${String(error)}\n${context()}`);
        }
        const parseMs = performance.now() - parseStart;
        if (parseMs > stats.slowestMs) Object.assign(stats, { slowestMs: parseMs, slowest: `${seed.path} #${i}` });
        const own = new Map([[seed.path, text]]);
        for (const problem of parsed.problems) assertLocated(problem, own, context);

        // Nothing the schema rejects is loaded.
        for (const kind of ['sources', 'themes', 'passages'] as const) {
          for (const record of parsed[kind]) assert.deepEqual(validateRecord(kind, record.value), [], context());
        }
        // Every record left out is reported: another reader's count of the records in the text.
        const loaded = parsed.sources.length + parsed.themes.length + parsed.passages.length;
        const expected = referenceCount(seed.format, text);
        const errors = parsed.problems.filter((p) => p.severity === 'error').length;
        if (expected === undefined) assert.ok(parsed.problems.length > 0, `a broken file is reported\n${context()}`);
        else if (loaded < expected) assert.ok(parsed.problems.length > 0, `${expected - loaded} records left out silently\n${context()}`);
        if (errors > 0) stats.rejected++;
        stats.loadedRecords += loaded;

        // Merged with the bundled corpus (parsed once, as the editor keeps unchanged files):
        // every bundled passage still loads, and every problem of the merge is located too.
        const merged = mergeCorpus([...bundled, parsed]);
        const ids = new Set(merged.corpus.passages.map((p) => p.id));
        for (const id of bundledIds) assert.ok(ids.has(id), `the bundled passage ${id} still loads\n${context()}`);
        const all = new Map([...texts, [seed.path, text]]);
        for (const problem of merged.problems) assertLocated(problem, all, context);
        stats.problems += merged.problems.length;
      }
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `      fuzz: ${stats.files} mutated files (${SEEDS.map((s) => s.format).join(', ')}) in ${seconds.toFixed(1)} s; ` +
        `${stats.rejected} with errors, ${stats.problems} problems, all located; ${stats.loadedRecords} records loaded; 0 crashes; ` +
        `slowest file ${stats.slowestMs.toFixed(0)} ms (${stats.slowest})`,
    );
    if (process.env.ANNALIST_FUZZ_PER_SEED === undefined) assert.ok(stats.files >= 10_000);
  });
});
