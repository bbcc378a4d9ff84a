/**
 * The checker an editor keeps per document. `update` re-segments the text (a linear scan),
 * re-analyses only the segments whose text is new, reuses the match of every quotation whose
 * words it has seen before, and then runs the document-wide attribution pass, which is cheap
 * (footnote definitions and "Ibid." make attribution depend on other paragraphs).
 */
import type { CorpusIndex } from '../model';
import { analysisContext, analyzeSegment, shiftFinding, type AnalysisContext, type SegmentAnalysis } from './analysis';
import { attributionFindings, type PlacedSegment } from './attribution';
import { shift } from './findQuotations';
import { applySeverities, RULES } from './rules';
import { segmentDocument } from './segments';
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
   * Checks the document's new text and returns every finding, sorted by offset. `changes`
   * (the edits since the previous call) are accepted for the editor's convenience; the cache
   * works from segment texts, so the result is the same with or without them.
   */
  update(text: string, changes?: TextChange | readonly TextChange[]): QuoteFinding[] {
    void changes;
    const matchedBefore = this.ctx.matched;
    const next = new Map<string, SegmentAnalysis>();
    const placed: PlacedSegment[] = [];
    let analyzed = 0;
    for (const seg of segmentDocument(text, this.ctx.language)) {
      if (seg.kind !== 'text') continue;
      const body = text.slice(seg.start, seg.end);
      let analysis = next.get(body) ?? this.cache.get(body);
      if (!analysis) {
        analysis = analyzeSegment(body, this.ctx);
        analyzed++;
      }
      next.set(body, analysis);
      placed.push({ start: seg.start, analysis });
    }
    this.cache = next;
    this.placed = placed;
    this.pruneMatches();
    const all: QuoteFinding[] = [];
    for (const p of placed) for (const f of p.analysis.local) all.push(shiftFinding(f, p.start));
    all.push(...attributionFindings(placed, this.ctx));
    all.sort((a, b) => a.start - b.start || RULES.indexOf(a.rule) - RULES.indexOf(b.rule));
    this.all = all;
    this.current = applySeverities(all, this.options);
    this.last = { segments: placed.length, analyzed, matched: this.ctx.matched - matchedBefore };
    return this.current;
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

  /** Keeps the match cache to the quotations of recent documents. */
  private pruneMatches(): void {
    const live = this.placed.reduce((n, p) => n + p.analysis.quotes.length, 0);
    if (this.ctx.matches.size <= 2 * live + 2000) return;
    this.ctx.matches.clear();
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
