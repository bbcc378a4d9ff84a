/**
 * The query language of the passage search: free words in any order, quoted phrases and
 * four filters, `theme:`, `person:`, `source:` and `year:`.
 */
import { words } from './normalize';

/** A closed range of years; a single year has `from === to`. */
export interface YearRange {
  from: number;
  to: number;
}

/** A query taken apart. Words are normalized as the index stores them. */
export interface ParsedQuery {
  /** Free words in query order, stopwords included (the search decides what to skip). */
  words: string[];
  /** The normalized words of each quoted phrase; the passage must hold them in this order. */
  phrases: string[][];
  /** Values of `theme:` filters as typed: a theme id or label, or the start of one. */
  themes: string[];
  /** Values of `person:` filters as typed: a name or part of one ("kosygin", "kim il"). */
  people: string[];
  /** Values of `source:` filters as typed: a source id, or words of its title or author. */
  sources: string[];
  /** Values of `year:` filters: `year:1956`, `year:1953-1956`, `year:1950s`, or `year:195` while typing. */
  years: YearRange[];
  /** Filters whose value could not be read, as typed (`year:soon`); the search ignores them. */
  ignored: string[];
  /**
   * Set when the query ends inside a word (`'word'`: the last of `words`) or inside an
   * unclosed phrase (`'phrase'`: the last word of the last phrase). That word is still being
   * typed, so it is matched as the start of a word.
   */
  partial?: 'word' | 'phrase';
}

const FILTER_KEYS = new Set(['theme', 'person', 'source', 'year']);

/** One whitespace-separated piece: `key:value`, `key:"value"`, `"phrase"` or a bare word. */
const PIECE = /(?:([A-Za-z]+):)?(?:"([^"]*)("?)|(\S+))/g;

/** Takes a query apart; never throws, whatever the input. */
export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = {
    words: [],
    phrases: [],
    themes: [],
    people: [],
    sources: [],
    years: [],
    ignored: [],
  };
  let lastKind: 'word' | 'phrase' | 'other' = 'other';
  let lastOpen = false;
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(query); m !== null; m = PIECE.exec(query)) {
    const key = m[1]?.toLowerCase();
    const quoted = m[2] !== undefined;
    const value = (quoted ? m[2] : m[4]) ?? '';
    if (key === undefined && !quoted && /^[A-Za-z]+:$/.test(value) && FILTER_KEYS.has(value.slice(0, -1).toLowerCase())) {
      lastKind = 'other'; // "theme:" typed, value not yet
      continue;
    }
    if (key !== undefined && FILTER_KEYS.has(key)) {
      addFilter(parsed, key, value.trim(), m[0]);
      lastKind = 'other';
      continue;
    }
    // An unknown key ("note:") is part of the words.
    const text = key !== undefined ? `${m[1]}:${value}` : value;
    if (quoted && key === undefined) {
      const phrase = words(text);
      if (phrase.length > 0) parsed.phrases.push(phrase);
      lastKind = phrase.length > 0 ? 'phrase' : 'other';
      lastOpen = m[3] === '';
    } else {
      const found = words(text);
      parsed.words.push(...found);
      lastKind = found.length > 0 ? 'word' : 'other';
      lastOpen = false;
    }
  }
  const endsInWord = query.length > 0 && !/\s$/.test(query);
  if (lastKind === 'word' && endsInWord && !query.endsWith('"')) parsed.partial = 'word';
  if (lastKind === 'phrase' && lastOpen && endsInWord) parsed.partial = 'phrase';
  return parsed;
}

function addFilter(parsed: ParsedQuery, key: string, value: string, raw: string): void {
  if (value === '') return; // "theme:" typed, value not yet
  switch (key) {
    case 'theme':
      parsed.themes.push(value);
      break;
    case 'person':
      parsed.people.push(value);
      break;
    case 'source':
      parsed.sources.push(value);
      break;
    default: {
      const range = parseYears(value);
      if (range) parsed.years.push(range);
      else parsed.ignored.push(raw);
    }
  }
}

/**
 * Reads `1956`, `1953-1956` (hyphen or dash), `1953-` (from 1953 on), `1950s`, and the start of
 * a year being typed (`195` → 1950–1959). Returns undefined for anything else.
 */
export function parseYears(value: string): YearRange | undefined {
  const range = /^(\d{4})\s*[-–—]\s*(\d{4})?$/.exec(value);
  if (range) {
    const from = Number(range[1]);
    const to = range[2] ? Number(range[2]) : 9999;
    return from <= to ? { from, to } : { from: to, to: from };
  }
  const decade = /^(\d{3})0s$/.exec(value);
  if (decade) return { from: Number(decade[1]) * 10, to: Number(decade[1]) * 10 + 9 };
  if (/^\d{4}$/.test(value)) return { from: Number(value), to: Number(value) };
  if (/^\d{1,3}$/.test(value)) {
    const scale = 10 ** (4 - value.length);
    return { from: Number(value) * scale, to: Number(value) * scale + scale - 1 };
  }
  return undefined;
}
