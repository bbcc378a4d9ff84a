/**
 * Telling apart the works a document cites, as the official CSL styles do when citeproc-js
 * formats a whole document:
 * - author-date styles letter two works by the same author in the same year: "2002a" and
 *   "2002b" in text and reference list (CMOS author-date; APA 8.19), in reference-list order
 *   (by title);
 * - MLA adds the short title after the author when the works cited list has two or more works
 *   by that author: (Lankov, “Kim Takes Control” 99), as the MLA Handbook (9th ed.) asks and
 *   as the CSL style does in the `disambiguate="true"` branch of its `author-short` macro;
 * - different people who share a family name get their initials or given names, as the styles'
 *   `disambiguate-add-givenname` asks. APA (`primary-name-with-initials`) and Chicago
 *   author-date (`primary-name`) do so for the first name of every citation, whether or not the
 *   citations would otherwise look alike: "(A. Kim, 2002)" beside "(S. Kim, 2010)"; Chicago
 *   prints the whole given name when the initials are shared: "(Andrew Kim 2002)". MLA
 *   (`by-cite`) does so only where two citations would read the same, name by name until they
 *   differ: "(Park and B. Kim 12)" beside "(Park and S. Kim 12)". Year letters and MLA's short
 *   titles then tell apart only the works that the names do not.
 */
import type { CslName, Source } from '../model';
import { yearOf } from './dates';
import { NameForm, citeName, familyName, initials } from './names';
import type { StyleId } from './types';

/** What the other works a document cites change in one work's citation. */
export interface Disambiguation {
  /** The letter after the year ("a", "b"), '' when none is needed. */
  yearSuffix(s: Source): string;
  /** True when the short title follows the author, because another cited work has the same author. */
  addsTitle(s: Source): boolean;
  /** How each leading name (authors, else editors) prints in the citation; missing entries: the family name. */
  nameForms(s: Source): readonly NameForm[];
}

/** Nothing to tell apart: a citation formatted without the document's other sources. */
export const NO_DISAMBIGUATION: Disambiguation = { yearSuffix: () => '', addsTitle: () => false, nameForms: () => [] };

/** True for the styles that letter same-author, same-year works. */
export function usesYearSuffixes(style: string): boolean {
  return style.startsWith('chicago-author-date') || style === 'apa';
}

/** True for the styles that add a short title to tell apart works by the same author (MLA). */
export function usesShortTitles(style: string): boolean {
  return style === 'modern-language-association';
}

/** How the citations of `style` tell apart the works of `cited`, every source the document cites. */
export function disambiguation(style: StyleId, cited: readonly Source[] | undefined): Disambiguation {
  if (!cited) return NO_DISAMBIGUATION;
  if (usesYearSuffixes(style)) {
    const forms = primaryNameForms(cited, style !== 'apa');
    const suffixes = yearSuffixes(cited, style, forms);
    const nameForms = (s: Source): NameForm[] => {
      const first = leadNames(s)?.[0];
      return (first && forms.get(nameKey(first))) || [];
    };
    return { yearSuffix: (s) => suffixes.get(s.id) ?? '', addsTitle: () => false, nameForms };
  }
  if (usesShortTitles(style)) {
    const shared = sharedAuthorIds(cited);
    const forms = byCiteNameForms(cited);
    return { yearSuffix: () => '', addsTitle: (s) => shared.has(s.id), nameForms: (s) => forms.get(s.id) ?? [] };
  }
  return NO_DISAMBIGUATION;
}

/** The names that lead a citation: the authors, else the editors. */
function leadNames(s: Source): CslName[] | undefined {
  return s.author?.length ? s.author : s.editor;
}

/** A person who can be told apart by a given name. */
function hasGiven(n: CslName): boolean {
  return !n.literal && !!n.family && !!n.given;
}

/**
 * APA and Chicago author-date (`primary-name` rules): the first name of each work, when
 * another work cited is led by a different person of the same family name, as the name's key
 * maps to its form. APA uses initials only, and only when they differ ("A. Kim", "S. Kim");
 * Chicago uses the initials when they are this person's alone, else the whole given name.
 */
function primaryNameForms(sources: readonly Source[], fullNames: boolean): Map<string, NameForm[]> {
  const byFamily = new Map<string, Map<string, CslName>>();
  for (const s of distinct(sources)) {
    const first = leadNames(s)?.[0];
    if (!first || !hasGiven(first)) continue;
    const people = byFamily.get(familyName(first)) ?? new Map<string, CslName>();
    people.set(nameKey(first), first);
    byFamily.set(familyName(first), people);
  }
  const out = new Map<string, NameForm[]>();
  for (const people of byFamily.values()) {
    if (people.size < 2) continue;
    const inits = [...people.values()].map((n) => initials(n.given));
    const distinctInits = new Set(inits).size;
    for (const [key, n] of people) {
      const unique = inits.filter((i) => i === initials(n.given)).length === 1;
      if (fullNames) out.set(key, [unique ? 'initials' : 'full']);
      else if (distinctInits > 1) out.set(key, ['initials']);
    }
  }
  return out;
}

