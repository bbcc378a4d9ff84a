/**
 * Brings an index up to date with a changed corpus without rebuilding it: only passages that
 * were added, removed or changed — in themselves, in their source's or themes' words — are
 * indexed again. Passages are compared by object first, then by what the search reads from
 * them, so a corpus loaded again from unchanged files re-indexes nothing. A passage object
 * changed in place cannot be told from its old self and is not noticed: pass new objects.
 */
import type { CorpusIndex, Passage } from '../model';
import { sameSearchData, sourceText, themeText } from './fields';
import type { InvertedIndex } from './invertedIndex';

/** What one update did, for tests and logs. */
export interface UpdateStats {
  added: number;
  removed: number;
  reindexed: number;
}

export function applyUpdate(index: InvertedIndex, old: CorpusIndex, next: CorpusIndex): UpdateStats {
  const stats: UpdateStats = { added: 0, removed: 0, reindexed: 0 };
  const changedSources = changedKeys(old.sourceById, next.sourceById, (s) => sourceText(s));
  const changedThemes = changedKeys(old.themeById, next.themeById, (t) => themeText(t.id, t));
  index.forget(changedSources, changedThemes);

  const seen = new Set<string>();
  for (const passage of next.corpus.passages) {
    seen.add(passage.id);
    const slot = index.slotOf(passage.id);
    if (slot === undefined) {
      index.add(passage, next);
      stats.added++;
      continue;
    }
    const indexed = index.passages[slot];
    const changed =
      (indexed !== passage && !sameSearchData(indexed as Passage, passage)) ||
      changedSources.has(passage.source) ||
      passage.themes.some((t) => changedThemes.has(t));
    if (changed) {
      index.remove(passage.id);
      index.add(passage, next);
      stats.reindexed++;
    } else if (indexed !== passage) {
      index.replaceObject(slot, passage);
    }
  }
  for (const id of index.ids()) {
    if (!seen.has(id)) {
      index.remove(id);
      stats.removed++;
    }
  }
  return stats;
}

/** Keys whose searchable text differs between two maps, or that one of them lacks. */
function changedKeys<T>(
  old: ReadonlyMap<string, T>,
  next: ReadonlyMap<string, T>,
  text: (value: T) => string,
): Set<string> {
  const changed = new Set<string>();
  for (const [key, value] of next) {
    const before = old.get(key);
    if (before !== value && (before === undefined || text(before) !== text(value))) changed.add(key);
  }
  for (const key of old.keys()) if (!next.has(key)) changed.add(key);
  return changed;
}
