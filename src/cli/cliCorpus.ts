import * as path from 'node:path';
import picomatch from 'picomatch';
import {
  CORPUS_PATHS_SETTING, isAbsolutePath, isAnnalistFileName, isCorpusFileName, isGlob, mergeCorpus, parseCorpusFile,
  readFolderCorpusSettings, type ParsedCorpusFile,
} from '../core/corpus';
import { indexCorpus, type CorpusIndex, type CorpusProblem, type Source } from '../core/model';
import { exists, isFolder, listCorpusFiles, readTextFile } from './cliFiles';
import { bundledCorpusDir } from './readBundledCorpus';

/** Where a command's corpus comes from: `--corpus PATH…` (or the folder's own files) and `--no-bundled`. */
export interface CorpusOptions {
  /** The files and folders named by `--corpus`; undefined finds the folder's own files as the editor does. */
  paths?: string[];
  bundled: boolean;
}

/** The corpus options as every corpus-reading command's usage lists them. */
export const CORPUS_OPTIONS_USAGE = `  --corpus PATH…  read these corpus files (*.annalist.json|yaml|yml), CSL-JSON exports, BibTeX
                  files and folders instead of the current folder's own corpus; repeatable, and
                  the corpus files and folders right after it count too
  --no-bundled    leave the bundled corpus out`;

/**
 * Takes `--corpus PATH…`, `--corpus=PATH` and `--no-bundled` out of `args` (up to a `--`),
 * returning them and the arguments left for the command, or a message for a `--corpus` without
 * a path. After `--corpus PATH`, further arguments count as corpus paths while they name corpus
 * files (`.json`, `.yaml`, `.yml`, `.bib`) or folders, so `check --corpus notes.yaml essay.md` works.
 */
export function extractCorpusOptions(args: readonly string[], folder: (p: string) => boolean): { options: CorpusOptions; rest: string[] } | string {
  const options: CorpusOptions = { bundled: true };
  const rest: string[] = [];
  const add = (p: string) => (options.paths ??= []).push(p);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (arg === '--no-bundled') options.bundled = false;
    else if (arg.startsWith('--corpus=')) {
      if (arg === '--corpus=') return 'option --corpus needs a file or folder';
      add(arg.slice('--corpus='.length));
    } else if (arg === '--corpus') {
      const first = args[i + 1];
      if (first === undefined || (first.startsWith('-') && first !== '-')) return 'option --corpus needs a file or folder';
      add(first);
      i++;
      while (i + 1 < args.length && !args[i + 1].startsWith('-') && (isCorpusFileName(args[i + 1]) || folder(args[i + 1]))) add(args[++i]);
    } else rest.push(arg);
  }
  return { options, rest };
}

/** A corpus as a CLI command uses it, with what loading it found. */
export interface CliCorpus {
  index: CorpusIndex;
  /** Problems in the files, located; the rest of the corpus loaded. */
  problems: CorpusProblem[];
  /** Remarks on finding the files, such as a configured path that does not exist. */
  notes: string[];
  /** The sources of the writer's own files (those `--corpus` names, or the folder's). */
  ownSources: Source[];
}

/** A file to read: the name shown in problems, and where it is. */
interface NamedFile {
  label: string;
  file: string;
}

/**
 * Loads the corpus a command reads: the bundled corpus (unless `--no-bundled`, or the folder's
 * `annalist.corpus.includeBundled` is false) and the writer's own files, those `--corpus` names
 * or, without it, those the editor would find in `cwd`. Bundled files come first, then the
 * others in path order; invalid records are reported and the rest loads.
 */
