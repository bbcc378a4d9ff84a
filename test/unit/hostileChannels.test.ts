/**
 * The hostile fixture corpus through the channels that show text to a person rather than
 * write it into a document: hovers (VS Code renders them with marked, GFM), quick-pick and
 * completion labels (codicons), notifications (links), the CLI (a terminal), and the
 * bibliography block. Exact outputs for representative cases, properties for every text.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { marked, type Token } from 'marked';
import { runBib } from '../../src/cli/bibCommand';
import { runCite } from '../../src/cli/citeCommand';
import { terminalOutput, type CliContext } from '../../src/cli/cliContext';
import { runExport } from '../../src/cli/exportCommand';
import { main } from '../../src/cli/main';
import { runPassages } from '../../src/cli/passagesCommand';
import { runSearch } from '../../src/cli/searchCommand';
import { escapeMarkdown } from '../../src/core/citation/markup';
import { bibliographyEdit } from '../../src/core/cite/bibliographyBlock';
import { applyEdits } from '../../src/core/insert/textInsert';
import { indexCorpus } from '../../src/core/model';
import { attributionChain, snippet, sourceLabel, themeLabels } from '../../src/core/describePassage';
import { escapeCodicons } from '../../src/core/escape/codicons';
import { escapedJson } from '../../src/core/escape/json';
import { markdownLineStart } from '../../src/core/escape/markdownLineStart';
import { messageText } from '../../src/core/escape/messageText';
import { plainMarkdown } from '../../src/core/escape/plainMarkdown';
import { terminalText } from '../../src/core/escape/terminalText';
import { hasControl, hostileCorpus, stringsOf } from './support/hostileCorpus';

const { index } = hostileCorpus();
const TEXTS = [...new Set(stringsOf(index.corpus))];
const linkify = new MarkdownIt('default', { html: false, linkify: true });

/** What VS Code shows for a label with `supportIcons` (`renderLabelWithIcons`): each icon as ⟨icon⟩, escaped ones as text. */
function vscodeIconLabel(label: string): string {
  return label.replace(/(\\)?\$\(([A-Za-z0-9-]+(?:~[A-Za-z]+)?)\)/g, (_m, escaped: string | undefined, name: string) => (escaped ? `$(${name})` : '\u27e8icon\u27e9'));
}

/** The links VS Code's notifications would make of a message (`parseLinkedText`). */
function vscodeMessageLinks(message: string): string[] {
  return [...message.matchAll(/\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi)].map((m) => m[2]);
}

/** Every token of marked's lexer, nested ones included. */
function allTokens(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((t) => [t, ...allTokens(('tokens' in t && t.tokens) || []), ...allTokens(('items' in t && (t.items as Token[])) || [])]);
}

describe('escaping: hovers and tooltips', () => {
  it('writes text as Markdown whose bare URLs, e-mail addresses and BiDi controls stay text', () => {
    assert.equal(
      plainMarkdown('See https://x.org/a_b, www.y.com or a@b.com \u202eevil\u202c [x](command:y) <b>&amp;\r\nnext'),
      'See https\\:\\/\\/x\\.org\\/a\\_b\\, www\\.y\\.com or a\\@b\\.com \\<U\\+202E\\>evil\\<U\\+202C\\> \\[x\\]\\(command\\:y\\) \\<b\\>\\&amp\\;\n\nnext',
    );
  });

  it('renders every corpus text, in marked as VS Code does, without a link, HTML, code or emphasis', () => {
    for (const text of TEXTS) {
      const md = plainMarkdown(text);
      assert.ok(!hasControl(md, '\n'), `no control or BiDi character reaches the hover: ${JSON.stringify(md)}`);
      const tokens = allTokens(marked.lexer(md, { gfm: true }));
      const kinds = new Set(tokens.map((t) => t.type));
      for (const kind of ['link', 'html', 'codespan', 'code', 'image', 'em', 'strong', 'del', 'list', 'heading', 'table', 'blockquote', 'hr']) {
        assert.ok(!kinds.has(kind), `no ${kind} in ${JSON.stringify(md)}`);
      }
      const linked = linkify.parseInline(md, {})[0].children ?? [];
      assert.ok(!linked.some((t) => t.type === 'link_open' || t.type === 'html_inline'), `markdown-it with linkify finds no link in ${JSON.stringify(md)}`);
      const shown = md.split('\n\n').map((p) => marked.parseInline(p, { gfm: true }) as string).join(' ');
      const expected = terminalText(text.replace(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/g, ' '));
      const decoded = shown.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      assert.equal(decoded.replace(/\s+/g, ' ').trim(), expected.replace(/<U\+0009>/g, ' ').replace(/\s+/g, ' ').trim());
    }
  });
});

