import { isNumberedLabel, parseMarkdownFootnotes } from './markdownFootnotes';

/** How many numbered footnote references (`[^3]`, not `[^note]`) a Markdown text has. */
export function numberedReferenceCount(text: string): number {
  return parseMarkdownFootnotes(text).references.filter((r) => isNumberedLabel(r.label)).length;
}

/**
 * Whether deleting `deleted` could have taken a footnote reference with it: only text holding
 * a bracket, a caret, a line break or a character that opens code, math, HTML or an escape
 * can remove a reference or turn one into literal text. Backspacing over words never needs
 * the document parsed again.
 */
export function mayRemoveReference(deleted: string): boolean {
  return /[[\]^\n\r`$<>\\~:]/.test(deleted);
}

/**
 * Whether an edit removed a numbered footnote reference: it replaced or deleted text
 * (`deleted`), and the text now has fewer numbered references than before. Typing, pasting
 * and Annalist's own inserts add references and never count.
 */
export function removedReference(before: number, after: number, deleted: boolean): boolean {
  return deleted && after < before;
}
