/**
 * Whether each matched quotation is cited, and cited to the right source.
 *
 * The citation of an inline quotation is the first citation after it in the same paragraph,
 * unless another quotation in a later sentence comes first (that one has its own citation);
 * quotations in one sentence share the citation that ends it. A narrative citation earlier in
 * the same sentence (`@key writes`, `\textcite{key}`) also counts. A block quotation is cited
 * inside the block, right after it, or at the end of the sentence that introduces it. A
 * quotation inside a note is cited by that note.
 *
 * A citation names sources through its keys (a source id, or a passage id standing for the
 * passage's source and original), or through the author or title its words give (notes and
 * parentheticals); "Ibid." names what the previous note named. The passage's `source` and its
 * `original` are both right.
 */
import type { Passage } from '../model';
import { sourceLabel } from '../describePassage';
import { plainText, type AnalysisContext, type AnalyzedQuote, type SegmentAnalysis } from './analysis';
import { citationLookup, type CitationLookup } from './citationLookup';
import type { Citation, FootnoteDefinition } from './citations';
import { isSpaceCode } from '../text/scanIndex';
import type { QuoteFinding } from './types';

export interface PlacedSegment {
  start: number;
  /** Its place among all segments (headings and code included), to tell neighbours. */
  index: number;
  analysis: SegmentAnalysis;
}

/** What a citation names, once notes, definitions and "Ibid." are resolved. */
interface Resolved {
  sources: string[];
  /** Keys were written but none is known: the unknown-key rule speaks, not this one. */
  unknownOnly: boolean;
  /** A footnote reference without a definition, or a note that names no corpus source. */
  silentNote: boolean;
}

/** Quotations judged between two yields of `attributionSteps`. */
const QUOTES_PER_STEP = 256;

/**
 * The attribution findings of a document, in document offsets, yielding every few hundred
 * quotations so that a caller can pause between them.
 */
export function* attributionSteps(segments: readonly PlacedSegment[], ctx: AnalysisContext): Generator<void, QuoteFinding[], void> {
  const definitions = new Map<string, FootnoteDefinition>();
  for (const s of segments) if (s.analysis.definition) definitions.set(s.analysis.definition.label, s.analysis.definition);
  const resolved = yield* resolveNotes(segments, definitions, ctx);
  const out: QuoteFinding[] = [];
  let judged = 0;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    for (const aq of s.analysis.quotes) {
      if (!aq.match) continue;
      const prev = segments[i - 1]?.index === s.index - 1 ? segments[i - 1] : undefined;
      const next = segments[i + 1]?.index === s.index + 1 ? segments[i + 1] : undefined;
      const cited = citationOf(aq, s, prev, next);
      const finding = judge(aq, cited, resolved, s.start, ctx);
      if (finding) out.push(finding);
      if (++judged % QUOTES_PER_STEP === 0) yield;
    }
  }
  return out;
}

/** The citation of a quotation, and the document offset of the segment it stands in. */
type Found = { citation: Citation; base: number } | { definition: FootnoteDefinition };

function citationOf(aq: AnalyzedQuote, here: PlacedSegment, prev?: PlacedSegment, next?: PlacedSegment): Found | undefined {
  const q = aq.quotation;
  const seg = here.analysis;
  const at = (citation: Citation, where: PlacedSegment = here): Found => ({ citation, base: where.start });
  if (seg.definition) return { definition: seg.definition };
  const look = lookupOf(seg);
  const { cites } = look;
  const note = look.noteAround(q.start, q.end);
  if (note) return at(note);
  if (q.kind === 'block') {
    for (let i = look.startingAt(q.contentStart); i < cites.length && cites[i].start < q.end; i++) if (cites[i].end <= q.end) return at(cites[i]);
    // Only the first citation after the block can have nothing but punctuation before it.
    const after = cites[look.startingAt(q.end)];
    if (after && onlyPunctuation(look.plain, q.end, after.start)) return at(after);
    if (next && look.lastText < q.end) {
      const nextLook = lookupOf(next.analysis);
      const first = nextLook.cites[0];
      if (first && nextLook.firstText >= first.start) return at(first, next);
    }
    // The sentence that introduces the block and ends with a colon: "Szalontai concludes:[^4]".
    const lead = look.firstText < q.start ? here : prev;
    if (lead) {
      const leadEnd = lead === here ? q.start : lead.analysis.text.length;
      const leadLook = lookupOf(lead.analysis);
      let last: Citation | undefined;
      for (let i = leadLook.startingAt(leadEnd) - 1; i >= 0 && !last; i--) if (leadLook.cites[i].end <= leadEnd) last = leadLook.cites[i];
      if (last && /[:,]/.test(lastTextBefore(leadLook.plain, leadEnd)) && !leadLook.ends.between(last.end, leadEnd)) return at(last, lead);
    }
    return undefined;
  }
  const first = look.startingAt(q.contentStart);
  const following = cites[Math.min(look.plainFrom(first), look.startingAt(q.end))];
  if (following) {
    const other = look.realStartBefore(q.end, following.start);
    const cut = other >= 0 && look.ends.between(q.contentEnd - 1, other);
    if (!cut) return at(following);
  }
  const narrative = look.narrativeBefore(q.start);
  if (narrative && !look.ends.between(narrative.end, q.start)) return at(narrative);
  return undefined;
}

