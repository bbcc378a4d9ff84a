import type { CorpusIndex, Passage, Source } from './model';

/** The passage's words shortened to `max` characters at a word boundary, with an ellipsis. */
export function snippet(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}\u2026`;
}

/** A short name for a source: its first author's family name and year, or its title and year. */
export function sourceLabel(source: Source): string {
  const author = source.author?.[0];
  const name = author?.family ?? author?.literal;
  const year = source.issued?.['date-parts']?.[0]?.[0];
  const head = name ?? `\u201c${source['title-short'] ?? source.title}\u201d`;
  return year !== undefined ? `${head} ${year}` : head;
}

/**
 * Who the words belong to and through whom they reached the reader, speaker first:
 * for example `Alexei Kosygin → Szalontai 2003 → “North Korea and the Soviets 1953-1964” 2007`.
 */
export function attributionChain(passage: Passage, index: CorpusIndex): string[] {
  const chain: string[] = [];
  const original = passage.original !== undefined ? index.sourceById.get(passage.original) : undefined;
  const source = index.sourceById.get(passage.source);
  const originalAuthor = original?.author?.[0];
  const originalAuthorName = originalAuthor ? fullName(originalAuthor) : undefined;
  if (passage.speaker !== undefined && passage.speaker !== originalAuthorName) chain.push(passage.speaker);
  if (original && passage.kind !== 'paraphrase') chain.push(sourceLabel(original));
  if (source) chain.push(sourceLabel(source));
  return chain;
}

/** What kind of words a passage holds, in a phrase. */
export function kindLabel(passage: Passage): string {
  switch (passage.kind) {
    case 'paraphrase':
      return 'Paraphrase';
    case 'quotation':
      return 'Quotation';
    case 'actor-quotation':
      return 'Quoted words';
  }
}

/** The theme labels of a passage, in its order. */
export function themeLabels(passage: Passage, index: CorpusIndex): string[] {
  return passage.themes.map((id) => index.themeById.get(id)?.label ?? id);
}

function fullName(name: { given?: string; family?: string; literal?: string }): string | undefined {
  return name.literal ?? ([name.given, name.family].filter(Boolean).join(' ') || undefined);
}
