/**
 * Reading a YAML corpus record by record (a line scanner, js-yaml for plain elements, the yaml
 * library for the rest) must give exactly what reading the whole file with the yaml library
 * gives: the same values, problems, offsets and field positions. Checked on hand-written
 * files of every shape the scanner has to tell apart, then on thousands of seeded mutations.
 */
import * as assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { random, syntheticCorpus } from '../../bench/syntheticCorpus';
import type { JsonPath } from '../../src/core/corpus/fieldPath';
import type { DocumentReader } from '../../src/core/corpus/readEvents';
import { readYaml, readYamlWhole } from '../../src/core/corpus/yamlReader';
import { readYamlByRecord } from '../../src/core/corpus/yamlRecords';

const LISTS = new Set(['sources', 'themes', 'passages']);

/** Every event of a reader, records with their field positions, in a form deepEqual compares. */
function events(reader: DocumentReader): unknown[] {
  const out: unknown[] = [];
  for (const event of reader) {
    if (event === undefined) continue;
    if (event.type !== 'record') {
      out.push(event);
      continue;
    }
    const { value, offset, locate } = event.record;
    const fields = paths(value, []).map((path) => [path.join('.'), locate(path)]);
    out.push({ type: 'record', list: event.list, index: event.index, value, offset, fields });
  }
  return out;
}

/** The record itself and its last field: each position is found by parsing the record again, which costs. */
function paths(value: unknown, prefix: JsonPath): JsonPath[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.length > 0 ? [prefix, [...prefix, keys[keys.length - 1]]] : [prefix];
}

/** Whether the file was read record by record (rather than handed to the whole-file reader). */
function byRecord(text: string): boolean {
  const steps = readYamlByRecord(text, LISTS);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value !== undefined;
  }
}

function assertSame(text: string, context = ''): void {
  assert.deepEqual(events(readYaml(text, LISTS)), events(readYamlWhole(text, LISTS)), `${context}\n${text.slice(0, 2000)}`);
}

const passage = (id: string, extra = '') =>
  `  - id: ${id}\n    source: blog\n    kind: paraphrase\n    text: Words of ${id}.\n    themes: [trade]\n    people: []\n    places: []\n    years: [1956]\n${extra}`;

/** Files of the shapes the scanner must read, or hand on, correctly. */
const SHAPES: Record<string, { text: string; byRecord: boolean }> = {
  'block lists indented': { text: `themes:\n  - id: trade\n    label: Trade\n    description: T.\npassages:\n${passage('a')}${passage('b')}`, byRecord: true },
  'block lists at column 0': { text: `passages:\n- id: a\n  source: blog\n  text: A.\n- id: b\n  text: B.\n`, byRecord: true },
  'comments, blank lines, a document start and CRLF': {
    text: `---\r\n# Notes\r\n\r\npassages: # mine\r\n  # first\r\n  - id: a # here\r\n    text: A.\r\n\r\n# between\r\n  - id: b\r\n    text: B.\r\n`,
    byRecord: true,
  },
  'a byte order mark': { text: `\uFEFFpassages:\n${passage('a')}`, byRecord: true },
  'block and folded scalars': {
    text: `passages:\n  - id: a\n    text: |\n      Line one\n\n      - not an element\n    quote: >-\n      folded\n      words\n  - id: b\n    text: |2\n        kept indent\n`,
    byRecord: true,
  },
  'multi-line quoted and plain scalars': {
    text: `passages:\n  - id: a\n    text: "one\n      two \\u00e1"\n    quote: 'it''s\n      so'\n    speaker: plain\n      continued\n`,
    byRecord: true,
  },
  'flow collections and scalars of every type': {
    text: `passages:\n  - {id: a, years: [1956, 0x10, 0o17, 1_000, 1e3, .5, +12, -0, .inf, -.Inf, .NaN, ~, null, True, FALSE, yes, 012, 1e999]}\n  - id: b\n    x: {a: [1, {b: 2}]}\n`,
    byRecord: true,
  },
  'plain scalars of every type in block style': {
    text:
      'passages:\n  - id: a\n    years: [1956, 0x10, 0o17, 1_000, 0b101, 1e3, +.5e3, .5, 1.0, -1.5E-3, +12, -0, 012, .inf, -.Inf, .NaN, 1e999]\n' +
      "    n: ~\n    m: Null\n    e:\n    b: [True, FALSE, yes, no, on]\n    s: 'it''s'\n    d: \"tab\\there \\u00e1\"\n    t: 2002-12-14\n" +
      '  - id: b\n    12: twelve\n    1.5: x\n    true: y\n    ~: z\n',
    byRecord: true,
  },
  'other top-level keys and an empty list': { text: `$schema: ./corpus.schema.json\nsources: []\nthemes:\nnotes:\n  a: 1\npassages:\n${passage('a')}`, byRecord: true },
  'an element whose value starts on the next line': { text: `passages:\n  -\n    id: a\n  - # c\n    id: b\n`, byRecord: true },
  'anchors and aliases': { text: `passages:\n  - &p\n    id: a\n  - *p\n`, byRecord: false },
  'an alias within an element': { text: `passages:\n  - id: a\n    people: &x [Kim]\n    places: *x\n`, byRecord: false },
  'tags': { text: `passages:\n  - id: !!str 12\n    years: [!!int "1956"]\n  - !custom {id: b}\n`, byRecord: false },
  'explicit and flow keys': { text: `passages:\n  - ? id\n    : a\n  - [x, y]: b\n  - {[1]: c}\n`, byRecord: true },
  'a repeated key in an element': { text: `passages:\n  - id: a\n    id: b\n${passage('c')}`, byRecord: false },
  'a repeated top-level key': { text: `passages:\n${passage('a')}passages:\n${passage('b')}`, byRecord: false },
  'two documents': { text: `passages:\n${passage('a')}---\nthemes: []\n`, byRecord: false },
  'a root list': { text: `- id: a\n- id: b\n`, byRecord: false },
  'a tab in an indentation': { text: `passages:\n\t- id: a\n`, byRecord: false },
  'a line less indented than its list': { text: `passages:\n    - id: a\n  - id: b\n`, byRecord: false },
  'an unclosed quote running into the next element': { text: `passages:\n  - id: a\n    text: "open\n  - id: b\n    text: B"\n`, byRecord: false },
  'a directive': { text: `%YAML 1.2\n---\npassages: []\n`, byRecord: false },
  'deep nesting': { text: `passages:\n  - id: a\n    x: ${'['.repeat(80)}${']'.repeat(80)}\n`, byRecord: true },
  '__proto__ as a key': { text: `passages:\n  - id: a\n    __proto__: {polluted: true}\n`, byRecord: true },
};

