import type { CorpusIndex } from '../core/model';
import type { PassageSearch } from '../core/search';
import type { Slicer } from './loadSlicer';

/** How many new or changed passages one step of a search update indexes. */
const PASSAGES_PER_UPDATE = 500;

/**
 * Brings the search up to date with `update` (which re-indexes only what changed). A file of
 * thousands of new passages is let in a few hundred at a time, pausing between, so that even
 * a large import does not hold the extension host while the index grows.
 */
export async function updateSearch(search: PassageSearch, previous: CorpusIndex, next: CorpusIndex, slicer: Slicer): Promise<void> {
  const fresh = new Map<string, number>();
  for (const p of next.corpus.passages) if (previous.passageById.get(p.id) !== p) fresh.set(p.id, fresh.size);
  // The intermediate corpora share the lookups of the final one: the search reads only the passage list.
  for (let admitted = PASSAGES_PER_UPDATE; admitted < fresh.size; admitted += PASSAGES_PER_UPDATE) {
    const passages = next.corpus.passages.filter((p) => (fresh.get(p.id) ?? -1) < admitted);
    search.update({ ...next, corpus: { ...next.corpus, passages } });
    await slicer.pause();
  }
  search.update(next);
}
