/**
 * What of a passage is searchable, and how much each part weighs. People, places, themes and
 * years are short lists that name what a passage is about, so a word there outweighs the
 * same word somewhere in the text.
 */
import type { CorpusIndex, CslName, Passage, Source, Theme } from '../model';
import { words } from './normalize';

/** One searchable field of a passage: its words, a weight, and whether its length matters. */
export interface Field {
  words: string[];
  boost: number;
  /** Characters in the field, for length normalization; 0 when length does not matter. */
  length: number;
}

/** Weights of the fields; the text is 1. */
export const BOOST = {
  text: 1,
  people: 3,
  places: 2,
  themes: 2,
  years: 2,
  source: 1.5,
} as const;

/** The searchable fields of a passage in a corpus. */
export function passageFields(passage: Passage, index: CorpusIndex, cache: FieldCache): Field[] {
  const fields: Field[] = [{ words: words(passage.text), boost: BOOST.text, length: passage.text.length }];
  if (passage.quote && !passage.text.includes(passage.quote)) {
    fields.push({ words: words(passage.quote), boost: BOOST.text, length: passage.quote.length });
  }
  const people = passage.speaker && !passage.people.includes(passage.speaker) ? [...passage.people, passage.speaker] : passage.people;
  if (people.length > 0) fields.push({ words: words(people.join(' ')), boost: BOOST.people, length: 0 });
  if (passage.places.length > 0) fields.push({ words: words(passage.places.join(' ')), boost: BOOST.places, length: 0 });
  if (passage.themes.length > 0) {
    const themeWords: string[] = [];
    for (const id of passage.themes) themeWords.push(...cache.theme(id, index.themeById.get(id)));
    fields.push({ words: themeWords, boost: BOOST.themes, length: 0 });
  }
  if (passage.years.length > 0) fields.push({ words: passage.years.map(String), boost: BOOST.years, length: 0 });
  const source = cache.source(passage.source, index.sourceById.get(passage.source));
  if (source.length > 0) fields.push({ words: source, boost: BOOST.source, length: 0 });
  return fields;
}

/** Words of sources and themes, computed once for all passages that share them. */
export class FieldCache {
  private readonly sources = new Map<string, string[]>();
  private readonly themes = new Map<string, string[]>();

  source(id: string, source: Source | undefined): string[] {
    let found = this.sources.get(id);
    if (!found) {
      found = source ? words(sourceText(source)) : [];
      this.sources.set(id, found);
    }
    return found;
  }

  theme(id: string, theme: Theme | undefined): string[] {
    let found = this.themes.get(id);
    if (!found) {
      found = [...new Set(words(themeText(id, theme)))];
      this.themes.set(id, found);
    }
    return found;
  }

  /** Forgets the words of sources and themes that changed. */
  forget(sourceIds: Iterable<string>, themeIds: Iterable<string>): void {
    for (const id of sourceIds) this.sources.delete(id);
    for (const id of themeIds) this.themes.delete(id);
  }
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

/**
 * A 32-bit fingerprint of the passage data the search reads from a passage itself, so that
 * an update can tell a changed passage from an equal one that was loaded again.
 */
export function passageSignature(passage: Passage): number {
  return hash(
    [
      passage.text,
      passage.quote ?? '',
      passage.speaker ?? '',
      passage.source,
      passage.people.join('\u0001'),
      passage.places.join('\u0001'),
      passage.themes.join('\u0001'),
      passage.years.join(','),
    ].join('\u0000'),
  );
}

/** FNV-1a over UTF-16 code units. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
