import * as assert from 'node:assert/strict';
import type { CitationSettings } from '../../src/core/cite/citationSettings';
import { documentCitation, latexCitation, pandocCitation } from '../../src/core/cite/documentCitation';
import { bundledCorpus } from './support/bundledCorpus';

const index = bundledCorpus();
const passage = (id: string) => {
  const p = index.passageById.get(id);
  assert.ok(p, id);
  return p;
};
const chicago: CitationSettings = { style: 'chicago-notes-bibliography', format: 'footnote', latexCommand: 'autocite', ibid: false };

describe('document citations', () => {
  it('writes a Chicago footnote in Markdown with italics in Markdown markup', () => {
    const c = documentCitation(passage('soviet-films-share-1957'), index, 'markdown', chicago);
    assert.equal(c.mode, 'footnote');
    assert.equal(c.text, '*North Korea and the Soviets 1953-1964*, December 7, 2007, <http://msiow.blogspot.com/2007/12/north-korea-and-soviets-1953-1964.html>.');
  });

  it('writes a LaTeX footnote with \\textit in LaTeX and an inline note in plain text', () => {
    const latex = documentCitation(passage('soviet-films-share-1957'), index, 'latex', chicago);
    assert.equal(latex.mode, 'latex-footnote');
    assert.match(latex.text, /^\\textit\{North Korea and the Soviets 1953-1964\}, December 7, 2007/);
    const plain = documentCitation(passage('soviet-films-share-1957'), index, 'plaintext', chicago);
    assert.equal(plain.mode, 'inline');
    assert.match(plain.text, /^North Korea and the Soviets 1953-1964, December 7, 2007/);
  });

  it('cites words read through the blog as the article "quoted in" the blog', () => {
    const c = documentCitation(passage('kosygin-foreign-patents'), index, 'plaintext', chicago);
    assert.match(c.text, /^Balázs Szalontai, “‘You Have No Political Line of Your Own’: Kim Il Sung and the Soviets, 1953-1964,” Cold War International History Project Bulletin, no\. 14\/15 \(Winter 2003–Spring 2004\), quoted in North Korea and the Soviets 1953-1964/);
  });

  it('writes a parenthetical citation for an in-text style, after a space', () => {
    for (const style of ['apa', 'modern-language-association', 'chicago-author-date'] as const) {
      const c = documentCitation(passage('soviet-films-share-1957'), index, 'markdown', { ...chicago, style });
      assert.equal(c.mode, 'spaced', style);
      assert.match(c.text, /^\(.*\)$/, `${style}: ${c.text}`);
    }
  });

  it('writes Pandoc keys and biblatex commands, with "quoted in" for words read in another source', () => {
    const pandoc = documentCitation(passage('kosygin-foreign-patents'), index, 'markdown', { ...chicago, format: 'pandoc' });
    assert.deepEqual(pandoc, { mode: 'spaced', text: '[@szalontai-2003-no-political-line; quoted in @msiow-2007-north-korea-soviets]' });
    const latex = documentCitation(passage('soviet-films-share-1957'), index, 'latex', { ...chicago, format: 'latex' });
    assert.deepEqual(latex, { mode: 'attached', text: '\\autocite{msiow-2007-north-korea-soviets}' });
    const blog = index.sourceById.get('msiow-2007-north-korea-soviets');
    assert.ok(blog);
    assert.equal(pandocCitation({ source: blog }, { label: 'page', value: '99' }), '[@msiow-2007-north-korea-soviets, p. 99]');
    const article = index.sourceById.get('szalontai-2003-no-political-line');
    assert.ok(article);
    assert.equal(
      latexCitation({ source: article, quotedIn: blog }, { ...chicago, latexCommand: 'footcite' }, { label: 'page', value: '7' }),
      '\\footcites{szalontai-2003-no-political-line}[quoted in][7]{msiow-2007-north-korea-soviets}',
    );
  });
});
