/**
 * Corpus text is data, never markup: the hostile fixture corpus (test/fixtures/hostile) puts
 * links, `command:` URIs, HTML, codicons, BiDi overrides, ESC sequences, LaTeX and BibTeX
 * specials, Pandoc and footnote syntax and every kind of line break into every field, and
 * each citation channel must write it as text in its target: exact outputs for a few cases,
 * properties (checked with real parsers) for every style × form × markup.
 */
import * as assert from 'node:assert/strict';
import { STYLES, citePassage, exportBibtex, exportCslJson, formatCitation, toCslItem, type CitationForm, type Markup } from '../../src/core/citation';
import { DEFAULT_CITATION_SETTINGS, type CitationFormat } from '../../src/core/cite/citationSettings';
import { citationTarget } from '../../src/core/cite/documentCitation';
import { planCitation } from '../../src/core/cite/planCitation';
import { markdownUrl } from '../../src/core/escape/markdownUrl';
import { applyEdits } from '../../src/core/insert/textInsert';
import type { Source } from '../../src/core/model';
import { hasControl, hasLineBreak, hostileCorpus } from './support/hostileCorpus';
import { assertHtmlIsText, assertLatexIsText, assertMarkdownIsText } from './support/markupChecks';

const { index, problems } = hostileCorpus();
const source = (id: string) => index.sourceById.get(id) as Source;
const passage = (id: string) => index.passageById.get(id)!;
const HOSTILE_URL = 'https://x.example/a)[click](command:x)<img/src=x>\\input{secret.tex}';
const WRITTEN_URL = '<https://x.example/a%29%5Bclick%5D%28command:x%29%3Cimg/src=x%3E%5Cinput%7Bsecret.tex%7D>';
const NOTE_FORMS: CitationForm[] = ['note', 'short-note', 'bibliography'];
const IN_TEXT_FORMS: CitationForm[] = ['in-text', 'narrative', 'bibliography'];

/** The URLs a citation of these sources may print. */
function urlsOf(sources: readonly Source[]): string[] {
  return sources.flatMap((s) => [s.URL, s.DOI ? `https://doi.org/${s.DOI}` : undefined]).filter((u): u is string => !!u);
}

describe('the hostile corpus', () => {
  it('is a valid corpus file that loads without a problem', () => {
    assert.deepEqual(problems, []);
    assert.equal(index.corpus.sources.length, 3);
    assert.equal(index.corpus.passages.length, 3);
  });
});

describe('escaping: exact outputs for the hostile corpus', () => {
  it('writes a URL into Markdown as an autolink with its Markdown-special characters percent-encoded', () => {
    assert.equal(markdownUrl(HOSTILE_URL), WRITTEN_URL);
    assert.equal(markdownUrl('https://a.example/p q"\'*_`\u001b\u2028\u202e'), '<https://a.example/p%20q%22%27%2A%5F%60%1B%E2%80%A8%E2%80%AE>');
    assert.equal(markdownUrl('https://a.example/x?a=1&b=2#frag'), '<https://a.example/x?a=1&b=2#frag>');
  });

  it('writes a Chicago note in each markup with the title on one line and the URL inert', () => {
    const cite = (markup: Markup) => formatCitation({ source: source('hostile-link') }, { style: 'chicago-notes-bibliography', form: 'note', markup });
    assert.equal(cite('markdown'), `\u201cClick \\[Here\\](command:workbench.action.terminal.new) | a | B | \\$(Zap) \u202eEvil,\u201d January 2, 2020, ${WRITTEN_URL}.`);
    assert.equal(cite('latex'), '\u201cClick [Here](command:workbench.action.terminal.new) | a | B | \\$(Zap) \u202eEvil,\u201d January 2, 2020, https://x.example/a)[click](command:x)<img/src=x>\\textbackslash{}input\\{secret.tex\\}.');
    assert.equal(cite('html'), '\u201cClick [Here](command:workbench.action.terminal.new) | a | B | $(Zap) \u202eEvil,\u201d January 2, 2020, https://x.example/a)[click](command:x)&lt;img/src=x&gt;\\input{secret.tex}.');
    assert.equal(cite('plain'), `\u201cClick [Here](command:workbench.action.terminal.new) | a | B | $(Zap) \u202eEvil,\u201d January 2, 2020, ${HOSTILE_URL}.`);
  });

  it('inserts a footnote and a quotation into a CRLF essay without a bare LF or a break inside the note', () => {
    const essay = 'Essay words.\r\n\r\nMore.\r\n';
    const insert = (quotation?: string) =>
      applyEdits(essay, planCitation({ text: essay, eol: '\r\n' }, 'markdown', 11, { passage: passage('hostile-link-note'), quotation }, index, DEFAULT_CITATION_SETTINGS));
    const definition = `[^1]: \u201cClick \\[Here\\](command:workbench.action.terminal.new) | a | B | \\$(Zap) \u202eEvil,\u201d January 2, 2020, ${WRITTEN_URL}.\r\n`;
    assert.equal(insert(), `Essay words[^1].\r\n\r\nMore.\r\n\r\n${definition}`);
    assert.equal(
      insert(passage('hostile-link-note').text),
      `Essay words \u201cSee https\\://evil.example and www\\.evil.example \u202eevil\u202c \\$(zap) \\[\\^1\\]\u201d[^1].\r\n\r\nMore.\r\n\r\n${definition}`,
    );
  });

  it('exports BibTeX whose URL cannot close its field and whose text holds no brace of its own', () => {
    assert.equal(
      exportBibtex([source('hostile-link')]),
      '@online{hostile-link,\n  title = {{Click} [here](command:workbench.action.terminal.new) | a | b | \\$(zap) \u202eevil},\n  year = {2020},\n  month = {1},\n' +
        '  date = {2020-01-02},\n  url = {https://x.example/a)[click](command:x)%3Cimg/src=x%3E%5Cinput%7Bsecret.tex%7D}\n}\n',
    );
    const book = exportBibtex([source('hostile-book')]);
    assert.ok(book.includes('  volume = {3\\textbraceright{} @misc\\textbraceleft{}injected,},\n'), book);
    assert.ok(book.includes('  edition = {2\\textbraceright{}, note=\\textbraceleft{}x},\n'), book);
    assert.ok(book.includes('  pages = {12--[2J14},\n'), book);
    const web = exportBibtex([source('hostile-web')]);
    assert.ok(web.includes('  doi = {10.1000/x%7D%7D,note=%7B%5Cinput%7Bsecret%7D%7D%3Cb%3E%60$(zap)},\n'), web);
    assert.ok(web.includes(', {Jr. and Sons, \\$(zap)}, Eve '), 'a suffix holding "and" and a comma is braced, so it stays one name part');
  });
});

