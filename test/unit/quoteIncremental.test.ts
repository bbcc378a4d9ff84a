/**
 * The per-document checker: an edit re-analyses only the paragraphs it touched, reuses the
 * match of every quotation it has seen, and always agrees with a check from scratch.
 */
import * as assert from 'node:assert/strict';
import { DocumentQuoteChecker, checkDocument, type Language, type TextChange } from '../../src/core/quotes';
import { bundledCorpus } from './support/bundledCorpus';

const index = bundledCorpus();

const ESSAY = [
  '# Moscow and Pyongyang',
  '',
  'Szalontai argues that the economy \u201cnecessitated an inordinate dependency on Soviet expertise.\u201d[^1]',
  '',
  'Deng praised \u201ca mighty people of 30 million\u201d and the North Koreans told Moscow \u201cyour country is poor, you can afford that\u201d [@msiow-2007-north-korea-soviets].',
  '',
  'Scare quotes such as \u201cthe ways of the world\u201d are fine.',
  '',
  '> Kim did not regard this potential threat lightly.',
  '',
  'See also [@szalontai2003].',
  '',
  '[^1]: Szalontai, 99.',
  '',
].join('\n');

const LATEX = [
  '\\documentclass{article}',
  '\\begin{document}',
  "Szalontai argues that the economy ``necessitated an inordinate dependency on Soviet expertise.''\\footcite{msiow-2007-north-korea-soviets}",
  '',
  'He concludes:',
  '\\begin{quote}',
  'Kim did not regard this potential threat lightly.',
  '',
  'Factory building came to an abrupt halt.',
  '\\end{quote}',
  '',
  "Deng praised ``a mighty people of 30 million'' \\cite{szalontai2003}.",
  '',
  '\\begin{verbatim}',
  "``verbatim words here are not read at all''",
  '',
  '\\end{verbatim}',
  '',
  "The North Koreans said ``your country is poor, you can afford that''.",
  '\\end{document}',
  "``after the end''",
].join('\n');

function replace(text: string, change: TextChange): string {
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}

describe('DocumentQuoteChecker', () => {
  it('agrees with checkDocument', () => {
    const checker = new DocumentQuoteChecker(index, 'markdown');
    const findings = checker.update(ESSAY);
    assert.deepEqual(findings, checkDocument(ESSAY, 'markdown', index));
    assert.deepEqual(
      findings.map((f) => f.rule),
      ['misquote', 'unattributed-quotation', 'unknown-citation-key'],
    );
    assert.deepEqual(checker.findings, findings);
  });

  it('analyses nothing again when the text is unchanged', () => {
    const checker = new DocumentQuoteChecker(index, 'markdown');
    checker.update(ESSAY);
    assert.ok(checker.stats.analyzed >= 6);
    checker.update(ESSAY);
    assert.deepEqual(checker.stats, { segments: checker.stats.segments, analyzed: 0, matched: 0 });
  });

  it('re-analyses only the paragraph an edit touches, and shifts the findings after it', () => {
    const checker = new DocumentQuoteChecker(index, 'markdown');
    const before = checker.update(ESSAY);
    const at = ESSAY.indexOf('Scare quotes');
    const change = { start: at, end: at, text: 'Real ' };
    const text = replace(ESSAY, change);
    const after = checker.update(text, change);
    assert.equal(checker.stats.analyzed, 1);
    assert.equal(checker.stats.matched, 0);
    assert.deepEqual(after, checkDocument(text, 'markdown', index));
    const moved = after.filter((f) => f.start > at);
    const was = before.filter((f) => f.start > at);
    assert.deepEqual(moved.map((f) => f.start), was.map((f) => f.start + 5));
    assert.deepEqual(moved.map((f) => f.fixes), was.map((f) => f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + 5, end: e.end + 5 })) }))));
  });

  it('re-matches a quotation only when its words change', () => {
    const checker = new DocumentQuoteChecker(index, 'markdown');
    checker.update(ESSAY);
    const spaced = ESSAY.replace('your country is poor', 'your  country is poor');
    checker.update(spaced);
    assert.deepEqual([checker.stats.analyzed, checker.stats.matched], [1, 0]);
    const fixed = spaced.replace('poor', 'rich');
    const findings = checker.update(fixed);
    assert.deepEqual([checker.stats.analyzed, checker.stats.matched], [1, 1]);
    assert.ok(!findings.some((f) => f.rule === 'misquote'));
  });

  it('updates the attribution of a quotation when a footnote elsewhere changes', () => {
    const checker = new DocumentQuoteChecker(index, 'markdown');
    checker.update(ESSAY);
    const text = ESSAY.replace('[^1]: Szalontai, 99.', '[^1]: See above.');
    const findings = checker.update(text);
    assert.equal(checker.stats.analyzed, 1);
    assert.deepEqual(findings, checkDocument(text, 'markdown', index));
    assert.ok(findings.some((f) => f.rule === 'unattributed-quotation' && f.passageId === 'dependency-on-soviet-expertise'));
  });

  it('stays equal to a check from scratch through a series of edits', function () {
    this.timeout(30000);
    const documents: [Language, string][] = [
      ['markdown', ESSAY],
      ['markdown', `---\ntitle: "Essay"\n---\n\n${ESSAY}\n\n\`\`\`\n"code"\n\n"more code"\n\`\`\`\n\n<!-- a\n\n"comment" -->\n\nEnd "a mighty people of 30 million".`],
      ['latex', LATEX],
      ['plaintext', ESSAY],
    ];
    for (const [language, start] of documents) {
      const checker = new DocumentQuoteChecker(index, language);
      let text = start;
      checker.update(text);
      let seed = 7;
      const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
      for (let i = 0; i < 120; i++) {
        const at = Math.floor(rnd() * text.length);
        const pieces = ['x', ' ', '\n', '\n\n', '\u201c', '"', '[@msiow-2007-north-korea-soviets]', '', '\\end{quote}', '```', '\n\n> q\n\n', '}'];
        const change = { start: at, end: Math.min(text.length, at + Math.floor(rnd() * 3)), text: pieces[i % pieces.length] };
        text = replace(text, change);
        assert.deepEqual(checker.update(text, change), checkDocument(text, language, index), `edit ${i} in ${language}`);
      }
    }
  });

  it('gives the matched quotation at an offset, for hovers', () => {
    const checker = new DocumentQuoteChecker(index, 'markdown');
    checker.update(ESSAY);
    const at = ESSAY.indexOf('inordinate');
    const hit = checker.quotationAt(at);
    assert.equal(hit?.match.passage.id, 'dependency-on-soviet-expertise');
    assert.equal(hit?.match.exact, true);
    assert.equal(ESSAY.slice(hit!.quotation.contentStart, hit!.quotation.contentEnd), 'necessitated an inordinate dependency on Soviet expertise.');
    assert.equal(checker.quotationAt(ESSAY.indexOf('Scare')), undefined);
    const all = checker.quotations();
    assert.deepEqual(
      all.map((q) => q.match?.passage.id ?? null),
      ['dependency-on-soviet-expertise', 'deng-mighty-people', 'your-country-is-rich', null, 'kim-took-threat-seriously-1956'],
    );
  });
});
