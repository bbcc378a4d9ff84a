import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
/** A folder beside corpus/, as dist/ is, so that the CLI bundle finds the bundled corpus. */
const outdir = '.bundle-test';

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

function inputsOf(bundle: string): string[] {
  const meta = JSON.parse(fs.readFileSync(path.join(root, outdir, bundle.replace(/\.js$/, '.meta.json')), 'utf8')) as Metafile;
  return Object.values(meta.outputs).flatMap((output) => Object.keys(output.inputs));
}

/**
 * Runs the bundled command in an empty folder: in the repository itself it would also read the
 * test fixtures' `*.annalist.*` files, as it reads a writer's folder.
 */
function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'annalist-cli-'));
  try {
    return spawnSync(process.execPath, [path.join(root, outdir, 'cli.js'), ...args], { cwd, encoding: 'utf8' });
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}

describe('the bundles as they ship', function () {
  this.timeout(120_000);

  before(() => {
    execFileSync(process.execPath, ['esbuild.mjs', '--production', '--metafile', `--outdir=${outdir}`], { cwd: root, stdio: 'ignore' });
  });

  after(() => fs.rmSync(path.join(root, outdir), { recursive: true, force: true }));

  it('the corpus validators are generated from the current schemas', () => {
    const check = spawnSync(process.execPath, ['scripts/generateValidators.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });

  for (const bundle of ['extension.js', 'cli.js']) {
    it(`${bundle} loads no schema compiler, YAML or BibTeX parser, fuzzy matcher, quotation checker, citation engine or CommonMark parser until they are used`, () => {
      const inputs = inputsOf(bundle);
      assert.ok(inputs.some((input) => input.includes('src/core/corpus/parseCorpusFile.ts')), 'the metafile lists the bundle\'s sources');
      const eager = inputs.filter((input) =>
        /node_modules\/(ajv|yaml|biblatex-csl-converter|fuse\.js|micromark(?!-util-normalize-identifier)[^/]*)\/|src\/core\/(quotes\/|citation\/index\.ts|corpus\/yamlReader\.ts|corpus\/generated\/|import\/bibtex\.ts)/.test(input),
      );
      assert.deepEqual(eager, []);
    });
  }

  it('extension.js, what loads at activation, is at most 150 KB minified', () => {
    const size = fs.statSync(path.join(root, outdir, 'extension.js')).size;
    assert.ok(size <= 150 * 1024, `extension.js is ${(size / 1024).toFixed(1)} KB`);
  });

  it('the command-line tool reads YAML, BibTeX and CSL-JSON corpus files through the parts it loads on demand', () => {
    const result = cli('validate', path.join(root, 'test/fixtures/workspace/sources'));
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /3 files checked; the corpus holds 32 passages, 10 sources, 13 themes; 0 errors, 1 warning/);
  });

  it('the command-line tool reports a schema violation with its file, line, column and field', () => {
    const dir = fs.mkdtempSync(path.join(root, outdir, 'corpus-'));
    const file = path.join(dir, 'bad.annalist.yaml');
    fs.writeFileSync(file, 'themes:\n  - id: cold-war\n    lable: Cold War\n');
    const result = cli('validate', '--no-bundled', file);
    assert.equal(result.status, 1);
    const lines = result.stdout.split('\n').map((line) => line.replace(file, 'FILE'));
    assert.ok(lines.includes('FILE:2:5: error: themes[0].label: is required but missing'), result.stdout);
    assert.ok(lines.includes('FILE:3:5: error: themes[0].lable: is not a known field'), result.stdout);
  });

  it('the command-line tool lists, searches (typos forgiven) and cites passages', () => {
    const passages = cli('passages');
    assert.equal(passages.status, 0, passages.stderr);
    assert.equal(passages.stdout.trim().split('\n').length, 30);
    const search = cli('search', 'kosigin', '--limit', '1');
    assert.equal(search.status, 0, search.stderr);
    assert.match(search.stdout, /^kosygin-/);
    const cite = cli('cite', 'kosygin-visit-1961');
    assert.equal(cite.status, 0, cite.stderr);
    assert.match(cite.stdout, /North Korea and the Soviets 1953-1964/);
  });
});
