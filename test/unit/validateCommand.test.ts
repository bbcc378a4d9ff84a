import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeValidateContext, runValidate, type ValidateContext } from '../../src/cli/validateCommand';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/workspace/sources');

/** A context over an in-memory file system, capturing what is printed. */
function memory(files: Record<string, string>, dirs: Record<string, string[]> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: ValidateContext = {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    readFile: (p) => {
      if (p in files) return files[p];
      if (fs.existsSync(p) && p.includes(`${path.sep}corpus${path.sep}`)) return fs.readFileSync(p, 'utf8');
      throw new Error(`ENOENT: no such file, open '${p}'`);
    },
    listFiles: (dir) => {
      if (dir in dirs) return dirs[dir];
      throw new Error(`${dir} is not a folder`);
    },
  };
  return { ctx, out, err };
}

const GOOD = JSON.stringify({
  themes: [{ id: 'mine', label: 'Mine', description: 'My theme.' }],
  passages: [
    {
      id: 'my-passage',
      source: 'msiow-2007-north-korea-soviets',
      kind: 'paraphrase',
      text: 'Words of my own passage.',
      themes: ['mine'],
      people: [],
      places: [],
      years: [],
    },
  ],
}, null, 2);

describe('annalist validate', () => {
  it('exits 0 and says so for valid files, which may name bundled sources', () => {
    const { ctx, out, err } = memory({ 'notes.annalist.json': GOOD });
    assert.equal(runValidate(['notes.annalist.json'], ctx), 0);
    assert.deepEqual(out, []);
    assert.match(err.join('\n'), /1 file checked; the corpus holds \d+ passages, 2 sources, \d+ themes; 0 errors, 0 warnings/);
  });

  it('prints every problem as FILE:LINE:COLUMN: SEVERITY: FIELD: MESSAGE and exits 1 on an error', () => {
    const bad = GOOD.replace('"years": []', '"years": ["1956"]');
    const { ctx, out } = memory({ 'notes.annalist.json': bad, 'broken.annalist.yaml': 'themes:\n  - id: x\n    label: "open\n' });
    assert.equal(runValidate(['notes.annalist.json', 'broken.annalist.yaml'], ctx), 1);
    const line = bad.split('\n').findIndex((l) => l.includes('"1956"')) + 1;
    const column = bad.split('\n')[line - 1].indexOf('"1956"') + 1;
    assert.ok(out.includes(`notes.annalist.json:${line}:${column}: error: passages[0].years[0]: must be integer`), out.join('\n'));
    assert.ok(out.some((l) => /^broken\.annalist\.yaml:\d+:\d+: error: YAML error: /.test(l)), out.join('\n'));
  });

  it('checks references across the files it is given and reports a repeated id', () => {
    const twice = JSON.stringify({ themes: [{ id: 'mine', label: 'Again', description: 'Again.' }] });
    const { ctx, out } = memory({ 'a.annalist.json': GOOD, 'b.annalist.json': twice });
    assert.equal(runValidate(['a.annalist.json', 'b.annalist.json'], ctx), 1);
    assert.match(out.join('\n'), /^b\.annalist\.json:1:\d+: error: themes\[0\]\.id: repeats the theme id "mine" first defined in a\.annalist\.json:\d+/m);
  });

  it('without the bundled corpus, a passage naming a bundled source is an error', () => {
    const { ctx, out } = memory({ 'notes.annalist.json': GOOD });
    assert.equal(runValidate(['--no-bundled', 'notes.annalist.json'], ctx), 1);
    assert.match(out.join('\n'), /passages\[0\]\.source: names the source "msiow-2007-north-korea-soviets", which is not in the corpus/);
  });

  it('reads the corpus files of a folder, imports included, and fails on warnings only with --strict', () => {
    const ctx = nodeValidateContext();
    const out: string[] = [];
    const err: string[] = [];
    const quiet = { ...ctx, out: (s: string) => out.push(s), err: (s: string) => err.push(s) };
    assert.equal(runValidate([FIXTURES], quiet), 0);
    assert.match(err.join('\n'), /3 files checked; .* 0 errors, 1 warning$/);
    assert.ok(out.some((l) => l.endsWith('zotero.json:34:5: warning: [2].type: "document" is not a type Annalist formats; cited as "manuscript"')), out.join('\n'));
    assert.equal(runValidate(['--strict', FIXTURES], quiet), 1);
  });

  it('reports a file that cannot be read at its first line, and prints JSON with --json', () => {
    const { ctx, out } = memory({ 'notes.annalist.json': GOOD });
    assert.equal(runValidate(['--json', 'notes.annalist.json', 'missing.annalist.yaml'], ctx), 1);
    const report = JSON.parse(out.join('\n'));
    assert.deepEqual(report.files, ['notes.annalist.json']);
    assert.equal(report.errors, 1);
    assert.equal(report.problems[0].file, 'missing.annalist.yaml');
    assert.match(report.problems[0].message, /^cannot be read: ENOENT/);
  });

  it('exits 2 without a path or with an unknown option', () => {
    assert.equal(runValidate([], memory({}).ctx), 2);
    assert.equal(runValidate(['--fast', 'x.json'], memory({}).ctx), 2);
  });

  it('works on the real file system with a byte order mark and Windows line ends', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annalist-validate-'));
    try {
      const file = path.join(dir, 'bom.annalist.json');
      fs.writeFileSync(file, `\uFEFF${GOOD.replace(/\n/g, '\r\n')}`);
      const out: string[] = [];
      assert.equal(runValidate([file], { ...nodeValidateContext(), out: (s) => out.push(s), err: () => undefined }), 0, out.join('\n'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
