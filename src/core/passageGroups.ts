/**
 * The groupings behind the passage views: by theme (a hierarchy), by source, by person and by
 * year. Pure: the views and their tests read the same groups. A group appears only when it
 * holds a passage, so a filter that narrows the passages narrows the groups too.
 */
import { citationTarget } from './cite/documentCitation';
import { sourceLabel } from './describePassage';
import type { CorpusIndex, Passage, Source, Theme } from './model';
import { comparePeople, knownFamilyNames } from './personSortKey';
import { personNames } from './search/invertedIndex';

/** What a group stands for. */
export type GroupSubject =
  | { kind: 'theme'; theme: Theme }
  | { kind: 'source'; source: Source }
  | { kind: 'person'; name: string }
  | { kind: 'year'; year: number }
  | { kind: 'undated' };

/** A row that holds passages: a theme, a source, a person or a year. */
export interface PassageGroup {
  /** Unique within one grouping: `theme:collectivization`, `source:…`, `person:Kim Il Sung`, `year:1956`, `undated`. */
  key: string;
  label: string;
  subject: GroupSubject;
  /** Groups under this one (subthemes), shown before its own passages. */
  subgroups: PassageGroup[];
  /** The passages directly in this group, in corpus order. */
  passages: Passage[];
  /** How many different passages the group holds, its subgroups included. */
  count: number;
}

/** The four ways the views group passages. */
export type Grouping = 'themes' | 'sources' | 'people' | 'timeline';

/** The label of the group of passages that name no year. */
export const UNDATED_LABEL = 'Undated';

/**
 * Groups `passages` (by default every passage of the corpus, in corpus order) the way a view
 * shows them.
 */
export function groupPassages(grouping: Grouping, index: CorpusIndex, passages: readonly Passage[] = index.corpus.passages): PassageGroup[] {
  switch (grouping) {
    case 'themes':
      return groupByTheme(index, passages);
    case 'sources':
      return groupBySource(index, passages);
    case 'people':
      return groupByPerson(index, passages);
    case 'timeline':
      return groupByYear(passages);
  }
}

/**
 * Themes as their hierarchy, in corpus order: top-level themes (and themes whose parent is
 * unknown) are roots; a theme lists its subthemes, then its own passages. Its count holds the
 * passages of its subthemes too, each once.
 */
export function groupByTheme(index: CorpusIndex, passages: readonly Passage[]): PassageGroup[] {
  const children = new Map<string | undefined, Theme[]>();
  for (const theme of index.corpus.themes) {
    const parent = theme.parent !== undefined && index.themeById.has(theme.parent) ? theme.parent : undefined;
    children.set(parent, [...(children.get(parent) ?? []), theme]);
  }
  const build = (theme: Theme, ancestors: ReadonlySet<string>): { group: PassageGroup; ids: Set<string> } | undefined => {
    if (ancestors.has(theme.id)) return undefined;
    const path = new Set(ancestors).add(theme.id);
    const built = (children.get(theme.id) ?? []).map((sub) => build(sub, path)).filter((b) => b !== undefined);
    const own = passages.filter((p) => p.themes.includes(theme.id));
    const ids = new Set(own.map((p) => p.id));
    for (const sub of built) for (const id of sub.ids) ids.add(id);
    if (ids.size === 0) return undefined;
    const group: PassageGroup = {
      key: `theme:${theme.id}`,
      label: theme.label,
      subject: { kind: 'theme', theme },
      subgroups: built.map((b) => b.group),
      passages: own,
      count: ids.size,
    };
    return { group, ids };
  };
  return (children.get(undefined) ?? []).map((theme) => build(theme, new Set())?.group).filter((g) => g !== undefined);
}

/**
 * Sources, each with the passages cited as that work: a quotation under the original work it
 * is "quoted in" the source from, anything else (a paraphrase, the source's own words) under
 * the source that prints it — the source the citation names first. Sorted by label.
 */
export function groupBySource(index: CorpusIndex, passages: readonly Passage[]): PassageGroup[] {
  const bySource = new Map<string, { source: Source; passages: Passage[] }>();
  for (const passage of passages) {
    const source = citationTarget(passage, index)?.source;
    if (!source) continue;
    const entry = bySource.get(source.id) ?? { source, passages: [] };
    entry.passages.push(passage);
    bySource.set(source.id, entry);
  }
  return [...bySource.values()]
    .map(({ source, passages: cited }): PassageGroup => ({
      key: `source:${source.id}`,
      label: sourceLabel(source),
      subject: { kind: 'source', source },
      subgroups: [],
      passages: cited,
      count: cited.length,
    }))
    .sort((a, b) => compareTitles(a.label, b.label) || a.key.localeCompare(b.key));
}

/**
 * People, each with the passages that mention them (`people`) or give their words (`speaker`),
 * as the search's `person:` filter finds them; alphabetical by family name where the name
 * allows (see `personSortKey`).
 */
export function groupByPerson(index: CorpusIndex, passages: readonly Passage[]): PassageGroup[] {
  const byName = new Map<string, Passage[]>();
  for (const passage of passages) {
    for (const name of new Set(personNames(passage))) byName.set(name, [...(byName.get(name) ?? []), passage]);
  }
  const known = knownFamilyNames(index.corpus.sources);
  return [...byName.keys()]
    .sort((a, b) => comparePeople(a, b, known))
    .map((name): PassageGroup => {
      const named = byName.get(name) ?? [];
      return { key: `person:${name}`, label: name, subject: { kind: 'person', name }, subgroups: [], passages: named, count: named.length };
    });
}

/**
 * Years, ascending, each with the passages that speak of it; a passage of several years is
 * under each. Passages that name no year come last, under "Undated".
 */
export function groupByYear(passages: readonly Passage[]): PassageGroup[] {
  const byYear = new Map<number, Passage[]>();
  const undated: Passage[] = [];
  for (const passage of passages) {
    const years = new Set(passage.years);
    if (years.size === 0) undated.push(passage);
    for (const year of years) byYear.set(year, [...(byYear.get(year) ?? []), passage]);
  }
  const groups = [...byYear.keys()]
    .sort((a, b) => a - b)
    .map((year): PassageGroup => {
      const dated = byYear.get(year) ?? [];
      return { key: `year:${year}`, label: String(year), subject: { kind: 'year', year }, subgroups: [], passages: dated, count: dated.length };
    });
  if (undated.length > 0) {
    groups.push({ key: 'undated', label: UNDATED_LABEL, subject: { kind: 'undated' }, subgroups: [], passages: undated, count: undated.length });
  }
  return groups;
}

/** Compares labels by their words, ignoring opening quotation marks and case. */
function compareTitles(a: string, b: string): number {
  const words = (label: string) => label.replace(/^[^\p{L}\p{N}]+/u, '');
  return words(a).localeCompare(words(b), 'en', { sensitivity: 'base' });
}
