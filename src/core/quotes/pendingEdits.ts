/**
 * The edits an editor makes between two checks of a document, gathered into the one change the
 * checker takes (`DocumentQuoteChecker.update(text, change)`), so that a burst of keystrokes
 * within the debounce still re-checks only the paragraphs around them.
 */
import type { TextChange } from './checker';

/** One edit as an editor reports it: `[offset, offset + length)` of the text before it became `text`. */
export interface EditorChange {
  offset: number;
  length: number;
  text: string;
}

/**
 * The edits since the last check as one span: `[start, end)` of the checked text became
 * `[start, newEnd)` of the current text. `all` when they could not be combined.
 */
export type PendingEdits = { start: number; end: number; newEnd: number } | 'all' | undefined;

/**
 * Adds the changes of one editor event to the pending edits. The changes of one event are in
 * offsets of the text before the event and do not overlap (VS Code's `contentChanges`, several
 * for a multi-cursor edit); applied from the last to the first, each stays valid.
 */
export function addEdits(pending: PendingEdits, changes: readonly EditorChange[]): PendingEdits {
  if (pending === 'all') return 'all';
  const sorted = [...changes].sort((a, b) => b.offset - a.offset);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].offset + sorted[i].length > sorted[i - 1].offset) return 'all';
  }
  let combined = pending;
  for (const c of sorted) {
    const start = c.offset;
    const end = c.offset + c.length;
    const newEnd = start + c.text.length;
    if (!combined) {
      combined = { start, end, newEnd };
      continue;
    }
    // `combined` maps the checked text to the text before this change; `c` edits the latter.
    const before = Math.max(combined.newEnd, end);
    combined = { start: Math.min(combined.start, start), end: before - (combined.newEnd - combined.end), newEnd: before + (newEnd - end) };
  }
  return combined;
}

/** The pending edits as the checker's change, given the current text; undefined for `all` or none. */
export function pendingChange(pending: PendingEdits, text: string): TextChange | undefined {
  return pending && pending !== 'all' ? { start: pending.start, end: pending.end, text: text.slice(pending.start, pending.newEnd) } : undefined;
}
