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

/** What one update did, for tests and logs, and the slot of each passage in corpus order. */
export interface UpdateStats {
  added: number;
  removed: number;
  reindexed: number;
  slots: Int32Array;
}

export function applyUpdate(index: InvertedIndex, old: CorpusIndex, next: CorpusIndex): UpdateStats {
  const passages = next.corpus.passages;
  const stats: UpdateStats = { added: 0, removed: 0, reindexed: 0, slots: new Int32Array(passages.length) };
  const changedSources = changedKeys(old.sourceById, next.sourceById, (s) => sourceText(s));
  const changedThemes = changedKeys(old.themeById, next.themeById, (t) => themeText(t.id, t));
  index.forget(changedSources, changedThemes);

  let kept = 0;
  const fresh: number[] = [];
  passages.forEach((passage, i) => {
    const slot = index.slotOf(passage.id);
    if (slot === undefined) {
      fresh.push(i);
      return;
    }
    kept++;
    const indexed = index.passages[slot];
    const changed =
      (indexed !== passage && !sameSearchData(indexed as Passage, passage)) ||
      changedSources.has(passage.source) ||
      passage.themes.some((t) => changedThemes.has(t));
    if (changed) {
      index.remove(passage.id);
      fresh.push(i);
      stats.reindexed++;
    } else {
      if (indexed !== passage) index.replaceObject(slot, passage);
      stats.slots[i] = slot;
    }
  });
  if (kept < index.size + stats.reindexed) {
    // Some indexed passages are gone; only now is it worth listing the ids.
    const present = new Set(passages.map((p) => p.id));
    for (const id of index.ids()) {
      if (!present.has(id)) {
        index.remove(id);
        stats.removed++;
      }
    }
  }
  for (const i of fresh) stats.slots[i] = index.add(passages[i], next);
  stats.added = fresh.length - stats.reindexed;
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
