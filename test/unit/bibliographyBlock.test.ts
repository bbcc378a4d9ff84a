import * as assert from 'node:assert/strict';
import { formatBibliography } from '../../src/core/citation';
import { bibliographyEdit, findBibliographyBlock } from '../../src/core/cite/bibliographyBlock';
import { citedSources } from '../../src/core/cite/citedSources';
import { bundledCorpus } from './support/bundledCorpus';

const index = bundledCorpus();
const BLOG = 'msiow-2007-north-korea-soviets';
const ARTICLE = 'szalontai-2003-no-political-line';

function apply(text: string, edit: { start: number; end: number; text: string }): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

describe('cited sources', () => {
  it('finds sources through Pandoc keys, LaTeX commands and passage ids, in order of appearance', () => {
    assert.deepEqual(citedSources(`See [@${ARTICLE}, p. 3] and @${BLOG}.`, index).map((s) => s.id), [ARTICLE, BLOG]);
    assert.deepEqual(citedSources(`\\autocites{${BLOG}}[quoted in][]{kosygin-foreign-patents}`, index).map((s) => s.id), [BLOG, ARTICLE]);
    assert.deepEqual(citedSources('write to me@msiow-2007-north-korea-soviets.com', index), []);
  });

  it('finds sources through the titles in formatted notes, whatever their quotation marks', () => {
    const note = 'Text.[^1]\n\n[^1]: Balázs Szalontai, “‘You Have No Political Line of Your Own’: Kim Il Sung and the Soviets, 1953-1964,” …';
    assert.deepEqual(citedSources(note, index).map((s) => s.id), [ARTICLE]);
  });
});

describe('the bibliography block', () => {
  const essay = `# Essay\n\nFilms.[^1]\n\n[^1]: *North Korea and the Soviets 1953-1964*, December 7, 2007.\n`;

  it('appends a marked block with the style heading and its entries after a blank line', () => {
    const edit = bibliographyEdit(essay, 'markdown', index, 'chicago-notes-bibliography', '\n');
    assert.ok(edit);
    const [entry] = formatBibliography([index.sourceById.get(BLOG)!], { style: 'chicago-notes-bibliography', markup: 'markdown' });
    assert.equal(
      apply(essay, edit),
      `${essay}\n<!-- annalist:bibliography -->\n## Bibliography\n\n${entry}\n<!-- /annalist:bibliography -->\n`,
    );
  });

  it('replaces its own block, so running it again changes nothing', () => {
    const once = apply(essay, bibliographyEdit(essay, 'markdown', index, 'chicago-notes-bibliography', '\n')!);
    const again = bibliographyEdit(once, 'markdown', index, 'chicago-notes-bibliography', '\n')!;
    assert.equal(apply(once, again), once);
    const block = findBibliographyBlock(once, 'markdown');
    assert.ok(block);
    assert.deepEqual({ start: again.start, end: again.end }, block);
  });

  it('switches the heading with the style and writes a LaTeX list in LaTeX', () => {
    const mla = apply(essay, bibliographyEdit(essay, 'markdown', index, 'modern-language-association', '\n')!);
    assert.match(mla, /## Works Cited/);
    const latex = `Text\\autocite{${BLOG}}.\n`;
    const out = apply(latex, bibliographyEdit(latex, 'latex', index, 'apa', '\n')!);
    assert.match(out, /% annalist:bibliography\n\\section\*\{References\}\n\\begin\{list\}/);
    assert.match(out, /\\item .*North Korea and the Soviets 1953-1964/);
  });

  it('writes nothing when the document cites no known source', () => {
    assert.equal(bibliographyEdit('No citations here.', 'markdown', index, 'apa', '\n'), undefined);
  });
});
