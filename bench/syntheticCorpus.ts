/**
 * Deterministic synthetic corpora in the register of the real one: passages about Soviet,
 * Chinese and North Korean relations, with people, places, years, themes and quotations, and
 * a long tail of rare names as real prose has. The same seed and size give the same corpus.
 */
import type { Corpus, Passage, Source } from '../src/core/model';
import { sourceText } from '../src/core/search/fields';
import { words } from '../src/core/search/normalize';
import {
  ADJECTIVES, GROUPS, MONTHS, NATIONALITIES, NOUNS, PEOPLE, PLACES, QUOTES, REAL_SOURCES, SYLLABLES,
  THEME_NOUNS, THEMES, VERBS,
} from './searchCorpusBanks';

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  size: number;
  seed?: number;
  /** Passages placed at spread-out positions in every corpus, whatever its size. */
  needles?: Passage[];
  /** Word sets no generated passage may hold all of, so each needle's query names only it. */
  forbidden?: string[][];
}

/** A corpus of `size` passages: the needles plus generated ones. */
export function syntheticCorpus(options: SyntheticOptions): Corpus {
  const rnd = random(options.seed ?? 1956);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  /** Zipf-like: low indices far more often, as word frequencies are. */
  const zipf = <T>(list: readonly T[]): T => list[Math.floor(list.length * rnd() ** 3)];
  const rare = rareWords(rnd, Math.max(2000, options.size / 2));
  const sources = makeSources(rnd, Math.max(20, Math.floor(options.size / 10)), rare);
  const sourceWords = new Map(sources.map((s) => [s.id, words(sourceText(s))]));
  const forbidden = (options.forbidden ?? []).map((set) => set.filter((w) => w.length > 0));
  const needles = options.needles ?? [];
  const needleAt = new Map<number, Passage>();
  needles.forEach((n, i) => needleAt.set(Math.floor(((i + 0.5) * options.size) / needles.length), n));

  const passages: Passage[] = [];
  for (let i = 0; passages.length < options.size; i++) {
    const needle = needleAt.get(passages.length);
    if (needle) {
      passages.push(needle);
      continue;
    }
    let passage: Passage;
    do passage = generate(`p-${i}`);
    while (holdsForbidden(passage));
    passages.push(passage);
  }
  return { sources: [...REAL_SOURCES, ...sources], passages, themes: THEMES };

  function generate(id: string): Passage {
    const themes = [pick(THEMES).id];
    if (rnd() < 0.4) themes.push(pick(THEMES).id);
    const people = [zipf(PEOPLE)];
    if (rnd() < 0.5) people.push(pick(PEOPLE));
    const places = [zipf(PLACES)];
    if (rnd() < 0.4) places.push(pick(PLACES));
    const years = [1945 + Math.floor(rnd() * 30)];
    if (rnd() < 0.3) years.push(years[0] + 1 + Math.floor(rnd() * 3));
    const slots: Slots = { people, places, years, themes, used: { people: new Set(), places: new Set(), years: new Set() } };
    const sentences = 2 + Math.floor(rnd() * 3);
    const parts: string[] = [];
    let speaker: string | undefined;
    let quote: string | undefined;
    for (let s = 0; s < sentences; s++) {
      if (s === sentences - 1 && rnd() < 0.25) {
        speaker = person(slots);
        quote = pick(QUOTES);
        parts.push(`${speaker} told ${pick(GROUPS)} that "${quote}."`);
      } else {
        parts.push(sentence(slots));
      }
    }
    return {
      id,
      source: rnd() < 0.05 ? pick(REAL_SOURCES).id : pick(sources).id,
      kind: speaker ? 'actor-quotation' : 'paraphrase',
      text: parts.join(' '),
      ...(quote ? { quote: `${quote}.`, speaker } : {}),
      themes,
      people: [...slots.used.people],
      places: [...slots.used.places],
      years: [...slots.used.years],
    };
  }

  function sentence(s: Slots): string {
    const noun = () => pick(THEME_NOUNS[pick(s.themes)] ?? NOUNS);
    switch (Math.floor(rnd() * 10)) {
      case 0:
        return `In ${pick(MONTHS)} ${year(s)}, ${person(s)} ${pick(VERBS)} ${noun()} in ${place(s)}.`;
      case 1:
        return `As early as ${pick(MONTHS)} ${year(s)}, ${pick(GROUPS)} questioned the advisability of ${noun()} in ${place(s)}.`;
      case 2:
        return `${cap(pick(GROUPS))} ${pick(VERBS)} the ${pick(ADJECTIVES)} ${pick(NOUNS)} of ${place(s)}, which ${pick(VERBS)} ${noun()}.`;
      case 3:
        return `During this period, ${place(s)} took little interest in ${pick(ADJECTIVES)} ${pick(NOUNS)} with the ${zipf(rare)} ${pick(NOUNS)}.`;
      case 4:
        return `By ${year(s)}, some ${10 + Math.floor(rnd() * 80)} per cent of the ${pick(NOUNS)} in ${place(s)} were of ${pick(NATIONALITIES)} origin.`;
      case 5:
        return `${person(s)} visited ${place(s)} in ${year(s)} and ${pick(VERBS)} certain ${pick(ADJECTIVES)} ${pick(NOUNS)}.`;
      case 6:
        return `Moreover, many ${pick(NATIONALITIES)} leaders knew little about ${place(s)} or ${noun()}.`;
      case 7:
        return `A great source of tension between ${place(s)} and ${pick(GROUPS)} lay in ${noun()} at ${cap(zipf(rare))}.`;
      case 8:
        return `According to ${person(s)}, ${noun()} ${pick(VERBS)} the ${pick(ADJECTIVES)} ${pick(NOUNS)} of the ${cap(zipf(rare))} district.`;
      default:
        return `${cap(noun())} remained a matter of ${pick(ADJECTIVES)} ${pick(NOUNS)} for ${pick(GROUPS)} until ${year(s)}.`;
    }
  }

  function person(s: Slots): string {
    const p = pick(s.people);
    s.used.people.add(p);
    return p;
  }
  function place(s: Slots): string {
    const p = pick(s.places);
    s.used.places.add(p);
    return p;
  }
  function year(s: Slots): number {
    const y = pick(s.years);
    s.used.years.add(y);
    return y;
  }

  function holdsForbidden(p: Passage): boolean {
    if (forbidden.length === 0) return false;
    const all = new Set([
      ...words([p.text, ...p.people, ...p.places, ...p.years.map(String)].join(' ')),
      ...p.themes.flatMap((t) => words(`${t.replace(/-/g, ' ')} ${THEMES.find((th) => th.id === t)?.label ?? ''}`)),
      ...(sourceWords.get(p.source) ?? words(sourceText(REAL_SOURCES.find((s) => s.id === p.source) as Source))),
    ]);
    return forbidden.some((set) => set.every((w) => all.has(w)));
  }
}

