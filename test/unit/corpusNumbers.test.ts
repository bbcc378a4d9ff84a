import * as assert from 'node:assert/strict';
import { loadCorpus, parseCorpusFile } from '../../src/core/corpus';

const source = { id: 'blog', type: 'post-weblog', title: 'A Post' };
const theme = { id: 'trade', label: 'Trade', description: 'Trade between the states.' };

/** A JSON corpus file whose second passage's `years` holds `raw` exactly as written. */
function jsonWithYear(raw: string): string {
  return [
    '{',
    `  "sources": [${JSON.stringify(source)}],`,
    `  "themes": [${JSON.stringify(theme)}],`,
    '  "passages": [',
    '    {"id": "good", "source": "blog", "kind": "paraphrase", "text": "Fine.", "themes": ["trade"], "people": [], "places": [], "years": [1956]},',
    `    {"id": "odd", "source": "blog", "kind": "paraphrase", "text": "Odd.", "themes": ["trade"], "people": [], "places": [], "years": [${raw}]},`,
    '    {"id": "after", "source": "blog", "kind": "paraphrase", "text": "After.", "themes": ["trade"], "people": [], "places": [], "years": []}',
    '  ]',
    '}',
  ].join('\n');
}

/** The same file in YAML. */
function yamlWithYear(raw: string): string {
  const passage = (id: string, years: string) =>
    [`  - id: ${id}`, '    source: blog', '    kind: paraphrase', `    text: ${id}.`, '    themes: [trade]', '    people: []', '    places: []', `    years: ${years}`];
  return [
    'sources:',
    '  - id: blog',
    '    type: post-weblog',
    '    title: A Post',
    'themes:',
    '  - id: trade',
    '    label: Trade',
    '    description: Trade between the states.',
    'passages:',
    ...passage('good', '[1956]'),
    ...passage('odd', `[${raw}]`),
    ...passage('after', '[]'),
  ].join('\n');
}

const INFINITE = 'is out of range: it is too large to hold and reads as infinity; write a number such as 1956';

describe('numbers out of range in corpus files', () => {
  const cases: { format: 'json' | 'yaml'; raw: string; message: string; line: number }[] = [
    { format: 'json', raw: '1e999', message: INFINITE, line: 6 },
    { format: 'json', raw: '-1e999', message: INFINITE.replace('as infinity', 'as -infinity'), line: 6 },
    { format: 'json', raw: '123456789012345678901234567890', message: 'must be <= 9999', line: 6 },
    { format: 'json', raw: '-100000', message: 'must be >= -9999', line: 6 },
    { format: 'yaml', raw: '1e999', message: INFINITE, line: 25 },
    { format: 'yaml', raw: '-1e999', message: INFINITE.replace('as infinity', 'as -infinity'), line: 25 },
    { format: 'yaml', raw: '.inf', message: INFINITE, line: 25 },
    { format: 'yaml', raw: '-.Inf', message: INFINITE.replace('as infinity', 'as -infinity'), line: 25 },
    { format: 'yaml', raw: '.nan', message: 'is not a number (NaN); write a number such as 1956', line: 25 },
    { format: 'yaml', raw: '1e308', message: 'must be <= 9999', line: 25 },
  ];
  for (const { format, raw, message, line } of cases) {
    it(`reports years: [${raw}] in ${format.toUpperCase()} at the field, and loads the other records`, () => {
      const file = `notes.annalist.${format}`;
      const text = format === 'json' ? jsonWithYear(raw) : yamlWithYear(raw);
      // The column of the number itself, just after the bracket that opens the list.
      const column = text.split('\n')[line - 1].indexOf(`[${raw}]`) + 2;
      const parsed = parseCorpusFile({ path: file, text });
      assert.deepEqual(parsed.problems, [{ file, line, column, field: 'passages[1].years[0]', message, severity: 'error' }]);
      assert.deepEqual(
        parsed.passages.map((p) => p.value.id),
        ['good', 'after'],
      );
      const loaded = loadCorpus([{ path: file, text }]);
      assert.deepEqual(loaded.corpus.passages.map((p) => p.id), ['good', 'after']);
      assert.ok(loaded.corpus.passages.every((p) => p.years.every(Number.isFinite)));
    });
  }

  it('keeps years of the common era and before it that fit in four digits', () => {
    const parsed = parseCorpusFile({ path: 'notes.annalist.yaml', text: yamlWithYear('-9999, -44, 0, 9999') });
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.passages[1].value.years, [-9999, -44, 0, 9999]);
  });

  it('reports a date part that reads as infinity in a source, which is left out', () => {
    const text = JSON.stringify({ sources: [{ ...source, issued: { 'date-parts': [[2003]] } }, { id: 'far', type: 'book', title: 'Far' }] }).replace(
      '[[2003]]',
      '[[1e999, 5]]',
    );
    const parsed = parseCorpusFile({ path: 'refs.annalist.json', text });
    assert.deepEqual(
      parsed.problems.map((p) => [p.field, p.message]),
      [['sources[0].issued.date-parts[0][0]', INFINITE]],
    );
    assert.deepEqual(
      parsed.sources.map((s) => s.value.id),
      ['far'],
    );
  });
});
