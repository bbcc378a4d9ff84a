import type { Markup } from '../citation';
import { escapeHtml, escapeLatex, escapeMarkdown } from '../citation/markup';
import { flattenLineBreaks } from '../escape/lineBreaks';

/**
 * Corpus text made safe to write into a document of the given markup: data, never markup.
 * Line breaks become spaces in every markup, so the text cannot end a footnote or a
 * paragraph, start a block, or put LFs into a CRLF document.
 */
export function escapeText(text: string, markup: Markup): string {
  const line = flattenLineBreaks(text);
  switch (markup) {
    case 'markdown':
      return escapeMarkdown(line);
    case 'latex':
      return escapeLatex(line);
    case 'html':
      return escapeHtml(line);
    case 'plain':
      return line;
  }
}
