/**
 * Unit tests of the citation engine's behaviour on the bundled corpus's two sources, with the
 * expected strings checked against citeproc-js and the official CSL styles (see
 * citationConformance.test.ts for the exhaustive comparison).
 */
import * as assert from 'assert';
import {
  citePassage, exportBibtex, exportCslJson, formatBibliography, formatCitation, parseLocator, STYLES,
} from '../../src/core/citation';
import type { StyleId } from '../../src/core/citation';
import { EXCEPTIONS } from '../../src/core/citation/exceptions';
import { indexCorpus, Passage } from '../../src/core/model';
import type { Source } from '../../src/core/model';
import {
  ALL_SOURCES, BLOG, BOOK, BOOK_TWO_AUTHORS, INTERVIEW_PRIVATE, JOURNAL, KIM_DONG_CHOON, KIM_MIKYOUNG_EDITED, KIM_MONICA, KIM_SUNG_CHULL,
  INTERVIEW, KIM_SUZY, KIM_SUZY_ARTICLE, LETTER, LETTER_PRIVATE, NEWSPAPER_SIGNED, SCALAPINO_LEE_EDITED, SZALONTAI,
} from './fixtures/citation/sources';

const URL = 'http://msiow.blogspot.com/2007/12/north-korea-and-soviets-1953-1964.html';
const SZ_FULL =
  'Balázs Szalontai, “‘You Have No Political Line of Your Own’: Kim Il Sung and the Soviets, 1953-1964,” ' +
  '*Cold War International History Project Bulletin*, no. 14/15 (Winter 2003–Spring 2004)';
const chicago = { style: 'chicago-notes-bibliography', form: 'note', markup: 'markdown' } as const;

