import type { JsonPath } from '../corpus/fieldPath';
import { validateRecord } from '../corpus/recordValidators';
import type { Source } from '../model';

/** A problem an import found in one source, at a path of the Source it built. */
export interface ImportProblem {
  path: JsonPath;
  message: string;
  severity: 'error' | 'warning';
}

/** Fields without which a source cannot be cited; a source missing one is left out. */
const ESSENTIAL = new Set(['id', 'type', 'title']);

/**
 * Checks an imported source against the sources schema. A field that breaks the schema is
 * left out with a warning, so that one odd field (a URL without `http`, an empty volume) does
 * not cost the whole source; only a bad id, type or title leaves the source out.
 */
export function finishSource(draft: Record<string, unknown>): { source?: Source; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  for (let round = 0; round < 4; round++) {
    const violations = validateRecord('sources', draft);
    if (violations.length === 0) return { source: draft as unknown as Source, problems };
    const fatal = violations.filter((v) => v.path.length === 0 || ESSENTIAL.has(String(v.path[0])));
    if (fatal.length > 0) {
      for (const v of fatal) problems.push({ path: v.path, message: v.message, severity: 'error' });
      return { problems };
    }
    const dropped = new Set<string>();
    for (const v of violations) {
      const field = String(v.path[0]);
      if (dropped.has(field)) continue;
      dropped.add(field);
      problems.push({ path: v.path, message: `${v.message}; the field is left out`, severity: 'warning' });
      delete draft[field];
    }
  }
  return { problems: [...problems, { path: [], message: 'could not be made valid', severity: 'error' }] };
}

/**
 * An id for a citation key. Keys as Zotero and Better BibTeX make them are used as they are
 * (`szalontaiYouHaveNo2003`, `szalontai_you_2003`): passages name their source by that key.
 * Zotero's own CSL-JSON ids are item URIs (`http://zotero.org/users/…/items/ABCD2345`); their
 * last part, the item key, is used.
 */
export function keyToId(key: string): string {
  const zotero = /\/items\/([A-Za-z0-9]+)$/.exec(key);
  return zotero ? zotero[1] : key.trim();
}
