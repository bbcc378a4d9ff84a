/**
 * The bundled corpus: its files validate against their schemas, the schemas agree with the
 * model types, cross-references resolve, and every passage is a verbatim span of the seed text
 * it was cut from, in order, covering the whole body.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import type {
  CslDate,
  CslName,
  EditorialNote,
  Passage,
  PassageKind,
  Source,
  SourceType,
  Theme,
} from '../../src/core/model';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const CORPUS_DIR = path.resolve(__dirname, '../../../corpus');
const SEED_PATH =
  process.env.ANNALIST_SEED ??
  path.resolve(REPO_ROOT, '../shared/seed/north-korea-and-the-soviets-1953-1964.txt');
const BODY_START = 'Balazs Szalontai suggested';
const BODY_END = 'intra-party propaganda.';

const BLOG_ID = 'msiow-2007-north-korea-soviets';
const ARTICLE_ID = 'szalontai-2003-no-political-line';

type FileName = 'sources' | 'themes' | 'passages';

/** Turns string-literal unions into `string` so JSON-inferred types can be checked against the model. */
type Widen<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends (infer U)[]
        ? Widen<U>[]
        : T extends object
          ? { [K in keyof T]: Widen<T[K]> }
          : T;

// The JSON files as TypeScript infers them (resolveJsonModule): the assignments in the
// "model types" tests fail to compile if the data uses a field the model lacks a type for.
type SourcesFile = typeof import('../../corpus/sources.json');
type ThemesFile = typeof import('../../corpus/themes.json');
type PassagesFile = typeof import('../../corpus/passages.json');

// Exhaustive at compile time: a key added to or removed from the model breaks these literals.
const SOURCE_TYPES: Record<SourceType, true> = {
  'article-journal': true,
  'post-weblog': true,
  book: true,
  chapter: true,
  'article-newspaper': true,
  'article-magazine': true,
  webpage: true,
  manuscript: true,
  letter: true,
  interview: true,
  report: true,
  thesis: true,
};
const PASSAGE_KINDS: Record<PassageKind, true> = {
  paraphrase: true,
  quotation: true,
  'actor-quotation': true,
};
const NOTE_KINDS: Record<EditorialNote['kind'], true> = { sic: true, note: true };
const SOURCE_KEYS: Record<keyof Source, true> = {
  id: true,
  type: true,
  title: true,
  'title-short': true,
  author: true,
  editor: true,
  translator: true,
  interviewer: true,
  recipient: true,
  'container-title': true,
  'collection-title': true,
  publisher: true,
  'publisher-place': true,
  archive: true,
  archive_collection: true,
  'archive-place': true,
  archive_location: true,
  genre: true,
  medium: true,
  number: true,
  volume: true,
  issue: true,
  page: true,
  edition: true,
  issued: true,
  accessed: true,
  URL: true,
  DOI: true,
  note: true,
};
const CSL_NAME_KEYS: Record<keyof CslName, true> = {
  family: true,
  given: true,
  'dropping-particle': true,
  'non-dropping-particle': true,
  suffix: true,
  literal: true,
};
const CSL_DATE_KEYS: Record<keyof CslDate, true> = {
  'date-parts': true,
  season: true,
  circa: true,
  literal: true,
};
const PASSAGE_KEYS: Record<keyof Passage, true> = {
  id: true,
  source: true,
  kind: true,
  text: true,
  quote: true,
  speaker: true,
  original: true,
  page: true,
  themes: true,
  people: true,
  places: true,
  years: true,
  editorial: true,
};
const NOTE_KEYS: Record<keyof EditorialNote, true> = { kind: true, target: true, text: true };
const THEME_KEYS: Record<keyof Theme, true> = { id: true, label: true, description: true, parent: true };

interface JsonSchema {
  type?: string;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  items?: JsonSchema;
  description?: string;
  $ref?: string;
  [keyword: string]: unknown;
}

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
}
function readCorpus(name: FileName): unknown {
  return readJson(path.join(CORPUS_DIR, `${name}.json`));
}
function readSchema(name: FileName): JsonSchema {
  return readJson(path.join(CORPUS_DIR, 'schema', `${name}.schema.json`)) as JsonSchema;
}

