/**
 * Rendering of rich text into the four output markups. Corpus text is escaped for the target
 * markup; typographic quotation marks and dashes are kept as real Unicode characters.
 */
import { Rich, Run } from './rich';

/** The output markups. */
export type Markup = 'plain' | 'markdown' | 'latex' | 'html';

/** All markups, for option parsing. */
export const MARKUPS: readonly Markup[] = ['plain', 'markdown', 'latex', 'html'];

/**
 * Markdown: a backslash before every character that Markdown or Pandoc's Markdown could read
 * as syntax (emphasis, links, code, HTML, headings, footnotes, citations, math, sub/superscript).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#~^$@]/g, (c) => '\\' + c);
}

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

/** LaTeX: escapes the ten special characters `& % $ # _ { } ~ ^ \`. */
export function escapeLatex(text: string): string {
  return text.replace(/[\\&%$#_{}~^]/g, (c) => LATEX_ESCAPES[c]);
}

/** HTML: escapes `&`, `<`, `>` and `"`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** Merges adjacent runs of the same kind so that italics are opened and closed once. */
function merged(rich: Rich): Run[] {
  const out: Run[] = [];
  for (const r of rich) {
    if (!r.text) continue;
    const prev = out[out.length - 1];
    if (prev && prev.kind === r.kind) prev.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

/**
 * Renders rich text in a markup. URLs are printed verbatim in plain text and Markdown
 * (escaping would break them where they are auto-linked), escaped in LaTeX and HTML.
 */
export function render(rich: Rich, markup: Markup): string {
  return merged(rich)
    .map((r) => {
      switch (markup) {
        case 'plain':
          return r.text;
        case 'markdown':
          if (r.kind === 'url') return r.text;
          return r.kind === 'italic' ? `*${escapeMarkdown(r.text)}*` : escapeMarkdown(r.text);
        case 'latex':
          return r.kind === 'italic' ? `\\textit{${escapeLatex(r.text)}}` : escapeLatex(r.text);
        case 'html':
          return r.kind === 'italic' ? `<i>${escapeHtml(r.text)}</i>` : escapeHtml(r.text);
      }
    })
    .join('');
}
