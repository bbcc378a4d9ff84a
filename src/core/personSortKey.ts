import type { CslName, Source } from './model';

/**
 * Common Chinese, Korean and Vietnamese family names. Written in the order of their own
 * language ("Kim Il Sung", "Deng Xiaoping", "Ho Chi Minh"), such names put the family name
 * first; a name that starts with one of these, in two or three words, sorts by its first word.
 */
const FAMILY_NAME_FIRST = new Set(
  [
    // Korean
    'kim', 'pak', 'park', 'choe', 'choi', 'chung', 'jung', 'kang', 'cho', 'jang', 'han', 'shin', 'yun', 'yoon', 'rim', 'lim', 'ho', 'hyon',
    // Chinese
    'deng', 'mao', 'zhou', 'chou', 'liu', 'peng', 'lin', 'chen', 'zhu', 'wang', 'zhang', 'yang', 'huang', 'zhao', 'xu', 'sun',
    'hu', 'guo', 'gao', 'luo', 'chiang', 'li', 'wu', 'ye', 'he', 'dong', 'tan', 'bo',
    // Vietnamese
    'nguyen', 'tran', 'pham', 'vo', 'le',
  ],
);

/** Every personal name the sources of a corpus spell out, by the way passages write them. */
export function knownFamilyNames(sources: readonly Source[]): Map<string, CslName> {
  const known = new Map<string, CslName>();
  for (const source of sources) {
    for (const name of [...(source.author ?? []), ...(source.editor ?? []), ...(source.translator ?? []), ...(source.interviewer ?? []), ...(source.recipient ?? [])]) {
      if (name.family === undefined) continue;
      const written = [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
      if (!known.has(written)) known.set(written, name);
    }
  }
  return known;
}

/**
 * The key a person's name sorts by: the family name first. The corpus's own CSL names decide
 * where they can (`Balázs Szalontai` → `Szalontai Balázs`); a group named with an article sorts
 * without it (`the Soviets` → `Soviets`); a name that starts with a common East Asian family
 * name keeps its order (`Kim Il Sung`); any other name sorts by its last word
 * (`Alexei Kosygin` → `Kosygin Alexei`). Names are data, so this is a best guess, not a rule.
 */
export function personSortKey(name: string, known: ReadonlyMap<string, CslName> = new Map()): string {
  const written = name.replace(/\s+/g, ' ').trim();
  const csl = known.get(written);
  if (csl?.family) {
    const family = [csl['non-dropping-particle'], csl.family].filter(Boolean).join(' ');
    return [family, csl.given, csl['dropping-particle']].filter(Boolean).join(' ');
  }
  const article = /^(?:the|The)\s+(.+)$/.exec(written);
  if (article) return article[1];
  const words = written.split(' ');
  if (words.length <= 1) return written;
  if (words.length <= 3 && FAMILY_NAME_FIRST.has(words[0].toLowerCase())) return written;
  return [words[words.length - 1], ...words.slice(0, -1)].join(' ');
}

/** Compares two names by {@link personSortKey}, then as written; accents and case sort together. */
export function comparePeople(a: string, b: string, known: ReadonlyMap<string, CslName> = new Map()): number {
  return (
    personSortKey(a, known).localeCompare(personSortKey(b, known), 'en', { sensitivity: 'base' }) ||
    a.localeCompare(b, 'en')
  );
}