const sourcesFile = readCorpus('sources') as SourcesFile;
const themesFile = readCorpus('themes') as ThemesFile;
const passagesFile = readCorpus('passages') as PassagesFile;
// Safe once the schema tests pass: the schemas' enums are checked against the model below.
const sources = sourcesFile.sources as unknown as Source[];
const themes = themesFile.themes as Theme[];
const passages = passagesFile.passages as unknown as Passage[];

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}
function definition(schema: JsonSchema, name: string): JsonSchema {
  const def = schema.definitions?.[name];
  assert.ok(def, `schema has no definitions.${name}`);
  return def;
}
function sortedKeys(o: object | undefined): string[] {
  return Object.keys(o ?? {}).sort();
}

describe('bundled corpus data', () => {
  describe('JSON Schemas', () => {
    for (const name of ['sources', 'themes', 'passages'] as const) {
      it(`${name}.json validates against schema/${name}.schema.json (Ajv strict)`, () => {
        const ajv = new Ajv({ strict: true, allErrors: true });
        const validate = ajv.compile(readSchema(name));
        const data = readCorpus(name);
        assert.ok(validate(data), ajv.errorsText(validate.errors, { separator: '\n' }));
        assert.equal((data as Record<string, unknown>)['$schema'], `./schema/${name}.schema.json`);
      });
    }

    it('every property in every schema has a description (editor IntelliSense)', () => {
      const missing: string[] = [];
      const visit = (node: unknown, at: string): void => {
        if (Array.isArray(node)) {
          node.forEach((n, i) => visit(n, `${at}[${i}]`));
        } else if (node && typeof node === 'object') {
          const schema = node as JsonSchema;
          for (const [key, prop] of Object.entries(schema.properties ?? {})) {
            if (typeof prop.description !== 'string' || prop.description.length === 0) {
              missing.push(`${at}.properties.${key}`);
            }
          }
          for (const [key, child] of Object.entries(schema)) visit(child, `${at}.${key}`);
        }
      };
      for (const name of ['sources', 'themes', 'passages'] as const) visit(readSchema(name), name);
      assert.deepEqual(missing, []);
    });

    it('rejects a note without text, an unknown field, a bad id and an unknown kind', () => {
      const ajv = new Ajv({ strict: true, allErrors: true });
      const validate = ajv.compile(readSchema('passages'));
      const base = passagesFile.passages[0];
      const bad = (patch: Record<string, unknown>): boolean =>
        validate({ passages: [{ ...base, ...patch }] });
      assert.equal(bad({}), true);
      assert.equal(bad({ editorial: [{ kind: 'note', target: 'Balazs' }] }), false);
      assert.equal(bad({ editorial: [{ kind: 'sic', target: 'Balazs' }] }), true);
      assert.equal(bad({ author: 'x' }), false);
      assert.equal(bad({ id: 'Bad_Id' }), false);
      assert.equal(bad({ kind: 'summary' }), false);
      assert.equal(bad({ themes: [] }), false);
      assert.equal(bad({ themes: ['a', 'a'] }), false);
    });
  });

  describe('model types', () => {
    it('the data fits the TypeScript model (checked by the compiler)', () => {
      const s: Widen<Source>[] = sourcesFile.sources;
      const t: Widen<Theme>[] = themesFile.themes;
      const p: Widen<Passage>[] = passagesFile.passages;
      assert.ok(s.length > 0 && t.length > 0 && p.length > 0);
    });

    it('schema enums match SourceType, PassageKind and EditorialNote kind', () => {
      const src = definition(readSchema('sources'), 'source');
      assert.deepEqual([...(src.properties?.type?.enum ?? [])].sort(), sortedKeys(SOURCE_TYPES));
      const pas = readSchema('passages');
      assert.deepEqual(
        [...(definition(pas, 'passage').properties?.kind?.enum ?? [])].sort(),
        sortedKeys(PASSAGE_KINDS),
      );
      assert.deepEqual(
        [...(definition(pas, 'editorialNote').properties?.kind?.enum ?? [])].sort(),
        sortedKeys(NOTE_KINDS),
      );
    });

    it('schema record properties match the model interfaces field for field', () => {
      const src = readSchema('sources');
      const pas = readSchema('passages');
      const thm = readSchema('themes');
      assert.deepEqual(sortedKeys(definition(src, 'source').properties), sortedKeys(SOURCE_KEYS));
      assert.deepEqual(sortedKeys(definition(src, 'cslName').properties), sortedKeys(CSL_NAME_KEYS));
      assert.deepEqual(sortedKeys(definition(src, 'cslDate').properties), sortedKeys(CSL_DATE_KEYS));
      assert.deepEqual(sortedKeys(definition(pas, 'passage').properties), sortedKeys(PASSAGE_KEYS));
      assert.deepEqual(sortedKeys(definition(pas, 'editorialNote').properties), sortedKeys(NOTE_KEYS));
      assert.deepEqual(sortedKeys(definition(thm, 'theme').properties), sortedKeys(THEME_KEYS));
    });

    it('required fields match the non-optional model fields', () => {
      const req = (schema: JsonSchema, def: string): string[] =>
        [...(definition(schema, def).required ?? [])].sort();
      assert.deepEqual(req(readSchema('sources'), 'source'), ['id', 'title', 'type']);
      assert.deepEqual(req(readSchema('themes'), 'theme'), ['description', 'id', 'label']);
      assert.deepEqual(req(readSchema('passages'), 'passage'), [
        'id',
        'kind',
        'people',
        'places',
        'source',
        'text',
        'themes',
        'years',
      ]);
      assert.deepEqual(req(readSchema('passages'), 'editorialNote'), ['kind', 'target']);
    });
  });

  describe('references', () => {
    it('ids are unique within each file', () => {
      assert.deepEqual(duplicates(sources.map((s) => s.id)), []);
      assert.deepEqual(duplicates(themes.map((t) => t.id)), []);
      assert.deepEqual(duplicates(passages.map((p) => p.id)), []);
    });

    it("every passage's source and original exist", () => {
      const ids = new Set(sources.map((s) => s.id));
      for (const p of passages) {
        assert.ok(ids.has(p.source), `${p.id}: unknown source ${p.source}`);
        if (p.original !== undefined) {
          assert.ok(ids.has(p.original), `${p.id}: unknown original ${p.original}`);
          assert.notEqual(p.original, p.source, `${p.id}: original is its own source`);
        }
      }
    });

    it('every passage has a theme and every theme it names exists', () => {
      const ids = new Set(themes.map((t) => t.id));
      for (const p of passages) {
        assert.ok(p.themes.length > 0, `${p.id} has no theme`);
        for (const t of p.themes) assert.ok(ids.has(t), `${p.id}: unknown theme ${t}`);
      }
    });

    it('every theme parent exists and the hierarchy has no cycles', () => {
      const byId = new Map(themes.map((t) => [t.id, t]));
      for (const theme of themes) {
        const seen = new Set<string>([theme.id]);
        let parent = theme.parent;
        while (parent !== undefined) {
          const next = byId.get(parent);
          assert.ok(next, `${theme.id}: unknown parent ${parent}`);
          assert.ok(!seen.has(parent), `${theme.id}: cycle through ${parent}`);
          seen.add(parent);
          parent = next.parent;
        }
      }
    });

    it('every theme has passages, directly or through its children', () => {
      const used = new Set(passages.flatMap((p) => p.themes));
      const byId = new Map(themes.map((t) => [t.id, t]));
      for (const id of [...used]) {
        for (let t = byId.get(id)?.parent; t !== undefined; t = byId.get(t)?.parent) used.add(t);
      }
      assert.deepEqual(
        themes.filter((t) => !used.has(t.id)).map((t) => t.id),
        [],
      );
    });
  });

  describe('passage content', () => {
    it('every editorial target occurs exactly once in its passage text', () => {
      for (const p of passages) {
        for (const note of p.editorial ?? []) {
          assert.equal(
            p.text.split(note.target).length - 1,
            1,
            `${p.id}: target ${JSON.stringify(note.target)} must occur once in the text`,
          );
          if (note.kind === 'note') assert.ok(note.text, `${p.id}: a note needs text`);
        }
      }
    });

    it('every quote is the inside of a pair of quotation marks in its passage text', () => {
      const pairs = [
        ['"', '"'],
        ['\u201c', '\u201d'],
        ["'", "'"],
        ['\u2018', '\u2019'],
      ];
      for (const p of passages) {
        if (p.quote === undefined) continue;
        assert.ok(p.text.includes(p.quote), `${p.id}: quote is not in the text`);
        assert.ok(
          pairs.some(([open, close]) => p.text.includes(`${open}${p.quote}${close}`)),
          `${p.id}: quote is not enclosed by quotation marks in the text`,
        );
      }
    });

    it('quotations name their speaker; paraphrases have neither speaker nor quote', () => {
      for (const p of passages) {
        if (p.kind === 'paraphrase') {
          assert.equal(p.speaker, undefined, `${p.id}: a paraphrase has no speaker`);
          assert.equal(p.quote, undefined, `${p.id}: a paraphrase has no quote`);
        } else {
          assert.ok(p.speaker, `${p.id}: a ${p.kind} needs a speaker`);
        }
      }
    });

    it('each person and place is spelled one way across the corpus', () => {
      const fold = (s: string): string =>
        s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      for (const field of ['people', 'places', 'speaker'] as const) {
        const names = new Set(passages.flatMap((p) => p[field] ?? []));
        const byFold = new Map<string, string[]>();
        for (const n of names) byFold.set(fold(n), [...(byFold.get(fold(n)) ?? []), n]);
        const clashes = [...byFold.values()].filter((v) => v.length > 1);
        assert.deepEqual(clashes, [], `${field} spelled in more than one way`);
      }
    });

    it('people are written with their diacritics, not as the seed prints them', () => {
      const people = new Set(passages.flatMap((p) => p.people));
      assert.ok(people.has('Balázs Szalontai'));
      assert.ok(!people.has('Balazs Szalontai'));
    });
  });

  describe('bundled sources', () => {
    const byId = (id: string): Source => {
      const s = sources.find((x) => x.id === id);
      assert.ok(s, `missing source ${id}`);
      return s;
    };

    it('the blog post has no invented author or blog name', () => {
      const blog = byId(BLOG_ID);
      assert.equal(blog.type, 'post-weblog');
      assert.equal(blog.title, 'North Korea and the Soviets 1953-1964');
      assert.deepEqual(blog.issued, { 'date-parts': [[2007, 12, 7]] });
      assert.equal(blog.URL, 'http://msiow.blogspot.com/2007/12/north-korea-and-soviets-1953-1964.html');
      assert.equal(blog.author, undefined);
      assert.equal(blog['container-title'], undefined);
    });

    it("Szalontai's article is described as published, with no invented page range", () => {
      const article = byId(ARTICLE_ID);
      assert.equal(article.type, 'article-journal');
      assert.deepEqual(article.author, [{ family: 'Szalontai', given: 'Balázs' }]);
      assert.equal(
        article.title,
        '"You Have No Political Line of Your Own": Kim Il Sung and the Soviets, 1953-1964',
      );
      assert.equal(article['title-short'], '"You Have No Political Line of Your Own"');
      assert.equal(article['container-title'], 'Cold War International History Project Bulletin');
      assert.equal(article.issue, '14/15');
      assert.deepEqual(article.issued, {
        'date-parts': [
          [2003, 24],
          [2004, 21],
        ],
      });
      assert.equal(article.page, undefined);
      assert.equal(article.volume, undefined);
      assert.equal(article['publisher-place'], undefined);
    });

    it('every passage is printed in the blog post; those reporting Szalontai cite his article', () => {
      for (const p of passages) {
        assert.equal(p.source, BLOG_ID, p.id);
        if (p.kind === 'quotation') assert.equal(p.original, ARTICLE_ID, p.id);
      }
    });
  });

  describe('verbatim against the seed text', function () {
    let seed = '';

    before(function () {
      if (!fs.existsSync(SEED_PATH)) {
        console.warn(`Seed text not found at ${SEED_PATH}; skipping the verbatim checks (set ANNALIST_SEED).`);
        this.skip();
      }
      seed = fs.readFileSync(SEED_PATH, 'utf8');
    });

    it('every passage text is a verbatim substring of the seed', () => {
      const missing = passages.filter((p) => !seed.includes(p.text)).map((p) => p.id);
      assert.deepEqual(missing, []);
    });

    it('passages follow the seed in order, without overlap, and cover the whole body', () => {
      const start = seed.indexOf(BODY_START);
      const endMarker = seed.indexOf(BODY_END);
      assert.ok(start >= 0 && endMarker > start, 'seed body markers not found');
      const end = endMarker + BODY_END.length;
      let cursor = start;
      for (const p of passages) {
        const at = seed.indexOf(p.text, cursor);
        assert.ok(at >= 0, `${p.id} is out of order or overlaps the passage before it`);
        const gap = seed.slice(cursor, at);
        assert.ok(/^\s*$/.test(gap), `text not covered before ${p.id}: ${JSON.stringify(gap.trim())}`);
        cursor = at + p.text.length;
      }
      assert.equal(cursor, end, `text not covered after the last passage: ${JSON.stringify(seed.slice(cursor, end))}`);
    });

    it('no passage spans a paragraph break', () => {
      for (const p of passages) assert.ok(!/\n\s*\n/.test(p.text), p.id);
    });
  });
});