interface Slots {
  people: string[];
  places: string[];
  years: number[];
  themes: string[];
  used: { people: Set<string>; places: Set<string>; years: Set<number> };
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Pseudo-names of two to four syllables ("ryongsan", "kangchonov"), distinct. */
function rareWords(rnd: () => number, count: number): string[] {
  const out = new Set<string>();
  while (out.size < count) {
    const n = 2 + Math.floor(rnd() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
    out.add(w);
  }
  return [...out];
}

function makeSources(rnd: () => number, count: number, rare: string[]): Source[] {
  const sources: Source[] = [];
  const types = ['book', 'article-journal', 'chapter', 'post-weblog', 'report'] as const;
  for (let i = 0; i < count; i++) {
    const family = cap(rare[Math.floor(rnd() * rare.length)]);
    const given = cap(rare[Math.floor(rnd() * rare.length)]).slice(0, 6);
    const subject = PEOPLE[Math.floor(rnd() * PEOPLE.length)];
    const topic = THEMES[Math.floor(rnd() * THEMES.length)].label;
    const from = 1945 + Math.floor(rnd() * 25);
    const type = types[Math.floor(rnd() * types.length)];
    sources.push({
      id: `source-${i}`,
      type,
      title: `${subject} and ${topic}, ${from}-${from + 3 + Math.floor(rnd() * 10)}`,
      ...(type === 'post-weblog' && rnd() < 0.5 ? {} : { author: [{ family, given }] }),
      issued: { 'date-parts': [[1990 + Math.floor(rnd() * 30)]] },
    });
  }
  return sources;
}
