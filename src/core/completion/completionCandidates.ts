import type { CorpusIndex, Passage, Source } from '../model';
import type { PassageSearch } from '../search';

/** A completion: a passage found by the search, or a source whose key or author was typed. */
export type CompletionCandidate = { kind: 'passage'; passage: Passage } | { kind: 'source'; source: Source };

/**
 * The candidates for a typed query, best first: sources whose key, author or title starts
 * with the query, then passages in the search's ranking.
 */
export function completionCandidates(index: CorpusIndex, search: PassageSearch, query: string, limit = 30): CompletionCandidate[] {
  const q = query.toLowerCase();
  const sources: CompletionCandidate[] =
    q === ''
      ? []
      : sourcesStartingWith(index, q, 5).map((source) => ({ kind: 'source', source }));
  const passages: CompletionCandidate[] = search
    .search(query, limit)
    .map((hit) => ({ kind: 'passage', passage: hit.passage }));
  return [...sources, ...passages].slice(0, limit);
}

/** Each source's words, lower-cased once per corpus index rather than on every keystroke. */
const wordsByIndex = new WeakMap<CorpusIndex, { source: Source; words: string[] }[]>();

function sourcesStartingWith(index: CorpusIndex, q: string, limit: number): Source[] {
  let table = wordsByIndex.get(index);
  if (!table) {
    table = index.corpus.sources.map((source) => ({ source, words: sourceWords(source) }));
    wordsByIndex.set(index, table);
  }
  const found: Source[] = [];
  for (const { source, words } of table) {
    if (words.some((w) => w.startsWith(q))) found.push(source);
    if (found.length === limit) break;
  }
  return found;
}

function sourceWords(source: Source): string[] {
  const names = (source.author ?? []).flatMap((a) => [a.family, a.literal]).filter((n): n is string => Boolean(n));
  return [source.id, ...names, ...source.title.split(/\s+/)].map((w) => w.toLowerCase().replace(/^["“‘']+/, ''));
}
