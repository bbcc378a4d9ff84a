import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { loadCorpus, parseCorpusFile } from '../../src/core/corpus';

const CORPUS_DIR = path.resolve(__dirname, '../../../corpus');
const bundled = ['sources', 'themes', 'passages'].map((name) => {
  const file = path.join(CORPUS_DIR, `${name}.json`);
  return { path: file, text: fs.readFileSync(file, 'utf8') };
});

const source = { id: 'blog', type: 'post-weblog', title: 'A Post' };
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

describe('corpus files in YAML and JSON', () => {
  it('reads the bundled JSON files into exactly the values JSON.parse gives', () => {
    for (const file of bundled) {
      const parsed = parseCorpusFile(file);
      assert.deepEqual(parsed.problems, []);
      const expected = JSON.parse(file.text) as Record<string, unknown[]>;
      for (const kind of ['sources', 'themes', 'passages'] as const) {
        if (expected[kind]) assert.deepEqual(parsed[kind].map((r) => r.value), expected[kind]);
      }
    }
  });

  it('loads a YAML file holding all three lists, with the same records as the JSON equivalent', () => {
    const yaml = stringify({ sources: [source], themes: [theme], passages: [passage] });
    const fromYaml = loadCorpus([{ path: 'notes.annalist.yaml', text: yaml }]);
    const fromJson = loadCorpus([{ path: 'notes.annalist.json', text: JSON.stringify({ sources: [source], themes: [theme], passages: [passage] }) }]);
    assert.deepEqual(fromYaml.problems, []);
    assert.deepEqual(fromYaml.corpus, fromJson.corpus);
  });

  it('locates a YAML problem at the line and column of the field, and keeps the file\u2019s other records', () => {
    const text = [
      'passages:',
      '  - id: debt',
      '    source: blog',
      '    kind: paraphrase',
      '    text: North Korea asked the Soviets to cancel their debt.',
      '    themes: [trade]',
      '    people: []',
      '    places: []',
      '    years: [1956]',
      '  - id: later',
      '    source: blog',
      '    kind: summary',
      '    text: Later.',
      '    themes: [trade]',
      '    people: []',
      '    places: []',
      '    years: ["1957"]',
      '',
    ].join('\n');
    const { corpus, problems } = loadCorpus([
      { path: 's.json', text: JSON.stringify({ sources: [source], themes: [theme] }) },
      { path: 'p.annalist.yaml', text },
    ]);
    assert.deepEqual(corpus.passages.map((p) => p.id), ['debt']);
    const byField = new Map(problems.map((p) => [p.field, p]));
    assert.deepEqual([...byField.keys()].sort(), ['passages[1].kind', 'passages[1].years[0]']);
    assert.deepEqual([byField.get('passages[1].kind')?.line, byField.get('passages[1].kind')?.column], [12, 5]);
    assert.deepEqual([byField.get('passages[1].years[0]')?.line, byField.get('passages[1].years[0]')?.column], [17, 13]);
    assert.match(byField.get('passages[1].kind')?.message ?? '', /must be one of "paraphrase", "quotation", "actor-quotation"/);
  });

  it('reports a YAML syntax error where it stands, and a repeated key', () => {
    const broken = parseCorpusFile({ path: 'a.yaml', text: 'themes:\n  - id: x\n    label: "unclosed\n' });
    assert.equal(broken.problems[0].severity, 'error');
    assert.match(broken.problems[0].message, /^YAML error: /);
    assert.ok(broken.problems[0].line >= 3);
    const repeated = parseCorpusFile({ path: 'b.yaml', text: 'themes:\n  - id: x\n    id: y\n    label: L\n    description: D\n' });
    assert.equal(repeated.themes.length, 0);
    assert.equal(repeated.problems[0].line, 3);
    assert.match(repeated.problems[0].message, /unique/i);
  });

  it('reads several YAML documents in one file', () => {
    const text = `themes:\n  - ${JSON.stringify(theme)}\n---\nsources:\n  - ${JSON.stringify(source)}\npassages:\n  - ${JSON.stringify(passage)}\n`;
    const { corpus, problems } = loadCorpus([{ path: 'multi.annalist.yaml', text }]);
    assert.deepEqual(problems, []);
    assert.equal(corpus.passages[0].id, 'debt');
  });

  it('refuses YAML aliases that expand to a billion values, and says where', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    lines.push('passages:', '  - id: bomb', '    text: *j');
    const started = performance.now();
    const parsed = parseCorpusFile({ path: 'bomb.yaml', text: lines.join('\n') });
    assert.ok(performance.now() - started < 2000, 'refused quickly');
    assert.equal(parsed.passages.length, 0);
    const problem = parsed.problems.find((p) => /aliases/.test(p.message));
    assert.ok(problem, 'the expansion is reported');
    assert.equal(problem.line, 13);
  });

  it('composes a large YAML file record by record, with the same result as composing it whole', function () {
    this.timeout(120_000);
    const fresh = (i: number) => ({
      ...passage,
      id: `debt-${i}`,
      text: `${passage.text} ${'More words. '.repeat(10)}${i}`,
      themes: [...passage.themes],
      people: [],
      places: [...passage.places],
      years: [...passage.years],
    });
    const many = Array.from({ length: 1500 }, (_, i) => fresh(i));
    const text = `# A large file\nsources:\n  - ${JSON.stringify(source)}\nthemes:\n${stringify([theme])}passages:\n${stringify(many).replace(/^/gm, '  ')}`;
    assert.ok(text.length > 256 * 1024, 'large enough to be read record by record');
    const large = parseCorpusFile({ path: 'large.yaml', text });
    const whole = parseCorpusFile({ path: 'large.yaml', text: `${text}\n# a comment\n---\n` });
    assert.deepEqual(large.problems, []);
    assert.equal(large.passages.length, 1500);
    assert.deepEqual(
      large.passages.map((r) => [r.value, r.line]),
      whole.passages.map((r) => [r.value, r.line]),
    );
    const badText = text.replace('    years:\n      - 1956\n  - id: debt-700', '    years:\n      - "1956"\n  - id: debt-700');
    const bad = parseCorpusFile({ path: 'large.yaml', text: badText });
    assert.equal(bad.passages.length, 1499);
    assert.equal(bad.problems.length, 1);
    assert.equal(bad.problems[0].field, 'passages[699].years[0]');
    assert.equal(badText.split('\n')[bad.problems[0].line - 1].trim(), '- "1956"');
    // Records that share values through anchors and aliases are composed whole, and still load.
    const shared = many.map((p) => ({ ...p, places: passage.places }));
    const aliased = `sources:\n  - ${JSON.stringify(source)}\nthemes:\n${stringify([theme])}passages:\n${stringify(shared).replace(/^/gm, '  ')}`;
    assert.match(aliased, /places: \*/);
    const withAliases = parseCorpusFile({ path: 'aliased.yaml', text: aliased });
    assert.deepEqual(withAliases.problems, []);
    assert.deepEqual(withAliases.passages.map((r) => r.value), large.passages.map((r) => r.value));
  });

  it('allows comments in JSON corpus files, but not trailing commas', () => {
    const text = `// My notes\n{\n  /* themes */\n  "themes": [${JSON.stringify(theme)}]\n}\n`;
    assert.deepEqual(parseCorpusFile({ path: 'c.annalist.json', text }).problems, []);
    const trailing = parseCorpusFile({ path: 'd.annalist.json', text: `{"themes": [${JSON.stringify(theme)},]}` }).problems;
    assert.equal(trailing.length, 1);
    assert.match(trailing[0].message, /^JSON syntax error: value expected/);
    assert.equal(trailing[0].column, 13 + JSON.stringify(theme).length + 1);
  });

  it('keeps the records read before a JSON syntax error, and reports the error where it stands', () => {
    const text = `{\n  "themes": [\n    ${JSON.stringify(theme)},\n    {"id": "b" "label": "B"}\n  ]\n}`;
    const parsed = parseCorpusFile({ path: 't.json', text });
    assert.deepEqual(parsed.themes.map((t) => t.value.id), ['trade']);
    assert.deepEqual([parsed.problems[0].line, parsed.problems[0].column], [4, 16]);
    assert.equal(parsed.problems[0].message, 'JSON syntax error: comma expected');
  });

  it('reads a file that starts with a byte order mark', () => {
    const parsed = parseCorpusFile({ path: 'bom.json', text: `\uFEFF${JSON.stringify({ themes: [theme] })}` });
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.themes.length, 1);
  });

  it('refuses structures nested too deeply, and treats __proto__ as an ordinary unknown field', () => {
    const deep = parseCorpusFile({ path: 'deep.json', text: `{"themes": [${'['.repeat(10_000)}${']'.repeat(10_000)}]}` });
    assert.match(deep.problems[0].message, /nests more than 64 levels/);
    const proto = parseCorpusFile({ path: 'proto.json', text: `{"themes": [{"__proto__": {"polluted": true}, "id": "x", "label": "X", "description": "X."}]}` });
    assert.equal(proto.problems[0].field, 'themes[0].__proto__');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('reports a reference to a missing theme at the line of that theme, not of its record', () => {
    const text = JSON.stringify({ passages: [{ ...passage, themes: ['trade', 'nowhere'] }] }, null, 2);
    const { problems } = loadCorpus([
      { path: 's.json', text: JSON.stringify({ sources: [source], themes: [theme] }) },
      { path: 'p.json', text },
    ]);
    assert.equal(problems[0].field, 'passages[0].themes[1]');
    assert.equal(problems[0].line, text.split('\n').findIndex((l) => l.includes('"nowhere"')) + 1);
  });

  it('lets passages name imported sources by citation key', () => {
    const bib = '@book{lankovStalinKimIl2002, title = {From {{Stalin}} to {{Kim Il Sung}}}, author = {Lankov, Andrei}, date = {2002}}';
    const notes = stringify({ themes: [theme], passages: [{ ...passage, source: 'lankovStalinKimIl2002' }] });
    const { corpus, problems } = loadCorpus([
      { path: 'library.bib', text: bib },
      { path: 'notes.annalist.yaml', text: notes },
    ]);
    assert.deepEqual(problems, []);
    assert.equal(corpus.passages[0].source, 'lankovStalinKimIl2002');
    assert.equal(corpus.sources[0].title, 'From Stalin to Kim Il Sung');
  });
});