/** The segment's citation lookup, built on first use and kept with its analysis. */
function lookupOf(a: SegmentAnalysis): CitationLookup {
  a.lookup ??= citationLookup(a.citations, plainText(a), a.quotes);
  return a.lookup;
}

/** Whether `text.slice(from, to)` holds only white space and `.,;:`. */
function onlyPunctuation(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (!(c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || isSpaceCode(c))) return false;
  }
  return true;
}

/** The last character before `end` that is not white space, or ''. */
function lastTextBefore(text: string, end: number): string {
  let k = end - 1;
  while (k >= 0 && isSpaceCode(text.charCodeAt(k))) k--;
  return k >= 0 ? text[k] : '';
}

/** Resolves every note-like citation in document order, so that "Ibid." can follow the one before. */
function* resolveNotes(
  segments: readonly PlacedSegment[],
  definitions: Map<string, FootnoteDefinition>,
  ctx: AnalysisContext,
): Generator<void, Map<Citation | FootnoteDefinition, Resolved>, void> {
  let count = 0;
  const out = new Map<Citation | FootnoteDefinition, Resolved>();
  let previous: string[] = [];
  const fromKeys = (keys: readonly { key: string }[]) => keys.flatMap((k) => sourcesOfKey(k.key, ctx));
  const note = (owner: Citation | FootnoteDefinition, named: string[], keys: readonly { key: string }[], ibid: boolean) => {
    let sources = unique([...named, ...fromKeys(keys)]);
    if (sources.length === 0 && ibid) sources = previous;
    if (sources.length > 0) previous = sources;
    const unknownOnly = sources.length === 0 && keys.length > 0;
    out.set(owner, { sources, unknownOnly, silentNote: sources.length === 0 && !unknownOnly });
  };
  for (const s of segments) {
    for (const c of s.analysis.citations) {
      if (++count % QUOTES_PER_STEP === 0) yield;
      if (c.kind === 'footnote-ref') {
        const def = c.label !== undefined ? definitions.get(c.label) : undefined;
        if (def) {
          note(c, def.named, def.keys, def.ibid);
          out.set(def, out.get(c) as Resolved);
        } else out.set(c, { sources: [], unknownOnly: false, silentNote: true });
      } else if (c.kind === 'note') {
        note(c, c.named, c.keys, c.ibid ?? false);
      } else {
        const sources = unique([...c.named, ...fromKeys(c.keys)]);
        out.set(c, { sources, unknownOnly: sources.length === 0 && c.keys.length > 0, silentNote: false });
      }
    }
    const def = s.analysis.definition;
    if (def && !out.has(def)) {
      const sources = unique([...def.named, ...fromKeys(def.keys)]);
      out.set(def, { sources, unknownOnly: sources.length === 0 && def.keys.length > 0, silentNote: sources.length === 0 });
    }
  }
  return out;
}

/** The sources a key names (cached per context: keys repeat). */
function sourcesOfKey(key: string, ctx: AnalysisContext): string[] {
  let ids = ctx.keySources.get(key);
  if (!ids) {
    const p = ctx.index.passageById.get(key);
    ids = ctx.index.sourceById.has(key) ? [key] : p ? (p.original !== undefined ? [p.source, p.original] : [p.source]) : [];
    ctx.keySources.set(key, ids);
  }
  return ids;
}

