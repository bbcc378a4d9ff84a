/**
 * The checker an editor keeps per document. `update` re-segments the text (a linear scan),
 * re-analyses only the segments whose text is new, reuses the match of every quotation whose
 * words it has seen before, and then runs the document-wide attribution pass, which is cheap
 * (footnote definitions and "Ibid." make attribution depend on other paragraphs).
 */
import type { CorpusIndex } from '../model';
import { analysisContext, analyzeSegmentSteps, shiftFinding, type AnalysisContext, type SegmentAnalysis } from './analysis';
import { attributionSteps, type PlacedSegment } from './attribution';
import { shift } from './findQuotations';
import { applySeverities, RULES } from './rules';
import { resegment, segmentDocument, type Segment } from './segments';
import { drain } from './steps';
import type { Language, QuoteCheckOptions, QuoteFinding, QuoteMatch, Quotation } from './types';

/**
 * An edit as VS Code reports it (`rangeOffset`, `rangeLength`, `text`): `[start, end)` of the
 * previous text was replaced by `text`.
 */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/** What the last `update` did, for tests and the benchmark. */
export interface CheckStats {
  segments: number;
  /** Segments analysed afresh (their text was not cached). */
  analyzed: number;
  /** Quotations aligned against the corpus afresh (their words were not cached). */
  matched: number;
}

export class DocumentQuoteChecker {
  private readonly ctx: AnalysisContext;
  private options: QuoteCheckOptions;
  private text = '';
  private segments: Segment[] = [];
  /** The analysis of each segment (undefined for `skip` segments), parallel to `segments`. */
  private analyses: (SegmentAnalysis | undefined)[] = [];
  /** Analyses by segment text, for segments that change back or move. */
  private cache = new Map<string, SegmentAnalysis>();
  private placed: PlacedSegment[] = [];
  private all: QuoteFinding[] = [];
  private current: QuoteFinding[] = [];
  private last: CheckStats = { segments: 0, analyzed: 0, matched: 0 };

  constructor(index: CorpusIndex, language: Language, options: QuoteCheckOptions = {}) {
    this.ctx = analysisContext(index, language);
    this.options = options;
  }

  /**
   * Checks the document's new text and returns every finding, sorted by offset. With the
   * edit since the previous call (as VS Code reports it: one change, in offsets of the
   * previous text), only the paragraphs around the edit are even looked at; without it, or
   * with several changes, the whole text is segmented and unchanged paragraphs are found in
   * the cache by their text. Either way the result is that of a check from scratch.
   */
  update(text: string, changes?: TextChange | readonly TextChange[]): QuoteFinding[] {
    return drain(this.updateSteps(text, changes));
  }

  /**
   * `update` in slices: the generator yields between units of work (a paragraph's masking,
   * citations and quotations, each quotation's match, a few hundred attributions), each
   * linear in its text, and returns the findings. The editor runs it a few milliseconds at a
   * time. The checker's state changes only when the generator finishes, so one abandoned
   * midway (the document changed again) leaves the previous check in place.
   */
  *updateSteps(text: string, changes?: TextChange | readonly TextChange[]): Generator<void, QuoteFinding[], void> {
    const matchedBefore = this.ctx.matched;
    const change = Array.isArray(changes) ? (changes.length === 1 ? changes[0] : undefined) : (changes as TextChange | undefined);
    let analyzed = 0;
    const ctx = this.ctx;
    const cache = this.cache;
    const analyse = function* (seg: Segment): Generator<void, SegmentAnalysis | undefined, void> {
      if (seg.kind !== 'text') return undefined;
      const body = text.slice(seg.start, seg.end);
      let analysis = cache.get(body);
      if (!analysis) {
        analysis = yield* analyzeSegmentSteps(body, ctx);
        cache.set(body, analysis);
        analyzed++;
        yield;
      }
      return analysis;
    };
    const re = change && this.fits(text, change) ? resegment(text, this.ctx.language, this.segments, change) : undefined;
    let segments: Segment[];
    let analyses: (SegmentAnalysis | undefined)[];
    if (re) {
      const fresh = re.segments.length - re.head - (this.segments.length - re.tail);
      const middle: (SegmentAnalysis | undefined)[] = [];
      for (const seg of re.segments.slice(re.head, re.head + fresh)) middle.push(yield* analyse(seg));
      analyses = [...this.analyses.slice(0, re.head), ...middle, ...this.analyses.slice(re.tail)];
      segments = re.segments;
    } else {
      segments = segmentDocument(text, this.ctx.language);
      yield;
      analyses = [];
      for (const seg of segments) analyses.push(yield* analyse(seg));
    }
    const placed: PlacedSegment[] = [];
    segments.forEach((seg, i) => {
      const analysis = analyses[i];
      if (analysis) placed.push({ start: seg.start, index: i, analysis });
    });
    const all: QuoteFinding[] = [];
    for (const p of placed) {
      const a = p.analysis;
      if (a.local.length === 0) continue;
      if (a.shifted?.at !== p.start) a.shifted = { at: p.start, findings: a.local.map((f) => shiftFinding(f, p.start)) };
      for (const f of a.shifted.findings) all.push(f);
    }
    for (const f of yield* attributionSteps(placed, this.ctx)) all.push(f);
    all.sort((a, b) => a.start - b.start || RULES.indexOf(a.rule) - RULES.indexOf(b.rule));
    this.segments = segments;
    this.analyses = analyses;
    this.text = text;
    this.pruneCaches();
    this.placed = placed;
    this.all = all;
    this.current = applySeverities(all, this.options);
    this.last = { segments: placed.length, analyzed, matched: this.ctx.matched - matchedBefore };
    return this.current;
  }

