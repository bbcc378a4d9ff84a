/**
 * Which corpus sources a note or a parenthetical names: by an author's family name, or by the
 * words of a title (the full title, the short title, the main title before a colon, or its
 * first five words). Built once per `CorpusIndex`.
 */
import type { CorpusIndex, Source } from '../model';
import { foldedWords } from './words';

export interface SourceMentions {
  /**
   * The ids of the sources `text` names. With `strict` (a parenthetical in running text), an
   * author's name counts only beside a number (a year or a page): "(Szalontai 2004, 99)".
   */
  named(text: string, strict: boolean): string[];
}

const cache = new WeakMap<CorpusIndex, SourceMentions>();

export function sourceMentionsOf(index: CorpusIndex): SourceMentions {
  let built = cache.get(index);
  if (!built) {
    built = build(index.corpus.sources);
    cache.set(index, built);
  }
  return built;
}

interface Probe {
  words: string[];
  id: string;
}

function build(sources: readonly Source[]): SourceMentions {
  const families = new Map<string, string[]>();
  const probes = new Map<string, Probe[]>();
  const addProbe = (words: string[], id: string) => {
    if (words.length < 2) return;
    const list = probes.get(words[0]) ?? [];
    if (!list.some((p) => p.id === id && p.words.join(' ') === words.join(' '))) list.push({ words, id });
    probes.set(words[0], list);
  };
  for (const s of sources) {
    for (const name of s.author ?? []) {
      if (name.family) {
        const words = foldedWords(name.family);
        if (words.length === 1) {
          const list = families.get(words[0]) ?? [];
          list.push(s.id);
          families.set(words[0], list);
        } else addProbe(words, s.id);
      } else if (name.literal) addProbe(foldedWords(name.literal), s.id);
    }
    const title = foldedWords(s.title);
    addProbe(title, s.id);
    if (title.length > 5) addProbe(title.slice(0, 5), s.id);
    const main = s.title.split(/[:?]\s/)[0];
    if (main !== s.title) addProbe(foldedWords(main), s.id);
    if (s['title-short']) addProbe(foldedWords(s['title-short']), s.id);
  }

  return {
    named(text: string, strict: boolean): string[] {
      const words = foldedWords(text);
      const titled = new Set<string>();
      const authored = new Set<string>();
      for (let i = 0; i < words.length; i++) {
        for (const id of families.get(words[i]) ?? []) authored.add(id);
        for (const p of probes.get(words[i]) ?? []) {
          if (i + p.words.length <= words.length && p.words.every((w, k) => words[i + k] === w)) titled.add(p.id);
        }
      }
      if (!strict || /\d/.test(text)) for (const id of authored) titled.add(id);
      return [...titled];
    },
  };
}