describe('citation: Chicago notes (18th ed.) for the bundled sources', () => {
  it('cites the unsigned blog post with no blog name by its title', () => {
    assert.strictEqual(
      formatCitation({ source: BLOG }, chicago),
      `*North Korea and the Soviets 1953-1964*, December 7, 2007, <${URL}>.`,
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
      `${SZ_FULL}, quoted in *North Korea and the Soviets 1953-1964*, December 7, 2007, para. 3, <${URL}>.`,
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
    assert.match(citePassage(q, index, chicago), /2007, 4, <http/);
    assert.match(citePassage(q, index, { ...chicago, locator: { label: 'page', value: '7' } }), /2007, 7, <http/);
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

describe('citation: "quoted in" in every style', () => {
  const target = { source: SZALONTAI, quotedIn: BLOG };
  const loc = { label: 'paragraph', value: '3' } as const;
  const cases: [string, string, string][] = [
    ['chicago-author-date', 'in-text', '(Szalontai 2003–2004, quoted in *North Korea and the Soviets 1953-1964* 2007, para. 3)'],
    ['chicago-author-date', 'narrative', 'Szalontai (2003–2004, quoted in *North Korea and the Soviets 1953-1964* 2007, para. 3)'],
    ['modern-language-association', 'in-text', '(qtd. in *North Korea and the Soviets 1953-1964*, par. 3)'],
    ['modern-language-association', 'narrative', 'Szalontai (qtd. in *North Korea and the Soviets 1953-1964*, par. 3)'],
    ['apa', 'in-text', '(Szalontai, 2003–2004, as cited in *North Korea and the Soviets 1953-1964*, 2007, para. 3)'],
    ['apa', 'narrative', 'Szalontai (2003–2004, as cited in *North Korea and the Soviets 1953-1964*, 2007, para. 3)'],
  ];
  for (const [style, form, expected] of cases) {
    it(`${style} ${form}`, () => {
      assert.strictEqual(formatCitation(target, { style: style as never, form: form as never, markup: 'markdown', locator: loc }), expected);
    });
  }

  it('lists only the secondary source in MLA and APA reference lists', () => {
    for (const style of ['modern-language-association', 'apa'] as const) {
      assert.strictEqual(
        formatCitation(target, { style, form: 'bibliography', markup: 'plain' }),
        formatCitation({ source: BLOG }, { style, form: 'bibliography', markup: 'plain' }),
      );
    }
  });

  it('gives Chicago\'s bibliography entry a "Quoted in" sentence', () => {
    assert.match(
      formatCitation(target, { style: 'chicago-notes-bibliography', form: 'bibliography', markup: 'plain' }),
      /\(Winter 2003–Spring 2004\)\. Quoted in North Korea and the Soviets 1953-1964, December 7, 2007, http/,
    );
  });
});

describe('citation: markups', () => {
  const opts = { style: 'chicago-notes-bibliography', form: 'note' } as const;
  it('escapes Markdown-special characters in corpus text, and writes URLs as autolinks', () => {
    const md = formatCitation({ source: NEWSPAPER_SIGNED }, { ...opts, markup: 'markdown' });
    assert.ok(md.includes('“Talks \\& Threats: North Korea Says It Has 100% of Its Fuel Rods\\_Reprocessed,”'), md);
    assert.ok(md.includes('*New York Times*'), md);
    assert.ok(md.endsWith('<https://www.nytimes.com/2003/07/14/world/talks%5Fthreats.html?ref=a#b>.'), md);
  });
  it('escapes the ten LaTeX specials and sets titles in \\textit', () => {
    const tex = formatCitation({ source: NEWSPAPER_SIGNED }, { ...opts, markup: 'latex' });
    assert.ok(tex.includes('Talks \\& Threats: North Korea Says It Has 100\\% of Its Fuel Rods\\_Reprocessed'), tex);
    assert.ok(tex.includes('\\textit{New York Times}'), tex);
    assert.ok(tex.includes('talks\\_threats.html?ref=a\\#b'), tex);
  });
  it('escapes HTML and uses <i>', () => {
    const html = formatCitation({ source: NEWSPAPER_SIGNED }, { ...opts, markup: 'html' });
    assert.ok(html.includes('Talks &amp; Threats') && html.includes('<i>New York Times</i>'), html);
  });
  it('prints typographic quotes and en dashes as characters, flipping nested quotes', () => {
    const plain = formatCitation({ source: JOURNAL }, { ...opts, markup: 'plain', locator: { label: 'page', value: '101-108' } });
    assert.ok(plain.includes('“Kim Takes Control: The ‘Great Purge’ in North Korea, 1956-1960,”'), plain);
    assert.ok(plain.includes('(2002): 101–8,'), plain);
  });
});

describe('citation: bibliographies and telling apart works by one author', () => {
  it('deduplicates by id and sorts by author, then title', () => {
    const list = formatBibliography([SZALONTAI, BOOK, SZALONTAI, JOURNAL, BLOG], { style: 'chicago-notes-bibliography', markup: 'plain' });
    assert.strictEqual(list.length, 4);
    assert.deepStrictEqual(list.map((e) => e.slice(0, 12)), ['Lankov, Andr', 'Lankov, Andr', 'North Korea ', 'Szalontai, B']);
    assert.match(list[0], /From Stalin/);
  });
  it('letters two works by one author in one year when the document cites both', () => {
    const cited = [BOOK, JOURNAL];
    const cite = (style: 'apa' | 'chicago-author-date') => formatCitation({ source: JOURNAL }, { style, form: 'in-text', markup: 'plain', cited });
    assert.strictEqual(cite('apa'), '(Lankov, 2002b)');
    assert.strictEqual(cite('chicago-author-date'), '(Lankov 2002b)');
    assert.strictEqual(formatCitation({ source: JOURNAL }, { style: 'apa', form: 'in-text', markup: 'plain' }), '(Lankov, 2002)');
  });
  it('names the short title in MLA when the document cites two or more works by one author', () => {
    const mla = (source: typeof JOURNAL, cited: (typeof JOURNAL)[], form: 'in-text' | 'narrative' = 'in-text') =>
      formatCitation({ source }, { style: 'modern-language-association', form, markup: 'plain', locator: { label: 'page', value: '12' }, cited });
    assert.strictEqual(mla(JOURNAL, [BOOK, JOURNAL]), '(Lankov, “Kim Takes Control” 12)');
    assert.strictEqual(mla(BOOK, [BOOK, JOURNAL]), '(Lankov, From Stalin to Kim Il Sung 12)');
    assert.strictEqual(mla(JOURNAL, [BOOK, JOURNAL], 'narrative'), 'Lankov (“Kim Takes Control” 12)');
    assert.strictEqual(mla(SZALONTAI, [SZALONTAI, { ...SZALONTAI, id: 'szalontai-2005', title: 'Kim Il Sung in the Khrushchev Era' }]),
      '(Szalontai, “‘You Have No Political Line of Your Own’” 12)');
    // One work by the author, or no list of cited works: the author alone.
    assert.strictEqual(mla(JOURNAL, [JOURNAL, SZALONTAI]), '(Lankov 12)');
    assert.strictEqual(formatCitation({ source: JOURNAL }, { style: 'modern-language-association', form: 'in-text', markup: 'plain' }), '(Lankov)');
    // Two people who share a family name are not the same author: initials, not titles, tell them apart.
    assert.strictEqual(mla(JOURNAL, [JOURNAL, { ...BOOK, author: [{ family: 'Lankov', given: 'Ivan' }] }]), '(A. Lankov 12)');
  });
  it('tells apart different people who share a family name by initials or given names', () => {
    const cite = (style: StyleId, source: Source, cited: Source[], form: 'in-text' | 'narrative' = 'in-text') =>
      formatCitation({ source }, { style, form, markup: 'plain', cited });
    const kims = [KIM_DONG_CHOON, KIM_SUZY];
    assert.strictEqual(cite('modern-language-association', KIM_SUZY, kims), '(S. Kim)');
    assert.strictEqual(cite('apa', KIM_DONG_CHOON, kims, 'narrative'), 'D.-C. Kim (2009)');
    assert.strictEqual(cite('chicago-author-date', KIM_SUZY, kims), '(S. Kim 2013)');
    // Initials that differ only in part still tell people apart: "S. C." and "S.".
    const sAndSc = [KIM_SUNG_CHULL, KIM_SUZY];
    assert.strictEqual(cite('chicago-author-date-17th-edition', KIM_SUNG_CHULL, sAndSc), '(S. C. Kim 2006)');
    assert.strictEqual(cite('apa', KIM_SUZY, sAndSc), '(S. Kim, 2013)');
    // Monica and Mikyoung share an initial: Chicago and MLA print the given name, APA nothing.
    const mAndM = [KIM_MONICA, KIM_MIKYOUNG_EDITED];
    assert.strictEqual(cite('chicago-author-date', KIM_MONICA, mAndM), '(Monica Kim 2019)');
    assert.strictEqual(cite('modern-language-association', KIM_MIKYOUNG_EDITED, mAndM, 'narrative'), 'Mikyoung Kim');
    assert.strictEqual(cite('apa', KIM_MONICA, mAndM), '(Kim, 2019)');
    // Year letters and short titles then tell apart only the works of one person.
    const four = [KIM_DONG_CHOON, KIM_SUNG_CHULL, KIM_SUZY, KIM_SUZY_ARTICLE];
    assert.strictEqual(cite('chicago-author-date', KIM_SUZY_ARTICLE, four), '(S. Kim 2013b)');
    assert.strictEqual(cite('apa', KIM_DONG_CHOON, four), '(D.-C. Kim, 2009)');
    assert.strictEqual(cite('modern-language-association', KIM_SUZY, four), '(S. Kim, Everyday Life in the North Korean Revolution)');
    // APA and Chicago (primary-name rules) name only the first author; MLA whichever name differs.
    const lees = [BOOK_TWO_AUTHORS, SCALAPINO_LEE_EDITED];
    assert.strictEqual(cite('apa', SCALAPINO_LEE_EDITED, lees), '(Scalapino & Lee, 1986)');
    assert.strictEqual(cite('modern-language-association', BOOK_TWO_AUTHORS, lees), '(Scalapino and C.-S. Lee)');
    // No list of cited works, or one person only: the family name alone.
    assert.strictEqual(formatCitation({ source: KIM_SUZY }, { style: 'apa', form: 'in-text', markup: 'plain' }), '(Kim, 2013)');
    assert.strictEqual(cite('apa', KIM_SUZY, [KIM_SUZY, KIM_SUZY_ARTICLE]), '(Kim, 2013a)');
  });
  it('leaves the reference list alone when given names tell people apart in the text', () => {
    const list = formatBibliography([KIM_SUZY, KIM_DONG_CHOON, KIM_SUNG_CHULL], { style: 'apa', markup: 'plain' });
    assert.deepStrictEqual(list.map((e) => e.slice(0, e.indexOf(')') + 1)), ['Kim, D.-C. (2009)', 'Kim, S. (2013)', 'Kim, S. C. (2006)']);
  });
  it('names the secondary source\'s short title in an MLA "qtd. in" citation when it needs one', () => {
    assert.strictEqual(
      formatCitation({ source: SZALONTAI, quotedIn: JOURNAL }, {
        style: 'modern-language-association', form: 'in-text', markup: 'plain', locator: { label: 'page', value: '99' }, cited: [BOOK, JOURNAL],
      }),
      '(qtd. in Lankov, “Kim Takes Control” 99)',
    );
  });
  it('uses the 3-em dash for a repeated author in the 17th edition and MLA', () => {
    const list = formatBibliography([BOOK, JOURNAL], { style: 'modern-language-association', markup: 'plain' });
    assert.match(list[1], /^———\. “Kim Takes Control/);
  });
  it('lists every fixture, leaving personal communications out except in MLA', () => {
    const personal = [INTERVIEW_PRIVATE, LETTER_PRIVATE];
    for (const { id } of STYLES) {
      const expected = ALL_SOURCES.length - (id === 'modern-language-association' ? 0 : personal.length);
      assert.strictEqual(formatBibliography(ALL_SOURCES, { style: id, markup: 'plain' }).length, expected, id);
    }
    assert.strictEqual(formatCitation({ source: LETTER_PRIVATE }, { style: 'apa', form: 'in-text', markup: 'plain' }),
      '(K. Weathersby, personal communication, February 11, 2021)');
  });
});

describe('citation: exports', () => {
  it('exports standard CSL-JSON (a letter is a personal_communication without a title)', () => {
    const items = JSON.parse(exportCslJson([SZALONTAI, LETTER]));
    assert.deepStrictEqual(items[0], { ...SZALONTAI });
    assert.strictEqual(items[1].type, 'personal_communication');
    assert.ok(!('title' in items[1]));
  });
  it('exports BibTeX with protected capitals, \\mkbibquote and EDTF seasons', () => {
    const bib = exportBibtex([SZALONTAI, JOURNAL]);
    assert.match(bib, /^@article\{szalontai-2003-no-political-line,$/m);
    assert.match(bib, /title = \{\\mkbibquote\{\{You\} \{Have\} \{No\} \{Political\} \{Line\} of \{Your\} \{Own\}\}: \{Kim\}/);
    assert.match(bib, /date = \{2003-24\/2004-21\}/);
    assert.match(bib, /pages = \{87--119\}/);
    assert.match(bib, /doi = \{10\.1353\/ks\.2002\.0005\}/);
  });
});

describe('citation: the exceptions table', () => {
  it('is short and every entry names its authority', () => {
    assert.ok(EXCEPTIONS.length <= 5);
    for (const e of EXCEPTIONS) assert.ok(e.authority && e.csl && e.annalist, e.id);
  });
  it('keeps a title\'s italics in a narrative citation, and APA spells out "and"', () => {
    assert.strictEqual(formatCitation({ source: BLOG }, { style: 'apa', form: 'narrative', markup: 'markdown' }), '*North Korea and the Soviets 1953-1964* (2007)');
    assert.strictEqual(
      formatCitation({ source: ALL_SOURCES.find((s) => s.author?.length === 2)! }, { style: 'apa', form: 'narrative', markup: 'plain' }),
      'Scalapino and Lee (1972)',
    );
  });
});

describe('citation: an unsigned, untitled letter or interview is named by a description', () => {
  const unsignedLetter: Source = { ...LETTER, id: 'unsigned-letter', author: undefined };
  const unsignedInterview: Source = { ...INTERVIEW, id: 'unsigned-interview', author: undefined, title: '' };

  it('APA describes it in brackets, as citeproc-js does: ([Letter to Khrushchev], 1957)', () => {
    assert.strictEqual(formatCitation({ source: unsignedLetter }, { style: 'apa', form: 'in-text', markup: 'plain' }), '([Letter to Khrushchev], 1957)');
  });

  it('MLA, where the CSL style prints no citation at all, uses a plain description', () => {
    assert.strictEqual(formatCitation({ source: unsignedLetter }, { style: 'modern-language-association', form: 'in-text', markup: 'plain' }), '(Letter to Khrushchev)');
    assert.strictEqual(formatCitation({ source: unsignedInterview }, { style: 'modern-language-association', form: 'in-text', markup: 'plain' }), '(Interview by Lankov)');
  });

  it('a Chicago note begins with a capital: "To Nikita Khrushchev", "Interview by Andrei Lankov"', () => {
    assert.match(formatCitation({ source: unsignedLetter }, { ...chicago, markup: 'plain' }), /^To Nikita Khrushchev, October 14, 1957, /);
    assert.match(formatCitation({ source: unsignedInterview }, { ...chicago, markup: 'plain' }), /^Interview by Andrei Lankov, /);
  });
});

describe('citation: given names written as initials', () => {
  const cases: [string, string, string][] = [
    // given, in full (Chicago, MLA), as initials (APA)
    ['Balázs', 'Balázs', 'B.'],
    ['C', 'C.', 'C.'],
    ['C.D.', 'C. D.', 'C. D.'],
    ['C. D', 'C. D.', 'C. D.'],
    ['A.B', 'A. B.', 'A. B.'],
    ['J-P', 'J. P.', 'J.-P.'],
    ['Mary C', 'Mary C.', 'M. C.'],
    ['Chong-Sik', 'Chong-Sik', 'C.-S.'],
    ['Sang-ho', 'Sang-ho', 'S.'],
    ['Ch.', 'Ch.', 'Ch.'],
    ['동춘', '동춘', '동춘'],
  ];
  for (const [given, full, initials] of cases) {
    it(`"${given}" prints "${full}" in full and "${initials}" as initials`, () => {
      const source: Source = { id: `given-${given}`, type: 'book', title: 'T', author: [{ family: 'Kim', given }], issued: { 'date-parts': [[2001]] } };
      assert.strictEqual(formatBibliography([source], { style: 'chicago-notes-bibliography', markup: 'plain' })[0], `Kim, ${full.endsWith('.') ? full : full + '.'} T. 2001.`);
      assert.strictEqual(formatBibliography([source], { style: 'apa', markup: 'plain' })[0], `Kim, ${initials}${initials.endsWith('.') ? '' : '.'} (2001). T.`);
    });
  }
});
