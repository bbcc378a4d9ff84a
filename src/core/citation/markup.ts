/**
 * Rendering of rich text into the four output markups. Corpus text is escaped for the target
 * markup; typographic quotation marks and dashes are kept as real Unicode characters.
 *
 * Functions are written `const f = (function f(…) {…})`: V8 compiles a parenthesized function
 * when the module loads instead of on its first call, so the first citation does not wait for
 * the compiler (ARCHITECTURE.md, "The first citation").
 */
import { flattenLineBreaks } from '../escape/lineBreaks';
import { markdownUrl } from '../escape/markdownUrl';
import { Rich, Run } from './rich';

/** The output markups. */
export type Markup = 'plain' | 'markdown' | 'latex' | 'html';

/** All markups, for option parsing. */
export const MARKUPS: readonly Markup[] = ['plain', 'markdown', 'latex', 'html'];

/** Escapes each character of `text` found in `specials` with `escape`; text without any is returned as is. */
const escapeChars = (function escapeChars(text: string, specials: string, escape: (c: string) => string): string {
  // Most text has none: one native search per special character is quicker than a loop over the text.
  let k = 0;
  while (k < specials.length && !text.includes(specials[k])) k++;
  if (k === specials.length) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (specials.includes(text[i])) {
      out += text.slice(from, i) + escape(text[i]);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
});

const backslashed = (function backslashed(c: string): string {
  return '\\' + c;
});

/**
 * Breaks the bare URLs (`https://…`) and `www.` addresses that GFM renderers, markdown-it's
 * linkify and VS Code's preview turn into links: `\\://` and `www\\.` read as the same text.
 */
const unlinked = (function unlinked(text: string): string {
  const out = text.includes('://') ? text.split('://').join('\\://') : text;
  let result = '';
  let from = 0;
  for (let at = 0; at + 3 < out.length; at++) {
    if (isW(out, at) && isW(out, at + 1) && isW(out, at + 2) && out[at + 3] === '.') {
      result += out.slice(from, at + 3) + '\\.';
      from = at + 4;
      at += 3;
    }
  }
  return from === 0 ? out : result + out.slice(from);
});

/** True where the text has a `w` or `W` (compared by code, so no case mapping shifts offsets). */
const isW = (function isW(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 0x77 || code === 0x57;
});

/**
 * Markdown: a backslash before every character that Markdown or Pandoc's Markdown could read
 * as syntax (emphasis, links, code, HTML, entities, headings, footnotes, citations, math,
 * sub/superscript), and before the `:` of `://` and the `.` of `www.`, which renderers with
 * bare-URL autolinks would otherwise link.
 */
export const escapeMarkdown = (function escapeMarkdown(text: string): string {
  return unlinked(escapeChars(text, '\\`*_[]<>#~^$@&', backslashed));
});

const LATEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '{': '\\{',
  '}': '\\}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

const latexEscape = (function latexEscape(c: string): string {
  return LATEX_ESCAPES[c];
});

/** LaTeX: escapes the ten special characters `& % $ # _ { } ~ ^ \`. */
export const escapeLatex = (function escapeLatex(text: string): string {
  return escapeChars(text, '\\&%$#_{}~^', latexEscape);
});

const htmlEscape = (function htmlEscape(c: string): string {
  return c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;';
});

/** HTML: escapes `&`, `<`, `>` and `"`. */
export const escapeHtml = (function escapeHtml(text: string): string {
  return escapeChars(text, '&<>"', htmlEscape);
});

/** How one run (merged with its neighbours of the same kind) is written in a markup. */
type RunRenderer = (text: string, kind: Run['kind']) => string;

const plainRun = (function plainRun(text: string): string {
  return text;
});

/** Markdown: italics between asterisks; URLs as autolinks `<…>` that nothing in them can break out of. */
const markdownRun = (function markdownRun(text: string, kind: Run['kind']): string {
  if (kind === 'url') return markdownUrl(text);
  return kind === 'italic' ? `*${escapeMarkdown(text)}*` : escapeMarkdown(text);
});

const latexRun = (function latexRun(text: string, kind: Run['kind']): string {
  return kind === 'italic' ? `\\textit{${escapeLatex(text)}}` : escapeLatex(text);
});

const htmlRun = (function htmlRun(text: string, kind: Run['kind']): string {
  return kind === 'italic' ? `<i>${escapeHtml(text)}</i>` : escapeHtml(text);
});

const RENDERERS = new Map<string, RunRenderer>([['plain', plainRun], ['markdown', markdownRun], ['latex', latexRun], ['html', htmlRun]]);

/**
 * Renders rich text in a markup. Adjacent runs of the same kind are merged first, so that
 * italics are opened and closed once. Line breaks in corpus text become spaces in every
 * markup. URLs are printed verbatim in plain text, as autolinks in Markdown, escaped in LaTeX
 * and HTML.
 */
export const render = (function render(rich: Rich, markup: Markup): string {
  const renderRun = RENDERERS.get(markup);
  if (!renderRun) return '';
  let out = '';
  let text = '';
  let kind: Run['kind'];
  for (let i = 0; i < rich.length; i++) {
    const r = rich[i];
    if (!r.text) continue;
    if (text && r.kind === kind) {
      text += r.text;
      continue;
    }
    if (text) out += renderRun(flattenLineBreaks(text), kind);
    text = r.text;
    kind = r.kind;
  }
  return text ? out + renderRun(flattenLineBreaks(text), kind) : out;
});
