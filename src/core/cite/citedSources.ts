import type { CorpusIndex, Source } from '../model';

const PANDOC_KEY = /(?:^|[\s\[;(])-?@([A-Za-z0-9_][\w:.#$%&+?<>~/-]*[A-Za-z0-9_])/g;
const LATEX_CITE = /\\[A-Za-z]*cite[A-Za-z]*\*?((?:\s*(?:\[[^\]]*\]|\{[^}]*\}))+)/g;
const QUOTE_MARKS = /["'\u2018\u2019\u201c\u201d\u00ab\u00bb]/g;

/**
 * The sources a document cites, in order of first appearance: through Pandoc keys, LaTeX
 * cite commands (a passage id counts as its sources) and formatted notes, recognised by the
 * source's title or short title. `exclude` leaves out a span (the bibliography block itself).
 */
export function citedSources(text: string, index: CorpusIndex, exclude?: { start: number; end: number }): Source[] {
  const body = exclude ? text.slice(0, exclude.start) + text.slice(exclude.end) : text;
  const found = new Map<string, number>();
  const note = (id: string, at: number) => {
    const sourceIds = sourceIdsOf(id, index);
    for (const sourceId of sourceIds) if (!found.has(sourceId) || (found.get(sourceId) ?? 0) > at) found.set(sourceId, at);
  };
  for (const match of body.matchAll(PANDOC_KEY)) note(match[1], match.index ?? 0);
  for (const match of body.matchAll(LATEX_CITE)) {
    for (const group of match[1].matchAll(/\{([^}]*)\}/g)) {
      for (const key of group[1].split(',')) note(key.trim(), match.index ?? 0);
    }
  }
  const flat = body.replace(QUOTE_MARKS, '').replace(/\\([*_[\]<>`#\\])/g, '$1').replace(/\s+/g, ' ');
  for (const { id, title } of recognisableTitles(index)) {
    const at = flat.indexOf(title);
    if (at >= 0) note(id, at);
  }
  return [...found.entries()].sort((a, b) => a[1] - b[1]).flatMap(([id]) => index.sourceById.get(id) ?? []);
}

const titlesByIndex = new WeakMap<CorpusIndex, { id: string; title: string }[]>();

/**
 * Each source's short title (or title) as a note prints it, without quotation marks and with
 * single spaces; only those of eight characters or more, which are unlikely to match by chance.
 * Computed once per corpus index.
 */
function recognisableTitles(index: CorpusIndex): { id: string; title: string }[] {
  let titles = titlesByIndex.get(index);
  if (!titles) {
    titles = index.corpus.sources
      .map((source) => ({ id: source.id, title: (source['title-short'] ?? source.title).replace(QUOTE_MARKS, '').replace(/\s+/g, ' ').trim() }))
      .filter(({ title }) => title.length >= 8);
    titlesByIndex.set(index, titles);
  }
  return titles;
}

/** A key names a source, or a passage that stands for its source and original. */
function sourceIdsOf(key: string, index: CorpusIndex): string[] {
  if (index.sourceById.has(key)) return [key];
  const passage = index.passageById.get(key);
  if (!passage) return [];
  return passage.original !== undefined && passage.kind !== 'paraphrase' ? [passage.original, passage.source] : [passage.source];
}
