/**
 * Unit tests of the citation engine's behaviour on the bundled corpus's two sources, with the
 * expected strings checked against citeproc-js and the official CSL styles (see
 * citationConformance.test.ts for the exhaustive comparison).
 */
import * as assert from 'assert';
import { citePassage, formatCitation, parseLocator } from '../../src/core/citation';
import { indexCorpus, Passage } from '../../src/core/model';
import { BLOG, SZALONTAI } from './fixtures/citation/sources';

const URL = 'http://msiow.blogspot.com/2007/12/north-korea-and-soviets-1953-1964.html';
const SZ_FULL =
  'Balázs Szalontai, “‘You Have No Political Line of Your Own’: Kim Il Sung and the Soviets, 1953-1964,” ' +
  '*Cold War International History Project Bulletin*, no. 14/15 (Winter 2003–Spring 2004)';
const chicago = { style: 'chicago-notes-bibliography', form: 'note', markup: 'markdown' } as const;

describe('citation: Chicago notes (18th ed.) for the bundled sources', () => {
  it('cites the unsigned blog post with no blog name by its title', () => {
    assert.strictEqual(
      formatCitation({ source: BLOG }, chicago),
      `*North Korea and the Soviets 1953-1964*, December 7, 2007, ${URL}.`,
    );
  });

  it('cites the article with issue-only numbering, a season range and a page', () => {
    assert.strictEqual(
      formatCitation({ source: SZALONTAI }, { ...chicago, locator: { label: 'page', value: '99' } }),
      `${SZ_FULL}: 99.`,
    );
    assert.strictEqual(
      formatCitation({ source: SZALONTAI }, { ...chicago, markup: 'plain' }),
      SZ_FULL.replace(/\*/g, '') + '.',
    );
  });

  it('cites Szalontai "quoted in" the blog, the locator belonging to the blog', () => {
    assert.strictEqual(
      formatCitation({ source: SZALONTAI, quotedIn: BLOG }, { ...chicago, locator: { label: 'paragraph', value: '3' } }),
      `${SZ_FULL}, quoted in *North Korea and the Soviets 1953-1964*, December 7, 2007, para. 3, ${URL}.`,
    );
  });

  it('moves the comma inside both closing quotation marks in a short note', () => {
    assert.strictEqual(
      formatCitation({ source: SZALONTAI, quotedIn: BLOG }, { ...chicago, form: 'short-note' }),
      'Szalontai, “‘You Have No Political Line of Your Own,’” quoted in *North Korea and the Soviets 1953-1964*.',
    );
  });

  it('uses a short note for a repeat, and "Ibid." when asked', () => {
    const loc = { label: 'page', value: '12-14' } as const;
    assert.strictEqual(
      formatCitation({ source: SZALONTAI }, { ...chicago, repeat: true, locator: loc }),
      'Szalontai, “‘You Have No Political Line of Your Own,’” 12–14.',
    );
    assert.strictEqual(formatCitation({ source: SZALONTAI }, { ...chicago, repeat: true, ibid: true, locator: loc }), 'Ibid., 12–14.');
  });
});

describe('citation: citePassage', () => {
  const index = indexCorpus({ sources: [BLOG, SZALONTAI], passages: [], themes: [] });
  const base: Passage = {
    id: 'p', source: BLOG.id, kind: 'paraphrase', text: 'x', themes: [], people: [], places: [], years: [],
  };

  it('cites a paraphrase as the blog itself', () => {
    assert.strictEqual(citePassage({ ...base, original: SZALONTAI.id }, index, chicago), formatCitation({ source: BLOG }, chicago));
  });

  it('cites a quotation with a known original as original quoted in the blog', () => {
    const q: Passage = { ...base, kind: 'quotation', original: SZALONTAI.id };
    assert.strictEqual(citePassage(q, index, chicago), formatCitation({ source: SZALONTAI, quotedIn: BLOG }, chicago));
  });

  it('uses the passage page as the locator unless one is given', () => {
    const q: Passage = { ...base, page: '4' };
    assert.match(citePassage(q, index, chicago), /2007, 4, http/);
    assert.match(citePassage(q, index, { ...chicago, locator: { label: 'page', value: '7' } }), /2007, 7, http/);
  });
});

describe('citation: parseLocator', () => {
  const cases: [string, ReturnType<typeof parseLocator>][] = [
    ['99', { label: 'page', value: '99' }],
    ['p. 99', { label: 'page', value: '99' }],
    ['pp. 12-14', { label: 'page', value: '12–14' }],
    ['para. 3', { label: 'paragraph', value: '3' }],
    ['fol. 12r', { label: 'folio', value: '12r' }],
    ['line 5', { label: 'line', value: '5' }],
    ['', undefined],
    ['nonsense words', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => assert.deepStrictEqual(parseLocator(text), expected));
  }
});
