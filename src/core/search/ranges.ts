/**
 * Where a passage text matches a query, as character ranges for highlighting: every word
 * that one of the query words expanded to, and every quoted phrase in full.
 */
import { isPlainText, tokenize, type Token } from './normalize';

/** A quoted phrase to find; while typed, its last word may be the start of a word. */
export interface Phrase {
  words: string[];
  prefixLast: boolean;
}

/** Sorted, non-overlapping [start, end) ranges in `text`. */
export function matchRanges(text: string, matched: ReadonlySet<string>, phrases: readonly Phrase[]): [number, number][] {
  const tokens = tokenize(text);
  const ranges: [number, number][] = [];
  for (const t of tokens) if (matched.has(t.term)) ranges.push([t.start, t.end]);
  for (const phrase of phrases) ranges.push(...phraseRanges(tokens, phrase));
  return mergeRanges(ranges);
}

/**
 * True when the text holds every phrase. Most candidates hold no phrase; in plain text a
 * regular expression rules those out without splitting the text into words.
 */
export function containsPhrases(text: string, phrases: readonly Phrase[]): boolean {
  if (phrases.length === 0) return true;
  if (isPlainText(text) && phrases.some((p) => !roughPattern(p).test(text))) return false;
  const tokens = tokenize(text);
  return phrases.every((phrase) => phraseRanges(tokens, phrase).length > 0);
}

const patterns = new WeakMap<Phrase, RegExp>();

/**
 * A pattern that every plain text holding the phrase matches (and a few others): the words
 * with optional apostrophes inside ("dont" ↔ "don't"), an optional possessive, and any
 * separator between them.
 */
function roughPattern(phrase: Phrase): RegExp {
  let pattern = patterns.get(phrase);
  if (!pattern) {
    const words = phrase.words.map((w) => [...w].map((c) => c.replace(/[^a-z0-9]/g, '\\$&')).join("['’]?"));
    pattern = new RegExp(words.join("(?:['’]s)?[^a-z0-9]+"), 'i');
    patterns.set(phrase, pattern);
  }
  return pattern;
}

function phraseRanges(tokens: Token[], phrase: Phrase): [number, number][] {
  const out: [number, number][] = [];
  const n = phrase.words.length;
  for (let i = 0; i + n <= tokens.length; i++) {
    let j = 0;
    while (j < n && wordMatches(tokens[i + j].term, phrase.words[j], phrase.prefixLast && j === n - 1)) j++;
    if (j === n) out.push([tokens[i].start, tokens[i + n - 1].end]);
  }
  return out;
}

function wordMatches(token: string, word: string, prefix: boolean): boolean {
  return prefix ? token.startsWith(word) : token === word;
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
