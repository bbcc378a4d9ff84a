import * as assert from 'node:assert/strict';
import { planFootnoteInsert, planRenumber } from '../../src/core/footnotes/footnotePlan';
import { parseMarkdownFootnotes } from '../../src/core/footnotes/markdownFootnotes';
import { notePosition, notesBefore } from '../../src/core/footnotes/notePosition';
import { applyEdits } from '../../src/core/insert/textInsert';
import { bundledCorpus } from './support/bundledCorpus';

describe('Markdown footnotes', () => {
  it('finds references and definitions, with continuation lines, outside code', () => {
    const text = 'A[^1] b[^x].\n\n```\n[^9] in code\n```\n`[^8]` inline\n\n[^1]: One\n    more.\n[^x]: Ex.\n';
    const { references, definitions } = parseMarkdownFootnotes(text);
    assert.deepEqual(references.map((r) => r.label), ['1', 'x']);
    assert.deepEqual(definitions.map((d) => [d.label, d.text]), [['1', 'One\n    more.'], ['x', 'Ex.']]);
  });

  it('inserts before existing footnotes and renumbers them, one edit each', () => {
    const text = 'One[^1]. Two[^2].\n\n[^1]: First.\n[^2]: Second.\n';
    const out = applyEdits(text, planFootnoteInsert(text, 0, 'New.', '\n'));
    assert.equal(out, '[^1]One[^2]. Two[^3].\n\n[^1]: New.\n[^2]: First.\n[^3]: Second.\n');
  });

  it('inserts between footnotes', () => {
    const text = 'One[^1]. Two[^2].\n\n[^1]: First.\n[^2]: Second.';
    const out = applyEdits(text, planFootnoteInsert(text, 8, 'New.', '\n'));
    assert.equal(out, 'One[^1].[^2] Two[^3].\n\n[^1]: First.\n[^2]: New.\n[^3]: Second.');
  });

  it('leaves named footnotes alone and counts a repeated reference once', () => {
    const text = 'A[^1] B[^note] C[^1] D.\n\n[^1]: One.\n[^note]: Named.\n';
    const out = applyEdits(text, planFootnoteInsert(text, text.indexOf(' D'), 'New.', '\n'));
    assert.equal(out, 'A[^1] B[^note] C[^1][^2] D.\n\n[^1]: One.\n[^2]: New.\n[^note]: Named.\n');
  });

  it('renumbers footnotes into reading order and sorts a contiguous definition block', () => {
    const text = 'A[^3] B[^1] C[^7].\n\n[^1]: One.\n[^3]: Three.\n[^7]: Seven.\n';
    assert.equal(applyEdits(text, planRenumber(text, '\n')), 'A[^1] B[^2] C[^3].\n\n[^1]: Three.\n[^2]: One.\n[^3]: Seven.\n');
  });

  it('renumbers after a deletion and changes nothing when already in order', () => {
    const text = 'A[^1] C[^3].\n\n[^1]: One.\n[^3]: Three.\n';
    assert.equal(applyEdits(text, planRenumber(text, '\n')), 'A[^1] C[^2].\n\n[^1]: One.\n[^2]: Three.\n');
    const ordered = 'A[^1] B[^2].\n\n[^1]: One.\n[^2]: Two.\n';
    assert.deepEqual(planRenumber(ordered, '\n'), []);
  });
});