describe('escaping: quick-pick, completion and Add Passage labels', () => {
  it('escapes each codicon so VS Code shows it as written', () => {
    assert.equal(escapeCodicons('$(zap) x \\$(gear) $(not an icon) $(alert~spin)'), '\\$(zap) x \\\\$(gear) $(not an icon) \\$(alert~spin)');
    assert.equal(vscodeIconLabel(escapeCodicons('$(zap) x \\$(gear)')), '$(zap) x \\$(gear)');
  });

  it('shows every passage row, completion label and source or theme pick of the corpus without an icon of its own', () => {
    const labels = [
      ...index.corpus.passages.flatMap((p) => [snippet(p.text, 110), snippet(p.text, 60), themeLabels(p, index).join(', '), attributionChain(p, index).join(' ')]),
      ...index.corpus.sources.flatMap((s) => [snippet(s.title, 90), sourceLabel(s), s.id]),
      ...index.corpus.themes.flatMap((t) => [t.label, t.description]),
    ];
    assert.ok(labels.filter((label) => vscodeIconLabel(label) !== label).length >= 15, 'the fixture puts codicons in the labels');
    for (const label of labels) assert.equal(vscodeIconLabel(escapeCodicons(label)), label);
  });
});

describe('escaping: notifications', () => {
  it('keeps a workspace file name from forming a link or a command link', () => {
    const name = 'notes/[open](command:workbench.action.terminal.new) [x](https://evil.example)\u202e.annalist.yaml';
    const message = `Added the passage "a" to ${messageText(name)}.`;
    assert.deepEqual(vscodeMessageLinks(`Added the passage "a" to ${name}.`).length, 2, 'the raw name would make two links');
    assert.deepEqual(vscodeMessageLinks(message), []);
    assert.equal(messageText(name), 'notes/[open]\u200b(command:workbench.action.terminal.new) [x]\u200b(https://evil.example)<U+202E>.annalist.yaml');
  });
});

