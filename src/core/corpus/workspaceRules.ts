import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { TextPositions } from './textPosition';

/**
 * The rules by which the editor and the `annalist` command find a writer's own corpus files in a
 * folder, kept in one place so that both find the same files.
 */

/** Folders below a corpus folder that are never searched. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn']);

/** How deep a corpus folder is walked, so that naming a huge folder cannot stall anything. */
export const MAX_WALK_DEPTH = 8;

/** How many corpus files a folder may yield before the rest are left unread. */
export const MAX_CORPUS_FILES = 5000;

/** The setting naming files, folders or globs of corpus files and Zotero exports. */
export const CORPUS_PATHS_SETTING = 'annalist.corpus.paths';

/** The setting saying whether the bundled corpus loads with the writer's. */
export const INCLUDE_BUNDLED_SETTING = 'annalist.corpus.includeBundled';

/** True for a folder name a walk skips: hidden folders and those of {@link SKIPPED_FOLDERS}. */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
}

/** True when an entry of `annalist.corpus.paths` is a glob rather than a file or folder. */
export function isGlob(entry: string): boolean {
  return /[*?{[]/.test(entry);
}

/** True for an absolute path, POSIX or Windows. */
export function isAbsolutePath(entry: string): boolean {
  return /^([a-zA-Z]:[\\/]|[\\/])/.test(entry);
}

/** The entries of a value of `annalist.corpus.paths`: its non-blank strings, trimmed; anything else is ignored. */
export function corpusPathEntries(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string' && p.trim() !== '').map((p) => p.trim()) : [];
}

/** The corpus settings a `.vscode/settings.json` holds, and what could not be read in it. */
export interface FolderCorpusSettings {
  paths: string[];
  includeBundled: boolean;
  /** Syntax errors, each as `line:column: message`; what could be read still counts. */
  problems: string[];
}

/**
 * Reads `annalist.corpus.paths` and `annalist.corpus.includeBundled` from the text of a
 * `.vscode/settings.json` as VS Code does: JSON with comments and trailing commas, the
 * settings written as dotted keys. Malformed values count as their defaults.
 */
export function readFolderCorpusSettings(text: string): FolderCorpusSettings {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const settings = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const positions = new TextPositions(text);
  const problems = errors.map((e) => {
    const { line, column } = positions.at(e.offset);
    return `${line}:${column}: JSON error: ${printParseErrorCode(e.error)}`;
  });
  return {
    paths: corpusPathEntries(settings[CORPUS_PATHS_SETTING]),
    includeBundled: settings[INCLUDE_BUNDLED_SETTING] !== false,
    problems,
  };
}
