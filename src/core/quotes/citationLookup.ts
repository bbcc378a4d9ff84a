/**
 * A segment's citations and quotations arranged for the attribution pass: sorted offsets,
 * prefix maxima and "next of a kind" tables, so that finding a quotation's citation costs a
 * few binary searches instead of a walk over every citation of the paragraph (10,000
 * quotations with citations in one paragraph made that quadratic). Built once per analysed
 * segment, on first use, and kept with its analysis.
 */
import type { Citation } from './citations';
import { isSpaceCode } from '../text/scanIndex';
import { SentenceEnds } from './sentenceEnds';

export interface CitationLookup {
  /** The citations that cite (not `\nocite`), in order of start. */
  cites: Citation[];
  /** The segment's plain text (code, comments and citations blanked) and where its sentences end. */
  plain: string;
  ends: SentenceEnds;
  /** The first and last offsets of `plain` that are not white space (`plain.length` and -1 when none). */
  firstText: number;
  lastText: number;
  /** The first citation at or after `start` (by start offset), its index in `cites`. */
  startingAt(start: number): number;
  /** The first note (by start) that starts before `start` and ends at or after `end`, if any. */
  noteAround(start: number, end: number): Citation | undefined;
  /** The first citation at or after index `from` that is not narrative, or `cites.length`. */
  plainFrom(from: number): number;
  /** The last narrative citation ending at or before `offset`. */
  narrativeBefore(offset: number): Citation | undefined;
  /** The last start of a real quotation in `[from, to)`, or -1. */
  realStartBefore(from: number, to: number): number;
}

/** The lookup of a segment with these citations, plain text and quotations. */
export function citationLookup(citations: readonly Citation[], plain: string, quotes: readonly { quotation: { start: number }; real: boolean }[]): CitationLookup {
  const cites = citations.filter((c) => !c.silent);
  const starts = cites.map((c) => c.start);
  const notes = cites.filter((c) => c.kind === 'note');
  const noteReach: number[] = [];
  for (const n of notes) noteReach.push(Math.max(n.end, noteReach[noteReach.length - 1] ?? -1));
  const plainAt = new Int32Array(cites.length + 1);
  plainAt[cites.length] = cites.length;
  for (let i = cites.length - 1; i >= 0; i--) plainAt[i] = cites[i].narrative ? plainAt[i + 1] : i;
  const narratives = cites.filter((c) => c.narrative);
  const narrativeEnds = narratives.map((c) => c.end);
  const endsSorted = narrativeEnds.every((e, i) => i === 0 || narrativeEnds[i - 1] <= e);
  const realStarts = quotes.filter((q) => q.real).map((q) => q.quotation.start);
  realStarts.sort((a, b) => a - b);
  let firstText = 0;
  while (firstText < plain.length && isSpaceCode(plain.charCodeAt(firstText))) firstText++;
  let lastText = plain.length - 1;
  while (lastText >= 0 && isSpaceCode(plain.charCodeAt(lastText))) lastText--;
  return {
    cites,
    plain,
    ends: new SentenceEnds(plain),
    firstText,
    lastText,
    startingAt: (start) => lowerBound(starts, start),
    noteAround(start, end) {
      const i = lowerBound(noteReach, end);
      return i < notes.length && notes[i].start < start ? notes[i] : undefined;
    },
    plainFrom: (from) => plainAt[from],
    narrativeBefore(offset) {
      if (!endsSorted) return narratives.filter((c) => c.end <= offset).pop();
      const i = lowerBound(narrativeEnds, offset + 1);
      return i > 0 ? narratives[i - 1] : undefined;
    },
    realStartBefore(from, to) {
      const i = lowerBound(realStarts, to) - 1;
      return i >= 0 && realStarts[i] >= from ? realStarts[i] : -1;
    },
  };
}

/** The first index of a sorted array whose value is `>= value` (the length if none). */
function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
