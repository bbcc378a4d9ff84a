import * as assert from 'node:assert/strict';
import { attributionChain, snippet, sourceLabel } from '../../src/core/describePassage';
import { indexCorpus, type Corpus } from '../../src/core/model';

const corpus: Corpus = {
  sources: [
    { id: 'blog', type: 'post-weblog', title: 'North Korea and the Soviets 1953-1964', issued: { 'date-parts': [[2007, 12, 7]] } },
    {
      id: 'article',
      type: 'article-journal',
      title: 'An Article',
      author: [{ family: 'Szalontai', given: 'Balázs' }],
      issued: { 'date-parts': [[2003, 24], [2004, 21]] },
    },
  ],
  themes: [{ id: 't', label: 'Theme', description: 'A theme.' }],
  passages: [
    { id: 'k', source: 'blog', original: 'article', kind: 'actor-quotation', speaker: 'Alexei Kosygin', text: 'x', themes: ['t'], people: [], places: [], years: [] },
    { id: 's', source: 'blog', original: 'article', kind: 'quotation', speaker: 'Balázs Szalontai', text: 'x', themes: ['t'], people: [], places: [], years: [] },
    { id: 'p', source: 'blog', original: 'article', kind: 'paraphrase', text: 'x', themes: ['t'], people: [], places: [], years: [] },
  ],
};
const index = indexCorpus(corpus);

describe('describing passages', () => {
  it('shortens at a word boundary with an ellipsis', () => {
    assert.equal(snippet('one two three four', 12), 'one two\u2026');
    assert.equal(snippet('  short  text ', 40), 'short text');
  });

  it('labels a source by author and year, or by title when the author is unknown', () => {
    assert.equal(sourceLabel(corpus.sources[1]), 'Szalontai 2003');
    assert.equal(sourceLabel(corpus.sources[0]), '\u201cNorth Korea and the Soviets 1953-1964\u201d 2007');
  });

  it('follows the words from their speaker through each source that passed them on', () => {
    assert.deepEqual(attributionChain(corpus.passages[0], index), ['Alexei Kosygin', 'Szalontai 2003', '\u201cNorth Korea and the Soviets 1953-1964\u201d 2007']);
    assert.deepEqual(attributionChain(corpus.passages[1], index), ['Szalontai 2003', '\u201cNorth Korea and the Soviets 1953-1964\u201d 2007']);
    assert.deepEqual(attributionChain(corpus.passages[2], index), ['\u201cNorth Korea and the Soviets 1953-1964\u201d 2007']);
  });
});