function unique(ids: string[]): string[] {
  return ids.length < 2 ? ids : [...new Set(ids)];
}

function judge(aq: AnalyzedQuote, found: Found | undefined, resolved: Map<Citation | FootnoteDefinition, Resolved>, base: number, ctx: AnalysisContext): QuoteFinding | undefined {
  const m = aq.match;
  if (!m) return undefined;
  const q = aq.quotation;
  const passage = m.passage;
  const owner = found ? ('definition' in found ? found.definition : found.citation) : undefined;
  const r = owner ? resolved.get(owner) : undefined;
  if (m.strength === 'cited-only' && (!r || r.silentNote)) return undefined;
  if (!r || r.silentNote) return unattributed(aq, passage, base, ctx, owner !== undefined);
  const right = (aq.right ??= new Set([passage, ...m.alternatives].flatMap((p) => (p.original !== undefined ? [p.source, p.original] : [p.source]))));
  if (r.unknownOnly || r.sources.some((id) => right.has(id))) return undefined;
  const quotation = { start: q.start + base, end: q.end + base };
  const citation = found && 'citation' in found ? found : undefined;
  const range = citation ? { start: citation.citation.start + citation.base, end: citation.citation.end + citation.base } : quotation;
  const wrongKey = citation?.citation.keys.find((k) => ctx.keySet.has(k.key) && !sourcesOfKey(k.key, ctx).some((id) => right.has(id)));
  const rightIds = unique([passage.source, ...(passage.original !== undefined ? [passage.original] : [])]);
  const from = passage.original !== undefined ? ` (or ${label(passage.original, ctx)})` : '';
  return {
    rule: 'wrong-source',
    severity: 'error',
    start: range.start,
    end: range.end,
    message: `The citation names ${r.sources.map((id) => label(id, ctx)).join(', ')}, but the quoted words are from ${label(passage.source, ctx)}${from}: passage ${passage.id}.`,
    passageId: passage.id,
    quotation,
    fixes:
      wrongKey && citation
        ? rightIds.map((id) => ({ title: `Cite ${id}`, edits: [{ start: wrongKey.start + citation.base, end: wrongKey.end + citation.base, text: id }] }))
        : [],
  };
}

function unattributed(aq: AnalyzedQuote, passage: Passage, base: number, ctx: AnalysisContext, hasNote: boolean): QuoteFinding {
  const q = aq.quotation;
  const offset = base + citationOffset(aq);
  const why = hasNote ? ': the note after it names no source of the corpus' : '';
  return {
    rule: 'unattributed-quotation',
    severity: 'warning',
    start: q.start + base,
    end: q.end + base,
    message: `Quotation from ${label(passage.source, ctx)} (${passage.id}) without a citation${why}.`,
    passageId: passage.id,
    quotation: { start: q.start + base, end: q.end + base },
    citation: { passageId: passage.id, offset },
    fixes: [{ title: 'Add citation', edits: [{ start: offset, end: offset, text: defaultCitation(passage, ctx, aq) }] }],
  };
}

/** After the closing mark and the punctuation right after it; for a block, after its last word. */
function citationOffset(aq: AnalyzedQuote): number {
  return aq.quotation.kind === 'block' ? aq.quotation.contentEnd : aq.quotation.end + aq.trailing;
}

/** The citation "Add citation" inserts when the editor does not format one its own way. */
function defaultCitation(passage: Passage, ctx: AnalysisContext, aq: AnalyzedQuote): string {
  const quotedIn = passage.original !== undefined && passage.kind !== 'paraphrase';
  if (ctx.language === 'markdown') {
    const keys = quotedIn ? `@${passage.original}; quoted in @${passage.source}` : `@${passage.source}`;
    return `${aq.spaceBefore ? '' : ' '}[${keys}]`;
  }
  if (ctx.language === 'latex') return `\\footcite{${passage.source}}`;
  return `${aq.spaceBefore ? '' : ' '}(${label(passage.source, ctx)})`;
}

function label(id: string, ctx: AnalysisContext): string {
  let text = ctx.labels.get(id);
  if (text === undefined) {
    const s = ctx.index.sourceById.get(id);
    text = s ? sourceLabel(s) : id;
    ctx.labels.set(id, text);
  }
  return text;
}
