import * as assert from 'node:assert/strict';
import {
  citationInserts,
    quotationInserts,
} from '../../src/core/insert/citationInserts';
import { applyEdits as applyInserts, mergeEdits } from '../../src/core/insert/textInsert';
import { nestedQuotation } from '../../src/core/insert/typographicQuotes';

const NOTE = '\u201cNorth Korea and the Soviets 1953-1964,\u201d December 7, 2007.';
const lf = (text: string) => ({ text, eol: '\n' as const });
const MD = { markup: 'markdown' as const, block: false };

describe('citation inserts', () => {
  it('adds a Markdown footnote reference at the cursor and its definition after a blank line', () => {
    const doc = lf('# Essay\n\nKosygin criticised the plans.\n');
    const at = doc.text.indexOf(' criticised');
    const out = applyInserts(doc.text, citationInserts(doc, at, NOTE, 'footnote'));
    assert.equal(out, `# Essay\n\nKosygin[^1] criticised the plans.\n\n[^1]: ${NOTE}\n`);
  });

  it('numbers by place, renumbers the later footnotes and keeps the definitions in order', () => {
    const doc = lf('Text[^1] and more[^3].\n\n[^1]: One.\n[^3]: Three.\n');
    const first = applyInserts(doc.text, citationInserts(doc, 4, NOTE, 'footnote'));
    assert.equal(first, `Text[^1][^2] and more[^3].\n\n[^1]: ${NOTE}\n[^2]: One.\n[^3]: Three.\n`);
    const last = applyInserts(doc.text, citationInserts(doc, 21, NOTE, 'footnote'));
    assert.equal(last, `Text[^1] and more[^2][^3].\n\n[^1]: One.\n[^2]: Three.\n[^3]: ${NOTE}\n`);
  });

  it('handles a document with no final newline, an empty document and CRLF line endings', () => {
    assert.equal(applyInserts('Text', citationInserts(lf('Text'), 4, NOTE, 'footnote')), `Text[^1]\n\n[^1]: ${NOTE}\n`);
    assert.equal(applyInserts('', citationInserts(lf(''), 0, NOTE, 'footnote')), `[^1]\n\n[^1]: ${NOTE}\n`);
    const crlf = { text: 'Text.\r\n', eol: '\r\n' as const };
    assert.equal(applyInserts(crlf.text, citationInserts(crlf, 5, NOTE, 'footnote')), `Text.[^1]\r\n\r\n[^1]: ${NOTE}\r\n`);
  });

  it('never changes a byte outside what it inserts', () => {
    const doc = lf('  odd   spacing\t\n\n\n  kept [^x]: as is  \n\n\n');
    const inserts = citationInserts(doc, 7, NOTE, 'footnote');
    const out = applyInserts(doc.text, inserts);
    let rest = '';
    let at = 0;
    let shift = 0;
    for (const insert of mergeEdits(inserts)) {
      const start = insert.start + shift;
      assert.equal(out.slice(start, start + insert.text.length), insert.text);
      rest += out.slice(at, start);
      at = start + insert.text.length;
      shift += insert.text.length;
    }
    assert.equal(rest + out.slice(at), doc.text);
  });

  it('inserts an inline note in parentheses without its final period, spaced from the word before', () => {
    const doc = lf('Kosygin was blunt.');
    const out = applyInserts(doc.text, citationInserts(doc, 17, NOTE, 'inline'));
    assert.equal(out, 'Kosygin was blunt (\u201cNorth Korea and the Soviets 1953-1964,\u201d December 7, 2007).');
  });

  it('puts a Pandoc key after a space and attaches a LaTeX command to the word', () => {
    const doc = lf('Text.');
    assert.equal(applyInserts(doc.text, citationInserts(doc, 4, '[@key]', 'spaced')), 'Text [@key].');
    assert.equal(applyInserts(doc.text, citationInserts(doc, 4, '\\autocite{key}', 'attached')), 'Text\\autocite{key}.');
  });

  it('escapes the quoted words for the document markup', () => {
    const doc = lf('');
    const out = applyInserts('', quotationInserts(doc, 0, 'a *bold* claim', '[@k]', 'spaced', { markup: 'markdown', block: false, escape: (t) => t.replace(/\*/g, '\\*') }));
    assert.equal(out, '\u201ca \\*bold\\* claim\u201d [@k]');
  });

  it('wraps a LaTeX note in \\footnote', () => {
    const doc = lf('Text.');
    assert.equal(applyInserts(doc.text, citationInserts(doc, 5, 'Note.', 'latex-footnote')), 'Text.\\footnote{Note.}');
  });

  it('inserts a quotation in typographic marks followed by its footnote', () => {
    const doc = lf('As the North Koreans put it,\n');
    const out = applyInserts(doc.text, quotationInserts(doc, 28, 'your country is rich, you can afford that.', NOTE, 'footnote', MD));
    assert.equal(out, `As the North Koreans put it, \u201cyour country is rich, you can afford that.\u201d[^1]\n\n[^1]: ${NOTE}\n`);
  });

  it('inserts a quotation with an inline citation in plain text', () => {
    const doc = lf('He said ');
    const out = applyInserts(doc.text, quotationInserts(doc, 8, 'a living hell', NOTE, 'inline', { markup: 'plain', block: false }));
    assert.equal(out, 'He said \u201ca living hell\u201d (\u201cNorth Korea and the Soviets 1953-1964,\u201d December 7, 2007)');
  });

  it('turns inner double quotes into single ones and apostrophes into ’', () => {
    assert.equal(
      nestedQuotation('the East European\'s "people\'s democracies." or "the ways of the world"'),
      'the East European\u2019s \u2018people\u2019s democracies.\u2019 or \u2018the ways of the world\u2019',
    );
  });

  it('sets a long quotation as a Markdown block with its footnote after the last word', () => {
    const doc = lf('Szalontai wrote:\nAnd so on.\n');
    const out = applyInserts(doc.text, quotationInserts(doc, 16, 'Under the "circumstances" it was so.', NOTE, 'footnote', { markup: 'markdown', block: true }));
    assert.equal(out, `Szalontai wrote:\n\n> Under the \u201ccircumstances\u201d it was so.[^1]\n\nAnd so on.\n\n[^1]: ${NOTE}\n`);
  });

  it('sets a long quotation as a LaTeX quote environment', () => {
    const doc = lf('Before.\n\nAfter.');
    const out = applyInserts(doc.text, quotationInserts(doc, 9, 'Words.', 'Note.', 'latex-footnote', { markup: 'latex', block: true }));
    assert.equal(out, 'Before.\n\n\\begin{quote}\nWords.\\footnote{Note.}\n\\end{quote}\n\nAfter.');
  });
});
