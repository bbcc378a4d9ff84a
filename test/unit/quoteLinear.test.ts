/**
 * The scanners of essay text are linear: each family of hostile text that once made a scanner
 * backtrack or rescan gives the same results as the plain regular expressions it replaced
 * (seeded random text over the characters that matter), and the work done per character stays
 * flat as the text grows.
 */
import * as assert from 'node:assert/strict';
import { findCitationTrigger } from '../../src/core/completion/citationTrigger';
import { citationAt } from '../../src/core/hover/citationAt';
import { segmentCitations, type Citation } from '../../src/core/quotes/citations';
import { cleanMarkup } from '../../src/core/quotes/cleanMarkup';
import { SentenceEnds, sentenceEnds } from '../../src/core/quotes/sentenceEnds';
import { sourceMentionsOf } from '../../src/core/quotes/sourceMentions';
import { checkDocument, type QuoteFinding } from '../../src/core/quotes';
import { findQuotations } from '../../src/core/quotes/findQuotations';
import { maskText } from '../../src/core/quotes/mask';
import { segmentDocument } from '../../src/core/quotes/segments';
import { familyLanguage, hostileText, seeded, type HostileFamily } from '../support/hostileEssays';
import { bundledCorpus } from './support/bundledCorpus';
import { naiveSegmentCitations } from './support/naiveCitations';
import { cleanMarkup as naiveCleanMarkup } from './support/naiveQuotes/cleanMarkup';
import { findQuotations as naiveFindQuotations } from './support/naiveQuotes/findQuotations';
import { segmentDocument as naiveSegmentDocument } from './support/naiveQuotes/segments';
import { naiveCleanMarkdown, naiveLatexKeyAt, naiveLatexQuery, naiveMaskText, naivePlainQuery } from './support/naiveScanners';

/** A random string over `alphabet` (pieces, picked with equal chance). */
function randomText(rnd: () => number, alphabet: readonly string[], pieces: number): string {
  let out = '';
  for (let i = 0; i < pieces; i++) out += alphabet[Math.floor(rnd() * alphabet.length)];
  return out;
}

const CITATION_PIECES = [
  '[', ']', '^[', '[^', '^', '@', '@{', '{', '}', '(', ')', ' ', '\n', '\n\n', ';', '-', ':', 'a', 'key', '1', '.', 'Szalontai', ' 2004', 'p. 3',
  'ibid', '\\cite', '\\textcite', '\\cites', '\\nocite', '\\footnote', '*', ',', 'msiow-2007-north-korea-soviets', 'North Korea and the Soviets', '\\',
];
const SENTENCE_PIECES = ['.', '!', '?', '\u2026', ' ', '  ', '\n', '"', "'", '\u201d', '\u2019', ')', ']', '(', '[', '`', '\\', '\u201c', 'A', 'Kim', 'p', 'pp', 'cf', 'e.g', 'Dr', 'vol', 'trans', 'x', 'word', '\u{1D400}', '\u00c9', '3'];
const LATEX_PIECES = ['\\cite', '\\footcite', '\\textcites', '\\', 'cite', 's', '*', '[', ']', '{', '}', ' ', '\t', ',', 'a', '{key', '{a, b}', '[p. 3]', 'x', 'C', '-'];
const MASK_PIECES = ['`', '``', '```', ' ', '\n', 'a', '<!--', '-->', '<', '>', '](', ')', '[', ']', 'http://x.org/', 'https:', '<http:', '%', '\\%', '$', '$$', '\\$', '\\(', '\\)', '\\[', '\\]', '\\verb', '|', '+', '*', '\u00e9', '\\url', '\\url[x]', '{', '}', '\\href', '\\bibliographystyle', '\\include', '\\\\', '-'];
const LATEX_TEXT_PIECES = [
  '\\begin{quote}', '\\end{quote}', '\\begin{displayquote}[x]', '\\end{displayquote}', '\\blockquote', '\\blockquote[a]', '[b]', '\\enquote{', '\\textquote[s]{',
  '{', '}', '[', ']', '\\cite{k}', '\\textins{the', '\\textelp{}', '\\ldots', "``", "''", '`', "'", '"', '\u201c', '\u201d', ' ', '\n', '\n\n', 'word', 'Kim', '.', ',',
  '\\begin{document}', '\\end{document}', '\\begin{verbatim}', '\\end{verbatim}', '%', '\\\\', '\\\'e', '\\url{x}', '$', '\\footnote{', '\\href{',
];
const MARKDOWN_PIECES = ['[', ']', '^', '@', '{', '}', '(', ')', '!', '<', '>', '/', '&', ';', '#', '-', ' ', '\n', 'a', 'B', '1', 'key', '.', ':', '*', '_', '`', '\\', '\u00e9', '\u2019', 'amp', '> ', '\t', '\u00a0'];

