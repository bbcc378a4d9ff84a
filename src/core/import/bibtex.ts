import { BibLatexParser } from 'biblatex-csl-converter';
import type { JsonPath } from '../corpus/fieldPath';
import { emptyFile, problemAt, type CorpusFileInput, type ParsedCorpusFile } from '../corpus/parseCorpusFile';
import { TextPositions } from '../corpus/textPosition';
import type { CslName, SourceType } from '../model';
import { parseDate } from './dates';
import { finishSource, type ImportProblem } from './finishSource';
import { describeUnclosed, isolateUnclosedEntries } from './bibtexEntries';
import { describeBibError, entryTypeAt, joinList, nameText, richText, type BibNode } from './bibtexText';

/** BibLaTeX entry types (as the parser names them) and the Annalist type that cites them. */
const TYPES: Record<string, SourceType> = {
  article: 'article-journal',
  'article-journal': 'article-journal',
  'article-magazine': 'article-magazine',
  'article-newspaper': 'article-newspaper',
  'post-weblog': 'post-weblog',
  online: 'webpage',
  post: 'webpage',
  book: 'book',
  mvbook: 'book',
  collection: 'book',
  mvcollection: 'book',
  periodical: 'book',
  proceedings: 'book',
  mvproceedings: 'book',
  reference: 'book',
  mvreference: 'book',
  manual: 'book',
  booklet: 'book',
  inbook: 'chapter',
  bookinbook: 'chapter',
  suppbook: 'chapter',
  incollection: 'chapter',
  suppcollection: 'chapter',
  inproceedings: 'chapter',
  inreference: 'chapter',
  'entry-encyclopedia': 'chapter',
  'entry-dictionary': 'chapter',
  report: 'report',
  thesis: 'thesis',
  unpublished: 'manuscript',
};

/** Entry types the parser does not know (it reads them as @misc) that Annalist cites as they are. */
const RAW_TYPES: Record<string, SourceType> = {
  letter: 'letter',
  interview: 'interview',
  manuscript: 'manuscript',
  webpage: 'webpage',
};

/** What `type = {…}` says in words, for a thesis or report. */
const GENRES: Record<string, string> = {
  phdthesis: 'PhD diss.',
  mathesis: "Master's thesis",
  mastersthesis: "Master's thesis",
  candthesis: 'Candidate thesis',
  techreport: 'Technical report',
  resreport: 'Research report',
};

/** Fields read into a source; the others are left out and named in the file's notes. */
const USED = new Set([
  'title', 'subtitle', 'titleaddon', 'shorttitle', 'author', 'editor', 'translator', 'journaltitle', 'booktitle',
  'maintitle', 'series', 'publisher', 'institution', 'organization', 'location', 'volume', 'number', 'issue',
  'pages', 'edition', 'date', 'urldate', 'url', 'doi', 'note', 'howpublished', 'type', 'entrysubtype',
  'archive', 'archive_location', 'library',
]);

type Draft = Record<string, unknown>;

/**
 * Imports a BibTeX or BibLaTeX file as Zotero and Better BibTeX export it, parsed by
 * biblatex-csl-converter's BibLatexParser (LaTeX accents and commands decoded, `@string`s
 * expanded, crossrefs resolved). Each entry becomes a source whose id is its citation key.
 * The parser's CSL exporter is not used: it changes the case of titles, and Annalist keeps
 * titles as printed. Syntax errors are reported at their line; an entry they fall into is left out.
 */
