import type { Corpus, CorpusProblem, Passage, Theme } from '../model';
import { formatFieldPath, type JsonPath } from './fieldPath';
import { parseCorpusFile, type CorpusFileInput, type LocatedRecord, type ParsedCorpusFile } from './parseCorpusFile';

/** A corpus and every problem found while loading it. */
export interface LoadedCorpus {
  corpus: Corpus;
  problems: CorpusProblem[];
}

/**
 * Loads corpus files into one corpus. Records that are invalid, repeat an earlier id, or
 * refer to something that does not exist are reported and left out; everything else loads.
 */
export function loadCorpus(files: readonly CorpusFileInput[]): LoadedCorpus {
  return mergeCorpus(files.map(parseCorpusFile));
}

/**
 * Merges parsed files, in order, into one corpus: the first record of an id wins and every
 * later one is reported where it stands, never silently overwriting it; then references
 * between records are checked. Files can be parsed once and merged again after any change.
 */
export function mergeCorpus(parsed: readonly ParsedCorpusFile[]): LoadedCorpus {
  const steps = mergeCorpusSteps(parsed);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many passages are checked between two places where merging may pause. */
const PASSAGES_PER_STEP = 500;

/** {@link mergeCorpus} in steps; `undefined` marks a place where the work may pause. */
export function* mergeCorpusSteps(parsed: readonly ParsedCorpusFile[]): Generator<undefined, LoadedCorpus, void> {
  const problems = parsed.flatMap((file) => file.problems);
  const report = (record: LocatedRecord<unknown>, field: JsonPath, message: string) => {
    const { line, column } = record.at?.(field) ?? record;
    problems.push({
      file: record.file,
      line,
      column,
      field: formatFieldPath([...record.path, ...field]),
      message,
      severity: 'error',
    });
  };

  const sources = unique(collect(parsed, 'sources'), 'source', report);
  const sourceIds = new Set(sources.map((s) => s.value.id));
  const themes = checkThemes(unique(collect(parsed, 'themes'), 'theme', report), report);
  const themeIds = new Set(themes.map((t) => t.value.id));

  yield undefined;
  const passages: LocatedRecord<Passage>[] = [];
  const candidates = unique(collect(parsed, 'passages'), 'passage', report);
  for (let i = 0; i < candidates.length; i++) {
    if (i % PASSAGES_PER_STEP === PASSAGES_PER_STEP - 1) yield undefined;
    const record = candidates[i];
    const p = record.value;
    let ok = true;
    const fail = (field: JsonPath, message: string) => {
      report(record, field, message);
      ok = false;
    };
    if (!sourceIds.has(p.source)) fail(['source'], `names the source "${p.source}", which is not in the corpus`);
    if (p.original !== undefined && !sourceIds.has(p.original)) {
      fail(['original'], `names the source "${p.original}", which is not in the corpus`);
    }
    p.themes.forEach((theme, i) => {
      if (!themeIds.has(theme)) fail(['themes', i], `names the theme "${theme}", which is not in the corpus`);
    });
    (p.editorial ?? []).forEach((note, i) => {
      if (!p.text.includes(note.target)) fail(['editorial', i, 'target'], 'is not part of the passage text');
    });
    if (p.quote !== undefined && !p.text.includes(p.quote)) fail(['quote'], 'is not part of the passage text');
    if (ok) passages.push(record);
  }

  return {
    corpus: {
      sources: sources.map((r) => r.value),
      themes: themes.map((r) => r.value),
      passages: passages.map((r) => r.value),
    },
    problems,
  };
}

function collect<K extends 'sources' | 'themes' | 'passages'>(files: readonly ParsedCorpusFile[], kind: K): ParsedCorpusFile[K] {
  const all: ParsedCorpusFile[K][number][] = [];
  for (const file of files) all.push(...file[kind]);
  return all as ParsedCorpusFile[K];
}

/** Keeps the first record of each id and reports the others where they stand. */
function unique<T extends { id: string }>(
  records: LocatedRecord<T>[],
  noun: string,
  report: (record: LocatedRecord<unknown>, field: JsonPath, message: string) => void,
): LocatedRecord<T>[] {
  const first = new Map<string, LocatedRecord<T>>();
  return records.filter((record) => {
    const earlier = first.get(record.value.id);
    if (!earlier) {
      first.set(record.value.id, record);
      return true;
    }
    report(record, ['id'], `repeats the ${noun} id "${record.value.id}" first defined in ${earlier.file}:${earlier.line}; this one is ignored`);
    return false;
  });
}

/** Reports themes whose parent is unknown or whose parents form a cycle, and leaves them out. */
function checkThemes(
  themes: LocatedRecord<Theme>[],
  report: (record: LocatedRecord<unknown>, field: JsonPath, message: string) => void,
): LocatedRecord<Theme>[] {
  const byId = new Map(themes.map((t) => [t.value.id, t.value]));
  return themes.filter((record) => {
    const seen = new Set<string>([record.value.id]);
    for (let parent = record.value.parent; parent !== undefined; parent = byId.get(parent)?.parent) {
      if (!byId.has(parent)) {
        report(record, ['parent'], `names the theme "${parent}", which is not in the corpus`);
        return false;
      }
      if (seen.has(parent)) {
        report(record, ['parent'], `makes a cycle of parent themes through "${parent}"`);
        return false;
      }
      seen.add(parent);
    }
    return true;
  });
}
