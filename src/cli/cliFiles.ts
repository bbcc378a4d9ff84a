import * as fs from 'node:fs';
import * as path from 'node:path';
import { readTextFile as readRegularTextFile } from './readTextFile';
import { MAX_CORPUS_FILES, MAX_WALK_DEPTH, isCorpusFileName, isSkippedFolder } from '../core/corpus';

/**
 * Reads a text file for the CLI: every essay and corpus file the `annalist` command reads goes
 * through here. Only regular files within the size limit are read (`readTextFile.ts`).
 * A byte order mark is dropped. Throws with a readable message when the file cannot be read.
 */
export function readTextFile(file: string): string {
  return readRegularTextFile(file).replace(/^\uFEFF/, '');
}

/** True when `p` names an existing folder. */
export function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** True when `p` names an existing file (or anything that is not a folder). */
export function exists(p: string): boolean {
  return fs.existsSync(p);
}

/**
 * The files below `dir` whose names pass `keep`, as `path.join(dir, …)` names them, sorted,
 * skipping hidden folders and `node_modules` and walking at most {@link MAX_WALK_DEPTH} deep,
 * as the editor walks a corpus folder; past {@link MAX_CORPUS_FILES} files the rest are left
 * out with a note. Throws when `dir` is not a readable folder.
 */
export function listCorpusFiles(dir: string, notes: string[], keep: (name: string) => boolean = isCorpusFileName): string[] {
  if (!fs.statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
  const found: string[] = [];
  const walk = (folder: string, depth: number): boolean => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      notes.push(`cannot read the folder ${folder}: ${error instanceof Error ? error.message : String(error)}`);
      return true;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (depth < MAX_WALK_DEPTH && !isSkippedFolder(entry.name) && !walk(child, depth + 1)) return false;
      } else if (entry.isFile() && keep(entry.name)) {
        if (found.length >= MAX_CORPUS_FILES) {
          notes.push(`${dir}: more than ${MAX_CORPUS_FILES} corpus files; the rest are not read`);
          return false;
        }
        found.push(child);
      }
    }
    return true;
  };
  walk(dir, 0);
  return found;
}
