import * as assert from 'node:assert/strict';
import { findCitationTrigger } from '../../src/core/completion/citationTrigger';
import { citationAt } from '../../src/core/hover/citationAt';

/** The trigger at the `|` of a text written with a cursor marker. */
function at(marked: string, language: string, plain?: string) {
  const offset = marked.indexOf('|');
  return findCitationTrigger(marked.replace('|', ''), offset, language, plain);
}

describe('citation completion triggers', () => {
  it('offers whole citations after a bare @ in Markdown', () => {
    assert.deepEqual(at('Kosygin said @kos|', 'markdown'), { kind: 'citation', query: 'kos', replaceStart: 13, replaceEnd: 17 });
    assert.deepEqual(at('@|', 'markdown'), { kind: 'citation', query: '', replaceStart: 0, replaceEnd: 1 });
  });

  it('offers keys inside Pandoc brackets, also after other keys and locators', () => {
    assert.deepEqual(at('See [@sza|', 'markdown'), { kind: 'pandoc-key', query: 'sza', replaceStart: 6, replaceEnd: 9 });
    assert.deepEqual(at('See [@a, 12; @b|', 'markdown'), { kind: 'pandoc-key', query: 'b', replaceStart: 14, replaceEnd: 15 });
    assert.deepEqual(at('See [-@|', 'markdown'), { kind: 'pandoc-key', query: '', replaceStart: 7, replaceEnd: 7 });
  });

  it('stays quiet in e-mail addresses, URLs and code', () => {
    assert.equal(at('mail me@host|', 'markdown'), undefined);
    assert.equal(at('see https://x.org/@user|', 'markdown'), undefined);
    assert.equal(at('run `npm i @types|', 'markdown'), undefined);
    assert.equal(at('```\n@dec|', 'markdown'), undefined);
    assert.deepEqual(at('```\ncode\n```\n@k|', 'markdown')?.kind, 'citation');
  });

  it('offers keys in the LaTeX cite family, with optional arguments and several keys', () => {
    for (const command of ['cite', 'footcite', 'parencite', 'textcite', 'autocite']) {
      assert.equal(at(`x \\${command}{ko|`, 'latex')?.query, 'ko', command);
    }
    assert.deepEqual(at('\\cite[99]{a, b|', 'latex'), { kind: 'latex-key', query: 'b', replaceStart: 13, replaceEnd: 14 });
    assert.deepEqual(at('\\cite[see][99]{|', 'latex'), { kind: 'latex-key', query: '', replaceStart: 15, replaceEnd: 15 });
    assert.equal(at('\\cite{a} and |', 'latex'), undefined);
    assert.equal(at('\\section{|', 'latex'), undefined);
  });

  it('uses the configured trigger in plain text', () => {
    assert.deepEqual(at('Kosygin @@pat|', 'plaintext'), { kind: 'citation', query: 'pat', replaceStart: 8, replaceEnd: 13 });
    assert.equal(at('Kosygin @pat|', 'plaintext'), undefined);
    assert.equal(at('Kosygin ;;pat|', 'plaintext', ';;')?.query, 'pat');
    assert.equal(at('a@@b|', 'plaintext'), undefined);
  });
});

describe('citations under the pointer', () => {
  it('finds a Pandoc key and a LaTeX key', () => {
    const md = 'As [@szalontai-2003, p. 3] shows.';
    assert.deepEqual(citationAt(md, 8, 'markdown'), { kind: 'key', key: 'szalontai-2003', start: 4, end: 19 });
    const tex = 'As \\cite[3]{blog, article} shows.';
    assert.deepEqual(citationAt(tex, 21, 'latex'), { kind: 'key', key: 'article', start: 18, end: 25 });
    assert.equal(citationAt(tex, 2, 'latex'), undefined);
  });

  it('finds a footnote reference with its definition', () => {
    const md = 'Text[^1].\n\n[^1]: The note.\n';
    assert.deepEqual(citationAt(md, 6, 'markdown'), { kind: 'footnote', label: '1', start: 4, end: 8, definition: 'The note.' });
  });
});
