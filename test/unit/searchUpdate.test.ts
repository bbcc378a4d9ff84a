import * as assert from 'node:assert/strict';
import { indexCorpus, type Corpus, type Passage } from '../../src/core/model';
import { createPassageSearch } from '../../src/core/search';
import { fixtureCorpus, ids, passage } from './searchFixture';

describe('passage search updates', () => {
  function setUp() {
    const corpus = fixtureCorpus();
    const search = createPassageSearch(indexCorpus(corpus));
    search.search('kosygin'); // builds the index
    return { corpus, search };
  }
  const withPassages = (corpus: Corpus, passages: Passage[]): Corpus => ({ ...corpus, passages });

  it('finds an added passage', () => {
    const { corpus, search } = setUp();
    const added = passage('chollima', 'The Chollima movement, launched in 1958, asked workers to advance at the speed of the winged horse.', { years: [1958] });
    search.update(indexCorpus(withPassages(corpus, [...corpus.passages, added])));
    assert.deepEqual(ids(search.search('cholima horse')), ['chollima']);
    assert.deepEqual(ids(search.search('year:1958')), ['chollima']);
    assert.equal(search.search('').at(-1)?.passage.id, 'chollima');
  });

  it('forgets a removed passage', () => {
    const { corpus, search } = setUp();
    search.update(indexCorpus(withPassages(corpus, corpus.passages.filter((p) => p.id !== 'kosygin-patents'))));
    assert.deepEqual(ids(search.search('kosygin patents')), ['kosygin-visit']);
    assert.deepEqual(ids(search.search('person:kim')), []);
  });

  it('re-indexes a changed passage', () => {
    const { corpus, search } = setUp();
    const changed = corpus.passages.map((p) => (p.id === 'textbooks' ? { ...p, text: 'Soviet textbooks were translated for Kim Il Sung University.' } : p));
    search.update(indexCorpus(withPassages(corpus, changed)));
    assert.deepEqual(ids(search.search('university textbooks')), ['textbooks']);
    assert.deepEqual(ids(search.search('largest share')), []);
  });

  it('removes, changes and adds in one update', () => {
    const { corpus, search } = setUp();
    const next = corpus.passages
      .filter((p) => p.id !== 'gomulka')
      .map((p) => (p.id === 'textbooks' ? { ...p, text: 'Textbooks came from Moscow.' } : p));
    search.update(indexCorpus(withPassages(corpus, [passage('pueblo', 'The seizure of the USS Pueblo.'), ...next])));
    assert.deepEqual(ids(search.search('gomulka')), []);
    assert.equal(ids(search.search('textbooks moscow'))[0], 'textbooks');
    assert.deepEqual(ids(search.search('', 2)), ['pueblo', 'kosygin-visit']);
    assert.deepEqual(ids(search.search('source:lankov')), ['textbooks']);
  });

  it('follows a new passage order for empty queries and ties', () => {
    const { corpus, search } = setUp();
    search.update(indexCorpus(withPassages(corpus, [...corpus.passages].reverse())));
    assert.deepEqual(ids(search.search('')), [...corpus.passages].reverse().map((p) => p.id));
    assert.deepEqual(ids(search.search('person:kosygin')), ['kosygin-patents', 'kosygin-visit']);
  });

  it('re-indexes the passages of a source whose title changed', () => {
    const { corpus, search } = setUp();
    const sources = corpus.sources.map((s) => (s.id === 'lankov-2002' ? { ...s, title: 'The Formation of North Korea' } : s));
    search.update(indexCorpus({ ...corpus, sources }));
    assert.deepEqual(ids(search.search('formation')).sort(), ['gomulka', 'textbooks']);
    assert.deepEqual(ids(search.search('source:formation')), ['gomulka', 'textbooks']);
  });

  it('re-indexes the passages of a theme whose label changed', () => {
    const { corpus, search } = setUp();
    const themes = corpus.themes.map((t) => (t.id === 'nationalism' ? { ...t, label: 'Juche' } : t));
    search.update(indexCorpus({ ...corpus, themes }));
    assert.deepEqual(ids(search.search('juche')), ['mighty-people']);
  });

  it('reads only what changed, not the whole corpus', () => {
    const { corpus, search } = setUp();
    let reads = 0;
    const watched = corpus.passages.map((p) => {
      const copy = { ...p };
      Object.defineProperty(copy, 'text', {
        enumerable: true,
        get: () => {
          reads++;
          return p.text;
        },
      });
      return copy;
    });
    search.update(indexCorpus(withPassages(corpus, watched)));
    search.search('kosygin');
    const afterReload = reads;
    search.update(indexCorpus(withPassages(corpus, [...watched, passage('pueblo', 'The seizure of the USS Pueblo in January 1968.')])));
    assert.deepEqual(ids(search.search('pueblo')), ['pueblo']);
    assert.equal(reads - afterReload <= 2, true, `unchanged passages were read again (${reads - afterReload} reads)`);
  });

  it('returns the newly loaded objects of unchanged passages', () => {
    const { corpus, search } = setUp();
    const reloaded = fixtureCorpus();
    search.update(indexCorpus(reloaded));
    assert.equal(search.search('kosigin patents')[0].passage, reloaded.passages[1]);
    assert.notEqual(reloaded.passages[1], corpus.passages[1]);
  });

  it('stays correct through many removals and additions', () => {
    const { corpus, search } = setUp();
    const extra = Array.from({ length: 300 }, (_, i) => passage(`extra-${i}`, `Filler passage number ${i} about the harvest of ${1950 + (i % 10)}.`, { years: [1950 + (i % 10)] }));
    search.update(indexCorpus(withPassages(corpus, [...corpus.passages, ...extra])));
    assert.equal(search.search('harvest', 1000).length, 300);
    // Removing most of them compacts the postings; adding again reuses the freed slots.
    search.update(indexCorpus(withPassages(corpus, [...corpus.passages, ...extra.slice(0, 20)])));
    assert.equal(search.search('harvest', 1000).length, 20);
    assert.equal(search.search('year:1951', 1000).length, 2);
    const again = Array.from({ length: 50 }, (_, i) => passage(`again-${i}`, `Another passage about the harvest, number ${i}.`));
    search.update(indexCorpus(withPassages(corpus, [...corpus.passages, ...extra.slice(0, 20), ...again])));
    assert.equal(search.search('harvest', 1000).length, 70);
    assert.equal(ids(search.search('kosigin patents'))[0], 'kosygin-patents');
    assert.deepEqual(ids(search.search('year:1956')), ['hungarian-revolution', 'students-summoned', 'gomulka', 'extra-6', 'extra-16']);
  });

  it('accepts updates before the first search', () => {
    const corpus = fixtureCorpus();
    const search = createPassageSearch(indexCorpus(withPassages(corpus, [])));
    search.update(indexCorpus(corpus));
    assert.equal(ids(search.search('kosigin patents'))[0], 'kosygin-patents');
  });
});
