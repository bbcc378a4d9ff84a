/**
 * The `theme:`, `person:`, `source:` and `year:` filters, resolved against a corpus. A value
 * picks what it names exactly ("theme:collectivization"), else everything whose words it
 * begins ("person:kim il", "source:szalontai"), else — for typos — what fuse.js finds
 * closest ("person:kosigin"). A theme includes the themes below it. Different filters and
 * repeated filters all apply together.
 */
import Fuse from 'fuse.js';
import type { CorpusIndex, Passage, Theme } from '../model';
import { nameText, sourceText } from './fields';
import { words } from './normalize';
import type { ParsedQuery } from './parseQuery';
import { personNames } from './invertedIndex';

/** Keeps a passage or not. */
export type PassageFilter = (passage: Passage) => boolean;

/** A named thing a filter can pick: its key and the texts it answers to. */
interface Candidate {
  key: string;
  names: string[];
}

/** The filter of a query, or undefined when it has none. */
export function compileFilter(
  parsed: ParsedQuery,
  index: CorpusIndex,
  people: Iterable<string>,
): PassageFilter | undefined {
  const tests: PassageFilter[] = [];
  if (parsed.themes.length > 0) {
    const candidates = index.corpus.themes.map((t) => ({ key: t.id, names: [t.id.replace(/-/g, ' '), t.label] }));
    for (const value of parsed.themes) {
      const ids = withDescendants(pick(value, candidates), index.corpus.themes);
      tests.push((p) => p.themes.some((t) => ids.has(t)));
    }
  }
  if (parsed.people.length > 0) {
    const candidates = [...people].map((name) => ({ key: name, names: [name] }));
    for (const value of parsed.people) {
      const names = pick(value, candidates);
      tests.push((p) => personNames(p).some((n) => names.has(n)));
    }
  }
  if (parsed.sources.length > 0) {
    const candidates = index.corpus.sources.map((s) => ({
      key: s.id,
      names: [s.id.replace(/-/g, ' '), sourceText(s), ...(s.author ?? []).map(nameText)],
    }));
    for (const value of parsed.sources) {
      const ids = pick(value, candidates);
      tests.push((p) => ids.has(p.source));
    }
  }
  for (const range of parsed.years) {
    tests.push((p) => p.years.some((y) => y >= range.from && y <= range.to));
  }
  if (tests.length === 0) return undefined;
  if (tests.length === 1) return tests[0];
  return (p) => tests.every((test) => test(p));
}

/** The keys of the candidates a filter value names; see the module comment for the order. */
export function pick(value: string, candidates: Candidate[]): Set<string> {
  const wanted = words(value);
  const phrase = wanted.join(' ');
  if (wanted.length === 0) return new Set();
  const normalized = candidates.map((c) => c.names.map((n) => words(n)));
  const exact = new Set<string>();
  const begun = new Set<string>();
  candidates.forEach((c, i) => {
    if (c.key === value || normalized[i].some((ws) => ws.join(' ') === phrase)) exact.add(c.key);
    const all = normalized[i].flat();
    if (wanted.every((w) => all.some((a) => a.startsWith(w)))) begun.add(c.key);
  });
  if (exact.size > 0) return exact;
  if (begun.size > 0) return begun;
  const fuse = new Fuse(
    candidates.flatMap((c, i) => normalized[i].map((ws) => ({ key: c.key, text: ws.join(' ') }))),
    { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.4 },
  );
  const results = fuse.search(phrase);
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