describe('reading YAML record by record', () => {
  for (const [name, { text, byRecord: expected }] of Object.entries(SHAPES)) {
    it(`${expected ? 'reads' : 'hands to the whole-file reader'} ${name}, with the same result`, () => {
      assert.equal(byRecord(text), expected);
      assertSame(text);
    });
  }

  it('in a file over a megabyte, reports the first element with a syntax error where it stands and keeps the records before it', () => {
    const elements = Array.from({ length: 3_000 }, (_, i) => passage(`p-${i}`, `    text2: ${'word '.repeat(60)}\n`));
    elements[2_500] = elements[2_500].replace('kind: paraphrase', 'kind: [paraphrase');
    const text = `passages:\n${elements.join('')}`;
    assert.ok(text.length > 1024 * 1024);
    const found = events(readYaml(text, LISTS)) as { type: string; offset?: number; message?: string; index?: number }[];
    const problems = found.filter((e) => e.type === 'problem');
    const bracket = text.indexOf('[paraphrase');
    assert.ok(problems.length > 0 && problems.every((p) => p.message?.startsWith('YAML error: ')));
    // The first error lies in the broken element, after its bracket and before the next element.
    const next = text.indexOf('  - id: p-2501');
    assert.ok(problems.every((p) => (p.offset ?? -1) >= bracket && (p.offset ?? -1) <= next), JSON.stringify(problems));
    const records = found.filter((e) => e.type === 'record');
    assert.deepEqual(records.map((r) => r.index), Array.from({ length: 2_500 }, (_, i) => i));
  });

  it('agrees with the whole-file reader on a generated corpus and on 1,000 seeded mutations of it', function () {
    // About 5 s alone; several times that on a machine shared with other work.
    this.timeout(180_000);
    const corpus = syntheticCorpus({ size: 12, seed: 7 });
    const seeds = [
      stringify({ ...corpus, passages: corpus.passages.map((p) => ({ ...p, themes: [...new Set(p.themes)] })) }, { lineWidth: 0 }),
      ...Object.values(SHAPES).map((s) => s.text),
    ];
    assert.equal(byRecord(seeds[0]), true);
    assertSame(seeds[0]);
    const rnd = random(1956);
    let read = 0;
    for (let i = 0; i < 1_000; i++) {
      // Half the mutations start from the generated corpus, the others from each shape in turn.
      const seed = i % 2 === 0 ? seeds[0] : seeds[1 + ((i >> 1) % (seeds.length - 1))];
      let text = seed;
      for (let m = 1 + Math.floor(rnd() * 3); m > 0; m--) text = mutate(text, rnd);
      if (byRecord(text)) read++;
      assertSame(text, `mutation ${i}`);
    }
    // Most mutations keep the ordinary shape, so the record-by-record reader is what was tested.
    assert.ok(read > 250, `${read} of 1,000 mutated files read record by record`);
  });
});

const PIECES = ['-', '- ', ' ', '  ', '\n', '\r\n', '\t', ':', ': ', '#', ' #', '"', "'", '|', '>', '|-', '&a ', '*a', '!!str ', '!x ', '? ', '[', ']', '{', '}', ',', '---\n', '...\n', '%', '\\', '1e999', '.nan', '0x1F', '1_000', '0o17', 'True', '~', '\uFEFF', '__proto__: 1', '\n  - ', '\n- ', '\nkey: '];

/** One random change: insert a piece of YAML, delete a stretch, indent or dedent a line, duplicate or drop a line. */
function mutate(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (text.length + 1));
  const lines = text.split('\n');
  const line = Math.floor(rnd() * lines.length);
  switch (Math.floor(rnd() * 6)) {
    case 0:
      return text.slice(0, at) + PIECES[Math.floor(rnd() * PIECES.length)] + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 30));
    case 2:
      lines[line] = rnd() < 0.5 ? ` ${lines[line]}` : lines[line].replace(/^ /, '');
      return lines.join('\n');
    case 3:
      lines.splice(line, 0, lines[Math.floor(rnd() * lines.length)]);
      return lines.join('\n');
    case 4:
      lines.splice(line, 1);
      return lines.join('\n');
    default: {
      const values = [...text.matchAll(/\b\d+\b|\btrue\b|\[\]/g)];
      if (values.length === 0) return text;
      const hit = values[Math.floor(rnd() * values.length)];
      const index = hit.index ?? 0;
      return text.slice(0, index) + ['1e999', '-.inf', '0x10', '"1956"', '~', '{}', '[1, [2]]'][Math.floor(rnd() * 7)] + text.slice(index + hit[0].length);
    }
  }
}

