import * as assert from 'node:assert/strict';
import { indexCorpus, type Corpus } from '../../src/core/model';
import { createPassageSearch, DEFAULT_LIMIT } from '../../src/core/search';
import { fixture, fixtureCorpus, ids, passage } from './searchFixture';

describe('passage search', () => {
  const search = createPassageSearch(fixture());
  const texts = (query: string, id: string) => {
    const hit = search.search(query).find((h) => h.passage.id === id);
    assert.ok(hit, `${id} not found for ${query}`);
    return hit.textRanges.map(([start, end]) => hit.passage.text.slice(start, end));
  };

  describe('an empty query', () => {
    it('lists passages in corpus order, up to the limit', () => {
      assert.deepEqual(ids(search.search('')), fixtureCorpus().passages.map((p) => p.id));
      assert.deepEqual(ids(search.search('   ', 2)), ['kosygin-visit', 'kosygin-patents']);
    });
  });

  describe('typos, partial words and word order', () => {
    it('finds the Kosygin passage for "kosigin patents"', () => {
      assert.equal(ids(search.search('kosigin patents'))[0], 'kosygin-patents');
    });

    it('tolerates a typo in the middle of a longer word', () => {
      assert.equal(ids(search.search('hungarain students'))[0], 'students-summoned');
    });

    it('does not match a word that merely shares letters', () => {
      assert.deepEqual(ids(search.search('pastels')), []);
      assert.deepEqual(ids(search.search('tents')), [], 'the end of "patents" is not a match');
    });

    it('completes a partial word, preferring the completion more passages hold', () => {
      const found = ids(search.search('collectiv'));
      assert.equal(found[0], 'collectivization-1954');
      assert.ok(found.includes('collective-leadership'));
    });

    it('completes only the word being typed from its first letter', () => {
      assert.deepEqual(ids(search.search('patents k')).slice(0, 1), ['kosygin-patents']);
      assert.deepEqual(ids(search.search('pat ')), []);
    });

    it('ranks the same whatever the word order', () => {
      assert.deepEqual(ids(search.search('patents kosygin')), ids(search.search('kosygin patents')));
    });
  });

  describe('ranking', () => {
    it('puts passages matching every word before those matching some', () => {
      const found = ids(search.search('kosygin 1961 patents'));
      assert.deepEqual(found.slice(0, 2), ['kosygin-patents', 'kosygin-visit']);
    });

    it('weighs people, places and themes above a passing mention', () => {
      assert.equal(ids(search.search('hungary'))[0], 'students-summoned');
    });

    it('skips stopwords unless the query has nothing else', () => {
      assert.deepEqual(ids(search.search('the kosygin of')), ids(search.search('kosygin')));
      assert.ok(search.search('the').length > 0);
    });

    it('returns at most the limit, 50 by default', () => {
      assert.equal(search.search('north', 1).length, 1);
      assert.equal(DEFAULT_LIMIT, 50);
    });
  });

  describe('fields', () => {
    it('searches people, places, themes (label and id), source author and title, and years', () => {
      assert.ok(ids(search.search('deng')).includes('mighty-people'));
      assert.ok(ids(search.search('poland')).includes('gomulka'));
      assert.ok(ids(search.search('nationalism')).includes('mighty-people'));
      assert.ok(ids(search.search('hungarian revolution')).includes('students-summoned'));
      assert.deepEqual(ids(search.search('lankov')).sort(), ['gomulka', 'textbooks']);
      assert.ok(ids(search.search('political line')).includes('kosygin-visit'));
      assert.deepEqual(ids(search.search('1957')), ['students-summoned']);
    });

    it('reads typographic apostrophes, quotes and dashes as plain text does', () => {
      const typographic = createPassageSearch(
        indexCorpus({ sources: [], themes: [], passages: [passage('hell', 'The people’s democracies – “a living hell” – don’t care.')] }),
      );
      assert.deepEqual(ids(typographic.search("people's")), ['hell']);
      assert.deepEqual(ids(typographic.search('"people democracies"')), ['hell']);
      assert.deepEqual(ids(typographic.search('dont')), ['hell']);
      const hit = typographic.search('"living hell"')[0];
      assert.deepEqual(hit.textRanges.map(([a, b]) => hit.passage.text.slice(a, b)), ['living hell']);
    });

    it('ignores diacritics and case', () => {
      assert.equal(ids(search.search('gomulka'))[0], 'gomulka');
      assert.equal(ids(search.search('GOMUŁKA'))[0], 'gomulka');
    });
  });

  describe('filters', () => {
    it('year:1956 returns only passages of 1956', () => {
      assert.deepEqual(ids(search.search('year:1956')), ['hungarian-revolution', 'students-summoned', 'gomulka']);
    });

    it('year:1953-1955 returns passages with a year in the range', () => {
      assert.deepEqual(ids(search.search('year:1953-1955')), ['collectivization-1954', 'collective-leadership', 'textbooks']);
    });

    it('theme: matches a theme by id or label and includes the themes below it', () => {
      assert.deepEqual(ids(search.search('theme:economy')), ['kosygin-visit', 'kosygin-patents', 'collectivization-1954']);
      assert.deepEqual(ids(search.search('theme:"hungarian revolution"')), ['hungarian-revolution', 'students-summoned']);
      assert.deepEqual(ids(search.search('theme:nonexistent')), []);
    });

    it('person: matches part of a name, and a misspelt one', () => {
      assert.deepEqual(ids(search.search('person:kosygin')), ['kosygin-visit', 'kosygin-patents']);
      assert.deepEqual(ids(search.search('person:kosigin')), ['kosygin-visit', 'kosygin-patents']);
      assert.deepEqual(ids(search.search('person:"kim il"')), ['kosygin-patents']);
    });

    it('source: matches a source id, author or title words', () => {
      assert.deepEqual(ids(search.search('source:lankov')), ['gomulka', 'textbooks']);
      assert.deepEqual(ids(search.search('source:lankov-2002')), ['gomulka', 'textbooks']);
    });

    it('combines filters with each other and with words', () => {
      assert.deepEqual(ids(search.search('year:1956 hungary')), ['students-summoned', 'hungarian-revolution']);
      assert.deepEqual(ids(search.search('theme:economy year:1961 patents')), ['kosygin-patents']);
      assert.deepEqual(ids(search.search('source:lankov year:1956')), ['gomulka']);
    });
  });

  describe('phrases', () => {
    it('requires the words of a quoted phrase in order', () => {
      assert.deepEqual(ids(search.search('"mighty people"')), ['mighty-people']);
      assert.deepEqual(ids(search.search('"people mighty"')), []);
    });

    it('matches a phrase still being typed', () => {
      assert.deepEqual(ids(search.search('"a mighty peo')), ['mighty-people']);
    });
  });

  describe('match ranges', () => {
    it('cover the matched words, typos and completions included', () => {
      assert.deepEqual(texts('kosigin patents', 'kosygin-patents'), ['Kosygin', 'patents']);
      assert.deepEqual(texts('collectiv', 'collectivization-1954'), ['collectivization']);
    });

    it('cover a phrase in full', () => {
      assert.deepEqual(texts('"mighty people"', 'mighty-people'), ['mighty people']);
    });

    it('are offsets in the original text, diacritics and all', () => {
      assert.deepEqual(texts('gomulka', 'gomulka'), ['Gomułka']);
    });
  });

  describe('laziness', () => {
    it('reads no passage until the first search that has words', () => {
      let reads = 0;
      const passages = fixtureCorpus().passages;
      const corpus = { sources: fixtureCorpus().sources, themes: fixtureCorpus().themes } as Corpus;
      Object.defineProperty(corpus, 'passages', {
        get: () => {
          reads++;
          return passages;
        },
      });
      const index = { corpus, sourceById: new Map(), passageById: new Map(), themeById: new Map() };
      const lazy = createPassageSearch(index);
      lazy.update(index);
      assert.equal(reads, 0);
      assert.deepEqual(ids(lazy.search('kosygin')), ['kosygin-visit', 'kosygin-patents']);
      assert.ok(reads > 0);
    });

    it('handles a corpus without passages', () => {
      const empty = createPassageSearch(indexCorpus({ sources: [], themes: [], passages: [] }));
      assert.deepEqual(empty.search('kosygin'), []);
      assert.deepEqual(empty.search(''), []);
      assert.deepEqual(empty.search('year:1956'), []);
    });

    it('never throws on odd input', () => {
      const odd = createPassageSearch(indexCorpus({ sources: [], themes: [], passages: [passage('x', "Korea's \"odd\" text — «quoted»")] }));
      for (const q of ['"', '""', ':', 'theme:', 'year:-', '"unclosed', '***', '\u0000', 'korea\'s']) {
        assert.doesNotThrow(() => odd.search(q), q);
      }
      assert.deepEqual(ids(odd.search("korea's")), ['x']);
    });
  });
});
