/**
 * The analysis of one segment (paragraph), in offsets of the segment: its quotations with
 * their matches, its citations, and the findings that depend on nothing else (misquotes and
 * unknown keys). A segment's analysis depends only on its text, so it is cached by text.
 */
import type { CorpusIndex } from '../model';
import type { CitationLookup } from './citationLookup';
import { cleanMarkupSteps } from './cleanMarkup';
import { drain } from './steps';
import { segmentCitationsSteps, type Citation, type FootnoteDefinition, type KeyRef } from './citations';
import { materialize, wordingEdits } from './diff';
import { essayTokens, tokensKey, type EssayToken } from './essayTokens';
import { segmentQuotations } from './findQuotations';
import { maskText } from './mask';
import { matchableWords, matchTokens, MIN_WORDS, type TokenMatch } from './matchQuotation';
import { nearestKeys } from './nearestKeys';
import { passageIndexOf, type PassageIndex } from './passageIndex';
import { sourceMentionsOf, type SourceMentions } from './sourceMentions';
import type { DiffPart, Language, QuoteFinding, QuoteMatch, Quotation } from './types';

export interface AnalyzedQuote {
  quotation: Quotation;
  tokens: EssayToken[];
  match?: QuoteMatch;
  /** Long enough to be a quotation in its own right: it ends the reach of an earlier quotation's citation. */
  real: boolean;
  /** Punctuation characters right after the closing mark (a citation goes after them). */
  trailing: number;
  /** Whether the character before the citation's place is a space. */
  spaceBefore: boolean;
  /** The sources a citation of it may name, once computed. */
  right?: Set<string>;
}

export interface SegmentAnalysis {
  text: string;
  /** The text with code and comments blanked. */
  masked: string;
  /** `masked` with citations blanked too (for finding sentence ends), once computed: see `plainText`. */
  plain?: string;
  quotes: AnalyzedQuote[];
  citations: Citation[];
  definition?: FootnoteDefinition;
  /** Every citation key written in the segment. */
  keys: KeyRef[];
  /** Misquotes and unknown keys, in offsets of the segment. */
  local: QuoteFinding[];
  /** The citations arranged for the attribution pass, once computed (see `citationLookup`). */
  lookup?: CitationLookup;
  /** `local` moved to where the segment last stood in the document. */
  shifted?: { at: number; findings: QuoteFinding[] };
}

/** What analysing needs, shared by all segments of a document (and its caches). */
export interface AnalysisContext {
  index: CorpusIndex;
  language: Language;
  passages: PassageIndex;
  mentions: SourceMentions;
  keySet: ReadonlySet<string>;
  /** Matches by token key; `null` for "no passage". */
  matches: Map<string, TokenMatch | null>;
  /** Quotations aligned in this context's lifetime (for tests of incrementality). */
  matched: number;
  /** Sources named by each citation key, and labels of sources, as computed. */
  keySources: Map<string, string[]>;
  labels: Map<string, string>;
}

export function analysisContext(index: CorpusIndex, language: Language): AnalysisContext {
  const passages = passageIndexOf(index);
  return {
    index,
    language,
    passages,
    mentions: sourceMentionsOf(index),
    keySet: passages.keySet,
    matches: new Map(),
    matched: 0,
    keySources: new Map(),
    labels: new Map(),
  };
}

/** The analysis of one segment's text (see `analyzeSegmentSteps` for the same in slices). */
export function analyzeSegment(text: string, ctx: AnalysisContext): SegmentAnalysis {
  return drain(analyzeSegmentSteps(text, ctx));
}

/**
 * The analysis of one segment, yielding between units of work (masking, the citations, the
 * quotations found, each quotation's match) so that a caller can pause between them: one
 * paragraph can be a whole 1 MB document.
 */
export function* analyzeSegmentSteps(text: string, ctx: AnalysisContext): Generator<void, SegmentAnalysis, void> {
  const masked = maskText(text, ctx.language);
  yield;
  const { citations, definition } = yield* segmentCitationsSteps(masked, ctx.language, ctx.mentions);
  yield;
  const quotes: AnalyzedQuote[] = [];
  const found = segmentQuotations(masked, text, ctx.language);
  yield;
  for (const q of found) {
    // A long quotation's markup is cleaned a pass at a time.
    const cleaned = q.contentEnd - q.contentStart > LONG_QUOTATION ? yield* cleanMarkupSteps(text, q.contentStart, q.contentEnd, ctx.language) : undefined;
    const aq = analyzeQuote(q, text, ctx, cleaned);
    if (q.kind === 'block' && !aq.match) {
      aq.real = false;
      for (const inner of q.inner ?? []) {
        quotes.push(analyzeQuote(inner, text, ctx));
        yield;
      }
    }
    quotes.push(aq);
    yield;
  }
  quotes.sort((a, b) => a.quotation.start - b.quotation.start);
  const keys = citations.flatMap((c) => c.keys).concat(definition?.keys ?? []);
  const local: QuoteFinding[] = [];
  let done = 0;
  for (const aq of quotes) {
    if (aq.match && !aq.match.exact) local.push(misquoteFinding(aq));
    if (++done % FINDINGS_PER_STEP === 0) yield;
  }
  for (const k of keys) {
    if (!ctx.keySet.has(k.key)) local.push(unknownKeyFinding(k, ctx));
    if (++done % FINDINGS_PER_STEP === 0) yield;
  }
  return { text, masked, quotes, citations, definition, keys, local };
}