describe('escaping: every style, form and markup writes the hostile corpus as text', () => {
  const targets: { what: string; target: { source: Source; quotedIn?: Source } }[] = [
    ...index.corpus.sources.map((s) => ({ what: s.id, target: { source: s } })),
    ...index.corpus.passages.map((p) => ({ what: p.id, target: citationTarget(p, index)! })),
  ];
  for (const style of STYLES) {
    const forms = style.class === 'note' ? NOTE_FORMS : IN_TEXT_FORMS;
    it(`${style.id}: one line in every markup; Markdown, LaTeX and HTML show exactly the plain text`, () => {
      let checked = 0;
      for (const { what, target } of targets) {
        const urls = urlsOf([target.source, ...(target.quotedIn ? [target.quotedIn] : [])]);
        for (const form of forms) {
          for (const locator of [undefined, { label: 'page' as const, value: '99' }]) {
            const options = { style: style.id, form, locator };
            const about = `${style.id} ${form} ${what}`;
            const plain = formatCitation(target, { ...options, markup: 'plain' });
            if (plain === '') continue;
            const written = Object.fromEntries((['markdown', 'latex', 'html'] as const).map((m) => [m, formatCitation(target, { ...options, markup: m })]));
            for (const text of [plain, ...Object.values(written)]) assert.ok(!hasLineBreak(text), `${about}: no line break`);
            assertMarkdownIsText(written.markdown, plain, urls, about);
            assert.equal(assertLatexIsText(written.latex, about), plain, `${about}: LaTeX shows the plain text`);
            assert.equal(assertHtmlIsText(written.html, about), plain, `${about}: HTML shows the plain text`);
            checked++;
          }
        }
      }
      assert.ok(checked >= 30, `${checked} citations checked`);
    });
  }

  it('citePassage writes each passage as text too, with its page as the locator', () => {
    for (const p of index.corpus.passages) {
      const text = citePassage(p, index, { style: 'chicago-notes-bibliography', form: 'note', markup: 'markdown' });
      const plain = citePassage(p, index, { style: 'chicago-notes-bibliography', form: 'note', markup: 'plain' });
      const target = citationTarget(p, index)!;
      assertMarkdownIsText(text, plain, urlsOf([target.source, ...(target.quotedIn ? [target.quotedIn] : [])]), p.id);
    }
  });
});

