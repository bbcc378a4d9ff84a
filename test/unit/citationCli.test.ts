/**
 * The `annalist cite`, `bib` and `export` commands, run in memory on the bundled two sources
 * and a quotation passage.
 */
import * as assert from 'assert';
import { runBib } from '../../src/cli/bibCommand';
import { runCite } from '../../src/cli/citeCommand';
import { runExport } from '../../src/cli/exportCommand';
import { indexCorpus, type Passage } from '../../src/core/model';
import { BLOG, SZALONTAI } from './fixtures/citation/sources';

const QUOTE: Passage = {
  id: 'dependency-on-soviet-expertise', source: BLOG.id, original: SZALONTAI.id, kind: 'quotation',
  text: 'necessitated an inordinate dependency on Soviet expertise.', themes: [], people: [], places: [], years: [],
};
const corpus = indexCorpus({ sources: [BLOG, SZALONTAI], passages: [QUOTE], themes: [] });

function run(cmd: (args: string[], io: Parameters<typeof runCite>[1]) => number, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = cmd(args, { out: (s) => out.push(s), err: (s) => err.push(s), corpus });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('citation CLI: annalist cite', () => {
  it('cites a quotation passage as the original quoted in the blog, Chicago note in plain text by default', () => {
    const r = run(runCite, [QUOTE.id, '--locator', '2']);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /^Balázs Szalontai, “‘You Have No .*\(Winter 2003–Spring 2004\), quoted in North Korea and the Soviets 1953-1964, December 7, 2007, 2, http/);
  });
  it('cites a source id in another style, form and format', () => {
    const r = run(runCite, [SZALONTAI.id, '--style=apa', '--form', 'in-text', '--format', 'html', '--locator', 'pp. 12-14']);
    assert.deepStrictEqual(r, { code: 0, out: '(Szalontai, 2003–2004, pp. 12–14)', err: '' });
  });
  it('rejects unknown options and values with exit code 2', () => {
    for (const args of [[BLOG.id, '--colour', 'red'], [BLOG.id, '--style', 'harvard'], [BLOG.id, '--form', 'footnote'],
      [BLOG.id, '--format', 'rtf'], [BLOG.id, '--locator', '???'], [], [BLOG.id, SZALONTAI.id], [BLOG.id, '--style']]) {
      const r = run(runCite, args);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.err, /annalist cite: .*\nusage: annalist cite/);
    }
  });
  it('reports an unknown id with exit code 1', () => {
    const r = run(runCite, ['no-such-id']);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /no passage or source with id "no-such-id"/);
  });
});

describe('citation CLI: annalist bib', () => {
  it('prints every source, sorted, when no id is given', () => {
    const r = run(runBib, ['--style', 'modern-language-association', '--format', 'markdown']);
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(r.out.split('\n').map((l) => l.slice(0, 14)), ['*North Korea a', 'Szalontai, Bal']);
  });
  it('takes source and passage ids, once each', () => {
    const r = run(runBib, [SZALONTAI.id, QUOTE.id, BLOG.id]);
    assert.strictEqual(r.out.split('\n').length, 2);
  });
  it('rejects --form and unknown values with exit code 2', () => {
    assert.strictEqual(run(runBib, ['--form', 'note']).code, 2);
    assert.strictEqual(run(runBib, ['--format', 'docx']).code, 2);
  });
});

describe('citation CLI: annalist export', () => {
  it('exports CSL-JSON and BibTeX', () => {
    const json = run(runExport, ['--format', 'csl-json']);
    assert.strictEqual(json.code, 0);
    assert.deepStrictEqual(JSON.parse(json.out).map((i: { id: string }) => i.id), [BLOG.id, SZALONTAI.id]);
    const bib = run(runExport, ['--format=bibtex']);
    assert.match(bib.out, /^@online\{msiow-2007-north-korea-soviets,/);
  });
  it('requires a known --format (exit code 2)', () => {
    assert.strictEqual(run(runExport, []).code, 2);
    assert.strictEqual(run(runExport, ['--format', 'ris']).code, 2);
    assert.strictEqual(run(runExport, ['--format', 'bibtex', '--all']).code, 2);
  });
});