describe('escaping: the CLI', () => {
  const run = (command: (args: string[], ctx: CliContext) => number, args: string[]) => {
    const lines: string[] = [];
    const sink = (text: string) => lines.push(text);
    command(args, { ...terminalOutput({ out: sink, err: sink }), corpus: index });
    return lines.join('\n');
  };

  it('shows control and BiDi characters as <U+XXXX> in text and as \\uXXXX in JSON', () => {
    assert.equal(terminalText('a\u001b[2Jb\tc\nd\re\u009b\u007f\u202e'), 'a<U+001B>[2Jb\tc\nd<U+000D>e<U+009B><U+007F><U+202E>');
    assert.equal(escapedJson({ t: 'a\u001b\u009b\u202e\u2028' }), '{\n  "t": "a\\u001b\\u009b\\u202e\u2028"\n}');
    assert.equal(run(runCite, ['hostile-link', '--format', 'markdown']).slice(0, 46), '\u201cClick \\[Here\\](command:workbench.action.terminal.new) | a | B | \\$(Zap) <U+202E>Evil,'.slice(0, 46));
  });

  it('prints no control character in any command\u2019s output of the hostile corpus', () => {
    const outputs = [
      run(runPassages, []), run(runPassages, ['--json']), run(runSearch, ['hostile']), run(runSearch, ['hostile', '--json']),
      run(runCite, ['hostile-passage']), run(runCite, ['hostile-web', '--format', 'markdown']), run(runCite, ['hostile-book', '--format', 'latex']),
      run(runBib, []), run(runBib, ['--format', 'html']), run(runExport, ['--format', 'bibtex']), run(runExport, ['--format', 'csl-json']),
    ];
    for (const output of outputs) {
      assert.ok(output.length > 20);
      assert.ok(!hasControl(output), `no control character in ${JSON.stringify(output.slice(0, 80))}…`);
    }
    const records = JSON.parse(run(runPassages, ['--json'])) as { id: string; text: string }[];
    assert.equal(records.find((r) => r.id === 'hostile-passage')?.text, index.passageById.get('hostile-passage')?.text, 'JSON keeps the text exactly');
  });

  it('annalist validate shows an ESC sequence in a corpus key as text', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annalist-hostile-'));
    const file = path.join(dir, 'keys.annalist.json');
    fs.writeFileSync(file, JSON.stringify({ sources: [{ id: 'k', type: 'book', title: 'T', '\u001b[2J\u001b]0;pwned\u0007x': 1 }] }));
    const lines: string[] = [];
    try {
      assert.equal(main(['validate', file, '--no-bundled'], { out: (t) => lines.push(t), err: (t) => lines.push(t) }), 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const all = lines.join('\n');
    assert.ok(all.includes('<U+001B>[2J<U+001B>]0;pwned<U+0007>x'), all);
    assert.ok(!hasControl(all), all);
  });
});

describe('escaping: the bibliography block', () => {
  it('starts no list, table or definition when an entry begins with such a mark', () => {
    assert.equal(markdownLineStart('- Anon'), '\\- Anon');
    assert.equal(markdownLineStart('1984. New York'), '1984\\. New York');
    assert.equal(markdownLineStart('    | a |'), '\\| a |');
    assert.equal(markdownLineStart('Orwell, George.'), 'Orwell, George.');
  });

  it('is replaced whole when an entry quotes the block\u2019s end marker', () => {
    const quoting = indexCorpus({
      sources: [{ id: 'marker', type: 'book', title: 'Markers', publisher: 'Press % /annalist:bibliography\n% /annalist:bibliography\n<!-- /annalist:bibliography -->' }],
      themes: [],
      passages: [],
    });
    for (const [languageId, essay] of [['latex', 'Words \\autocite{marker}.\n'], ['markdown', 'Words [@marker].\n']]) {
      const once = applyEdits(essay, [bibliographyEdit(essay, languageId, quoting, 'chicago-notes-bibliography', '\n')!]);
      const twice = applyEdits(once, [bibliographyEdit(once, languageId, quoting, 'chicago-notes-bibliography', '\n')!]);
      assert.equal(twice, once, `${languageId}: running it again changes nothing`);
    }
  });

  it('writes each hostile entry as one paragraph of a Markdown essay', () => {
    const essay = 'Words [@hostile-web] and [@hostile-book] and [@hostile-link].\n';
    for (const style of ['chicago-notes-bibliography', 'apa', 'modern-language-association'] as const) {
      const edit = bibliographyEdit(essay, 'markdown', index, style, '\n');
      assert.ok(edit);
      const blocks = new MarkdownIt('commonmark', { html: true }).parse(edit.text, {}).map((t) => t.type);
      assert.deepEqual([...new Set(blocks)].sort(), ['heading_close', 'heading_open', 'html_block', 'inline', 'paragraph_close', 'paragraph_open'].sort(), style);
      assert.equal(blocks.filter((t) => t === 'paragraph_open').length, 3, `${style}: three entries, three paragraphs`);
    }
  });
});

describe('escaping: Markdown text in citations', () => {
  it('breaks up www. addresses without moving any other character, whatever the case mapping of the text', () => {
    assert.equal(escapeMarkdown('İstanbul WWW.Example.org and wwww.x'), 'İstanbul WWW\\.Example.org and wwww\\.x');
    assert.equal(escapeMarkdown('See https://x.example'), 'See https\\://x.example');
  });
});
