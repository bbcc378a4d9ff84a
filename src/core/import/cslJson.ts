import type { JsonPath } from '../corpus/fieldPath';
import { readJson } from '../corpus/jsonReader';
import { emptyFile, problemAt, type CorpusFileInput, type ParseSteps } from '../corpus/parseCorpusFile';
import { TextPositions } from '../corpus/textPosition';
import type { CslName, Source, SourceType } from '../model';
import { cleanCslDate } from './dates';
import { finishSource, keyToId, type ImportProblem } from './finishSource';

/** CSL item types Annalist formats as they are. */
const OWN_TYPES = new Set<string>([
  'article-journal', 'post-weblog', 'book', 'chapter', 'article-newspaper', 'article-magazine',
  'webpage', 'manuscript', 'letter', 'interview', 'report', 'thesis',
]);

/** Other CSL types, as the Annalist type whose citation fits them best. */
const NEAREST_TYPE: Record<string, SourceType> = {
  article: 'report',
  'paper-conference': 'chapter',
  'entry': 'chapter',
  'entry-dictionary': 'chapter',
  'entry-encyclopedia': 'chapter',
  'review': 'article-journal',
  'review-book': 'article-journal',
  'post': 'webpage',
  'personal_communication': 'letter',
  'periodical': 'book',
  'collection': 'book',
  'classic': 'book',
  'pamphlet': 'book',
  'document': 'manuscript',
  'speech': 'manuscript',
  'standard': 'report',
};

/** Text fields copied as they are (numbers become text). */
const TEXT_FIELDS = [
  'title', 'title-short', 'container-title', 'collection-title', 'publisher', 'publisher-place', 'archive',
  'archive_collection', 'archive-place', 'archive_location', 'genre', 'medium', 'number', 'volume', 'issue',
  'page', 'edition', 'URL', 'DOI', 'note',
] as const;

/** Zotero's and older CSL spellings of the same fields. */
const ALIASES: Record<string, string> = {
  shortTitle: 'title-short',
  'archive-location': 'archive_location',
  'archive-collection': 'archive_collection',
  archive_place: 'archive-place',
  url: 'URL',
  doi: 'DOI',
};

const NAME_FIELDS = ['author', 'editor', 'translator', 'interviewer', 'recipient'] as const;
const DATE_FIELDS = ['issued', 'accessed'] as const;
/** Fields that tell which item it is, not how to cite it. */
const ID_FIELDS = new Set(['id', 'citation-key', 'type']);

/**
 * Imports a CSL-JSON file (a list of items) as Zotero's "CSL JSON" and Better BibTeX's
 * "Better CSL JSON" export it. Each item becomes a source whose id is its citation key
 * (`citation-key`, else `id`; see {@link keyToId}). Fields Annalist does not cite with
 * (abstract, ISBN, language…) are left out and named once in the file's notes; rich-text
 * markup in titles (`<i>`, `<span class="nocase">`) is reduced to its words.
 */
export function* importCslJson(input: CorpusFileInput): ParseSteps {
  const result = emptyFile('csl-json');
  const positions = new TextPositions(input.text);
  const unused = new Set<string>();
  const report = (offset: number, path: JsonPath, message: string, severity: 'error' | 'warning') => {
    const { line, column } = positions.at(offset);
    result.problems.push(problemAt(input.path, line, column, path, message, severity));
  };
  for (const event of readJson(input.text)) {
    if (event === undefined) {
      yield undefined;
      continue;
    }
    if (event.type === 'problem') report(event.offset, [], event.message, event.severity);
    else if (event.type === 'root' && event.kind !== 'array') {
      report(event.offset, [], 'A CSL-JSON file must be a list of items ([ … ]), as Zotero exports it.', 'error');
    } else if (event.type === 'record') {
      const { value, offset, locate } = event.record;
      const path: JsonPath = [event.index];
      const item = cslItemToSource(value, unused);
      for (const problem of item.problems) {
        const original = originalPath(problem.path, item.renamed);
        report(locate(original), [...path, ...original], problem.message, problem.severity);
      }
      if (item.source) {
        const { line, column } = positions.at(offset);
        result.sources.push({ value: item.source, file: input.path, line, column, path });
      }
      yield undefined;
    }
  }
  if (unused.size > 0) result.notes?.push(`fields not used for citations, left out: ${[...unused].sort().join(', ')}`);
  return result;
}

