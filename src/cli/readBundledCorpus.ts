import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadCorpus, type LoadedCorpus } from '../core/corpus';

/** The bundled corpus folder: `corpus/` beside `dist/` (the bundle) or beside `out/src/cli`. */
export function bundledCorpusDir(): string {
  const candidates = [path.resolve(__dirname, '../corpus'), path.resolve(__dirname, '../../../corpus')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'passages.json'))) ?? candidates[0];
}

/** Reads and loads the bundled corpus files. */
export function readBundledCorpus(dir = bundledCorpusDir()): LoadedCorpus {
  const files = ['sources.json', 'themes.json', 'passages.json'].map((name) => {
    const file = path.join(dir, name);
    return { path: file, text: fs.readFileSync(file, 'utf8') };
  });
  return loadCorpus(files);
}
