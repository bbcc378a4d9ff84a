import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCorpusFile } from '../../src/core/corpus';
import type { Source } from '../../src/core/model';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/workspace/sources/zotero-better-biblatex.bib');

function importBib(text: string, file = 'library.bib') {
  const parsed = parseCorpusFile({ path: file, text });
  return { ...parsed, byId: new Map<string, Source>(parsed.sources.map((r) => [r.value.id, r.value])) };
}

describe('importing BibTeX and BibLaTeX from Zotero and Better BibTeX', () => {
  it('reads a Better BibTeX export: keys as ids, protected words and LaTeX decoded, titles kept as printed', () => {
    const text = fs.readFileSync(FIXTURE, 'utf8');
    const { byId, problems, notes, sources } = importBib(text);
    assert.deepEqual(problems, []);
    assert.equal(sources.length, 5);
    assert.deepEqual(byId.get('lankovStalinKimIl2002'), {
      id: 'lankovStalinKimIl2002',
      type: 'book',
      title: 'From Stalin to Kim Il Sung: The Formation of North Korea, 1945\u20131960',
      'title-short': 'From Stalin to Kim Il Sung',
      author: [{ family: 'Lankov', given: 'Andrei' }],
      publisher: 'Hurst & Company',
      'publisher-place': 'London',
      issued: { 'date-parts': [[2002]] },
    });
    assert.deepEqual(byId.get('szalontaiKimIlSung2005')?.author, [{ family: 'Szalontai', given: 'Bal\u00e1zs' }], '{\\\'a} is \u00e1');
    assert.equal(byId.get('szalontaiKimIlSung2005')?.publisher, 'Woodrow Wilson Center Press and Stanford University Press');
    const person = byId.get('personWeNeedHelp2006');
    assert.equal(person?.title, '"We Need Help from Outside": The North Korean Opposition Movement of 1956', '\\enquote becomes plain quotation marks');
    assert.equal(person?.type, 'report');
    assert.equal(person?.number, '52');
    assert.equal(person?.genre, 'Cold War International History Project Working Paper');
    assert.deepEqual(person?.issued, { 'date-parts': [[2006, 8]] });
    assert.deepEqual(person?.accessed, { 'date-parts': [[2024, 3, 2]] });
    assert.equal(byId.get('testerFixtureNoteAnnalist2024')?.type, 'manuscript');
    assert.equal(byId.get('testerFixtureNoteAnnalist2024')?.medium, 'Typescript');
    assert.deepEqual(notes, ['fields not used for citations, left out: file, isbn, keywords, langid']);
    assert.equal(sources.find((r) => r.value.id === 'lankovStalinKimIl2002')?.line, text.split('\n').findIndex((l) => l.includes('@book{lankov')) + 1);
  });

  it('maps BibLaTeX types and fields to the CSL fields Annalist cites with', () => {
    const { byId, problems } = importBib(`
@article{np, title = {Soviet Aid}, journaltitle = {The New York Times}, entrysubtype = {newspaper}, date = {1957-12-07}}
@article{mag, title = {Juche}, journaltitle = {Time}, entrysubtype = {magazine}, year = {1956}, month = dec}
@article{art, title = {An Article}, journal = {A Journal}, volume = {14}, number = {3}, pages = {87--103}, doi = {https://doi.org/10.1000/xyz}}
@incollection{ch, title = {A Chapter}, booktitle = {The Book}, editor = {Doe, Jane and {United Nations}}, pages = {5-9}, year = {1999}}
@phdthesis{th, title = {A Thesis}, author = {van Beethoven, Ludwig}, school = {Harvard University}, year = {1999}}
@letter{let, title = {Letter to Khrushchev}, author = {Kim, Il Sung}, date = {1956-21}}
@online{web, title = {A Page}, url = {https://example.org/a}, urldate = {2020-05-03T10:00:00}, date = {2007~}}
@book{range, title = {Collected}, date = {1990/1992}, location = {London and New York}, series = {A Series}, edition = {2}, translator = {Lee, C.}}
`);
    assert.deepEqual(problems, []);
    assert.equal(byId.get('np')?.type, 'article-newspaper');
    assert.equal(byId.get('mag')?.type, 'article-magazine');
    assert.deepEqual(byId.get('mag')?.issued, { 'date-parts': [[1956, 12]] });
    assert.deepEqual(
      { ...byId.get('art') },
      { id: 'art', type: 'article-journal', title: 'An Article', 'container-title': 'A Journal', volume: '14', issue: '3', page: '87-103', DOI: '10.1000/xyz' },
    );
    assert.equal(byId.get('ch')?.type, 'chapter');
    assert.equal(byId.get('ch')?.['container-title'], 'The Book');
    assert.deepEqual(byId.get('ch')?.editor, [{ family: 'Doe', given: 'Jane' }, { literal: 'United Nations' }]);
    assert.deepEqual(byId.get('th'), {
      id: 'th',
      type: 'thesis',
      title: 'A Thesis',
      author: [{ family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' }],
      publisher: 'Harvard University',
      genre: 'PhD diss.',
      issued: { 'date-parts': [[1999]] },
    });
    assert.equal(byId.get('let')?.type, 'letter');
    assert.deepEqual(byId.get('let')?.issued, { 'date-parts': [[1956, 21]] }, 'a season is month 21-24');
    assert.equal(byId.get('web')?.type, 'webpage');
    assert.deepEqual(byId.get('web')?.accessed, { 'date-parts': [[2020, 5, 3]] });
    assert.deepEqual(byId.get('web')?.issued, { 'date-parts': [[2007]], circa: true });
    assert.deepEqual(byId.get('range')?.issued, { 'date-parts': [[1990], [1992]] });
    assert.equal(byId.get('range')?.['publisher-place'], 'London and New York');
  });

  it('reports syntax errors at their line and leaves out only the entry they fall into', () => {
    const text = [
      '@book{good1, title = {Good One}, date = {2001}}',
      '@book{broken, title = {Broken}',
      '  author = {Doe, Jane}}',
      '@book{good2, title = {Good Two}, date = {2002}}',
      '@book{unclosed, title = {Never closed}',
      '',
    ].join('\n');
    const { byId, problems } = importBib(text);
    assert.deepEqual([...byId.keys()], ['good1', 'good2']);
    const errors = problems.filter((p) => p.severity === 'error');
    assert.ok(errors.some((p) => p.line === 3 && /BibTeX syntax error/.test(p.message)));
    assert.ok(errors.some((p) => p.field === 'broken' && p.line === 2 && /left out/.test(p.message)));
    assert.ok(errors.some((p) => p.field === 'unclosed' && p.line === 5 && /not closed/.test(p.message)));
  });

  it('leaves out a field that breaks the schema with a warning at that field, and keeps the source', () => {
    const text = '@online{site,\n  title = {A Site},\n  url = {ftp://files.example.org/x}\n}\n';
    const { byId, problems } = importBib(text);
    assert.equal(byId.get('site')?.URL, undefined);
    assert.equal(problems.length, 1);
    assert.deepEqual([problems[0].severity, problems[0].field, problems[0].line, problems[0].column], ['warning', 'site.url', 3, 3]);
  });

  it('refuses an entry without a title or with a key that cannot be an id, and says where', () => {
    const { byId, problems } = importBib('@book{notitle, author = {Doe, Jane}}\n@book{bad!key, title = {T}}\n');
    assert.equal(byId.size, 0);
    assert.deepEqual(problems.map((p) => [p.field, p.severity]), [
      ['notitle.title', 'error'],
      ['bad!key.id', 'error'],
    ]);
  });

  it('warns about an undefined @string at the field that uses it', () => {
    const { byId, problems } = importBib('@article{x,\n  title = {X},\n  journaltitle = cwihp\n}\n');
    assert.equal(byId.get('x')?.['container-title'], 'cwihp');
    assert.deepEqual(problems.map((p) => [p.field, p.line, p.message]), [['x.journaltitle', 3, 'uses the @string "cwihp", which is not defined']]);
  });
});
