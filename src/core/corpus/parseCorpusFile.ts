import { importBibtex } from '../import/bibtex';
import { importCslJson } from '../import/cslJson';
import type { CorpusProblem, Passage, Source, Theme } from '../model';
import { corpusFileFormat, type CorpusFileFormat } from './fileFormat';
import { formatFieldPath, type JsonPath } from './fieldPath';
import { readJson } from './jsonReader';
import type { DocumentReader } from './readEvents';
import { RECORD_KINDS, validateRecord, type RecordKind } from './recordValidators';
import { TextPositions } from './textPosition';
import { readYaml } from './yamlReader';

/** A corpus file's name (as shown to people) and its text. */
export interface CorpusFileInput {
  path: string;
  text: string;
}

/** A record with the place it was read from, so later checks can point at it. */
export interface LocatedRecord<T> {
  value: T;
  file: string;
  line: number;
  column: number;
  /** Path of the record in its file, e.g. `['passages', 3]`. */
  path: JsonPath;
  /** The line and column of a field inside the record, for problems found after parsing. */
  at?: (field: JsonPath) => { line: number; column: number };
}

/** The valid records of one file and the problems of the invalid ones. */
export interface ParsedCorpusFile {
  sources: LocatedRecord<Source>[];
  themes: LocatedRecord<Theme>[];
  passages: LocatedRecord<Passage>[];
  problems: CorpusProblem[];
  /** What kind of file it was read as. */
  format?: CorpusFileFormat;
  /** Remarks for the log that are not problems, such as the fields an import leaves out. */
  notes?: string[];
}

/** Turns an offset into a 1-based line and column. */
export type Positions = (offset: number) => { line: number; column: number };

/** Steps of reading one file: `undefined` marks a place where the work may pause. */
export type ParseSteps = Generator<undefined, ParsedCorpusFile, void>;

/**
 * Parses one corpus file. A JSON or YAML file may hold any of the lists `sources`, `themes`
 * and `passages`; a CSL-JSON or BibTeX file holds sources. Each record is validated on its
 * own: an invalid record is reported with its file, line, column and field, and left out,
 * while the file's other records still load.
 */
export function parseCorpusFile(input: CorpusFileInput): ParsedCorpusFile {
  const steps = parseCorpusFileSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same work as {@link parseCorpusFile}, in steps: the caller may pause between any two
 * (the editor does, every few milliseconds, so that a large file never blocks it). Never
 * throws: anything unexpected becomes a problem at the top of the file.
 */
export function* parseCorpusFileSteps(input: CorpusFileInput): ParseSteps {
  const format = corpusFileFormat(input.path, input.text);
  try {
    switch (format) {
      case 'bibtex':
        return importBibtex(input);
      case 'csl-json':
        return yield* importCslJson(input);
      default: {
        const positions = new TextPositions(input.text);
        const reader = format === 'yaml' ? readYaml(input.text, new Set(RECORD_KINDS)) : readJson(input.text);
        return yield* readCorpusDocument(input, reader, (offset) => positions.at(offset), format);
      }
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ...emptyFile(format),
      problems: [problemAt(input.path, 1, 1, [], `Annalist could not read this file (internal error: ${detail}).`, 'error')],
    };
  }
}

/** An empty result for a file of `format`. */
export function emptyFile(format: CorpusFileFormat): ParsedCorpusFile {
  return { sources: [], themes: [], passages: [], problems: [], format, notes: [] };
}

/** A problem at a line and column. */
export function problemAt(
  file: string,
  line: number,
  column: number,
  path: JsonPath,
  message: string,
  severity: CorpusProblem['severity'],
): CorpusProblem {
  return { file, line, column, field: formatFieldPath(path), message, severity };
}

function* readCorpusDocument(
  input: CorpusFileInput,
  reader: DocumentReader,
  at: Positions,
  format: CorpusFileFormat,
): ParseSteps {
  const result = emptyFile(format);
  const noun = format === 'yaml' ? 'YAML mapping' : 'JSON object';
  const report = (offset: number, path: JsonPath, message: string, severity: CorpusProblem['severity'] = 'error') => {
    const { line, column } = at(offset);
    result.problems.push(problemAt(input.path, line, column, path, message, severity));
  };
  let rootOffset = -1;
  let foundList = false;
  let failed = false;

  for (const event of reader) {
    if (event === undefined) {
      yield undefined;
      continue;
    }
    switch (event.type) {
      case 'problem':
        report(event.offset, [], event.message, event.severity);
        if (event.severity === 'error') failed = true;
        break;
      case 'root':
        if (rootOffset < 0) rootOffset = event.offset;
        if (event.kind !== 'object') {
          report(event.offset, [], `A corpus file must be a ${noun} with "sources", "themes" or "passages" lists.`);
          failed = true;
        }
        break;
      case 'property':
        if (event.key === '$schema') break;
        if (!(RECORD_KINDS as readonly string[]).includes(event.key)) {
          report(event.keyOffset, [event.key], 'is not a corpus list (expected "sources", "themes" or "passages")', 'warning');
          break;
        }
        foundList = true;
        if (!event.isList) report(event.valueOffset, [event.key], 'must be a list');
        break;
      case 'record': {
        if (!(RECORD_KINDS as readonly string[]).includes(event.list)) break;
        const kind = event.list as RecordKind;
        const recordPath: JsonPath = [kind, event.index];
        const { value, offset, locate } = event.record;
        const violations = validateRecord(kind, value);
        for (const violation of violations) report(locate(violation.path), [...recordPath, ...violation.path], violation.message);
        if (violations.length === 0) {
          const { line, column } = at(offset);
          const fieldAt = (field: JsonPath) => at(locate(field));
          (result[kind] as LocatedRecord<unknown>[]).push({ value, file: input.path, line, column, path: recordPath, at: fieldAt });
        }
        yield undefined;
        break;
      }
    }
  }
  if (rootOffset >= 0 && !foundList && !failed) {
    report(rootOffset, [], 'The file has no "sources", "themes" or "passages" list.', 'warning');
  }
  return result;
}