describe('escaping: Markdown inserts of the hostile corpus', () => {
  const FORMATS: CitationFormat[] = ['footnote', 'inline', 'pandoc'];
  for (const eol of ['\n', '\r\n'] as const) {
    it(`adds no line of corpus text to a document with ${eol === '\n' ? 'LF' : 'CRLF'} line ends, in every format`, () => {
      const essay = `# Essay${eol}${eol}Words here.${eol}${eol}Last line.${eol}`;
      const offset = essay.indexOf('here') + 4;
      for (const format of FORMATS) {
        for (const style of STYLES) {
          for (const p of index.corpus.passages) {
            for (const quotation of [undefined, p.text]) {
              const settings = { ...DEFAULT_CITATION_SETTINGS, style: style.id, format };
              const edits = planCitation({ text: essay, eol }, 'markdown', offset, { passage: p, quotation }, index, settings);
              const after = applyEdits(essay, edits);
              const about = `${format} ${style.id} ${p.id}${quotation ? ' with its quotation' : ''}`;
              const lines = after.split(eol);
              for (const line of lines) assert.ok(!hasLineBreak(line), `${about}: only ${JSON.stringify(eol)} ends lines`);
              const added = lines.length - essay.split(eol).length;
              const footnote = format === 'footnote' && style.class === 'note';
              assert.equal(added, footnote ? 2 : 0, `${about}: ${footnote ? 'a blank line and the definition' : 'no line'} added`);
              assert.equal(lines.filter((l) => l.startsWith('[^1]: ')).length, footnote ? 1 : 0, `${about}: one footnote definition`);
            }
          }
        }
      }
    });
  }

  it('writes a Pandoc citation as the key alone', () => {
    const settings = { ...DEFAULT_CITATION_SETTINGS, format: 'pandoc' as const };
    const after = applyEdits('Words.', planCitation({ text: 'Words.', eol: '\n' }, 'markdown', 5, { passage: passage('hostile-passage') }, index, settings));
    assert.equal(after, 'Words [@hostile-book; quoted in @hostile-web].');
  });
});

describe('escaping: exports of the hostile corpus', () => {
  it('BibTeX: each entry parses back, brace by brace as BibTeX reads it, with its own fields only', () => {
    const bib = exportBibtex(index.corpus.sources);
    const entries = parseBibtex(bib);
    assert.deepEqual(entries.map((e) => e.key), index.corpus.sources.map((s) => s.id));
    assert.deepEqual(entries[1].fields.map(([k]) => k), ['author', 'editor', 'title', 'series', 'volume', 'pages', 'edition', 'publisher', 'address', 'note', 'year', 'date']);
    for (const entry of entries) {
      const s = source(entry.key);
      for (const [name, value] of entry.fields) {
        assert.ok(!hasLineBreak(value) && !hasControl(value, '\t\n\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c'), `${entry.key}.${name}: one line, no control character`);
        if (name === 'url') assert.equal(decodeURIComponent(value), s.URL);
        if (name === 'doi') assert.equal(decodeURIComponent(value), s.DOI);
      }
      const publisher = entry.fields.find(([k]) => k === 'publisher');
      if (publisher) assert.equal(unescapeLatex(publisher[1]), s.publisher?.replace(/\r\n|[\n\r\u2028\u2029]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, ''));
    }
  });

  it('CSL-JSON: parses back to the same items, every control and BiDi character written as \\uXXXX', () => {
    const json = exportCslJson(index.corpus.sources);
    assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(index.corpus.sources.map(toCslItem))));
    assert.ok(!hasControl(json), 'no raw control character');
    assert.ok(json.includes('\\u202e') && json.includes('\\u009b') && json.includes('\\u001b'));
  });
});

interface BibEntry {
  key: string;
  fields: [string, string][];
}

/** Reads BibTeX as BibTeX does: `@type{key,` then `name = {value}` fields, braces counted whatever precedes them. */
function parseBibtex(text: string): BibEntry[] {
  const entries: BibEntry[] = [];
  let i = 0;
  const skip = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  for (;;) {
    i = text.indexOf('@', i);
    if (i < 0) return entries;
    const head = /^@(\w+)\{([^,\s]+),/.exec(text.slice(i));
    assert.ok(head, `an entry head at ${text.slice(i, i + 30)}`);
    i += head[0].length;
    const entry: BibEntry = { key: head[2], fields: [] };
    for (;;) {
      skip();
      if (text[i] === '}') {
        i++;
        break;
      }
      const name = /^(\w+)\s*=\s*\{/.exec(text.slice(i));
      assert.ok(name, `a field at ${text.slice(i, i + 30)}`);
      i += name[0].length;
      let depth = 1;
      const start = i;
      for (; depth > 0; i++) {
        assert.ok(i < text.length, 'the field ends');
        if (text[i] === '{') depth++;
        else if (text[i] === '}') depth--;
      }
      entry.fields.push([name[1], text.slice(start, i - 1)]);
      skip();
      if (text[i] === ',') i++;
    }
    entries.push(entry);
  }
}

/** Undoes Annalist's BibTeX escapes. */
function unescapeLatex(value: string): string {
  return value
    .replace(/\\textbackslash\{\}/g, '\\')
    .replace(/\\textbraceleft\{\}/g, '{')
    .replace(/\\textbraceright\{\}/g, '}')
    .replace(/\\textasciitilde\{\}/g, '~')
    .replace(/\\textasciicircum\{\}/g, '^')
    .replace(/\\([&%$#_])/g, '$1');
}