/** One CSL item as a source, with what was wrong with it. */
export function cslItemToSource(
  value: unknown,
  unused: Set<string> = new Set(),
): { source?: Source; problems: ImportProblem[]; renamed: Map<string, string> } {
  const renamed = new Map<string, string>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problems: [{ path: [], message: 'must be a CSL-JSON item (an object with id, type and title)', severity: 'error' }], renamed };
  }
  const item = value as Record<string, unknown>;
  const problems: ImportProblem[] = [];
  const draft: Record<string, unknown> = {};

  const key = textOf(item['citation-key']) ?? textOf(item.id);
  if (key === undefined) {
    problems.push({ path: ['id'], message: 'is required but missing: an item needs an id or a citation-key', severity: 'error' });
    return { problems, renamed };
  }
  draft.id = keyToId(key);
  if (item['citation-key'] !== undefined) renamed.set('id', 'citation-key');

  const type = textOf(item.type);
  if (type === undefined) {
    problems.push({ path: ['type'], message: 'is required but missing', severity: 'error' });
    return { problems, renamed };
  }
  if (OWN_TYPES.has(type)) draft.type = type;
  else {
    draft.type = NEAREST_TYPE[type] ?? 'manuscript';
    problems.push({ path: ['type'], message: `"${type}" is not a type Annalist formats; cited as "${draft.type}"`, severity: 'warning' });
  }

  for (const [rawKey, rawValue] of Object.entries(item)) {
    if (ID_FIELDS.has(rawKey) || rawValue === null || rawValue === undefined || rawValue === '') continue;
    const field = ALIASES[rawKey] ?? rawKey;
    if (field !== rawKey) renamed.set(field, rawKey);
    if ((TEXT_FIELDS as readonly string[]).includes(field)) {
      const text = textOf(rawValue);
      if (text === undefined) problems.push({ path: [field], message: 'must be text or a number; left out', severity: 'warning' });
      else draft[field] = field === 'DOI' ? text.replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '') : field.includes('title') ? stripMarkup(text) : text;
    } else if ((NAME_FIELDS as readonly string[]).includes(field)) {
      const names = cleanNames(rawValue);
      if (names.length > 0) draft[field] = names;
      else problems.push({ path: [field], message: 'holds no usable name; left out', severity: 'warning' });
    } else if ((DATE_FIELDS as readonly string[]).includes(field)) {
      const { date, problem } = cleanCslDate(rawValue);
      if (date) draft[field] = date;
      if (problem) problems.push({ path: [field], message: problem, severity: 'warning' });
    } else {
      unused.add(rawKey);
    }
  }
  if (draft.title === undefined) {
    problems.push({ path: ['title'], message: 'is required but missing', severity: 'error' });
    return { problems, renamed };
  }
  const finished = finishSource(draft);
  return { source: finished.source, problems: [...problems, ...finished.problems], renamed };
}

/** CSL names as the schema wants them: a person needs a family name, else the name is a literal. */
function cleanNames(value: unknown): CslName[] {
  if (!Array.isArray(value)) return [];
  const names: CslName[] = [];
  for (const raw of value) {
    if (typeof raw !== 'object' || raw === null) continue;
    const r = raw as Record<string, unknown>;
    const name: CslName = {};
    for (const part of ['family', 'given', 'dropping-particle', 'non-dropping-particle', 'suffix', 'literal'] as const) {
      const text = textOf(r[part]);
      if (text !== undefined) name[part] = text;
    }
    if (name.family === undefined && name.literal === undefined) {
      if (name.given === undefined) continue;
      names.push({ literal: name.given });
      continue;
    }
    names.push(name);
  }
  return names;
}

/** Text of a string or number; undefined for anything else or for blank text. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}

/** The words of CSL rich text: `<i>`, `<b>`, `<sup>`, `<sub>` and `<span …>` tags are removed. */
export function stripMarkup(text: string): string {
  return text
    .replace(/<\/?(i|b|sup|sub|sc)>|<span\b[^>]*>|<\/span>/gi, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** The item's own field names for a path through the Source built from it. */
function originalPath(path: JsonPath, renamed: Map<string, string>): JsonPath {
  if (path.length === 0) return path;
  const [first, ...rest] = path;
  return [renamed.get(String(first)) ?? first, ...rest];
}

