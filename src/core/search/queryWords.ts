/**
 * The words of a query as the search looks them up: each free word and each phrase word with
 * the indexed words it stands for.
 */
import { STOPWORDS } from './normalize';
import type { ParsedQuery } from './parseQuery';
import type { Phrase } from './ranges';
import type { Expansion, TermMatcher } from './termMatcher';

/** A query word as looked up: what it expanded to, and whether a passage must hold it. */
export interface QueryWord {
  expansions: Expansion[];
  /** Words of quoted phrases are required; free words only rank. */
  required: boolean;
}

/**
 * Expands the query words. Free words match as prefixes from four letters on, the word being
 * typed from the first letter, and fuzzily; phrase words match exactly (the one being typed
 * as a prefix). Stopwords are skipped unless the query holds nothing else.
 */
export function lookUp(parsed: ParsedQuery, matcher: TermMatcher, fuzzy: boolean): QueryWord[] {
  const out: QueryWord[] = [];
  const content = parsed.words.filter((w) => !STOPWORDS.has(w));
  const keepStopwords = content.length === 0 && parsed.phrases.length === 0;
  parsed.words.forEach((word, i) => {
    const typing = parsed.partial === 'word' && i === parsed.words.length - 1;
    if (STOPWORDS.has(word) && !keepStopwords) {
      if (!typing) return;
      // A stopword being typed may be the start of a longer word: "the" → "thaw".
      const longer = matcher.expand(word, true, false).filter((e) => matcher.word(e.termId) !== word);
      if (longer.length > 0) out.push({ expansions: longer, required: false });
      return;
    }
    const expansions = matcher.expand(word, typing || word.length >= 4, fuzzy);
    if (expansions.length > 0) out.push({ expansions, required: false });
  });
  parsed.phrases.forEach((phrase, p) => {
    const allStopwords = phrase.every((w) => STOPWORDS.has(w));
    phrase.forEach((word, i) => {
      if (STOPWORDS.has(word) && !allStopwords) return;
      const typing = parsed.partial === 'phrase' && p === parsed.phrases.length - 1 && i === phrase.length - 1;
      out.push({ expansions: matcher.expand(word, typing, false), required: true });
    });
  });
  return out;
}

export function phrasesOf(parsed: ParsedQuery): Phrase[] {
  return parsed.phrases.map((words, p) => ({
    words,
    prefixLast: parsed.partial === 'phrase' && p === parsed.phrases.length - 1,
  }));
}
