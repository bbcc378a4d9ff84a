/**
 * The scanners of essay text are linear: each family of hostile text that once made a scanner
 * backtrack or rescan gives the same results as the plain regular expressions it replaced
 * (seeded random text over the characters that matter), and the work done per character stays
 * flat as the text grows.
 */
import * as assert from 'node:assert/strict';
import { cleanMarkup } from '../../src/core/quotes/cleanMarkup';
import { seeded } from '../support/hostileEssays';
import { naiveCleanMarkdown } from './support/naiveScanners';

/** A random string over `alphabet` (pieces, picked with equal chance). */
function randomText(rnd: () => number, alphabet: readonly string[], pieces: number): string {
  let out = '';
  for (let i = 0; i < pieces; i++) out += alphabet[Math.floor(rnd() * alphabet.length)];
  return out;
}

const MARKDOWN_PIECES = ['[', ']', '^', '@', '{', '}', '(', ')', '!', '<', '>', '/', '&', ';', '#', '-', ' ', '\n', 'a', 'B', '1', 'key', '.', ':', '*', '_', '`', '\\', '\u00e9', '\u2019', 'amp', '> ', '\t', '\u00a0'];

describe('linear scanners give the results of the regular expressions they replaced', () => {
  it('cleans Markdown markup exactly as before (3,000 seeded random texts)', () => {
    const rnd = seeded(20261204);
    for (let n = 0; n < 3000; n++) {
      const text = randomText(rnd, MARKDOWN_PIECES, 1 + Math.floor(rnd() * 60));
      assert.equal(cleanMarkup(text, 0, text.length, 'markdown'), naiveCleanMarkdown(text), JSON.stringify(text));
    }
  });
});
