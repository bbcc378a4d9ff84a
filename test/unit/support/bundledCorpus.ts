import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadCorpus } from '../../../src/core/corpus';
import { indexCorpus, type CorpusIndex } from '../../../src/core/model';

/** The bundled corpus folder, from out/test/unit/support. */
export const CORPUS_DIR = path.resolve(__dirname, '../../../../corpus');

/** The bundled corpus, loaded by the same code as the extension. */
export function bundledCorpus(): CorpusIndex {
  const files = ['sources.json', 'themes.json', 'passages.json'].map((name) => ({
    path: name,
    text: fs.readFileSync(path.join(CORPUS_DIR, name), 'utf8'),
  }));
  return indexCorpus(loadCorpus(files).corpus);
}