/** Quoted text longer than this is cleaned of markup in steps. */
const LONG_QUOTATION = 16_000;
/** Misquotes and unknown keys reported between two steps. */
const FINDINGS_PER_STEP = 128;

function analyzeQuote(q: Quotation, text: string, ctx: AnalysisContext, cleaned?: string): AnalyzedQuote {
  // A quotation with more words than any passage could be quoted by is read only that far.
  const most = matchableWords(ctx.passages);
  const tokens = essayTokens(text, q.contentStart, q.contentEnd, ctx.language, most, cleaned);
  const words = tokens.reduce((n, t) => n + (t.type === 'word' ? 1 : 0), 0);
  let trailing = 0;
  if (q.kind === 'inline') while (/[.,;:!?]/.test(text[q.end + trailing] ?? '')) trailing++;
  const slot = q.kind === 'block' ? q.contentEnd : q.end + trailing;
  const aq: AnalyzedQuote = { quotation: q, tokens, real: words >= MIN_WORDS, trailing, spaceBefore: /\s/.test(text[slot - 1] ?? ' ') };
  if (words < 2 || words > most) return aq;
  const key = tokensKey(tokens);
  let m = ctx.matches.get(key);
  if (m === undefined) {
    m = matchTokens(tokens, ctx.passages) ?? null;
    ctx.matches.set(key, m);
    ctx.matched++;
  }
  if (m) aq.match = materialize(m, tokens, { text, base: 0 });
  return aq;
}

function misquoteFinding(aq: AnalyzedQuote): QuoteFinding {
  const m = aq.match as QuoteMatch;
  const q = aq.quotation;
  const changes = m.diff.parts.filter((p) => p.kind === 'changed' || p.kind === 'inserted' || p.kind === 'deleted');
  const said = changes.slice(0, 3).map(describeChange).join('; ');
  const more = changes.length > 3 ? `; and ${changes.length - 3} more` : '';
  const edits = wordingEdits(m, aq.tokens);
  let text = '';
  let at = q.contentStart;
  for (const e of edits) {
    text += q.text.slice(at - q.contentStart, e.start - q.contentStart) + e.text;
    at = e.end;
  }
  text += q.text.slice(at - q.contentStart);
  return {
    rule: 'misquote',
    severity: 'error',
    start: q.contentStart,
    end: q.contentEnd,
    message: `The quotation differs from the source (${m.passage.id}): ${said}${more}.`,
    passageId: m.passage.id,
    quotation: { start: q.start, end: q.end },
    diff: m.diff,
    replacement: { start: q.contentStart, end: q.contentEnd, text },
    fixes: [{ title: "Use the source's wording", edits }],
  };
}

function describeChange(p: DiffPart): string {
  const s = `\u201c${flat(p.sourceText)}\u201d`;
  const e = `\u201c${flat(p.essayText)}\u201d`;
  if (p.kind === 'deleted') return `${s} left out`;
  if (p.kind === 'inserted') return `${e} added`;
  return `${e} instead of ${s}`;
}

function flat(text: string): string {
  const one = text.replace(/\s+/g, ' ').replace(/^\s*>\s?/gm, '');
  return one.length > 60 ? `${one.slice(0, 59)}\u2026` : one;
}

function unknownKeyFinding(k: KeyRef, ctx: AnalysisContext): QuoteFinding {
  const near = nearestKeys(k.key, ctx.passages.keys);
  const hint = near.length > 0 ? ` Did you mean ${near.map((n) => `\u201c${n}\u201d`).join(', ')}?` : '';
  return {
    rule: 'unknown-citation-key',
    severity: 'warning',
    start: k.start,
    end: k.end,
    message: `Unknown citation key \u201c${k.key}\u201d: no passage or source of the corpus has this id.${hint}`,
    key: k.key,
    nearestKeys: near,
    fixes: near.map((n) => ({ title: `Change to \u201c${n}\u201d`, edits: [{ start: k.start, end: k.end, text: n }] })),
  };
}

/** The segment's text with code, comments and citations blanked: where sentences end. */
export function plainText(a: SegmentAnalysis): string {
  if (a.plain !== undefined) return a.plain;
  const parts: string[] = [];
  let at = 0;
  for (const c of a.citations) {
    if (c.start < at) continue;
    parts.push(a.masked.slice(at, c.start), ' '.repeat(c.end - c.start));
    at = c.end;
  }
  parts.push(a.masked.slice(at));
  a.plain = parts.join('');
  return a.plain;
}

/** `f` with every offset moved by `delta`. */
export function shiftFinding(f: QuoteFinding, delta: number): QuoteFinding {
  if (delta === 0) return f;
  const out: QuoteFinding = {
    ...f,
    start: f.start + delta,
    end: f.end + delta,
    fixes: f.fixes.map((x) => ({ title: x.title, edits: x.edits.map((e) => ({ start: e.start + delta, end: e.end + delta, text: e.text })) })),
  };
  if (f.quotation) out.quotation = { start: f.quotation.start + delta, end: f.quotation.end + delta };
  if (f.replacement) out.replacement = { start: f.replacement.start + delta, end: f.replacement.end + delta, text: f.replacement.text };
  if (f.citation) out.citation = { passageId: f.citation.passageId, offset: f.citation.offset + delta };
  if (f.diff) out.diff = { ...f.diff, parts: f.diff.parts.map((p) => ({ ...p, essayStart: p.essayStart + delta, essayEnd: p.essayEnd + delta })) };
  return out;
}
