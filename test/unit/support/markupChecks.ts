import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { markdownUrl } from '../../../src/core/escape/markdownUrl';

const commonmark = new MarkdownIt('commonmark', { html: true });
const linkifying = new MarkdownIt('default', { html: true, linkify: true });

/**
 * Checks that Markdown written from corpus text is one paragraph of text and emphasis, whose
 * only links are autolinks to `urls`, and whose text is `plain` (the same citation in plain
 * text) without the URLs — parsed by markdown-it, a CommonMark parser, and again with linkify
 * (bare URLs, as GFM renderers link them). No HTML, image, code, heading, list, table, block
 * quotation, line break or link of the corpus's own can pass.
 */
export function assertMarkdownIsText(markdown: string, plain: string, urls: readonly string[], what: string): void {
  const linked = linkifying.parseInline(markdown, {})[0].children ?? [];
  const hrefsLinked = linked.filter((t) => t.type === 'link_open').map((t) => t.attrGet('href'));
  assert.equal(hrefsLinked.length, urls.filter((u) => markdown.includes(markdownUrl(u))).length, `${what}: with linkify, no link but the URL's own\n${markdown}`);
  const tokens = commonmark.parse(markdown, {});
  assert.deepEqual(tokens.map((t) => t.type), ['paragraph_open', 'inline', 'paragraph_close'], `${what}: one paragraph\n${markdown}`);
  const hrefs = urls.map((u) => commonmark.normalizeLink(markdownUrl(u).slice(1, -1)));
  let text = '';
  let inLink = false;
  for (const token of tokens[1].children ?? []) {
    if (token.type === 'link_open') {
      assert.equal(token.markup, 'autolink', `${what}: only autolinks\n${markdown}`);
      assert.ok(hrefs.includes(token.attrGet('href') ?? ''), `${what}: the link goes to the source's URL, not ${token.attrGet('href')}`);
      inLink = true;
    } else if (token.type === 'link_close') inLink = false;
    else if (token.type === 'text') text += inLink ? '' : token.content;
    else assert.ok(token.type === 'em_open' || token.type === 'em_close', `${what}: no ${token.type} from corpus text\n${markdown}`);
  }
  let expected = plain;
  for (const url of urls) expected = expected.split(url).join('');
  assert.equal(text.trim(), expected.trim(), `${what}: the reader sees the corpus text as written`);
}

const LATEX_COMMANDS = new Set(['textbackslash{}', 'textasciitilde{}', 'textasciicircum{}', 'textit{']);

/**
 * Checks that LaTeX written from corpus text holds no unescaped special: every backslash starts
 * `\&`-style escapes or one of Annalist's own commands, braces are balanced, and `& % $ # _ ^ ~`
 * appear only escaped. Returns the text with escapes undone, to compare with the plain form.
 */
export function assertLatexIsText(latex: string, what: string): string {
  let depth = 0;
  let text = '';
  for (let i = 0; i < latex.length; i++) {
    const c = latex[i];
    if (c === '\\') {
      const next = latex[i + 1];
      if ('&%$#_{}'.includes(next)) {
        text += next;
        i++;
        continue;
      }
      const command = [...LATEX_COMMANDS].find((k) => latex.startsWith(k, i + 1));
      assert.ok(command, `${what}: unknown command at ${latex.slice(i, i + 20)}`);
      if (command === 'textit{') depth++;
      else text += command === 'textbackslash{}' ? '\\' : command === 'textasciitilde{}' ? '~' : '^';
      i += command.length;
      continue;
    }
    assert.ok(!'&%$#_^~{'.includes(c), `${what}: unescaped ${c} in ${latex.slice(Math.max(0, i - 20), i + 5)}`);
    if (c === '}') {
      depth--;
      assert.ok(depth >= 0, `${what}: unbalanced brace`);
    } else text += c;
  }
  assert.equal(depth, 0, `${what}: braces balanced`);
  return text;
}

/** Checks that HTML holds no tag but `<i>` and no bare `&`; returns its text with entities decoded. */
export function assertHtmlIsText(html: string, what: string): string {
  const bare = html.split('<i>').join('').split('</i>').join('');
  assert.ok(!/[<>]/.test(bare), `${what}: no tag from corpus text`);
  assert.ok(!/&(?!amp;|lt;|gt;|quot;)/.test(bare), `${what}: no bare ampersand`);
  return bare.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
