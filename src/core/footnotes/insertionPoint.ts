import type { MarkdownStructure, Span } from './markdownStructure';

/**
 * Where a new footnote reference goes when the cursor is at `offset`: there, when that is
 * prose outside any construct; otherwise the nearest place where it is a footnote call.
 * - inside a code span, math, HTML, a link, an escape or a reference's label (`[^1|2]`):
 *   right after that construct; never inside a run of backticks or dollars (which would
 *   make a new code span or math), nor after a backslash (which would escape it);
 * - inside a note (its label or its text), a code, math or HTML block, or between blocks: at
 *   the end of the paragraph or heading before it, else of the one after it (never in a note);
 * - in a text with no prose at all: a paragraph of its own at the start (`paragraph`).
 * The cursor never makes the insert fail.
 */
export function footnoteInsertionPoint(text: string, structure: MarkdownStructure, offset: number): { offset: number; paragraph: boolean } {
  let at = offset;
  for (const note of structure.definitions) {
    if (note.start >= at) break;
    if (at <= note.end) at = note.start;
  }
  for (const span of structure.inlineSpans) {
    if (span.start >= at) break;
    if (at < span.end) at = span.end;
  }
  while (at > 0 && at < text.length && text[at - 1] === text[at] && (text[at] === '`' || text[at] === '$')) at++;
  let backslashes = 0;
  while (text[at - 1 - backslashes] === '\\') backslashes++;
  if (backslashes % 2 === 1) at--;
  const prose = structure.prose;
  if (prose.some((p) => p.start <= at && at <= p.end)) return { offset: at, paragraph: false };
  const before = lastBefore(prose, at);
  if (before) return { offset: before.end, paragraph: false };
  const after = prose.find((p) => p.start >= at);
  if (after) return { offset: after.end, paragraph: false };
  return { offset: 0, paragraph: true };
}

function lastBefore(spans: readonly Span[], offset: number): Span | undefined {
  let found: Span | undefined;
  for (const span of spans) {
    if (span.end > offset) break;
    found = span;
  }
  return found;
}
