import * as assert from 'node:assert/strict';
import { findRecordOffset } from '../../src/core/navigation/recordLocation';
import { sourceReferences } from '../../src/core/navigation/sourceReferences';
import { bundledCorpus } from './support/bundledCorpus';

const index = bundledCorpus();
const BLOG = 'msiow-2007-north-korea-soviets';
const ARTICLE = 'szalontai-2003-no-political-line';

describe('finding where a record is defined', () => {
  it('finds JSON, YAML and BibTeX records by id', () => {
    const json = '{\n  "passages": [\n    { "id": "other" },\n    { "id": "kosygin" }\n  ]\n}';
    assert.equal(findRecordOffset(json, 'kosygin'), json.indexOf('kosygin'));
    const yaml = 'passages:\n  - id: other\n  - id: kosygin # his words\n';
    assert.equal(findRecordOffset(yaml, 'kosygin'), yaml.indexOf('kosygin'));
    const bib = '@article{lankov2002,\n  title = {x}}\n@book{ kim1992 ,}';
    assert.equal(findRecordOffset(bib, 'kim1992'), bib.indexOf('kim1992'));
    assert.equal(findRecordOffset(json, 'kosy'), undefined);
  });
});

describe('references to a source in an essay', () => {
  it('finds keys of the source and of passages cited as it, and notes carrying its title', () => {
    const essay = [
      `See [@${ARTICLE}, 3] and \\cite{x, kosygin-foreign-patents}.`,
      '[^1]: Balázs Szalontai, “‘You Have No Political Line of Your Own’: Kim Il Sung …',
      `And @${BLOG}.`,
    ].join('\n');
    const found = sourceReferences(essay, ARTICLE, index).map((r) => essay.slice(r.start, r.end));
    assert.deepEqual(found, [`@${ARTICLE}`, 'kosygin-foreign-patents', 'You Have No Political Line of Your Own']);
    const blog = sourceReferences(essay, BLOG, index).map((r) => essay.slice(r.start, r.end));
    assert.deepEqual(blog, ['kosygin-foreign-patents', `@${BLOG}`]);
  });
});
