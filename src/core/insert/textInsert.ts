/** Text to insert at a character offset of a document; applied together as one edit. */
export interface TextInsert {
  offset: number;
  text: string;
}

/**
 * Merges inserts that fall on the same offset, in the order given, so that applying them
 * in any order gives the same document.
 */
export function mergeInserts(inserts: readonly TextInsert[]): TextInsert[] {
  const merged: TextInsert[] = [];
  for (const insert of [...inserts].sort((a, b) => a.offset - b.offset)) {
    const last = merged[merged.length - 1];
    if (last && last.offset === insert.offset) last.text += insert.text;
    else merged.push({ ...insert });
  }
  return merged;
}

/** Applies inserts to a text; used by tests and the CLI to preview an edit. */
export function applyInserts(text: string, inserts: readonly TextInsert[]): string {
  let out = '';
  let at = 0;
  for (const insert of mergeInserts(inserts)) {
    out += text.slice(at, insert.offset) + insert.text;
    at = insert.offset;
  }
  return out + text.slice(at);
}