export function importBibtex(input: CorpusFileInput): ParsedCorpusFile {
  const result = emptyFile('bibtex');
  const positions = new TextPositions(input.text);
  const lastLine = positions.at(input.text.length).line;
  const report = (offset: number, path: JsonPath, message: string, severity: 'error' | 'warning') => {
    const { line, column } = positions.at(offset);
    result.problems.push(problemAt(input.path, line, column, path, message, severity));
  };
  const reportLine = (line: number | undefined, message: string, severity: 'error' | 'warning') =>
    result.problems.push(problemAt(input.path, clamp(line ?? lastLine, lastLine), 1, [], message, severity));

  // An entry whose braces never close would run on into the next ones: it is reported and left
  // out before parsing, so the entries after it load. Blanking keeps every line where it was.
  const { text, unclosed } = isolateUnclosedEntries(input.text);
  for (const entry of unclosed) {
    const path = entry.key ? [entry.key, ...(entry.field ? [entry.field] : [])] : [];
    report(entry.brace, path, describeUnclosed(entry), 'error');
  }
  const parser = new BibLatexParser(text, { processUnexpected: true, processUnknown: true });
  const parsed = parser.parse();
  const errorLines: number[] = [];
  for (const error of parsed.errors) {
    errorLines.push(clamp(error.line ?? lastLine, lastLine));
    reportLine(error.line, `BibTeX syntax error: ${describeBibError(error)}`, 'error');
  }
  for (const warning of parsed.warnings) {
    // Undefined @strings are reported at the field that uses them, by entryToDraft.
    if (warning.type === 'unknown_date') {
      reportLine(warning.line, `has a date the importer cannot read (${String(warning.value ?? '')}); it is kept as written`, 'warning');
    }
  }

  const unused = new Set<string>();
  const starts = entryStarts(text);
  for (const entry of Object.values(parsed.entries)) {
    const start = takeStart(starts, entry.entry_key) ?? 0;
    const closed = entryEnd(text, start);
    const end = closed ?? text.length;
    const startLine = positions.at(start).line;
    const endLine = positions.at(end).line;
    const key = entry.entry_key;
    if (closed === undefined) {
      report(start, [key], 'is left out: its braces are not closed, so it runs on to the end of the file', 'error');
      continue;
    }
    const broken = errorLines.find((line) => line >= startLine && line <= endLine);
    if (broken !== undefined) {
      report(start, [key], `is left out: the syntax error at line ${broken} falls inside it`, 'error');
      continue;
    }
    const fields: Record<string, unknown> = { ...(entry.unexpected_fields ?? {}), ...(entry.unknown_fields ?? {}), ...entry.fields };
    for (const name of Object.keys(fields)) if (!USED.has(name)) unused.add(name);
    const { draft, origin, problems } = entryToDraft(key, entry.bib_type, entryTypeAt(text, start), fields);
    const finished = problems.some((p) => p.severity === 'error') ? { problems: [] } : finishSource(draft);
    const located = (field: string) => fieldOffset(text, start, end, origin.get(field) ?? field);
    for (const problem of [...problems, ...finished.problems]) {
      const field = problem.path.length > 0 ? String(problem.path[0]) : '';
      const bibField = origin.get(field) ?? field;
      report(field ? located(field) : start, [key, ...(bibField ? [bibField] : [])], problem.message, problem.severity);
    }
    if ('source' in finished && finished.source) {
      const { line, column } = positions.at(start);
      result.sources.push({ value: finished.source, file: input.path, line, column, path: [key] });
    }
  }
  if (unused.size > 0) result.notes?.push(`fields not used for citations, left out: ${[...unused].sort().join(', ')}`);
  return result;
}

/** One entry as a draft source, with the BibTeX field each source field came from. */
export function entryToDraft(
  key: string,
  bibType: string,
  rawType: string,
  fields: Record<string, unknown>,
): { draft: Draft; origin: Map<string, string>; problems: ImportProblem[] } {
  const draft: Draft = { id: key };
  const origin = new Map<string, string>();
  const problems: ImportProblem[] = [];
  const set = (field: string, from: string, value: unknown) => {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
    draft[field] = value;
    origin.set(field, from);
  };
  const text = (name: string): string | undefined => {
    const value = fields[name];
    if (value === undefined) return undefined;
    const { text: words, variables } = richText(value as BibNode[] | string);
    for (const variable of variables) {
      problems.push({ path: [name], message: `uses the @string "${variable}", which is not defined`, severity: 'warning' });
    }
    return words.trim() === '' ? undefined : words.trim();
  };

  // @misc is what Zotero writes for documents, interviews and letters it has no BibLaTeX type for.
  const misc = bibType === 'misc' ? RAW_TYPES[(text('type') ?? '').toLowerCase()] ?? (fields.url !== undefined ? 'webpage' : 'manuscript') : undefined;
  const type = TYPES[bibType] ?? RAW_TYPES[rawType] ?? misc;
  draft.type = type ?? 'manuscript';
  origin.set('type', 'type');
  if (!type) problems.push({ path: ['type'], message: `@${rawType || bibType} is not a type Annalist formats; cited as "manuscript"`, severity: 'warning' });

  const title = text('title');
  if (title === undefined) {
    problems.push({ path: ['title'], message: 'is required but missing', severity: 'error' });
    return { draft, origin, problems };
  }
  const subtitle = text('subtitle');
  const addon = text('titleaddon');
  set('title', 'title', [title, subtitle].filter(Boolean).join(': ') + (addon ? `. ${addon}` : ''));
  set('title-short', 'shorttitle', text('shorttitle'));
  for (const role of ['author', 'editor', 'translator'] as const) set(role, role, names(fields[role]));
  const container = draft.type === 'chapter' ? text('booktitle') ?? text('maintitle') : text('journaltitle');
  set('container-title', draft.type === 'chapter' ? (fields.booktitle ? 'booktitle' : 'maintitle') : 'journaltitle', container);
  set('collection-title', 'series', text('series'));
  const publisherField = ['publisher', 'institution', 'organization'].find((f) => fields[f] !== undefined);
  if (publisherField) set('publisher', publisherField, joinList(fields[publisherField]));
  set('publisher-place', 'location', joinList(fields.location));
  set('volume', 'volume', text('volume'));
  const isArticle = String(draft.type).startsWith('article');
  if (isArticle) set('issue', 'number', text('number') ?? text('issue'));
  else set('number', 'number', text('number'));
  set('page', 'pages', pages(fields.pages));
  set('edition', 'edition', text('edition'));
  const genre = text('type') ?? (GENRES[rawType] && rawType.endsWith('thesis') ? rawType : undefined);
  if (genre && draft.type !== 'letter' && draft.type !== 'interview') set('genre', 'type', GENRES[genre.toLowerCase()] ?? genre);
  set('medium', 'howpublished', text('howpublished'));
  set('archive', fields.archive ? 'archive' : 'library', text('archive') ?? text('library'));
  set('archive_location', 'archive_location', text('archive_location'));
  set('note', 'note', text('note'));
  for (const [field, from] of [['issued', 'date'], ['accessed', 'urldate']] as const) {
    const raw = typeof fields[from] === 'string' ? (fields[from] as string) : text(from);
    if (raw) set(field, from, parseDate(raw));
  }
  const url = typeof fields.url === 'string' ? fields.url.trim() : text('url');
  set('URL', 'url', url);
  const doi = typeof fields.doi === 'string' ? fields.doi.trim() : text('doi');
  set('DOI', 'doi', doi?.replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, ''));
  return { draft, origin, problems };
}