  /** Whether an edit of the previous text can give `text` (a cheap guard against a stale or wrong change). */
  private fits(text: string, change: TextChange): boolean {
    const old = this.text;
    return (
      this.segments.length > 0 &&
      change.start >= 0 &&
      change.start <= change.end &&
      change.end <= old.length &&
      text.length === old.length + change.text.length - (change.end - change.start) &&
      text.startsWith(change.text, change.start)
    );
  }

  /** Changes severities (or turns rules off) without checking again. */
  setOptions(options: QuoteCheckOptions): QuoteFinding[] {
    this.options = options;
    this.current = applySeverities(this.all, options);
    return this.current;
  }

  /** The findings of the last `update`. */
  get findings(): readonly QuoteFinding[] {
    return this.current;
  }

  get stats(): CheckStats {
    return this.last;
  }

  /** Every quotation checked, matched or not, in document offsets and order. */
  quotations(): { quotation: Quotation; match?: QuoteMatch }[] {
    const out: { quotation: Quotation; match?: QuoteMatch }[] = [];
    for (const p of this.placed) {
      for (const aq of p.analysis.quotes) {
        out.push(aq.match ? { quotation: shift(aq.quotation, p.start), match: shiftMatch(aq.match, p.start) } : { quotation: shift(aq.quotation, p.start) });
      }
    }
    return out;
  }

  /** The matched quotation at a document offset (for a hover showing the source), if any. */
  quotationAt(offset: number): { quotation: Quotation; match: QuoteMatch } | undefined {
    for (const p of this.placed) {
      if (offset < p.start || offset > p.start + p.analysis.text.length) continue;
      const local = offset - p.start;
      const aq = p.analysis.quotes.find((x) => x.match && x.quotation.start <= local && local <= x.quotation.end);
      if (aq?.match) return { quotation: shift(aq.quotation, p.start), match: shiftMatch(aq.match, p.start) };
    }
    return undefined;
  }

  /** Keeps the caches to about what the document holds. */
  private pruneCaches(): void {
    if (this.cache.size > 2 * this.segments.length + 200) {
      this.cache = new Map();
      for (const analysis of this.analyses) if (analysis) this.cache.set(analysis.text, analysis);
    }
    if (this.ctx.matches.size > 4 * this.segments.length + 2000) this.ctx.matches.clear();
  }
}

function shiftMatch(m: QuoteMatch, delta: number): QuoteMatch {
  if (delta === 0) return m;
  return { ...m, diff: { ...m.diff, parts: m.diff.parts.map((p) => ({ ...p, essayStart: p.essayStart + delta, essayEnd: p.essayEnd + delta })) } };
}

/** Checks a whole document once. */
export function checkDocument(text: string, language: Language, index: CorpusIndex, options?: QuoteCheckOptions): QuoteFinding[] {
  return new DocumentQuoteChecker(index, language, options).update(text);
}
