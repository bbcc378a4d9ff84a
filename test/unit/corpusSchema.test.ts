import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { corpusTemplate } from '../../src/core/corpus/corpusTemplate';
import { parse as parseJsonc } from 'jsonc-parser';

const SCHEMA_DIR = path.resolve(__dirname, '../../../corpus/schema');
const CORPUS_DIR = path.resolve(__dirname, '../../../corpus');
const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/workspace/sources');

const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

/** The combined schema, compiled the way an editor resolves it: the per-list schemas by relative name. */
function compileCorpusSchema() {
  const ajv = new Ajv({ strict: true, allErrors: true });
  for (const name of ['sources', 'themes', 'passages']) ajv.addSchema(read(path.join(SCHEMA_DIR, `${name}.schema.json`)), `${name}.schema.json`);
  return ajv.compile(read(path.join(SCHEMA_DIR, 'corpus.schema.json')));
}

describe('the corpus schema for people\u2019s own files (corpus.schema.json)', () => {
  it('compiles in strict mode, referring to the definitions of the three list schemas', () => {
    const schema = read(path.join(SCHEMA_DIR, 'corpus.schema.json')) as { properties: Record<string, { items?: { $ref: string } }> };
    assert.deepEqual(
      Object.values(schema.properties).flatMap((p) => (p.items ? [p.items.$ref] : [])),
      ['sources.schema.json#/definitions/source', 'themes.schema.json#/definitions/theme', 'passages.schema.json#/definitions/passage'],
    );
    compileCorpusSchema();
  });

  it('accepts each bundled file, a file holding all three lists, and both New Corpus File examples', () => {
    const validate = compileCorpusSchema();
    for (const name of ['sources', 'themes', 'passages']) assert.ok(validate(read(path.join(CORPUS_DIR, `${name}.json`))), name);
    const all = Object.assign({}, ...['sources', 'themes', 'passages'].map((n) => read(path.join(CORPUS_DIR, `${n}.json`))));
    assert.ok(validate(all), JSON.stringify(validate.errors));
    assert.ok(validate(parse(corpusTemplate('yaml', 'x.annalist.yaml'))), JSON.stringify(validate.errors));
    assert.ok(validate(parseJsonc(corpusTemplate('json', 'x.annalist.json'))), JSON.stringify(validate.errors));
    assert.ok(validate(parse(fs.readFileSync(path.join(FIXTURES, 'reading-notes.yaml'), 'utf8'))), JSON.stringify(validate.errors));
  });

  it('rejects a file with none of the lists, an unknown list, and a bad record', () => {
    const validate = compileCorpusSchema();
    assert.equal(validate({}), false);
    assert.equal(validate({ passages: [], notes: [] }), false);
    assert.equal(validate({ themes: [{ id: 'Bad Id', label: 'L', description: 'D' }] }), false);
  });

  it('lets a source be named by a Zotero or Better BibTeX citation key, but keeps passage and theme ids strict', () => {
    const validate = compileCorpusSchema();
    const passage = { id: 'p', source: 'szalontaiYouHaveNo2003', kind: 'paraphrase', text: 'T.', themes: ['t'], people: [], places: [], years: [] };
    assert.ok(validate({ sources: [{ id: 'szalontai_you_2003', type: 'book', title: 'T' }], passages: [passage] }), JSON.stringify(validate.errors));
    assert.equal(validate({ passages: [{ ...passage, id: 'szalontaiYouHaveNo2003' }] }), false);
    assert.equal(validate({ sources: [{ id: 'has space', type: 'book', title: 'T' }] }), false);
  });

  it('describes every property, for completion in the editor', () => {
    const missing: string[] = [];
    const visit = (node: unknown, at: string) => {
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as { properties?: Record<string, { description?: string }> }).properties ?? {};
      for (const [key, property] of Object.entries(properties)) if (!property.description) missing.push(`${at}.${key}`);
      for (const [key, child] of Object.entries(node)) visit(child, `${at}.${key}`);
    };
    visit(read(path.join(SCHEMA_DIR, 'corpus.schema.json')), 'corpus');
    assert.deepEqual(missing, []);
  });
});
