import * as assert from 'node:assert/strict';
import { indexCorpus, type Corpus, type Passage } from '../../src/core/model';
import { groupByPerson, groupBySource, groupByTheme, groupByYear, groupPassages, type PassageGroup } from '../../src/core/passageGroups';
import { comparePeople, knownFamilyNames, personSortKey } from '../../src/core/personSortKey';

function passage(id: string, fields: Partial<Passage>): Passage {
  return { id, source: 'blog', kind: 'paraphrase', text: id, themes: [], people: [], places: [], years: [], ...fields };
}

const corpus: Corpus = {
  sources: [
    { id: 'blog', type: 'post-weblog', title: 'North Korea and the Soviets 1953-1964', issued: { 'date-parts': [[2007, 12, 7]] } },
    { id: 'article', type: 'article-journal', title: 'An Article', author: [{ family: 'Szalontai', given: 'Balázs' }], issued: { 'date-parts': [[2003]] } },
    { id: 'unused', type: 'book', title: 'A Book Nobody Quotes', author: [{ family: 'Aardvark', given: 'Ann' }] },
    { id: 'memoir', type: 'book', title: 'Memoir', author: [{ family: 'Gaulle', given: 'Charles', 'non-dropping-particle': 'de' }] },
  ],
  themes: [
    { id: 'economy', label: 'Economy', description: 'd' },
    { id: 'trade', label: 'Trade', description: 'd', parent: 'economy' },
    { id: 'debt', label: 'Debt', description: 'd', parent: 'trade' },
    { id: 'empty', label: 'Empty', description: 'd' },
    { id: 'orphan', label: 'Orphan', description: 'd', parent: 'missing' },
  ],
  passages: [
    passage('p1', { themes: ['economy'], years: [1956], people: ['Kim Il Sung'] }),
    passage('p2', { themes: ['trade', 'economy'], kind: 'quotation', original: 'article', speaker: 'Balázs Szalontai', years: [1954, 1956, 1956] }),
    passage('p3', { themes: ['debt'], kind: 'actor-quotation', original: 'article', speaker: 'Alexei Kosygin', people: ['Alexei Kosygin', 'Kim Il Sung'] }),
    passage('p4', { themes: ['orphan'], original: 'article', speaker: 'the Soviets', years: [1961] }),
  ],
};
const index = indexCorpus(corpus);

/** Each group as `label (count): passage ids`, subgroups indented. */
function outline(groups: readonly PassageGroup[], indent = ''): string[] {
  return groups.flatMap((g) => [
    `${indent}${g.label} (${g.count}): ${g.passages.map((p) => p.id).join(' ')}`,
    ...outline(g.subgroups, `${indent}  `),
  ]);
}

describe('passage groups', () => {
  it('nests themes, lists subthemes before passages and counts each passage once', () => {
    assert.deepEqual(outline(groupByTheme(index, corpus.passages)), [
      'Economy (3): p1 p2',
      '  Trade (2): p2',
      '    Debt (1): p3',
      'Orphan (1): p4',
    ]);
  });

  it('leaves out themes without passages, and themes whose passages the filter removed', () => {
    const narrowed = groupByTheme(index, [corpus.passages[2]]);
    assert.deepEqual(outline(narrowed), ['Economy (1): ', '  Trade (1): ', '    Debt (1): p3']);
    assert.deepEqual(groupByTheme(index, []), []);
  });

  it('survives a cycle among themes', () => {
    const cyclic = indexCorpus({
      ...corpus,
      themes: [
        { id: 'a', label: 'A', description: 'd', parent: 'b' },
        { id: 'b', label: 'B', description: 'd', parent: 'a' },
        { id: 'root', label: 'Root', description: 'd' },
      ],
      passages: [passage('x', { themes: ['a', 'root'] })],
    });
    assert.deepEqual(outline(groupByTheme(cyclic, cyclic.corpus.passages)), ['Root (1): x']);
  });

  it('puts a passage under the work it is cited as: quotations under the original, the rest under the source', () => {
    assert.deepEqual(outline(groupBySource(index, corpus.passages)), [
      '\u201cNorth Korea and the Soviets 1953-1964\u201d 2007 (2): p1 p4',
      'Szalontai 2003 (2): p2 p3',
    ]);
    const [blog] = groupBySource(index, corpus.passages);
    assert.equal(blog.key, 'source:blog');
    assert.equal(blog.subject.kind === 'source' && blog.subject.source.id, 'blog');
  });

  it('groups people who are mentioned or speak, by family name, a passage once per person', () => {
    assert.deepEqual(outline(groupByPerson(index, corpus.passages)), [
      'Kim Il Sung (2): p1 p3',
      'Alexei Kosygin (1): p3',
      'the Soviets (1): p4',
      'Balázs Szalontai (1): p2',
    ]);
  });

  it('orders years ascending, a passage under each of its years once, undated passages last', () => {
    assert.deepEqual(outline(groupByYear(corpus.passages)), ['1954 (1): p2', '1956 (2): p1 p2', '1961 (1): p4', 'Undated (1): p3']);
    assert.deepEqual(
      groupByYear(corpus.passages).map((g) => g.key),
      ['year:1954', 'year:1956', 'year:1961', 'undated'],
    );
    assert.deepEqual(outline(groupByYear([corpus.passages[0]])), ['1956 (1): p1'], 'no Undated group when every passage is dated');
  });

  it('dispatches on the grouping and defaults to every passage', () => {
    assert.deepEqual(groupPassages('timeline', index), groupByYear(corpus.passages));
    assert.deepEqual(groupPassages('people', index, []), []);
  });
});

describe('sorting people by family name', () => {
  const known = knownFamilyNames(corpus.sources);

  it('takes the family name from the corpus where a source spells the name out', () => {
    assert.equal(personSortKey('Balázs Szalontai', known), 'Szalontai Balázs');
    assert.equal(personSortKey('Charles de Gaulle', known), 'de Gaulle Charles');
  });

  it('otherwise sorts by the last word, keeps East Asian family names first and drops a leading article', () => {
    assert.equal(personSortKey('Alexei Kosygin'), 'Kosygin Alexei');
    assert.equal(personSortKey('Kim Il Sung'), 'Kim Il Sung');
    assert.equal(personSortKey('Deng Xiaoping'), 'Deng Xiaoping');
    assert.equal(personSortKey('Ho Chi Minh'), 'Ho Chi Minh');
    assert.equal(personSortKey('the North Koreans'), 'North Koreans');
    assert.equal(personSortKey('Stalin'), 'Stalin');
  });

  it('compares without regard to accents or case', () => {
    const names = ['Balázs Szalontai', 'Alexei Kosygin', 'the Soviets', 'Deng Xiaoping', 'Kim Il Sung', 'Nikita Khrushchev', 'Ernő Gerő'];
    assert.deepEqual([...names].sort((a, b) => comparePeople(a, b, known)), [
      'Deng Xiaoping',
      'Ernő Gerő',
      'Nikita Khrushchev',
      'Kim Il Sung',
      'Alexei Kosygin',
      'the Soviets',
      'Balázs Szalontai',
    ]);
  });
});
