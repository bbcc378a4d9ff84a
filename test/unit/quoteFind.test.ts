/**
 * Finding quotations in Markdown, LaTeX and plain text: every syntax, nesting, apostrophes,
 * block quotations, and the places that are never read (code, comments, headings, preamble).
 */
import * as assert from 'node:assert/strict';
import { findQuotations, type Language, type Quotation } from '../../src/core/quotes';

function found(text: string, language: Language): string[] {
  return findQuotations(text, language).map((q) => q.text);
}

function one(text: string, language: Language): Quotation {
  const all = findQuotations(text, language);
  assert.equal(all.length, 1, JSON.stringify(all.map((q) => q.text)));
  return all[0];
}

describe('findQuotations', () => {
  describe('inline quotation marks', () => {
    it('finds straight and typographic double quotation marks, with exact ranges', () => {
      const text = 'He said "a mighty people" and \u201cthe Chinese leaders\u201d.';
      const qs = findQuotations(text, 'plaintext');
      assert.deepEqual(
        qs.map((q) => [q.mark, q.text, text.slice(q.start, q.end), text.slice(q.contentStart, q.contentEnd)]),
        [
          ['straight-double', 'a mighty people', '"a mighty people"', 'a mighty people'],
          ['curly-double', 'the Chinese leaders', '\u201cthe Chinese leaders\u201d', 'the Chinese leaders'],
        ],
      );
      assert.ok(qs.every((q) => q.kind === 'inline' && q.language === 'plaintext'));
    });

    it('finds single quotation marks, straight and typographic, and guillemets', () => {
      assert.deepEqual(found("He wrote 'your country is rich' then.", 'plaintext'), ['your country is rich']);
      assert.deepEqual(found('He wrote \u2018your country is rich\u2019 then.', 'markdown'), ['your country is rich']);
      assert.deepEqual(found('Il a dit \u00abun peuple puissant\u00bb.', 'plaintext'), ['un peuple puissant']);
    });

    it('does not take apostrophes for quotation marks', () => {
      assert.deepEqual(found("Kim's plans and the Soviets' aid, Korea\u2019s debt.", 'plaintext'), []);
      assert.deepEqual(found("'Kim's plan' was costly.", 'plaintext'), ["Kim's plan"]);
      assert.deepEqual(found('\u2018Korea\u2019s debt\u2019 grew.', 'markdown'), ['Korea\u2019s debt']);
    });

    it('keeps a quotation inside a quotation as part of the outer one', () => {
      const text = '\u201cthe East European\u2019s \u2018people\u2019s democracies\u2019 and more\u201d';
      assert.deepEqual(found(text, 'markdown'), ['the East European\u2019s \u2018people\u2019s democracies\u2019 and more']);
      // Straight double marks inside straight double marks, as the corpus prints them.
      const printed = '"To be sure, little to offer the East European\'s "people\'s democracies." Moreover, "the ways of the world" which inhibited relations."';
      assert.deepEqual(found(printed, 'plaintext'), [printed.slice(1, -1)]);
    });

    it('ignores a mark that is never closed, and quotations do not cross paragraphs', () => {
      assert.deepEqual(found('He said \u201cno end here.\n\nNew paragraph\u201d.', 'markdown'), []);
      assert.deepEqual(found('An inch mark 5" long.', 'plaintext'), []);
    });
  });

  describe('Markdown', () => {
    it('finds a block quotation with its lines, and excludes the marker from the quoted words', () => {
      const text = 'Intro:\n\n> Under the circumstances,\n> the Soviets thought.\n\nAfter.';
      const q = one(text, 'markdown');
      assert.equal(q.kind, 'block');
      assert.equal(q.mark, 'markdown-block');
      assert.equal(text.slice(q.start, q.end), '> Under the circumstances,\n> the Soviets thought.');
      assert.equal(q.text, 'Under the circumstances,\n> the Soviets thought.');
    });

    it('leaves an attribution line and a trailing reference out of a block quotation', () => {
      const text = '> Your country is rich, you can afford that.\n> \u2014 the North Koreans';
      assert.equal(one(text, 'markdown').text, 'Your country is rich, you can afford that.');
      const cited = '> Your country is rich, you can afford that. (Szalontai 2004, 99)';
      assert.equal(one(cited, 'markdown').text, 'Your country is rich, you can afford that.');
    });

    it('keeps inline quotations inside a block as its inner quotations', () => {
      const q = one('> He wrote "a living hell" there.', 'markdown');
      assert.deepEqual(q.inner?.map((i) => i.text), ['a living hell']);
    });

    it('reads no code, headings, front matter, comments or link destinations', () => {
      const text = [
        '---',
        'title: "A living hell"',
        '---',
        '# "Heading words"',
        '',
        'Code `"not a quotation"` here, <!-- "a comment" --> and [a link](http://x.org/"q").',
        '',
        '```',
        '"fenced code"',
        '```',
        '',
        'Body "real words".',
      ].join('\n');
      assert.deepEqual(found(text, 'markdown'), ['real words']);
    });
  });

  describe('LaTeX', () => {
    it('finds ``\u2026\'\' and `\u2026\' with their marks', () => {
      const text = "He said ``a mighty people'' and `a living hell'.";
      const qs = findQuotations(text, 'latex');
      assert.deepEqual(qs.map((q) => [q.mark, q.text, text.slice(q.start, q.end)]), [
        ['latex-double', 'a mighty people', "``a mighty people''"],
        ['latex-single', 'a living hell', "`a living hell'"],
      ]);
    });

    it('does not take a LaTeX umlaut for a quotation mark', () => {
      assert.deepEqual(found('G\\"odel and K\\"onig "real words" here.', 'latex'), ['real words']);
    });

    it('finds \\enquote{\u2026}, \\enquote*{\u2026} and \\textquote[\u2026]{\u2026}, nested quotations inside', () => {
      const text = 'A \\enquote{the \\enquote{ways} of the world} B \\enquote*{one} C \\textquote[{cite}]{two words}.';
      const qs = findQuotations(text, 'latex');
      assert.deepEqual(qs.map((q) => q.text), ['the \\enquote{ways} of the world', 'one', 'two words']);
      assert.equal(text.slice(qs[0].start, qs[0].end), '\\enquote{the \\enquote{ways} of the world}');
    });

    it('finds quote, quotation and displayquote environments and \\blockquote', () => {
      for (const env of ['quote', 'quotation', 'displayquote']) {
        const text = `Intro:\n\\begin{${env}}\n  Kim did not regard this potential threat lightly.\n\\end{${env}}\nAfter.`;
        const q = one(text, 'latex');
        assert.equal(q.kind, 'block');
        assert.equal(q.mark, 'latex-environment');
        assert.equal(q.text, 'Kim did not regard this potential threat lightly.');
        assert.equal(text.slice(q.start, q.end), `\\begin{${env}}\n  Kim did not regard this potential threat lightly.\n\\end{${env}}`);
      }
      assert.equal(one('\\blockquote{Kim did not regard it lightly.}', 'latex').text, 'Kim did not regard it lightly.');
    });

    it('keeps a quotation environment with blank lines together', () => {
      const text = '\\begin{quotation}\nFirst paragraph.\n\nSecond paragraph.\n\\end{quotation}';
      assert.equal(one(text, 'latex').text, 'First paragraph.\n\nSecond paragraph.');
    });

    it('reads no preamble, comments, math or verbatim', () => {
      const text = [
        '\\documentclass{article}',
        '\\title{``A title\'\'}',
        '\\begin{document}',
        '% ``a comment\'\'',
        'Math $``x\'\'$ and ``real words\'\'.',
        '\\begin{verbatim}',
        '``verbatim\'\'',
        '\\end{verbatim}',
        '\\end{document}',
      ].join('\n');
      assert.deepEqual(found(text, 'latex'), ['real words']);
    });
  });

  describe('plain text', () => {
    it('takes an indented paragraph for a block quotation', () => {
      const text = 'He wrote:\n\n    Kim did not regard this\n    potential threat lightly.\n\nThen more.';
      const q = one(text, 'plaintext');
      assert.equal(q.kind, 'block');
      assert.equal(q.mark, 'indented-block');
      assert.equal(q.text, 'Kim did not regard this\n    potential threat lightly.');
    });

    it('has no LaTeX or Markdown syntax', () => {
      assert.deepEqual(found("``not latex'' and > not a block", 'plaintext'), []);
    });
  });
});
