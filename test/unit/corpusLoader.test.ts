import * as assert from 'node:assert/strict';
import { loadCorpus } from '../../src/core/corpus';

const source = { id: 'blog', type: 'post-weblog', title: 'A Post', issued: { 'date-parts': [[2007, 12, 7]] } };
const theme = { id: 'trade', label: 'Trade', description: 'Trade between the states.' };
const passage = {
  id: 'debt',
  source: 'blog',
  kind: 'paraphrase',
  text: 'North Korea asked the Soviets to cancel their debt.',
  themes: ['trade'],
  people: [],
  places: ['North Korea'],
  years: [1956],
};

function file(path: string, value: unknown): { path: string; text: string } {
  return { path, text: JSON.stringify(value, null, 2) };
}

function validFiles() {
  return [
    file('sources.json', { sources: [source] }),
    file('themes.json', { themes: [theme] }),
    file('passages.json', { passages: [passage] }),
  ];
}

describe('corpus loading', () => {
  it('loads valid files without problems', () => {
    const { corpus, problems } = loadCorpus(validFiles());
    assert.deepEqual(problems, []);
    assert.equal(corpus.passages.length, 1);
    assert.equal(corpus.sources[0].id, 'blog');
  });

  it('reports a JSON syntax error with its file, line and column, and still loads the other files', () => {
    const files = validFiles();
    files[1] = { path: 'themes.json', text: '{\n  "themes": [\n    { "id": "trade", }\n  ]\n}' };
    const { corpus, problems } = loadCorpus(files);
    const syntax = problems.find((p) => p.file === 'themes.json');
    assert.ok(syntax, 'a problem in themes.json');
    assert.equal(syntax.line, 3);
    assert.match(syntax.message, /JSON syntax error/);
    assert.equal(corpus.sources.length, 1, 'sources still load');
    assert.equal(corpus.passages.length, 0, 'the passage names a theme that did not load');
    assert.ok(problems.some((p) => p.file === 'passages.json' && p.field === 'passages[0].themes[0]'));
  });

  it('names the field at fault and its line, and keeps the other records of the file', () => {
    const bad = { ...passage, id: 'bad', years: ['1956'] };
    const text = JSON.stringify({ passages: [passage, bad] }, null, 2);
    const files = [...validFiles().slice(0, 2), { path: 'passages.json', text }];
    const { corpus, problems } = loadCorpus(files);
    assert.deepEqual(corpus.passages.map((p) => p.id), ['debt']);
    assert.equal(problems.length, 1);
    const [problem] = problems;
    assert.equal(problem.field, 'passages[1].years[0]');
    const line = text.split('\n').findIndex((l) => l.includes('"1956"')) + 1;
    assert.equal(problem.line, line);
    assert.equal(problem.severity, 'error');
  });

  it('reports a missing required field at its record', () => {
    const noText: Record<string, unknown> = { ...passage };
    delete noText.text;
    const { problems } = loadCorpus([...validFiles().slice(0, 2), file('passages.json', { passages: [noText] })]);
    assert.equal(problems[0].field, 'passages[0].text');
    assert.match(problems[0].message, /required/);
  });

  it('reports an unknown field rather than ignoring it', () => {
    const { problems } = loadCorpus([...validFiles().slice(0, 2), file('passages.json', { passages: [{ ...passage, txet: 'x' }] })]);
    assert.equal(problems[0].field, 'passages[0].txet');
  });

  it('reports a repeated id where it stands and keeps the first', () => {
    const later = { ...passage, text: 'Another text.' };
    const { corpus, problems } = loadCorpus([...validFiles(), file('more.json', { passages: [later] })]);
    assert.equal(corpus.passages.length, 1);
    assert.equal(corpus.passages[0].text, passage.text);
    assert.equal(problems[0].file, 'more.json');
    assert.match(problems[0].message, /repeats the passage id "debt" first defined in passages\.json:3/);
  });

  it('reports references to sources and themes that do not exist', () => {
    const orphan = { ...passage, id: 'orphan', source: 'nowhere', original: 'gone' };
    const { problems } = loadCorpus([...validFiles(), file('extra.json', { passages: [orphan] })]);
    assert.deepEqual(problems.map((p) => p.field).sort(), ['passages[0].original', 'passages[0].source']);
  });

  it('reports an editorial target or quote that is not in the text', () => {
    const noted = { ...passage, quote: 'not there', editorial: [{ kind: 'sic', target: 'absent words' }] };
    const { problems } = loadCorpus([...validFiles().slice(0, 2), file('passages.json', { passages: [noted] })]);
    assert.deepEqual(problems.map((p) => p.field).sort(), ['passages[0].editorial[0].target', 'passages[0].quote']);
  });

  it('reports a theme cycle and an unknown parent', () => {
    const themes = [
      theme,
      { id: 'a', label: 'A', description: 'A.', parent: 'b' },
      { id: 'b', label: 'B', description: 'B.', parent: 'a' },
      { id: 'c', label: 'C', description: 'C.', parent: 'missing' },
    ];
    const { corpus, problems } = loadCorpus([validFiles()[0], file('themes.json', { themes }), validFiles()[2]]);
    assert.deepEqual(corpus.themes.map((t) => t.id), ['trade']);
    assert.equal(problems.filter((p) => p.field === 'themes[1].parent' || p.field === 'themes[2].parent').length, 2);
    assert.match(problems.find((p) => p.field === 'themes[3].parent')?.message ?? '', /"missing"/);
  });

  it('rejects a file that is not an object and one with no corpus list', () => {
    const { problems } = loadCorpus([{ path: 'a.json', text: '[1, 2]' }, { path: 'b.json', text: '{"passage": []}' }]);
    assert.equal(problems[0].file, 'a.json');
    assert.equal(problems[0].severity, 'error');
    assert.ok(problems.some((p) => p.file === 'b.json' && p.field === 'passage' && p.severity === 'warning'));
  });

  it('accepts a file that holds several lists at once', () => {
    const { corpus, problems } = loadCorpus([file('all.json', { sources: [source], themes: [theme], passages: [passage] })]);
    assert.deepEqual(problems, []);
    assert.equal(corpus.passages.length, 1);
  });
});
