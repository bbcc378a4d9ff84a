import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPassageSearch } from '../../src/core/search';
import { bundledCorpus, CORPUS_DIR } from './support/bundledCorpus';

describe('passage search on the bundled corpus', function () {
  if (!fs.existsSync(path.join(CORPUS_DIR, 'passages.json'))) {
    it.skip('needs corpus/passages.json');
    return;
  }
  const index = bundledCorpus();
  const search = createPassageSearch(index);
  const first = (query: string) => search.search(query)[0]?.passage;

  it('"kosigin patents" finds the Kosygin passage first', () => {
    const hit = first('kosigin patents');
    assert.ok(hit);
    assert.ok(hit.people.includes('Alexei Kosygin') || hit.text.includes('Kosygin'), hit.id);
    assert.match(hit.text, /patents/);
  });

  it('"collectiv" finds the collectivization passage first', () => {
    assert.match(first('collectiv')?.text ?? '', /collectivization/);
  });

  it('year:1956 returns only, and all, the passages of 1956', () => {
    const found = search.search('year:1956', Infinity).map((h) => h.passage.id);
    const expected = index.corpus.passages.filter((p) => p.years.includes(1956)).map((p) => p.id);
    assert.ok(expected.length > 0);
    assert.deepEqual(found, expected);
  });

  it('answers every prefix of a query as typed', () => {
    const query = 'theme:collectivization soviets';
    for (let n = 1; n <= query.length; n++) assert.doesNotThrow(() => search.search(query.slice(0, n)));
    assert.ok(search.search(query).length > 0);
  });
});
