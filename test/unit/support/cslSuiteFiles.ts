/**
 * Where the CSL conformance tests find their data: the CSL test-suite fixtures
 * (`../shared/csl-test-suite/humans`, or `CSL_TEST_SUITE_DIR`) and the locale files
 * (`../shared/csl-all/locales`, else the en-US locale in `../shared/csl`). Never copied into
 * the repository.
 */
import * as fs from 'fs';
import * as path from 'path';

/** The folder of human-written CSL test-suite fixtures. */
export const SUITE_DIR = process.env.CSL_TEST_SUITE_DIR ?? path.resolve(process.cwd(), '../shared/csl-test-suite/humans');
/** The folder of every independent CSL style. */
export const ALL_STYLES_DIR = path.resolve(process.cwd(), '../shared/csl-all/styles');
const LOCALE_DIRS = [path.resolve(process.cwd(), '../shared/csl-all/locales'), path.resolve(process.cwd(), '../shared/csl')];

const cache = new Map<string, string | undefined>();

/** Reads the locale file for a language tag, or undefined when it is not available. */
export function readLocale(lang: string): string | undefined {
  if (cache.has(lang)) return cache.get(lang);
  let text: string | undefined;
  for (const dir of LOCALE_DIRS) {
    const f = path.join(dir, `locales-${lang}.xml`);
    if (fs.existsSync(f)) { text = fs.readFileSync(f, 'utf8'); break; }
  }
  cache.set(lang, text);
  return text;
}
