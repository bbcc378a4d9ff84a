/**
 * Export of sources as CSL-JSON, for pandoc (`--citeproc`), Zotero and other CSL processors.
 */
import type { Source } from '../model';
import { escapedJson } from '../escape/json';

/** A CSL-JSON item. */
export type CslItem = { id: string; type: string } & Record<string, unknown>;

/**
 * A source as a standard CSL-JSON item. Annalist's `letter` is CSL's `personal_communication`,
 * and an empty title (a letter known by writer, recipient and date) is left out.
 */
export function toCslItem(source: Source): CslItem {
  const item: CslItem = { ...source, type: source.type === 'letter' ? 'personal_communication' : source.type };
  if (!source.title) delete item.title;
  for (const [k, v] of Object.entries(item)) if (v === undefined) delete item[k];
  return item;
}

/** The sources as a CSL-JSON array, pretty-printed, in the given order; control and bidirectional characters written as `\uXXXX`. */
export function exportCslJson(sources: readonly Source[]): string {
  return escapedJson(sources.map(toCslItem)) + '\n';
}
