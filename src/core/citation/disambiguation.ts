/**
 * Year suffixes for author-date styles: two works by the same author in the same year are
 * "2002a" and "2002b" in text and reference list (CMOS author-date; APA 8.19), lettered in
 * reference-list order (by title).
 */
import type { Source } from '../model';
import { yearOf } from './dates';
import { familyName } from './names';

/** True for the styles that letter same-author, same-year works. */
export function usesYearSuffixes(style: string): boolean {
  return style.startsWith('chicago-author-date') || style === 'apa';
}

function authorKey(s: Source): string {
  const names = s.author?.length ? s.author : s.editor;
  if (names?.length) return names.map(familyName).join('|');
  return `title:${s['container-title'] ?? s.title}`;
}

function titleKey(s: Source): string {
  return s.title.replace(/^[\s“”‘’"']+/, '').replace(/^(the|a|an)\s+/i, '').toLowerCase();
}

/** The suffix letter of each source id that needs one, among `sources`. */
export function yearSuffixes(sources: readonly Source[]): Map<string, string> {
  const groups = new Map<string, Source[]>();
  const seen = new Set<string>();
  for (const s of sources) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
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
