import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from 'jsonc-parser';
import { loadCorpus, parseCorpusFile } from '../../src/core/corpus';
import { corpusTemplate, slug } from '../../src/core/corpus/corpusTemplate';
import { appendPassageEdits, newPassage, uniqueId, type TextEdit } from '../../src/core/corpus/newPassage';
import type { Passage } from '../../src/core/model';

const CORPUS_DIR = path.resolve(__dirname, '../../../corpus');
const bundled = ['sources', 'themes', 'passages'].map((name) => {
  const file = path.join(CORPUS_DIR, `${name}.json`);
  return { path: file, text: fs.readFileSync(file, 'utf8') };
});

const passage: Passage = newPassage(
  { text: '  In 1957 the Soviet share\r\nof films was still large.  ', source: 'msiow-2007-north-korea-soviets', themes: ['soviet-expertise'], page: ' 4 ' },
  new Set(),
);

function apply(text: string, edits: TextEdit[] | { error: string }): string {
  assert.ok(Array.isArray(edits), `edits, not: ${JSON.stringify(edits)}`);
  return applyEdits(text, edits);
}

describe('authoring corpus files', () => {
  for (const format of ['yaml', 'json'] as const) {
    it(`New Corpus File's ${format.toUpperCase()} example is valid alone and beside the bundled corpus, and commented`, () => {
      const name = `reading-notes.annalist.${format}`;
      const text = corpusTemplate(format, name);
      const alone = loadCorpus([{ path: name, text }]);
      assert.deepEqual(alone.problems, []);
      assert.deepEqual(
        [alone.corpus.sources.length, alone.corpus.themes.length, alone.corpus.passages.length],
        [1, 1, 1],
      );
      assert.equal(alone.corpus.passages[0].id, 'reading-notes-example-passage');
      assert.deepEqual(loadCorpus([...bundled, { path: name, text }]).problems, []);
      const comments = text.split('\n').filter((l) => (format === 'yaml' ? /^\s*#/ : /^\s*\/\//).test(l));
      assert.ok(comments.length >= 10, `${comments.length} comment lines`);
    });
  }

  it('makes the ids of two new files differ by their names', () => {
    assert.notEqual(corpusTemplate('yaml', 'a.annalist.yaml'), corpusTemplate('yaml', 'b.annalist.yaml'));
    assert.equal(slug('Révolution d’Octobre, 1917!'), 'revolution-d-octobre-1917');
  });

  it('makes a passage of the selected words: text verbatim and trimmed, an id from its first words, nothing guessed', () => {
    assert.deepEqual(passage, {
      id: 'in-1957-the-soviet-share-of',
      source: 'msiow-2007-north-korea-soviets',
      kind: 'paraphrase',
      text: 'In 1957 the Soviet share\nof films was still large.',
      page: '4',
      themes: ['soviet-expertise'],
      people: [],
      places: [],
      years: [],
    });
    assert.equal(newPassage({ ...passage, page: '' }, new Set()).page, undefined);
    assert.equal(uniqueId('a', new Set(['a', 'a-2'])), 'a-3');
    assert.equal(newPassage({ text: '\u2014 \u2026', source: 's', themes: ['t'] }, new Set()).id, 'passage');
  });

  it('appends to the passages of a YAML file and changes nothing else, comments included', () => {
    const text = '# Notes\nthemes:\n  - id: t\n    label: T\n    description: D.\npassages:\n  # by hand\n  - id: first\n    source: s\n    kind: paraphrase\n    text: First.\n    themes: [t]\n    people: []\n    places: []\n    years: []\n# the end\n';
    const result = apply(text, appendPassageEdits(text, 'yaml', passage));
    const inserted = result.slice(text.indexOf('# the end'), result.indexOf('# the end'));
    assert.equal(result.replace(inserted, ''), text, 'only an insertion');
    assert.match(inserted, /^ {2}- id: in-1957-the-soviet-share-of\n {4}source: msiow-2007-north-korea-soviets\n/);
    assert.match(inserted, / {4}themes: \[ soviet-expertise \]\n/);
    assert.deepEqual(parseCorpusFile({ path: 'n.yaml', text: result }).passages.map((r) => r.value.id), ['first', passage.id]);
    assert.deepEqual(parseCorpusFile({ path: 'n.yaml', text: result }).passages[1].value, passage);
  });

  it('creates the passages list of a YAML file that has none, an empty one, or nothing at all', () => {
    for (const text of ['themes: []\n', 'themes: []\npassages: []\n', 'themes: []\npassages:\n', '', '# only a comment\n']) {
      const result = apply(text, appendPassageEdits(text, 'yaml', passage));
      const parsed = parseCorpusFile({ path: 'n.yaml', text: result });
      assert.deepEqual(parsed.passages.map((r) => r.value), [passage], JSON.stringify(text));
      if (text.startsWith('#')) assert.ok(result.startsWith('# only a comment\n'));
    }
  });

  it('refuses to edit a YAML or JSON file it cannot add to safely, and says why', () => {
    assert.match((appendPassageEdits('passages: [\n  {id: x}]\nthemes: [', 'yaml', passage) as { error: string }).error, /YAML errors/);
    assert.match((appendPassageEdits('- a\n- b\n', 'yaml', passage) as { error: string }).error, /not a YAML mapping/);
    assert.match((appendPassageEdits('{"passages": {}}', 'json', passage) as { error: string }).error, /not a list/);
    assert.match((appendPassageEdits('{"passages": [}', 'json', passage) as { error: string }).error, /syntax errors/);
  });

  it('appends to the passages of a JSON file with comments, in its indentation, and creates the list when missing', () => {
    const text = '// notes\n{\n    "themes": [],\n    // none yet\n    "passages": []\n}\n';
    const result = apply(text, appendPassageEdits(text, 'json', passage, '    '));
    assert.ok(result.startsWith('// notes\n{\n    "themes": [],\n    // none yet\n    "passages": [\n        {\n            "id": "in-1957'));
    assert.deepEqual(parseCorpusFile({ path: 'n.json', text: result }).passages[0].value, passage);
    const second = apply(result, appendPassageEdits(result, 'json', { ...passage, id: 'second' }, '    '));
    assert.deepEqual(parseCorpusFile({ path: 'n.json', text: second }).passages.map((r) => r.value.id), [passage.id, 'second']);
    const none = apply('{ "themes": [] }', appendPassageEdits('{ "themes": [] }', 'json', passage));
    assert.deepEqual(parseCorpusFile({ path: 'n.json', text: none }).passages.map((r) => r.value), [passage]);
    const empty = apply('', appendPassageEdits('', 'json', passage));
    assert.deepEqual(parseCorpusFile({ path: 'n.json', text: empty }).passages.map((r) => r.value), [passage]);
  });
});
