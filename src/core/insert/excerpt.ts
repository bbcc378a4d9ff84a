/** A word of a text with its offsets. */
interface Word {
  text: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

function comparable(word: string): string {
  return word.normalize('NFC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/**
 * The part of `source` a person kept in `edited` by deleting words, with an ellipsis (…)
 * where words inside the quotation were left out. Following the Chicago Manual of Style
 * (13.50), no ellipsis marks an omission before the first or after the last word kept.
 * Undefined when `edited` is not `source` with words deleted (a word was changed or moved).
 */
export function excerptWithEllipses(source: string, edited: string): string | undefined {
  const all = words(source);
  const kept = words(edited);
  if (kept.length === 0) return undefined;
  // Greedy leftmost subsequence match of the kept words in the source words.
  const matched: number[] = [];
  let at = 0;
  for (const word of kept) {
    while (at < all.length && comparable(all[at].text) !== comparable(word.text)) at++;
    if (at === all.length) return trimmedWordMatch(source, edited);
    matched.push(at++);
  }
  const runs: [number, number][] = [];
  for (const index of matched) {
    const last = runs[runs.length - 1];
    if (last && last[1] === index - 1) last[1] = index;
    else runs.push([index, index]);
  }
  return runs.map(([first, last]) => source.slice(all[first].start, all[last].end)).join(' \u2026 ');
}

/** The edited words may cut a word's punctuation at either end ("hell." → "hell"). */
function trimmedWordMatch(source: string, edited: string): string | undefined {
  const flat = (t: string) => comparable(t).replace(/\s+/g, ' ').trim();
  return flat(source).includes(flat(edited)) ? edited.trim() : undefined;
}