/**
 * The reference's citations without the notes inside other notes: a note inside a note is
 * now part of the outer one only (the reference also listed the inner one, repeating its keys).
 */
function outermost(citations: readonly Citation[]): Citation[] {
  const notes = citations.filter((c) => c.kind === 'note');
  return citations.filter((c) => c.kind !== 'note' || !notes.some((o) => o !== c && o.start < c.start && c.end <= o.end));
}

describe('linear scanners give the results of the regular expressions they replaced', () => {
  it('cleans Markdown markup exactly as before (3,000 seeded random texts)', () => {
    const rnd = seeded(20261204);
    for (let n = 0; n < 3000; n++) {
      const text = randomText(rnd, MARKDOWN_PIECES, 1 + Math.floor(rnd() * 60));
      assert.equal(cleanMarkup(text, 0, text.length, 'markdown'), naiveCleanMarkdown(text), JSON.stringify(text));
    }
  });

  it('masks code, comments, math and URLs exactly as the regular expressions did (3,000 seeded random texts per language)', () => {
    const rnd = seeded(1959);
    for (const language of ['markdown', 'latex', 'plaintext'] as const) {
      for (let n = 0; n < 3000; n++) {
        const text = randomText(rnd, MASK_PIECES, 1 + Math.floor(rnd() * 60));
        assert.equal(maskText(text, language), naiveMaskText(text, language), `${language}: ${JSON.stringify(text)}`);
      }
    }
  });

  it('segments LaTeX and Markdown documents, finds their quotations and cleans LaTeX markup exactly as before (4,000 seeded random texts)', () => {
    const rnd = seeded(1958);
    let quotations = 0;
    for (let n = 0; n < 4000; n++) {
      const language = n % 4 === 0 ? 'markdown' : 'latex';
      const text = randomText(rnd, language === 'latex' ? LATEX_TEXT_PIECES : MASK_PIECES.concat(MARKDOWN_PIECES, ['\u201c', '\u201d', '> ', '# ']), 1 + Math.floor(rnd() * 60));
      assert.deepEqual(segmentDocument(text, language), naiveSegmentDocument(text, language), `${language}: ${JSON.stringify(text)}`);
      const found = findQuotations(text, language);
      quotations += found.length;
      assert.deepEqual(found, naiveFindQuotations(text, language), `${language}: ${JSON.stringify(text)}`);
      if (language === 'latex') assert.equal(cleanMarkup(text, 0, text.length, 'latex'), naiveCleanMarkup(text, 0, text.length, 'latex'), JSON.stringify(text));
    }
    assert.ok(quotations > 500, `${quotations} quotations`);
  });

  it('finds the citations of Markdown and LaTeX segments exactly as before (4,000 seeded random texts)', () => {
    const mentions = sourceMentionsOf(bundledCorpus());
    const rnd = seeded(1953);
    for (let n = 0; n < 4000; n++) {
      const language = n % 2 === 0 ? 'markdown' : 'latex';
      const text = randomText(rnd, CITATION_PIECES, 1 + Math.floor(rnd() * 50));
      const expected = naiveSegmentCitations(text, language, mentions);
      const actual = segmentCitations(text, language, mentions);
      assert.deepEqual(actual.citations, outermost(expected.citations as Citation[]), `${language}: ${JSON.stringify(text)}`);
      assert.deepEqual(actual.definition, expected.definition, `${language}: ${JSON.stringify(text)}`);
    }
  });

  it('tells where sentences end in any stretch of a text exactly as the regular expression does (seeded random texts and stretches)', () => {
    const rnd = seeded(1961);
    let ends = 0;
    for (let n = 0; n < 300; n++) {
      const text = randomText(rnd, SENTENCE_PIECES, 20 + Math.floor(rnd() * 200));
      const fast = new SentenceEnds(text);
      for (let k = 0; k < 60; k++) {
        const a = Math.floor(rnd() * text.length);
        const b = a + Math.floor(rnd() * (text.length - a + 1));
        const expected = sentenceEnds(text.slice(a, b));
        if (expected) ends++;
        assert.equal(fast.between(a, b), expected, `${JSON.stringify(text)} [${a}, ${b})`);
      }
    }
    assert.ok(ends > 1000, `only ${ends} stretches with a sentence end`);
  });

  it('reads LaTeX cite commands for completions and hovers exactly as the regular expressions did (seeded random lines)', () => {
    const rnd = seeded(1964);
    let triggers = 0;
    let hovers = 0;
    for (let n = 0; n < 3000; n++) {
      const line = randomText(rnd, LATEX_PIECES, 1 + Math.floor(rnd() * 40));
      const query = naiveLatexQuery(line);
      if (query !== undefined) triggers++;
      assert.equal(findCitationTrigger(line, line.length, 'latex')?.query, query, JSON.stringify(line));
      const at = Math.floor(rnd() * (line.length + 1));
      const key = naiveLatexKeyAt(line, at);
      if (key) hovers++;
      assert.deepEqual(citationAt(line, at, 'latex'), key && { kind: 'key', ...key }, `${JSON.stringify(line)} at ${at}`);
    }
    assert.ok(triggers > 100 && hovers > 100, `${triggers} triggers, ${hovers} keys`);
  });

  it('reads the word typed after the plain-text trigger exactly as the regular expression did', () => {
    const rnd = seeded(1965);
    for (let n = 0; n < 2000; n++) {
      const line = randomText(rnd, ['@@', 'a', '-', ' ', '_', '\u00e9', '1', '@'], 1 + Math.floor(rnd() * 20));
      const query = naivePlainQuery(line);
      const head = line.slice(0, line.length - query.length);
      const expected = head.endsWith('@@') && !/\w/.test(line[head.length - 3] ?? '') ? query : undefined;
      assert.equal(findCitationTrigger(line, line.length, 'plaintext')?.query, expected, JSON.stringify(line));
    }
  });
});

