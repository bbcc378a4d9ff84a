/**
 * Where sentences end in a segment's plain text, for the attribution rules ("another quotation
 * in a later sentence", "earlier in the same sentence"). Asking the regular expression about
 * `text.slice(a, b)` costs the length of the slice, and the attribution pass asks once per
 * quotation: over a paragraph of thousands of quotations that is quadratic. `SentenceEnds`
 * answers the same question in logarithmic time from one scan of the text.
 */
import { isSpaceCode } from '../text/scanIndex';

/** A full stop, question or exclamation mark and a new sentence; not after "p.", "cf.", "Dr." or an initial. */
export const SENTENCE_END =
  /(?<!\b(?:p|pp|cf|e\.g|i\.e|ed|eds|vol|vols|no|nos|ch|fig|trans|repr|ca|vs|Mr|Mrs|Ms|Dr|St|\p{Lu}))[.!?\u2026]["'\u201d\u2019)\]]*\s+(?=[\p{Lu}"'\u201c\u2018(\[`\\])/u;

/** The lookbehind of `SENTENCE_END` as a test of what a text ends with. */
const ABBREVIATION_END = /\b(?:p|pp|cf|e\.g|i\.e|ed|eds|vol|vols|no|nos|ch|fig|trans|repr|ca|vs|Mr|Mrs|Ms|Dr|St|\p{Lu})$/u;
/** What starts the next sentence (the lookahead of `SENTENCE_END`), at one offset. */
const NEXT_START = /[\p{Lu}"'\u201c\u2018(\[`\\]/uy;
/** Characters before a stop that decide the lookbehind (the longest abbreviation, a word boundary, and some). */
const BEHIND = 10;

/** Whether a sentence ends inside `text` (the regular expression itself). */
export function sentenceEnds(text: string): boolean {
  return SENTENCE_END.test(text);
}

function isStop(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d;
}

/** Answers `sentenceEnds(text.slice(a, b))` for any `a <= b` without reading the slice. */
export class SentenceEnds {
  /** Stops that end a sentence, judged with the whole text before them, in order. */
  private stops: number[] | undefined;
  /** For each of `stops`, where the next sentence starts. */
  private nexts: number[] = [];

  constructor(private readonly text: string) {}

  /** Whether `sentenceEnds(text.slice(a, b))`. */
  between(a: number, b: number): boolean {
    if (b - a < 64) return sentenceEnds(this.text.slice(a, b));
    // Near `a` the lookbehind sees less than the whole text: judge those stops on their own.
    const near = Math.min(a + BEHIND, b);
    for (let p = a; p < near; p++) if (isStop(this.text.charCodeAt(p)) && this.endsAt(p, a, b)) return true;
    const stops = (this.stops ??= this.scan());
    let lo = 0;
    let hi = stops.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (stops[mid] < near) lo = mid + 1;
      else hi = mid;
    }
    // Later stops start their next sentence later still: the first one decides.
    return lo < stops.length && stops[lo] < b && this.fits(this.nexts[lo], b);
  }

  private scan(): number[] {
    const out: number[] = [];
    const t = this.text;
    for (let p = 0; p < t.length; p++) {
      if (!isStop(t.charCodeAt(p))) continue;
      const next = this.nextStart(p);
      if (next >= 0 && !ABBREVIATION_END.test(t.slice(Math.max(0, p - BEHIND), p))) {
        out.push(p);
        this.nexts.push(next);
      }
    }
    return out;
  }

  /** Whether the stop at `p` ends a sentence in `text.slice(a, b)`. */
  private endsAt(p: number, a: number, b: number): boolean {
    const next = this.nextStart(p);
    return next >= 0 && this.fits(next, b) && !ABBREVIATION_END.test(this.text.slice(Math.max(a, p - BEHIND), p));
  }

  /** Whether the next sentence's first character, at `next`, lies wholly before `b`. */
  private fits(next: number, b: number): boolean {
    const c = this.text.charCodeAt(next);
    return next < b && !(c >= 0xd800 && c <= 0xdbff && next + 1 >= b);
  }

  /** After the stop at `p`, its closing marks and at least one space: where the next sentence starts, or -1. */
  private nextStart(p: number): number {
    const t = this.text;
    let k = p + 1;
    while (k < t.length && isCloser(t.charCodeAt(k))) k++;
    const space = k;
    while (k < t.length && isSpaceCode(t.charCodeAt(k))) k++;
    if (k === space || k >= t.length) return -1;
    NEXT_START.lastIndex = k;
    return NEXT_START.test(t) ? k : -1;
  }
}
