import type { Markup } from '../citation';
import { escapeHtml, escapeLatex, escapeMarkdown } from '../citation/markup';

/** Corpus text made safe to write into a document of the given markup: data, never markup. */
export function escapeText(text: string, markup: Markup): string {
  switch (markup) {
    case 'markdown':
      return escapeMarkdown(text);
    case 'latex':
      return escapeLatex(text);
    case 'html':
      return escapeHtml(text);
    case 'plain':
      return text;
  }
}