/**
 * MLA (`by-cite`): among works whose citations would print the same names but whose authors
 * differ, the names are expanded position by position where the people differ, all to
 * initials if those tell the people apart there, else to whole given names, until the
 * citations differ (works by the very same authors are left to the short title).
 */
function byCiteNameForms(sources: readonly Source[]): Map<string, NameForm[]> {
  const groups = new Map<string, { s: Source; names: CslName[] }[]>();
  for (const s of distinct(sources)) {
    const names = leadNames(s);
    if (!names?.length) continue;
    const shown = names.length >= 3 ? names.slice(0, 1) : names;
    const key = `${shown.map(familyName).join('|')}${names.length >= 3 ? '|et al.' : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), { s, names: shown }]);
  }
  const out = new Map<string, NameForm[]>();
  for (const group of groups.values()) {
    const authorLists = new Set(group.map((m) => authorListKey(leadNames(m.s)!)));
    if (authorLists.size < 2) continue;
    const forms = group.map((m): NameForm[] => m.names.map(() => 'family'));
    const printed = () => new Set(group.map((m, j) => m.names.map((n, i) => citeName(n, forms[j][i])).join('|'))).size;
    for (let i = 0; i < group[0].names.length && printed() < authorLists.size; i++) {
      const people = new Map(group.map((m) => [nameKey(m.names[i]), m.names[i]]));
      if (people.size < 2) continue;
      const byInitials = new Set([...people.values()].map((n) => citeName(n, 'initials')));
      const form: NameForm = byInitials.size === people.size ? 'initials' : 'full';
      forms.forEach((f) => (f[i] = form));
    }
    group.forEach((m, j) => out.set(m.s.id, forms[j]));
  }
  return out;
}

/** The names (family names, and the first one's given name where the citation prints it) that a year letter follows. */
function authorKey(s: Source, forms: ReadonlyMap<string, NameForm[]>): string {
  const names = leadNames(s);
  if (names?.length) return names.map((n, i) => (i === 0 ? citeName(n, forms.get(nameKey(n))?.[0]) : familyName(n))).join('|');
  return `title:${s['container-title'] ?? s.title}`;
}

/**
 * The text a title or name is sorted by: without opening quotation marks or brackets, lower
 * case (leading articles count, as in citeproc-js). Year letters follow the same order as the
 * bibliography.
 */
export function sortKey(text: string): string {
  return text.replace(/^[\s“”‘’"'(\[]+/, '').toLowerCase();
}

/** The sources with distinct ids, in their first order. */
function distinct(sources: readonly Source[]): Source[] {
  const byId = new Map<string, Source>();
  for (const s of sources) if (!byId.has(s.id)) byId.set(s.id, s);
  return [...byId.values()];
}

/**
 * The suffix letter of each source id that needs one, among `sources`: works whose citations
 * print the same names (after `style`'s given names) and year.
 */
export function yearSuffixes(
  sources: readonly Source[],
  style: StyleId,
  forms: ReadonlyMap<string, NameForm[]> = primaryNameForms(sources, style !== 'apa'),
): Map<string, string> {
  const groups = new Map<string, Source[]>();
  for (const s of distinct(sources)) {
    const key = `${authorKey(s, forms)}#${yearOf(s.issued) ?? 'nd'}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const out = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => sortKey(a.title).localeCompare(sortKey(b.title), 'en'));
    group.forEach((s, i) => out.set(s.id, String.fromCharCode(97 + (i % 26))));
  }
  return out;
}

/** One person or body exactly as recorded, so that only the same names compare equal. */
function nameKey(n: CslName): string {
  return [n.literal, n.family, n.given, n['non-dropping-particle'], n['dropping-particle'], n.suffix].map((p) => p ?? '').join('\u0001');
}

/** A list of people exactly as recorded. */
function authorListKey(names: readonly CslName[]): string {
  return names.map(nameKey).join('\u0002');
}

/**
 * The ids of the works that share their authors (or, for edited works, editors: the names
 * that lead the citation) with another work among `sources`. Works whose leading names merely
 * look alike ("A. Kim" and "S. Kim") are not counted: CSL tells those apart by given names.
 */
export function sharedAuthorIds(sources: readonly Source[]): Set<string> {
  const byAuthors = new Map<string, string[]>();
  for (const s of distinct(sources)) {
    const names = leadNames(s);
    if (!names?.length) continue;
    const key = authorListKey(names);
    byAuthors.set(key, [...(byAuthors.get(key) ?? []), s.id]);
  }
  const out = new Set<string>();
  for (const ids of byAuthors.values()) if (ids.length > 1) for (const id of ids) out.add(id);
  return out;
}
