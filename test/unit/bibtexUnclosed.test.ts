import * as assert from 'node:assert/strict';
import { parseCorpusFile } from '../../src/core/corpus';
import { isolateUnclosedEntries } from '../../src/core/import/bibtexEntries';
import type { Source } from '../../src/core/model';

function importBib(text: string) {
  const parsed = parseCorpusFile({ path: 'library.bib', text });
  return { ...parsed, byId: new Map<string, Source>(parsed.sources.map((r) => [r.value.id, r.value])) };
}

const FIX = 'add the missing "}" (a brace meant as text is written \\{); the entries after it still load';

const AFTER = [
  '@book{second2002,',
  '  title = {Second Book},',
  '  author = {Doe, Jane},',
  '  publisher = pub,',
  '  date = {2002},',
  '}',
  '',
  '@article{third2003,',
  '  title = {Third},',
  '  journaltitle = {Journal},',
  '  date = {2003},',
  '}',
  '',
];

describe('a BibTeX entry whose braces never close', () => {
  it('is reported at the brace left open, with its key and field, and the entries after it load whole', () => {
    const text = [
      '@string{pub = {Hurst}}',
      '',
      '@book{first2001,',
      '  title = {First {Book},',
      '  author = {Smith, John},',
      '  date = {2001},',
      '}',
      '',
      ...AFTER,
    ].join('\n');
    const { byId, problems } = importBib(text);
    assert.deepEqual(problems, [
      {
        file: 'library.bib',
        line: 4,
        column: 11,
        field: 'first2001.title',
        message: `is left out: the "{" that opens the value of "title" here is not closed; ${FIX}`,
        severity: 'error',
      },
    ]);
    assert.deepEqual([...byId.keys()], ['second2002', 'third2003']);
    assert.deepEqual(byId.get('second2002'), {
      id: 'second2002',
      type: 'book',
      title: 'Second Book',
      author: [{ family: 'Doe', given: 'Jane' }],
      publisher: 'Hurst',
      issued: { 'date-parts': [[2002]] },
    });
    assert.equal(byId.get('third2003')?.['container-title'], 'Journal');
  });

  it('is reported at the entry\u2019s own brace when the "}" ending the entry is missing', () => {
    const text = ['@string{pub = {Hurst}}', '@book{first2001,', '  title = {First Book},', '  date = {2001},', '', ...AFTER].join('\n');
    const { byId, problems } = importBib(text);
    assert.deepEqual(problems, [
      {
        file: 'library.bib',
        line: 2,
        column: 6,
        field: 'first2001',
        message: `is left out: the "{" that opens the entry here is not closed; ${FIX}`,
        severity: 'error',
      },
    ]);
    assert.deepEqual([...byId.keys()], ['second2002', 'third2003']);
  });

  it('leaves out every unclosed entry on its own and loads the ones between them', () => {
    const entry = (key: string, title: string) => [`@book{${key},`, `  title = ${title},`, '  date = {1999},', '}', ''];
    const text = [...entry('a', '{A'), ...entry('b', '{B}'), ...entry('c', '{C {x}'), ...entry('d', '{D}'), ...entry('e', '{E')].join('\n');
    const { byId, problems } = importBib(text);
    assert.deepEqual([...byId.keys()], ['b', 'd']);
    assert.deepEqual(
      problems.map((p) => [p.line, p.column, p.field]),
      [
        [2, 11, 'a.title'],
        [12, 11, 'c.title'],
        [22, 11, 'e.title'],
      ],
    );
  });

  it('keeps a balanced entry whole, even with a line inside a value that looks like an entry', () => {
    const text = ['@book{whole,', '  title = {Whole},', '  note = {Written as', '@book{inside, title = {no}} in the margin},', '}', ''].join('\n');
    const { byId, problems } = importBib(text);
    assert.deepEqual(problems, []);
    assert.deepEqual([...byId.keys()], ['whole']);
    assert.equal(byId.get('whole')?.note, 'Written as @book{inside, title = {no}} in the margin'.replace(/[{}]/g, ''));
  });

  it('keeps every line where it was, so later problems point at the right place', () => {
    const text = '@book{a,\r\n  title = {A\r\n  date = {1999},\r\n}\r\n@book{b,\r\n  title = {B},\r\n  url = {ftp://files.example.org/x}\r\n}\r\n';
    const { text: blanked, unclosed } = isolateUnclosedEntries(text);
    assert.equal(blanked.length, text.length);
    assert.deepEqual(blanked.split('\n').length, text.split('\n').length);
    assert.deepEqual(unclosed.map((u) => [u.key, u.field]), [['a', 'title']]);
    const { problems } = importBib(text);
    assert.deepEqual(
      problems.map((p) => [p.line, p.field, p.severity]),
      [
        [2, 'a.title', 'error'],
        [7, 'b.url', 'warning'],
      ],
    );
  });
});
