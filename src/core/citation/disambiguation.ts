/**
 * Telling apart the works a document cites, as the official CSL styles do when citeproc-js
 * formats a whole document:
 * - author-date styles letter two works by the same author in the same year: "2002a" and
 *   "2002b" in text and reference list (CMOS author-date; APA 8.19), in reference-list order
 *   (by title);
 * - MLA adds the short title after the author when the works cited list has two or more works
 *   by that author: (Lankov, “Kim Takes Control” 99), as the MLA Handbook (9th ed.) asks and
 *   as the CSL style does in the `disambiguate="true"` branch of its `author-short` macro.
 */
import type { CslName, Source } from '../model';
import { yearOf } from './dates';
import { familyName } from './names';
import type { StyleId } from './types';

/** What the other works a document cites change in one work's citation. */
export interface Disambiguation {
  /** The letter after the year ("a", "b"), '' when none is needed. */
  yearSuffix(s: Source): string;
  /** True when the short title follows the author, because another cited work has the same author. */
  addsTitle(s: Source): boolean;
}

/** Nothing to tell apart: a citation formatted without the document's other sources. */
export const NO_DISAMBIGUATION: Disambiguation = { yearSuffix: () => '', addsTitle: () => false };

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
    const suffixes = yearSuffixes(cited);
    return { yearSuffix: (s) => suffixes.get(s.id) ?? '', addsTitle: () => false };
  }
  if (usesShortTitles(style)) {
    const shared = sharedAuthorIds(cited);
    return { yearSuffix: () => '', addsTitle: (s) => shared.has(s.id) };
  }
  return NO_DISAMBIGUATION;
}

function authorKey(s: Source): string {
  const names = s.author?.length ? s.author : s.editor;
  if (names?.length) return names.map(familyName).join('|');
  return `title:${s['container-title'] ?? s.title}`;
}

function titleKey(s: Source): string {
  return s.title.replace(/^[\s“”‘’"']+/, '').replace(/^(the|a|an)\s+/i, '').toLowerCase();
}

/** The sources with distinct ids, in their first order. */
function distinct(sources: readonly Source[]): Source[] {
  const byId = new Map<string, Source>();
  for (const s of sources) if (!byId.has(s.id)) byId.set(s.id, s);
  return [...byId.values()];
}

/** The suffix letter of each source id that needs one, among `sources`. */
export function yearSuffixes(sources: readonly Source[]): Map<string, string> {
  const groups = new Map<string, Source[]>();
  for (const s of distinct(sources)) {
    const key = `${authorKey(s)}#${yearOf(s.issued) ?? 'nd'}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const out = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => titleKey(a).localeCompare(titleKey(b), 'en'));
    group.forEach((s, i) => out.set(s.id, String.fromCharCode(97 + (i % 26))));
  }
  return out;
}

/** One person or body exactly as recorded, so that only the same names compare equal. */
function nameKey(n: CslName): string {
  return [n.literal, n.family, n.given, n['non-dropping-particle'], n['dropping-particle'], n.suffix].map((p) => p ?? '').join('\u0001');
}

/**
 * The ids of the works that share their authors (or, for edited works, editors: the names
 * that lead the citation) with another work among `sources`. Works whose leading names merely
 * look alike ("A. Kim" and "S. Kim") are not counted: CSL tells those apart by given names.
 */
export function sharedAuthorIds(sources: readonly Source[]): Set<string> {
  const byAuthors = new Map<string, string[]>();
  for (const s of distinct(sources)) {
    const names = s.author?.length ? s.author : s.editor;
    if (!names?.length) continue;
    const key = names.map(nameKey).join('\u0002');
    byAuthors.set(key, [...(byAuthors.get(key) ?? []), s.id]);
  }
  const out = new Set<string>();
  for (const ids of byAuthors.values()) if (ids.length > 1) for (const id of ids) out.add(id);
  return out;
}
