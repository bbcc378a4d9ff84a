import * as assert from 'node:assert/strict';
import * as commonmark from 'micromark-core-commonmark';
import type { Construct, Effects, Tokenizer } from 'micromark-util-types';
import { planFootnoteInsert } from '../../src/core/footnotes/footnotePlan';
import { parseMarkdownFootnotes } from '../../src/core/footnotes/markdownFootnotes';

/**
 * The footnote parser's work grows linearly with the text, counted rather than timed: every
 * character each CommonMark construct micromark tries consumes is counted (failed attempts
 * included, which is where backtracking would show), for hostile texts ten times apart in
 * length.
 */
describe('footnote parsing is linear', () => {
  let steps = 0;
  const originals = new Map<Construct, Tokenizer>();

  before(() => {
    for (const construct of Object.values(commonmark) as Construct[]) {
      const tokenize = construct.tokenize as Tokenizer | undefined;
      if (typeof tokenize !== 'function' || !Object.isExtensible(construct)) continue;
      originals.set(construct, tokenize);
      construct.tokenize = function (this: ThisParameterType<Tokenizer>, effects, ok, nok) {
        const counting: Effects = {
          ...effects,
          consume(code) {
            steps++;
            effects.consume(code);
          },
        };
        return tokenize.call(this, counting, ok, nok);
      };
    }
  });

  after(() => {
    for (const [construct, tokenize] of originals) construct.tokenize = tokenize;
  });

  const hostile: Record<string, string> = {
    '[^': '[^',
    '[^1': '[^1',
    '[^1]: ': '[^1]: x [^1',
    '`': '`a',
    '$': '$a',
    '<!--': '<!--[^1]',
    '\\[^': '\\[^1',
    '> [^': '> [^',
  };
  for (const [name, unit] of Object.entries(hostile)) {
    it(`counts linear work for ${name} repeated`, () => {
      const work = (repeats: number) => {
        steps = 0;
        const text = unit.repeat(repeats);
        const { references } = parseMarkdownFootnotes(text);
        planFootnoteInsert(text, Math.floor(text.length / 2), 'New.', '\n');
        return { steps, references: references.length };
      };
      const small = work(1_000);
      const large = work(10_000);
      assert.ok(small.steps > 0, 'the count sees the parser work');
      assert.ok(large.steps <= small.steps * 11, `${large.steps} steps for 10× the text, ${small.steps} for 1×`);
    });
  }
});
