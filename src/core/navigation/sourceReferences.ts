import { citationTarget } from '../cite/documentCitation';
import type { CorpusIndex } from '../model';

/** A span of an essay that cites a source. */
export interface Reference {
  start: number;
  end: number;
}

const PANDOC_KEY = /(^|[\s[;(])-?@([\w:.#$%&+?<>~/-]*[\w])/g;
const LATEX_CITE = /\\[A-Za-z]*cite[A-Za-z]*\*?((?:\s*(?:\[[^\]]*\]|\{[^}]*\}))+)/g;

/**
 * Where an essay cites `sourceId`: Pandoc keys and LaTeX cite keys naming the source or a
 * passage cited as it (or "quoted in" it), and formatted notes that carry its title.
 */
export function sourceReferences(text: string, sourceId: string, index: CorpusIndex): Reference[] {
  const refs: Reference[] = [];
  const cites = (key: string) => keyCitesSource(key, sourceId, index);
  for (const match of text.matchAll(PANDOC_KEY)) {
    const start = (match.index ?? 0) + match[1].length;
    if (cites(match[2])) refs.push({ start, end: (match.index ?? 0) + match[0].length });
  }
  for (const match of text.matchAll(LATEX_CITE)) {
    const argsStart = (match.index ?? 0) + match[0].length - match[1].length;
    for (const group of match[1].matchAll(/\{([^}]*)\}/g)) {
      let at = argsStart + (group.index ?? 0) + 1;
      for (const raw of group[1].split(',')) {
        const key = raw.trim();
        const start = at + raw.indexOf(key);
        if (key && cites(key)) refs.push({ start, end: start + key.length });
        at += raw.length + 1;
      }
    }
  }
  const source = index.sourceById.get(sourceId);
  if (source) {
    const title = (source['title-short'] ?? source.title).replace(/["\u201c\u201d\u2018\u2019]/g, '');
    for (let at = text.indexOf(title); at >= 0 && title.length >= 8; at = text.indexOf(title, at + title.length)) {
      refs.push({ start: at, end: at + title.length });
    }
  }
  return refs.sort((a, b) => a.start - b.start);
}

/** A passage key cites what its citation names: its source, and its original when quoted. */
function keyCitesSource(key: string, sourceId: string, index: CorpusIndex): boolean {
  if (key === sourceId) return true;
  const passage = index.passageById.get(key);
  if (!passage) return false;
  const target = citationTarget(passage, index);
  return target !== undefined && (target.source.id === sourceId || target.quotedIn?.id === sourceId);
}