/** BibLaTeX names as CSL names: particles ("van", "de la") are kept with the family name. */
function names(value: unknown): CslName[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: CslName[] = [];
  for (const raw of value as Record<string, unknown>[]) {
    const literal = nameText(raw.literal);
    if (literal) {
      out.push({ literal });
      continue;
    }
    const family = nameText(raw.family);
    const given = nameText(raw.given);
    const prefix = nameText(raw.prefix);
    const suffix = nameText(raw.suffix);
    if (!family) {
      if (given) out.push({ literal: given });
      continue;
    }
    const name: CslName = { family };
    if (given) name.given = given;
    if (prefix) name[raw.useprefix === false ? 'dropping-particle' : 'non-dropping-particle'] = prefix;
    if (suffix) name.suffix = suffix;
    out.push(name);
  }
  return out.length > 0 ? out : undefined;
}

/** Page ranges as printed: `87-103`, several joined by commas. */
function pages(value: unknown): string | undefined {
  if (!Array.isArray(value)) return typeof value === 'string' ? value : undefined;
  const ranges = (value as unknown[][]).map((range) => range.map((end) => richText(end as BibNode[]).text.trim()).filter(Boolean).join('-'));
  const joined = ranges.filter(Boolean).join(', ');
  return joined === '' ? undefined : joined;
}

/** The offset of `field = …` inside the entry, or the entry's start when it is not written there. */
function fieldOffset(text: string, start: number, end: number, field: string): number {
  const body = text.slice(start, end);
  const match = new RegExp(`[,{\\s]${field.replace(/[^\w-]/g, '')}\\s*=`, 'i').exec(body);
  return match ? start + match.index + 1 : start;
}

/**
 * Where each entry starts in the text as written, by key, in order. (The parser's own
 * locations count characters after it has replaced LaTeX commands, so they drift.)
 */
function entryStarts(text: string): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  for (const match of text.matchAll(/@\s*[A-Za-z]+\s*[{(]\s*([^\s,{}()"=#%'~\\]+)\s*,/g)) {
    const list = starts.get(match[1]) ?? [];
    list.push(match.index ?? 0);
    starts.set(match[1], list);
  }
  return starts;
}

/** The next unused start of an entry with this key. */
function takeStart(starts: Map<string, number[]>, key: string): number | undefined {
  return starts.get(key)?.shift();
}

/**
 * Where an entry written `@type{…}` ends: just after the brace that closes it, or undefined
 * when its braces never balance (an unclosed entry swallows the rest of the file). Only braces
 * are counted, as BibTeX does; `\{` and `\}` are escaped. Entries written `@type(…)` end at the
 * parser's own idea of their end.
 */
function entryEnd(text: string, start: number): number | undefined {
  const open = /^\s*@\s*[A-Za-z]+\s*([{(])/.exec(text.slice(start, start + 80));
  if (!open) return start;
  if (open[1] === '(') return text.indexOf('\n@', start + 1) >= 0 ? text.indexOf('\n@', start + 1) : text.length;
  let depth = 0;
  for (let i = start + open.index + open[0].length - 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i + 1;
  }
  return undefined;
}

function clamp(line: number, last: number): number {
  return Math.min(Math.max(1, line), last);
}
