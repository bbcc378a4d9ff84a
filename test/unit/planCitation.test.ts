import * as assert from 'node:assert/strict';
import { formatCitation } from '../../src/core/citation';
import { DEFAULT_CITATION_SETTINGS, type CitationSettings } from '../../src/core/cite/citationSettings';
import { planCitation } from '../../src/core/cite/planCitation';
import { applyEdits } from '../../src/core/insert/textInsert';
import { indexCorpus, type Passage } from '../../src/core/model';
import { BOOK, JOURNAL, SZALONTAI } from './fixtures/citation/sources';

const NOTE: Passage = {
  id: 'fixture-note-on-the-article',
  source: JOURNAL.id,
  kind: 'paraphrase',
  text: 'A sentence written only for the Annalist tests.',
  page: '12',
  themes: [],
  people: [],
  places: [],
  years: [],
};
const index = indexCorpus({ sources: [BOOK, JOURNAL, SZALONTAI], passages: [NOTE], themes: [] });
const MLA: CitationSettings = { ...DEFAULT_CITATION_SETTINGS, style: 'modern-language-association' };
const APA: CitationSettings = { ...DEFAULT_CITATION_SETTINGS, style: 'apa' };

/** The essay after citing the note at its end, as Insert Citation plans it. */
function cite(essay: string, settings: CitationSettings): string {
  return applyEdits(essay, planCitation({ text: essay, eol: '\n' }, 'markdown', essay.length, { passage: NOTE }, index, settings));
}

describe('planning a citation among the document\u2019s others', () => {
  it('MLA: adds the short title when the essay already cites another work by the same author', () => {
    assert.equal(cite('Lankov disagrees', MLA), 'Lankov disagrees (Lankov 12)');
    const among = cite(`Lankov's book [@${BOOK.id}] and his article`, MLA);
    assert.equal(among, `Lankov's book [@${BOOK.id}] and his article (Lankov, \u201cKim Takes Control\u201d 12)`);
    assert.equal(
      among.slice(among.lastIndexOf(' (')  + 1),
      formatCitation({ source: JOURNAL }, { style: 'modern-language-association', form: 'in-text', markup: 'markdown', locator: { label: 'page', value: '12' }, cited: [BOOK, JOURNAL] }),
    );
  });

  it('MLA: another author\u2019s work changes nothing', () => {
    assert.equal(cite(`Szalontai [@${SZALONTAI.id}] and Lankov`, MLA), `Szalontai [@${SZALONTAI.id}] and Lankov (Lankov 12)`);
  });

  it('APA: letters two works of one author and year', () => {
    const among = cite(`Lankov's book [@${BOOK.id}] and his article`, APA);
    const expected = formatCitation({ source: JOURNAL }, { style: 'apa', form: 'in-text', markup: 'markdown', locator: { label: 'page', value: '12' }, cited: [BOOK, JOURNAL] });
    assert.match(expected, /2002[ab]/);
    assert.ok(among.endsWith(` ${expected}`), among);
  });
});
