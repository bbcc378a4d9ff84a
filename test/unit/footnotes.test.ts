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
