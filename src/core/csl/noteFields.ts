/**
 * Variables written in an item's `note` field, one `name: value` per line (the convention
 * Zotero and citeproc-js read, e.g. `original-date: 1850`), applied where the item does not
 * set the variable itself. Dates become raw dates, names "Family || Given" name lists.
 */
import type { CslItem } from './types';
import { DATE_VARIABLES, NAME_VARIABLES } from './variables';

const LINE = /^\s*([a-z][a-z-]*)\s*:\s*(.+?)\s*$/;

/** The item with the variables its note names filled in (unchanged when there are none). */
export function applyNoteFields(item: CslItem): CslItem {
  if (typeof item.note !== 'string' || !item.note.includes(':')) return item;
  let out: CslItem | undefined;
  for (const line of item.note.split(/\r?\n/)) {
    const m = LINE.exec(line);
    if (!m) continue;
    const [, key, value] = m;
    if (key === 'type' || key === 'id' || item[key] !== undefined) continue;
    out ??= { ...item };
    if (DATE_VARIABLES.has(key)) out[key] = { raw: value };
    else if (NAME_VARIABLES.has(key)) {
      const [family, given] = value.split('||').map((s) => s.trim());
      const list = Array.isArray(out[key]) ? (out[key] as unknown[]) : [];
      out[key] = [...list, given ? { family, given } : { literal: family }];
    } else out[key] = value;
  }
  return out ?? item;
}