describe('Markdown footnotes as CommonMark reads them', () => {
  const renumber = (text: string, eol = '\n') => applyEdits(text, planRenumber(text, eol));
  const insert = (text: string, offset: number, eol = '\n') => applyEdits(text, planFootnoteInsert(text, offset, 'New.', eol));

  it('leaves a four-backtick fence holding a three-backtick line alone', () => {
    const code = '````\n```\n[^1]: not a note [^2]\n```\n````\n';
    const text = `A[^2] B[^1].\n\n${code}\n[^1]: One.\n[^2]: Two.\n`;
    assert.equal(renumber(text), `A[^1] B[^2].\n\n${code}\n[^1]: Two.\n[^2]: One.\n`);
  });

  it('reads a fence closed by a longer fence, indented code and code spans across lines as code', () => {
    const text = '```\n[^1]\n`````\nA[^1] `x\n[^1]` y\n\n    [^1]: code\n\n[^1]: One.\n';
    const { references, definitions } = parseMarkdownFootnotes(text);
    assert.deepEqual(references.map((r) => text.slice(r.start - 1, r.end)), ['A[^1]']);
    assert.deepEqual(definitions.map((d) => d.text), ['One.']);
  });

  it('relabels a definition in a block quote and an indented one, the label characters only', () => {
    const text = 'A[^2] B[^1].\n\n> [^1]: One.\n\n   [^2]: Two.\n';
    assert.equal(renumber(text), 'A[^1] B[^2].\n\n> [^2]: One.\n\n   [^1]: Two.\n');
  });

  it('never renumbers inside math, HTML comments or after an escape, and keeps a literal number free', () => {
    const text = 'A[^3] $x[^3]$ <!-- [^3] --> \\[^3] B[^4] C[^1]\n\n$$\n[^3]\n$$\n\n[^3]: Three.\n[^4]: Four.\n';
    assert.equal(renumber(text), 'A[^2] $x[^3]$ <!-- [^3] --> \\[^3] B[^3] C[^1]\n\n$$\n[^3]\n$$\n\n[^2]: Three.\n[^3]: Four.\n');
  });

  it('matches labels as GFM does, without case, and keeps named labels', () => {
    const text = 'A[^Note] B[^a-b] C[^\u{1F600}x].\n\n[^note]: N.\n[^a-b]: AB.\n[^\u{1F600}x]: Astral.\n';
    const { references } = parseMarkdownFootnotes(text);
    assert.deepEqual(references.map((r) => [r.label, r.id]), [['Note', 'NOTE'], ['a-b', 'A-B'], ['\u{1F600}x', '\u{1F600}X']]);
    assert.equal(text.slice(references[2].labelStart, references[2].labelEnd), '\u{1F600}x');
    assert.deepEqual(planRenumber(text, '\n'), []);
  });

  it('puts a reference whose cursor is inside a label right after it, and one inside code after the paragraph before', () => {
    const text = 'A[^1] B.\n\n```\ncode\n```\n\n[^1]: One.\n';
    assert.equal(insert(text, 3), 'A[^1][^2] B.\n\n```\ncode\n```\n\n[^1]: One.\n[^2]: New.\n');
    assert.equal(insert(text, text.indexOf('code') + 2), 'A[^1] B.[^2]\n\n```\ncode\n```\n\n[^1]: One.\n[^2]: New.\n');
    assert.equal(insert(text, text.indexOf('One')), 'A[^1] B.[^2]\n\n```\ncode\n```\n\n[^1]: One.\n[^2]: New.\n', 'never inside a note');
  });

  it('never throws, whatever the cursor', () => {
    const text = 'A[^1] `b` $c$ <!-- d --> \\[^x] [l](u) [^1|2]\n\n> [^1]: One.\n\n```\n';
    for (let offset = 0; offset <= text.length; offset++) assert.ok(planFootnoteInsert(text, offset, 'New.', '\n').length >= 2);
  });

  it('places a new definition at top level: not in a block quote, not in a code block left open', () => {
    assert.equal(insert('A[^1].\n\n> [^1]: One.\n', 6), 'A[^1].[^2]\n\n> [^1]: One.\n\n[^2]: New.\n');
    assert.equal(insert('A.\n\n```\nopen', 2), 'A.[^1]\n\n[^1]: New.\n\n```\nopen');
  });

  it('keeps Windows line ends and counts astral characters as two UTF-16 units', () => {
    const text = '\u{1F600} A[^2] B[^1].\r\n\r\n[^1]: One.\r\n[^2]: Two.\r\n';
    assert.equal(renumber(text, '\r\n'), '\u{1F600} A[^1] B[^2].\r\n\r\n[^1]: Two.\r\n[^2]: One.\r\n');
    assert.equal(insert(text, 3, '\r\n'), '\u{1F600} [^1]A[^2] B[^3].\r\n\r\n[^3]: One.\r\n[^1]: New.\r\n[^2]: Two.\r\n');
  });
});

describe('note positions', () => {
  const index = bundledCorpus();
  const blogNote = '*North Korea and the Soviets 1953-1964*, December 7, 2007.';
  const articleNote = 'Balázs Szalontai, “‘You Have No Political Line of Your Own’: Kim Il Sung …';

  it('reads the notes before an offset in reading order, in Markdown and LaTeX', () => {
    const md = `A[^2] B[^1] C.\n\n[^1]: ${blogNote}\n[^2]: ${articleNote}\n`;
    assert.deepEqual(notesBefore(md, md.indexOf(' C'), 'markdown'), [articleNote, blogNote]);
    const tex = `A\\footnote{${articleNote}} B\\footnote{\\textit{North Korea and the Soviets 1953-1964}} C`;
    assert.equal(notesBefore(tex, tex.length, 'latex').length, 2);
  });

  it('is first, subsequent or a repeat of the note just before', () => {
    const blog = 'msiow-2007-north-korea-soviets';
    assert.equal(notePosition(blog, [], index), 'first');
    assert.equal(notePosition(blog, [blogNote, articleNote], index), 'subsequent');
    assert.equal(notePosition(blog, [articleNote, blogNote], index), 'repeat');
  });
});