export function loadCliCorpus(options: CorpusOptions, cwd: string): CliCorpus {
  const notes: string[] = [];
  let own: NamedFile[];
  let bundled = options.bundled;
  if (options.paths) own = namedCorpusFiles(options.paths, cwd, notes);
  else {
    const found = findFolderCorpus(cwd, notes);
    own = found.files;
    bundled &&= found.includeBundled;
  }
  const problems: CorpusProblem[] = [];
  const parsed: ParsedCorpusFile[] = [];
  const read = (named: NamedFile) => {
    try {
      return parseCorpusFile({ path: named.label, text: readTextFile(named.file) });
    } catch (error) {
      const message = `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
      problems.push({ file: named.label, line: 1, column: 1, field: '', message, severity: 'error' });
      return undefined;
    }
  };
  const ownFiles = new Set(own.map((f) => f.file));
  if (bundled) {
    const dir = bundledCorpusDir();
    for (const name of ['sources.json', 'themes.json', 'passages.json']) {
      const file = path.join(dir, name);
      const result = ownFiles.has(file) ? undefined : read({ label: file, file });
      if (result) parsed.push(result);
    }
  }
  const ownIds = new Set<string>();
  for (const named of own) {
    const result = read(named);
    if (!result) continue;
    for (const source of result.sources) ownIds.add(source.value.id);
    parsed.push(result);
  }
  const loaded = mergeCorpus(parsed);
  return {
    index: indexCorpus(loaded.corpus),
    problems: [...problems, ...loaded.problems],
    notes,
    ownSources: loaded.corpus.sources.filter((s) => ownIds.has(s.id)),
  };
}

/** The files `--corpus` names: files as given, folders walked as the editor walks them. */
function namedCorpusFiles(paths: readonly string[], cwd: string, notes: string[]): NamedFile[] {
  const files: NamedFile[] = [];
  for (const given of paths) {
    const file = path.resolve(cwd, given);
    if (isFolder(file)) files.push(...walk(given, file, notes));
    else files.push({ label: given, file });
  }
  return unique(files);
}

/**
 * What the editor finds in a workspace folder: `*.annalist.{json,yaml,yml}` anywhere (outside
 * hidden folders and `node_modules`) and what `annalist.corpus.paths` in `.vscode/settings.json`
 * names: files, folders and globs, relative to the folder or absolute.
 */
export function findFolderCorpus(cwd: string, notes: string[]): { files: NamedFile[]; includeBundled: boolean } {
  const settingsFile = path.join(cwd, '.vscode', 'settings.json');
  const settingsLabel = path.join('.vscode', 'settings.json');
  let settings = { paths: [] as string[], includeBundled: true };
  if (exists(settingsFile)) {
    try {
      const read = readFolderCorpusSettings(readTextFile(settingsFile));
      for (const problem of read.problems) notes.push(`${settingsLabel}:${problem}`);
      settings = read;
    } catch (error) {
      notes.push(`${settingsLabel}: cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  // Globs are matched against the folder's files; without one, only *.annalist.* names are kept.
  const keep = settings.paths.some(isGlob) ? isCorpusFileName : isAnnalistFileName;
  const candidates = walk('', cwd, notes, keep);
  const files = candidates.filter((f) => isAnnalistFileName(f.label));
  for (const entry of settings.paths) {
    if (isGlob(entry)) {
      const matches = picomatch(entry.replace(/^\.\//, ''));
      const found = candidates.filter((f) => matches(f.label.split(path.sep).join('/')));
      if (found.length === 0) notes.push(`${CORPUS_PATHS_SETTING}: "${entry}" matches no file in ${cwd}`);
      files.push(...found);
      continue;
    }
    const file = isAbsolutePath(entry) ? path.resolve(entry) : path.resolve(cwd, entry);
    const label = isAbsolutePath(entry) ? file : path.relative(cwd, file) || '.';
    if (!exists(file)) notes.push(`${CORPUS_PATHS_SETTING}: "${entry}" does not exist (looked for ${file})`);
    else if (isFolder(file)) files.push(...walk(label, file, notes));
    else if (isCorpusFileName(file)) files.push({ label, file });
    else notes.push(`${CORPUS_PATHS_SETTING}: "${entry}" is not a .json, .yaml, .yml or .bib file`);
  }
  return { files: unique(files).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)), includeBundled: settings.includeBundled };
}

/** The corpus files below a folder, labelled by `label` joined with their place in it. */
function walk(label: string, folder: string, notes: string[], keep = isCorpusFileName): NamedFile[] {
  try {
    return listCorpusFiles(folder, notes, keep).map((file) => ({ label: path.join(label, path.relative(folder, file)), file }));
  } catch (error) {
    notes.push(`cannot read the folder ${label || folder}: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}

function unique(files: NamedFile[]): NamedFile[] {
  const seen = new Set<string>();
  return files.filter((f) => !seen.has(f.file) && seen.add(f.file));
}
