/**
 * `annalist check FILE… [--format json]`: findings as `file:line:col: severity: message [rule]`
 * or JSON, the language from the file's extension, and the exit codes 0, 1 and 2.
 */
import * as assert from 'node:assert/strict';
import { languageOf, runCheck } from '../../src/cli/checkCommand';
import { bundledCorpus } from './support/bundledCorpus';

const corpus = bundledCorpus();

const FILES: Record<string, string> = {
  'essay.md': 'Title line\n\nThey said \u201cyour country is poor, you can afford that\u201d [@msiow-2007-north-korea-soviets].\n',
  'warn.md': 'Deng praised \u201ca mighty people of 30 million\u201d.\n',
  'clean.md': 'Nothing quoted here.\n',
  'essay.tex': "Deng praised ``a mighty people of 30 million''\\cite{nokey}.\n",
  'notes.txt': 'Deng praised "a mighty people of 30 million".\n',
};

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCheck(args, {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    corpus,
    readFile: (path) => {
      const text = FILES[path];
      if (text === undefined) throw new Error('no such file');
      return text;
    },
  });
  return { code, out, err };
}

describe('annalist check', () => {
  it('prints each finding as file:line:col: severity: message [rule] and exits 1 on an error', () => {
    const r = run(['essay.md']);
    assert.equal(r.code, 1);
    assert.deepEqual(r.out, [
      'essay.md:3:12: error: The quotation differs from the source (your-country-is-rich): \u201cpoor\u201d instead of \u201crich\u201d. [misquote]',
    ]);
    assert.deepEqual(r.err, []);
  });

  it('exits 0 when the findings are only warnings, or there are none', () => {
    const warn = run(['warn.md']);
    assert.equal(warn.code, 0);
    assert.deepEqual(warn.out, [
      'warn.md:1:14: warning: Quotation from \u201cNorth Korea and the Soviets 1953-1964\u201d 2007 (deng-mighty-people) without a citation. [unattributed-quotation]',
    ]);
    assert.deepEqual(run(['clean.md']), { code: 0, out: [], err: [] });
  });

  it('checks several files, each in the language of its extension', () => {
    const r = run(['essay.tex', 'notes.txt', 'clean.md']);
    assert.equal(r.code, 0);
    assert.deepEqual(
      r.out.map((line) => line.replace(/: .*\[/, ': … [')),
      ['essay.tex:1:53: … [unknown-citation-key]', 'notes.txt:1:14: … [unattributed-quotation]'],
    );
    assert.equal(languageOf('a.markdown'), 'markdown');
    assert.equal(languageOf('A.MD'), 'markdown');
    assert.equal(languageOf('paper.tex'), 'latex');
    assert.equal(languageOf('notes.txt'), 'plaintext');
    assert.equal(languageOf('README'), 'plaintext');
  });

  it('prints JSON with positions, the diff and the fixes', () => {
    for (const args of [['essay.md', '--format', 'json'], ['--format=json', 'essay.md']]) {
      const r = run(args);
      assert.equal(r.code, 1);
      assert.equal(r.out.length, 1);
      const [f] = JSON.parse(r.out[0]);
      assert.equal(f.file, 'essay.md');
      assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [3, 12, 3, 53]);
      assert.equal(f.severity, 'error');
      assert.equal(f.rule, 'misquote');
      assert.equal(f.passageId, 'your-country-is-rich');
      assert.equal(f.diff.source, 'your country is rich, you can afford that');
      const at = FILES['essay.md'].indexOf('poor');
      assert.deepEqual(f.fixes, [
        {
          title: "Use the source's wording",
          edits: [{ start: at, end: at + 4, text: 'rich', startPosition: { line: 3, column: 28 }, endPosition: { line: 3, column: 32 } }],
        },
      ]);
    }
    assert.deepEqual(JSON.parse(run(['clean.md', '--format', 'json']).out[0]), []);
  });

  it('exits 2 on wrong usage or a file it cannot read', () => {
    for (const args of [[], ['--format', 'xml', 'essay.md'], ['--format'], ['--fix', 'essay.md']]) {
      const r = run(args);
      assert.equal(r.code, 2, JSON.stringify(args));
      assert.deepEqual(r.out, []);
      assert.match(r.err.join('\n'), /usage: annalist check FILE/);
    }
    const missing = run(['missing.md']);
    assert.equal(missing.code, 2);
    assert.deepEqual(missing.err, ['annalist check: cannot read missing.md: no such file']);
  });
});
