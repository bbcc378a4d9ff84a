/**
 * A change to a document: replace `start`–`end` (character offsets of the original text) by
 * `text`. An insertion has start equal to end. A command's edits are applied together as one
 * edit, so one Undo takes them all back.
 */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** An insertion at `offset`. */
export function insertAt(offset: number, text: string): TextEdit {
  return { start: offset, end: offset, text };
}

/**
 * Sorts edits and merges insertions that fall on the same offset, in the order given, so
 * that applying them in any order gives the same document. Overlapping replacements are an
 * error in the planner that made them.
 */
export function mergeEdits(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  const merged: TextEdit[] = [];
  for (const { start, end, text } of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.start === start && last.end === start && end === start) last.text += text;
    else if (last && start < last.end) throw new Error(`Overlapping edits at ${start}`);
    else merged.push({ start, end, text });
  }
  return merged;
}

/** Applies edits to a text; used by tests and the CLI to preview a change. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of mergeEdits(edits)) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}
