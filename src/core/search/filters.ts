/**
 * The `theme:`, `person:`, `source:` and `year:` filters, resolved against a corpus. A value
 * picks what it names exactly ("theme:collectivization"), else everything whose words it
 * begins ("person:kim il", "source:szalontai"), else — for typos — what fuse.js finds
 * closest ("person:kosigin"). A theme includes the themes below it. All filters of a query
 * apply together.
 */
import Fuse from 'fuse.js';
import type { CorpusIndex, Passage, Theme } from '../model';
import { nameText, sourceText } from './fields';
import { words } from './normalize';
import type { InvertedIndex } from './invertedIndex';
import type { ParsedQuery } from './parseQuery';

/** Keeps a passage or not. */
export type PassageFilter = (passage: Passage) => boolean;

/** What one filter keeps, as facet keys of the index: a passage must have one of them. */
export type FacetQuery =
  | { facet: 'source' | 'theme' | 'person'; keys: ReadonlySet<string> }
  | { facet: 'year'; from: number; to: number };

/** The filters of a query: a test for any passage, and per filter the facets it keeps. */
export interface CompiledFilter {
  test: PassageFilter;
  facets: FacetQuery[];
}

/** A thing a filter can pick: its key, and each name it answers to as normalized words. */
interface Candidate {
  key: string;
  names: string[][];
  /** The names with their words joined by spaces. */
  joined: string[];
}

/** Resolves filter values against one corpus; cheap to create, caches what it computes. */
export class FilterResolver {
  private candidates = new Map<'theme' | 'person' | 'source', Candidate[]>();
  private fuses = new Map<'theme' | 'person' | 'source', Fuse<{ key: string; text: string }>>();
  private readonly picked = new Map<string, Set<string>>();

  constructor(
    private readonly index: CorpusIndex,
    private readonly people: () => Iterable<string>,
  ) {}

  /** The filters of a query, or undefined when it has none. */
  compile(parsed: ParsedQuery): CompiledFilter | undefined {
    const tests: PassageFilter[] = [];
    const facets: FacetQuery[] = [];
    for (const value of parsed.themes) {
      const ids = withDescendants(this.pick('theme', value), this.index.corpus.themes);
      tests.push((p) => p.themes.some((t) => ids.has(t)));
      facets.push({ facet: 'theme', keys: ids });
    }
    for (const value of parsed.people) {
      const names = this.pick('person', value);
      tests.push((p) => p.people.some((n) => names.has(n)) || (p.speaker !== undefined && names.has(p.speaker)));
      facets.push({ facet: 'person', keys: names });
    }
    for (const value of parsed.sources) {
      const ids = this.pick('source', value);
      tests.push((p) => ids.has(p.source));
      facets.push({ facet: 'source', keys: ids });
    }
    for (const { from, to } of parsed.years) {
      tests.push((p) => p.years.some((y) => y >= from && y <= to));
      facets.push({ facet: 'year', from, to });
    }
    if (tests.length === 0) return undefined;
    return { test: tests.length === 1 ? tests[0] : (p) => tests.every((test) => test(p)), facets };
  }

  /** The keys a filter value names; see the module comment for the order of preference. */
  pick(kind: 'theme' | 'person' | 'source', value: string): Set<string> {
    const cacheKey = `${kind}:${value}`;
    let found = this.picked.get(cacheKey);
    if (!found) {
      found = pickFrom(value, this.candidatesOf(kind), () => this.fuseOf(kind));
      if (this.picked.size >= 256) this.picked.clear();
      this.picked.set(cacheKey, found);
    }
    return found;
  }

  private candidatesOf(kind: 'theme' | 'person' | 'source'): Candidate[] {
    let found = this.candidates.get(kind);
    if (!found) {
      const named = (key: string, texts: string[]) => {
        const names = texts.map((n) => words(n));
        return { key, names, joined: names.map((ws) => ws.join(' ')) };
      };
      const { corpus } = this.index;
      if (kind === 'theme') found = corpus.themes.map((t) => named(t.id, [t.id.replace(/-/g, ' '), t.label]));
      else if (kind === 'person') found = [...this.people()].map((name) => named(name, [name]));
      else found = corpus.sources.map((s) => named(s.id, [s.id.replace(/-/g, ' '), sourceText(s), ...(s.author ?? []).map(nameText)]));
      this.candidates.set(kind, found);
    }
    return found;
  }

  private fuseOf(kind: 'theme' | 'person' | 'source'): Fuse<{ key: string; text: string }> {
    let fuse = this.fuses.get(kind);
    if (!fuse) {
      const names = this.candidatesOf(kind).flatMap((c) => c.joined.map((text) => ({ key: c.key, text })));
      fuse = new Fuse(names, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.4 });
      this.fuses.set(kind, fuse);
    }
    return fuse;
  }
}

function pickFrom(value: string, candidates: Candidate[], fuse: () => Fuse<{ key: string; text: string }>): Set<string> {
  const wanted = words(value);
  if (wanted.length === 0) return new Set();
  const phrase = wanted.join(' ');
  const exact = new Set<string>();
  const begun = new Set<string>();
  for (const c of candidates) {
    if (c.key === value || c.joined.includes(phrase)) exact.add(c.key);
    else if (wanted.every((w) => c.names.some((ws) => ws.some((a) => a.startsWith(w))))) begun.add(c.key);
  }
  if (exact.size > 0) return exact;
  if (begun.size > 0) return begun;
  const results = fuse().search(phrase);
  if (results.length === 0) return new Set();
  const best = results[0].score ?? 0;
  return new Set(results.filter((r) => (r.score ?? 0) <= best + 0.05).map((r) => r.item.key));
}

/** The given theme ids and every theme below them. */
export function withDescendants(ids: Set<string>, themes: Theme[]): Set<string> {
  const out = new Set(ids);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of themes) {
      if (t.parent !== undefined && out.has(t.parent) && !out.has(t.id)) {
        out.add(t.id);
        grew = true;
      }
    }
  }
  return out;
}

/** The slots listed under the facets of the filter that lists the fewest, or all. */
export function candidateSlots(index: InvertedIndex, filter: CompiledFilter, max = Infinity): number[] | undefined {
  let best: number[][] = [];
  let bestSize = Infinity;
  for (const query of filter.facets) {
    const lists = facetLists(index, query);
    const size = lists.reduce((n, l) => n + l.length, 0);
    if (size < bestSize) {
      best = lists;
      bestSize = size;
    }
  }
  return bestSize > max ? undefined : best.flat();
}

function facetLists(index: InvertedIndex, query: FacetQuery): number[][] {
  const lists: number[][] = [];
  if (query.facet === 'year') {
    for (const [year, slots] of index.facets.year) if (year >= query.from && year <= query.to) lists.push(slots);
  } else {
    const map = index.facets[query.facet];
    for (const key of query.keys) {
      const slots = map.get(key);
      if (slots) lists.push(slots);
    }
  }
  return lists;
}
