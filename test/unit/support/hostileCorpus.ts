import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadCorpus } from '../../../src/core/corpus';
import { indexCorpus, type CorpusIndex, type CorpusProblem } from '../../../src/core/model';

/** The hostile fixture corpus: markup, links, codicons, controls and line breaks in every field. */
export const HOSTILE_FILE = path.resolve(__dirname, '../../../../test/fixtures/hostile/hostile.annalist.json');

/** The hostile corpus, loaded by the same code as the extension, and its problems (there should be none). */
export function hostileCorpus(): { index: CorpusIndex; problems: CorpusProblem[] } {
  const loaded = loadCorpus([{ path: 'hostile.annalist.json', text: fs.readFileSync(HOSTILE_FILE, 'utf8') }]);
  return { index: indexCorpus(loaded.corpus), problems: loaded.problems };
}

/** Every string of a value, however deep (the corpus texts a channel may print). */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** True for a character a terminal or a reader could be fooled by: C0 (but tab and LF), DEL, C1, BiDi controls. */
export function hasControl(text: string, keep = '\t\n'): boolean {
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (keep.includes(char)) continue;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x061c || code === 0x200e || code === 0x200f) return true;
    if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return true;
  }
  return false;
}

/** True for any line break: LF, VT, FF, CR, NEL, U+2028, U+2029. */
export function hasLineBreak(text: string): boolean {
  return /[\n\v\f\r\u0085\u2028\u2029]/.test(text);
}
