/**
 * The `annalist` command on a writer's own corpus: `main` run in temporary folders holding real
 * files (`*.annalist.yaml`, a commented `.vscode/settings.json`, CSL-JSON and BibTeX exports),
 * and once the built `dist/cli.js` in a child process.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';

const ROOT = path.resolve(__dirname, '../../..');

/** The writer's notes: a source of their own and a passage quoting it, and one citing a Zotero item. */
const NOTES_YAML = `# My reading notes
sources:
  - id: tester-village-memoir
    type: book
    title: Harvests of the Village
    author: [{ family: Tester, given: Ann }]
    issued: { date-parts: [[1999]] }
themes:
  - id: my-harvests
    label: Harvests
    description: What the villages grew.
passages:
  - id: harvest-of-1957
    source: tester-village-memoir
    kind: paraphrase
    text: The harvest of 1957 was the best the villages had seen in living memory.
    themes: [my-harvests]
    people: []
    places: []
    years: [1957]
  - id: note-on-the-zotero-report
    source: zoteroReport2001
    kind: paraphrase
    text: A report exported from Zotero as CSL-JSON, read through the settings.
    themes: [my-harvests]
    people: []
    places: []
    years: []
`;

const CSL_JSON = JSON.stringify([
  { id: 'zoteroReport2001', type: 'report', title: 'Grain Deliveries in the Provinces', author: [{ family: 'Doe', given: 'Jan' }], issued: { 'date-parts': [[2001]] }, publisher: 'Rural Institute' },
  { id: 'zoteroArticle1988', type: 'article-journal', title: 'Collective Farms Revisited', author: [{ family: 'Roe', given: 'Ida' }], 'container-title': 'Rural History', volume: '4', page: '10-29', issued: { 'date-parts': [[1988]] } },
], null, 2);

const BIBTEX = `@book{bibLedger1962,
  title = {The Ledger of the Cooperative},
  author = {Poe, Lev},
  date = {1962},
  publisher = {Field Press},
  location = {Kyiv}
}
`;

/** Comments and a trailing comma, as VS Code writes and accepts them. */
const SETTINGS = `{
  // my Zotero exports
  "annalist.corpus.paths": [
    "refs/library.json", /* CSL-JSON */
    "refs/*.bib",
  ],
  "editor.wordWrap": "on",
}
`;

const ESSAY = 'Title\n\nShe wrote that \u201cthe harvest of 1957 was the worst the villages had seen in living memory\u201d [@tester-village-memoir].\n';

/** A folder holding `files` (paths with `/`), removed after the test. */
function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annalist-cli-'));
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, ...name.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  made.push(dir);
  return dir;
}
const made: string[] = [];

/** The writer's workspace: notes, settings naming the exports, an essay, and a broken file the editor skips. */
function workspace(extra: Record<string, string> = {}): string {
  return folder({
    'notes/reading.annalist.yaml': NOTES_YAML,
    'refs/library.json': CSL_JSON,
    'refs/library.bib': BIBTEX,
    '.vscode/settings.json': SETTINGS,
    'node_modules/some-package/broken.annalist.yaml': 'passages: [ {',
    'essay.md': ESSAY,
    ...extra,
  });
}

