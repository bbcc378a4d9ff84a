import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusFileFormat, parseCorpusFile } from '../../src/core/corpus';
import { parseDate } from '../../src/core/import/dates';
import type { Source } from '../../src/core/model';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/workspace/sources/zotero.json');

function importCsl(items: unknown, file = 'library.json') {
  const text = typeof items === 'string' ? items : JSON.stringify(items, null, 2);
  const parsed = parseCorpusFile({ path: file, text });
  return { ...parsed, text, byId: new Map<string, Source>(parsed.sources.map((r) => [r.value.id, r.value])) };
}

describe('importing CSL-JSON from Zotero and Better BibTeX', () => {
  it('tells CSL-JSON from corpus files by name and content', () => {
    assert.equal(corpusFileFormat('library.json', '[\n  {"id": "x"}\n]'), 'csl-json');
    assert.equal(corpusFileFormat('library.csl.json', '{}'), 'csl-json');
    assert.equal(corpusFileFormat('notes.json', '{"passages": []}'), 'json');
    assert.equal(corpusFileFormat('notes.annalist.json', '[]'), 'json');
    assert.equal(corpusFileFormat('notes.annalist.yml', ''), 'yaml');
    assert.equal(corpusFileFormat('library.bib', ''), 'bibtex');
  });

  it('reads a Zotero export: item keys and citation keys as ids, numbers and dates cleaned, unused fields left out', () => {
    const { byId, problems, notes } = importCsl(fs.readFileSync(FIXTURE, 'utf8'), FIXTURE);
    assert.deepEqual([...byId.keys()], ['RK4D7N2P', 'shenChinaPostWarReconstruction2012', 'testerSecondFixtureNote2024']);
    assert.deepEqual(byId.get('RK4D7N2P'), {
      id: 'RK4D7N2P',
      type: 'article-journal',
      'container-title': 'Cold War International History Project Bulletin',
      issue: '14/15',
      page: '87-103',
      title: '"You Have No Political Line of Your Own": Kim Il Sung and the Soviets, 1953-1964',
      author: [{ family: 'Szalontai', given: 'Bal\u00e1zs' }],
      issued: { 'date-parts': [[2003]] },
    });
    assert.deepEqual(byId.get('shenChinaPostWarReconstruction2012')?.accessed, { 'date-parts': [[2024, 3, 2]] });
    assert.deepEqual(problems.map((p) => [p.field, p.severity, p.message]), [
      ['[2].type', 'warning', '"document" is not a type Annalist formats; cited as "manuscript"'],
    ]);
    assert.deepEqual(notes, ['fields not used for citations, left out: language, source']);
  });

  it('cleans what Zotero writes loosely: numbers as text, raw dates, rich text, names without a family name', () => {
    const { byId, problems } = importCsl([
      {
        id: 'lankov',
        type: 'book',
        title: 'From Stalin to Kim Il Sung: The Formation of <i>North Korea</i>, 1945&amp;1960',
        shortTitle: 'From Stalin to Kim Il Sung',
        edition: 2,
        volume: 1,
        author: [{ family: 'Lankov', given: 'Andrei', 'parse-names': false }, { given: 'Anonymous' }],
        issued: { 'date-parts': [[2002, '3']] },
        accessed: { raw: '2024-01-05' },
        DOI: 'doi: 10.1000/abc',
      },
    ]);
    assert.deepEqual(problems, []);
    assert.deepEqual(byId.get('lankov'), {
      id: 'lankov',
      type: 'book',
      title: 'From Stalin to Kim Il Sung: The Formation of North Korea, 1945&1960',
      'title-short': 'From Stalin to Kim Il Sung',
      edition: '2',
      volume: '1',
      author: [{ family: 'Lankov', given: 'Andrei' }, { literal: 'Anonymous' }],
      issued: { 'date-parts': [[2002, 3]] },
      accessed: { 'date-parts': [[2024, 1, 5]] },
      DOI: '10.1000/abc',
    });
  });

  it('reports each item\u2019s problems at the item\u2019s own field, and keeps the other items', () => {
    const { byId, problems, text } = importCsl([
      { id: 'ok', type: 'book', title: 'Fine' },
      { id: 'no-title', type: 'book' },
      { id: 'odd-url', type: 'webpage', title: 'A Page', URL: 'ftp://example.org' },
      { id: 'conf', type: 'paper-conference', title: 'A Talk' },
      42,
    ]);
    assert.deepEqual([...byId.keys()], ['ok', 'odd-url', 'conf']);
    const lines = text.split('\n');
    const at = (field: string) => problems.find((p) => p.field === field);
    assert.equal(at('[1].title')?.severity, 'error');
    assert.equal(at('[2].URL')?.severity, 'warning');
    assert.equal(lines[(at('[2].URL')?.line ?? 0) - 1].trim(), '"URL": "ftp://example.org"');
    assert.match(at('[3].type')?.message ?? '', /"paper-conference" .* cited as "chapter"/);
    assert.equal(at('[4]')?.severity, 'error');
  });

  it('refuses a CSL-JSON file that is not a list, and a file with a syntax error keeps the items before it', () => {
    assert.match(importCsl('{"items": []}', 'x.csl.json').problems[0].message, /must be a list of items/);
    const broken = importCsl('[{"id": "a", "type": "book", "title": "A"}, {"id": "b" "type": "book"}]');
    assert.deepEqual([...broken.byId.keys()], ['a']);
    assert.match(broken.problems[0].message, /JSON syntax error: comma expected/);
  });

  it('reads EDTF dates as BibLaTeX and Zotero write them', () => {
    assert.deepEqual(parseDate('1957'), { 'date-parts': [[1957]] });
    assert.deepEqual(parseDate('2003-24/2004-21'), { 'date-parts': [[2003, 24], [2004, 21]] });
    assert.deepEqual(parseDate('1960?'), { 'date-parts': [[1960]], circa: true });
    assert.deepEqual(parseDate('1956-13'), { literal: '1956-13' });
    assert.deepEqual(parseDate('Spring 1956'), { literal: 'Spring 1956' });
    assert.equal(parseDate('  '), undefined);
  });
});
