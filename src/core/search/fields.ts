/**
 * What of a passage is searchable, and how much each part weighs. People, places, themes and
 * years are short lists that name what a passage is about, so a word there outweighs the
 * same word somewhere in the text.
 */
import type { CslName, Passage, Source, Theme } from '../model';

/** Weights of the fields; the text is 1. */
export const BOOST = {
  text: 1,
  people: 3,
  places: 2,
  themes: 2,
  years: 2,
  source: 1.5,
} as const;

/**
 * Calls `visit` with each searchable text of a passage itself, its weight, and whether its
 * length normalizes term frequency (only running text does). Source and theme words are the
 * same for many passages, so the index reads them once through {@link sourceText} and
 * {@link themeText}.
 */
export function forEachField(passage: Passage, visit: (text: string, boost: number, normalize: boolean) => void): void {
  visit(passage.text, BOOST.text, true);
  if (passage.quote && !passage.text.includes(passage.quote)) visit(passage.quote, BOOST.text, true);
  for (const person of passage.people) visit(person, BOOST.people, false);
  if (passage.speaker && !passage.people.includes(passage.speaker)) visit(passage.speaker, BOOST.people, false);
  for (const place of passage.places) visit(place, BOOST.places, false);
  for (const year of passage.years) visit(String(year), BOOST.years, false);
}

/** The searchable text of a source: authors and editors, title, short title, container. */
export function sourceText(source: Source): string {
  const names = [...(source.author ?? []), ...(source.editor ?? [])].map(nameText);
  return [...names, source.title, source['title-short'] ?? '', source['container-title'] ?? ''].join(' ');
}

/** The searchable text of a theme: its id as words, and its label. */
export function themeText(id: string, theme: Theme | undefined): string {
  return `${id.replace(/-/g, ' ')} ${theme?.label ?? ''}`;
}

/** A CSL name as one string: "Alexei Kosygin", "Cold War International History Project". */
export function nameText(name: CslName): string {
  if (name.literal) return name.literal;
  return [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family, name.suffix]
    .filter(Boolean)
    .join(' ');
}

/** True when two passages hold the same searchable data, so one need not be indexed again. */
export function sameSearchData(a: Passage, b: Passage): boolean {
  const same = (x: readonly unknown[], y: readonly unknown[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    a.text === b.text &&
    a.quote === b.quote &&
    a.speaker === b.speaker &&
    a.source === b.source &&
    same(a.people, b.people) &&
    same(a.places, b.places) &&
    same(a.themes, b.themes) &&
    same(a.years, b.years)
  );
}