function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, { cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function passageIds(output: string): string[] {
  return output.split('\n').filter(Boolean).map((line) => line.split('\t')[0]);
}

const MISQUOTE = /^essay\.md:3:17: error: The quotation differs from the source \(harvest-of-1957\): \u201cworst\u201d instead of \u201cbest\u201d\. \[misquote\]$/m;

describe('annalist on the writer\u2019s own corpus', () => {
  after(() => {
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('check finds, without --corpus, a misquotation of a passage of the folder\u2019s *.annalist.yaml and exits 1', () => {
    const r = run(['check', 'essay.md'], workspace());
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, MISQUOTE);
    assert.equal(r.err, '', 'no problem: the broken file under node_modules is not read');
  });

  it('reads the CSL-JSON and BibTeX exports that annalist.corpus.paths names in a commented settings.json', () => {
    const r = run(['cite', '--all', '--json'], workspace());
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(Object.keys(JSON.parse(r.out) as object).sort(), ['bibLedger1962', 'tester-village-memoir', 'zoteroArticle1988', 'zoteroReport2001']);
    const passages = run(['passages', '--no-bundled'], workspace());
    assert.deepEqual(passageIds(passages.out), ['harvest-of-1957', 'note-on-the-zotero-report']);
  });

  it('--no-bundled leaves the bundled corpus out; without it the bundled passages load too', () => {
    const dir = workspace();
    const withBundled = passageIds(run(['passages'], dir).out);
    assert.ok(withBundled.includes('your-country-is-rich'));
    assert.ok(withBundled.includes('harvest-of-1957'));
    assert.deepEqual(passageIds(run(['passages', '--no-bundled'], dir).out), ['harvest-of-1957', 'note-on-the-zotero-report']);
    const cite = run(['cite', 'your-country-is-rich', '--no-bundled'], dir);
    assert.equal(cite.code, 1);
    assert.match(cite.err, /no passage or source with id "your-country-is-rich"/);
  });

  it('annalist.corpus.includeBundled false in the settings leaves the bundled corpus out', () => {
    const dir = workspace({ '.vscode/settings.json': '{ "annalist.corpus.includeBundled": false, // mine only\n}' });
    assert.deepEqual(passageIds(run(['passages'], dir).out), ['harvest-of-1957']);
  });

  it('--corpus takes folders and files, before or after the essay, instead of the folder\u2019s own corpus', () => {
    const dir = folder({
      'elsewhere/notes/reading.yaml': NOTES_YAML,
      'elsewhere/refs/library.json': CSL_JSON,
      'elsewhere/.hidden/ignored.annalist.yaml': 'passages: [ {',
      'essay.md': ESSAY,
    });
    for (const args of [['check', '--corpus', 'elsewhere', 'essay.md'], ['check', 'essay.md', '--corpus=elsewhere']]) {
      const r = run(args, dir);
      assert.equal(r.code, 1, r.err);
      assert.match(r.out, MISQUOTE);
      assert.equal(r.err, '');
    }
    const files = run(['passages', '--no-bundled', '--corpus', 'elsewhere/notes/reading.yaml', 'elsewhere/refs/library.json'], dir);
    assert.deepEqual(passageIds(files.out), ['harvest-of-1957', 'note-on-the-zotero-report']);
    const without = run(['check', 'essay.md'], dir);
    assert.doesNotMatch(without.out, MISQUOTE, 'elsewhere/ holds no *.annalist file, so only --corpus reads it');
  });

  it('prints a broken file\u2019s problems located on stderr and loads the rest', () => {
    const broken = NOTES_YAML.replace('years: [1957]', 'years: ["1957"]').replace(/tester-village-memoir|harvest-of-1957|my-harvests|note-on-the-zotero-report/g, (id) => `${id}-2`);
    const dir = workspace({ 'notes/broken.annalist.yaml': broken, 'notes/unreadable.annalist.yaml': 'passages:\n  - id: x\n    text: "open\n' });
    const r = run(['passages', '--no-bundled'], dir);
    assert.equal(r.code, 0);
    const line = broken.split('\n').findIndex((l) => l.includes('"1957"')) + 1;
    const column = broken.split('\n')[line - 1].indexOf('"1957"') + 1;
    assert.match(r.err, new RegExp(`^notes/broken\\.annalist\\.yaml:${line}:${column}: error: passages\\[0\\]\\.years\\[0\\]: must be integer$`, 'm'));
    assert.match(r.err, /^notes\/unreadable\.annalist\.yaml:\d+:\d+: error: YAML error: /m);
    assert.deepEqual(passageIds(r.out), ['note-on-the-zotero-report-2', 'harvest-of-1957', 'note-on-the-zotero-report']);
  });

  it('says which configured path does not exist, and which --corpus file cannot be read, and goes on', () => {
    const dir = workspace({ '.vscode/settings.json': '{ "annalist.corpus.paths": ["missing/refs.bib"] }' });
    const r = run(['passages', '--no-bundled'], dir);
    assert.equal(r.code, 0);
    assert.match(r.err, /annalist\.corpus\.paths: "missing\/refs\.bib" does not exist/);
    assert.match(r.err, /^notes\/reading\.annalist\.yaml:\d+:\d+: error: passages\[1\]\.source: names the source "zoteroReport2001", which is not in the corpus$/m);
    assert.deepEqual(passageIds(r.out), ['harvest-of-1957']);
    const named = run(['passages', '--no-bundled', '--corpus', 'nowhere.annalist.yaml', 'notes'], dir);
    assert.match(named.err, /^nowhere\.annalist\.yaml:1:1: error: cannot be read: /m);
    assert.deepEqual(passageIds(named.out), ['harvest-of-1957']);
  });

  it('reads what it can of a settings.json with a syntax error and says where the error is', () => {
    const dir = workspace({ '.vscode/settings.json': '{\n  "annalist.corpus.paths": ["refs/library.json"]\n  "editor.wordWrap": "on"\n}' });
    const r = run(['passages', '--no-bundled'], dir);
    assert.match(r.err, /^annalist: \.vscode\/settings\.json:3:3: JSON error: CommaExpected$/m);
    assert.deepEqual(passageIds(r.out), ['harvest-of-1957', 'note-on-the-zotero-report']);
  });

  it('validate checks the folder\u2019s own corpus when given no path', () => {
    const dir = workspace({ 'notes/broken.annalist.yaml': 'themes:\n  - id: x\n    label: "open\n' });
    const r = run(['validate', '--no-bundled'], dir);
    assert.equal(r.code, 1);
    assert.match(r.out, /^notes\/broken\.annalist\.yaml:\d+:\d+: error: YAML error: /m);
    assert.match(r.err, /4 files checked; the corpus holds 2 passages, 4 sources, 1 theme; 2 errors/);
  });

  it('cite --all --json maps every source of a CSL-JSON file to its first citation, in any style, form and format', () => {
    const dir = workspace();
    const options = ['--corpus', 'refs/library.json', '--style', 'modern-language-association', '--form', 'bibliography', '--format', 'html'];
    const r = run(['cite', '--all', '--json', ...options], dir);
    assert.equal(r.code, 0, r.err);
    const all = JSON.parse(r.out) as Record<string, string>;
    assert.deepEqual(Object.keys(all), ['zoteroReport2001', 'zoteroArticle1988']);
    assert.equal(all.zoteroArticle1988, 'Roe, Ida. \u201cCollective Farms Revisited.\u201d <i>Rural History</i>, vol. 4, 1988, pp. 10\u201329.');
    for (const [id, citation] of Object.entries(all)) assert.equal(run(['cite', id, ...options], dir).out, citation);
    const one = run(['cite', 'zoteroReport2001', '--json', '--corpus', 'refs/library.json', '--locator', '12'], dir);
    assert.match((JSON.parse(one.out) as Record<string, string>).zoteroReport2001, /, 12\.$/);
    const lines = run(['cite', '--all', '--corpus', 'refs/library.json'], dir).out.split('\n');
    assert.deepEqual(lines.map((l) => l.split('\t')[0]), ['zoteroReport2001', 'zoteroArticle1988']);
  });

  it('cite refuses a .csl path for --style as not supported yet, and --all with an id', () => {
    const dir = workspace();
    const csl = run(['cite', 'zoteroReport2001', '--style', 'styles/chicago.csl'], dir);
    assert.equal(csl.code, 2);
    assert.match(csl.err, /^annalist cite: not supported yet: a \.csl path/);
    assert.equal(run(['cite', '--all', 'zoteroReport2001'], dir).code, 2);
    assert.equal(run(['cite', '--json=yes', 'zoteroReport2001'], dir).code, 2);
  });

  it('--version prints the version of package.json', () => {
    const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const r = run(['--version'], os.tmpdir());
    assert.deepEqual([r.code, r.out], [0, version]);
  });

  const OPTIONS: Record<string, string[]> = {
    passages: ['--json'],
    search: ['--json', '--limit'],
    cite: ['--style', '--form', '--format', '--locator', '--all', '--json'],
    bib: ['--style', '--format'],
    export: ['--format'],
    check: ['--format'],
    validate: ['--json', '--strict'],
  };
  for (const [command, options] of Object.entries(OPTIONS)) {
    it(`${command} --help and -h print its usage with every option; an unknown option exits 2`, () => {
      const dir = workspace();
      for (const flag of ['--help', '-h']) {
        const r = run([command, flag], dir);
        assert.equal(r.code, 0);
        assert.match(r.out, new RegExp(`^usage: annalist ${command}\\b`));
        for (const option of [...options, '--corpus', '--no-bundled', '--help']) assert.match(r.out, new RegExp(`^ +(-h, )?${option}\\b`, 'm'), option);
        assert.equal(r.err, '');
      }
      const wrong = run([command, '--bogus', 'x'], dir);
      assert.equal(wrong.code, 2);
      assert.match(wrong.err, new RegExp(`^annalist ${command}: unknown (option|argument) --bogus`, 'm'));
    });
  }

  describe('the built command', () => {
    before(function () {
      this.timeout(120_000);
      execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'ignore' });
    });

    it('node bin/annalist.js check --corpus FOLDER essay.md reports the misquotation and exits 1', () => {
      const dir = folder({ 'sources/reading.annalist.yaml': NOTES_YAML, 'sources/library.json': CSL_JSON, 'essay.md': ESSAY });
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'annalist.js'), 'check', '--corpus', 'sources', 'essay.md'], { cwd: dir, encoding: 'utf8' });
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stdout, MISQUOTE);
      assert.equal(r.stderr, '');
    });
  });
});