/** The quotation checker's families: one long run inside a quotation, or quotations and citations. */
const CHECKED: readonly HostileFamily[] = ['bracketAt', 'atBrace', 'bracket', 'caretBracket', 'angle', 'quotedCitations'];

describe('hostile families: the same results at every size, a megabyte included', () => {
  const index = bundledCorpus();
  const mentions = sourceMentionsOf(index);

  for (const family of CHECKED) {
    it(`${family}: the linear scanners agree with the regular expressions on the family's text, and 1 MB checks to the findings its parts imply`, () => {
      const language = familyLanguage(family);
      for (const size of [300, 2000]) {
        const text = hostileText(family, size);
        const masked = maskText(text, language);
        assert.deepEqual(segmentCitations(masked, language, mentions).citations, outermost(naiveSegmentCitations(masked, language, mentions).citations as Citation[]));
        for (const q of findQuotations(text, language)) {
          assert.equal(cleanMarkup(text, q.contentStart, q.contentEnd, language), naiveCleanMarkdown(text.slice(q.contentStart, q.contentEnd)));
        }
      }
      const big = hostileText(family, 1_000_000);
      const findings = checkDocument(big, language, index);
      if (family === 'quotedCitations') {
        // Each quotation is cited rightly, by a footnote, narratively or by an unknown key: only the unknown keys are findings.
        const unknown = big.split('@nobody-1999').length - 1;
        assert.ok(unknown > 1000, `${unknown} unknown keys`);
        assert.deepEqual(count(findings), { 'unknown-citation-key': unknown });
      } else {
        assert.deepEqual(count(findings), {}, 'one quoted run of markup is no passage\'s quotation');
        assert.equal(findQuotations(big, language).length, 1);
      }
    });
  }

  it('citeTrigger: a 1 MB line of `\\` and `cite` offers no completion, and one ending in `{ko` offers `ko`', () => {
    const line = hostileText('citeTrigger', 1_000_000);
    assert.equal(findCitationTrigger(line, line.length, 'latex'), undefined);
    const typed = `${line}{ko`;
    assert.deepEqual(findCitationTrigger(typed, typed.length, 'latex'), { kind: 'latex-key', query: 'ko', replaceStart: typed.length - 2, replaceEnd: typed.length });
    const closed = `${typed}}`;
    assert.deepEqual(citationAt(closed, closed.length - 2, 'latex'), { kind: 'key', key: 'ko', start: closed.length - 3, end: closed.length - 1 });
    for (const size of [40, 200]) {
      const small = `${hostileText('citeTrigger', size)}[p. 3]{a, b`;
      assert.equal(findCitationTrigger(small, small.length, 'latex')?.query, naiveLatexQuery(small));
    }
  });
});

function count(findings: readonly QuoteFinding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.rule] = (out[f.rule] ?? 0) + 1;
  return out;
}
