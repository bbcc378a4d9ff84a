/**
 * From an alignment to what a person sees: the word diff for the hover, and the edits of
 * "Use the source's wording". Edits replace only the differing words inside the quotation:
 * ellipses, brackets, the essay's markup and line breaks elsewhere stay as they are.
 */
import type { AlignOp } from './align';
import type { EssayToken } from './essayTokens';
import type { TokenMatch } from './matchQuotation';
import type { DiffPart, FixEdit, QuoteMatch, WordDiff } from './types';

/** Where the passage's words stand in its text. */
interface SourceWords {
  length: number;
  start(k: number): number;
  end(k: number): number;
}

/** A piece of the document: `text` starts at document offset `base`. */
export interface DocText {
  text: string;
  base: number;
}

/** The match of one quotation occurrence, in document offsets. */
export function materialize(m: TokenMatch, tokens: readonly EssayToken[], doc: DocText): QuoteMatch {
  const src = m.passage.passage.text;
  const o = m.passage.offsets;
  const words: SourceWords = { length: o.length / 2, start: (k) => o[2 * k], end: (k) => o[2 * k + 1] };
  const { from, to } = m.alignment;
  const parts = diffParts(m.alignment.ops, tokens, words, src, doc);
  const diff: WordDiff = {
    source: to > from ? src.slice(words.start(from), words.end(to - 1)) : '',
    essay: slice(doc, tokens[0].start, tokens[tokens.length - 1].end),
    parts,
  };
  return {
    passage: m.passage.passage,
    alternatives: m.alternatives.map((p) => p.passage),
    exact: m.alignment.cost === 0,
    strength: m.strength,
    diff,
    sourceStart: to > from ? words.start(from) : 0,
    sourceEnd: to > from ? words.end(to - 1) : 0,
  };
}

function slice(doc: DocText, start: number, end: number): string {
  return doc.text.slice(start - doc.base, end - doc.base);
}

function diffParts(ops: readonly AlignOp[], tokens: readonly EssayToken[], words: SourceWords, src: string, doc: DocText): DiffPart[] {
  const parts: DiffPart[] = [];
  let k = 0;
  // The source offset reached so far, for parts that hold no source word.
  let srcAt = ops.length > 0 ? sourceStartOf(ops, words) : 0;
  while (k < ops.length) {
    const op = ops[k];
    if (op.op === 'gap' || op.op === 'interp') {
      const t = tokens[op.e];
      const has = op.sTo > op.sFrom;
      const sStart = has ? words.start(op.sFrom) : srcAt;
      const sEnd = has ? words.end(op.sTo - 1) : srcAt;
      parts.push(part(op.op === 'gap' ? 'omitted' : 'interpolated', src, doc, sStart, sEnd, t.start, t.end));
      srcAt = sEnd;
      k++;
      continue;
    }
    const equal = op.op === 'equal';
    let stop = k;
    while (stop < ops.length && ops[stop].op !== 'gap' && ops[stop].op !== 'interp' && (ops[stop].op === 'equal') === equal) stop++;
    // The first and last essay token and source word of the run, by index (-1: none).
    let e0 = -1;
    let e1 = -1;
    let s0 = -1;
    let s1 = -1;
    for (let x = k; x < stop; x++) {
      const o = ops[x];
      if ('e' in o) {
        if (e0 < 0) e0 = o.e;
        e1 = o.e;
      }
      if ('s' in o) {
        if (s0 < 0) s0 = o.s;
        s1 = o.s;
      }
    }
    const sStart = s0 >= 0 ? words.start(s0) : srcAt;
    const sEnd = s1 >= 0 ? words.end(s1) : srcAt;
    let eStart: number;
    let eEnd: number;
    if (e0 >= 0) {
      eStart = tokens[e0].start;
      eEnd = tokens[e1].end;
    } else {
      const next = nextEssayToken(ops, stop, tokens);
      eStart = eEnd = next ? next.start : previousEssayEnd(ops, k, tokens);
    }
    const kind = equal ? 'equal' : e0 >= 0 && s0 >= 0 ? 'changed' : e0 >= 0 ? 'inserted' : 'deleted';
    parts.push(part(kind, src, doc, sStart, sEnd, eStart, eEnd));
    srcAt = sEnd;
    k = stop;
  }
  return parts;
}

function part(kind: DiffPart['kind'], src: string, doc: DocText, sourceStart: number, sourceEnd: number, essayStart: number, essayEnd: number): DiffPart {
  return {
    kind,
    sourceText: src.slice(sourceStart, sourceEnd),
    essayText: slice(doc, essayStart, essayEnd),
    sourceStart,
    sourceEnd,
    essayStart,
    essayEnd,
  };
}

function sourceStartOf(ops: readonly AlignOp[], words: SourceWords): number {
  for (const op of ops) {
    if ('s' in op) return words.start(op.s);
    if ('sFrom' in op && op.sTo > op.sFrom) return words.start(op.sFrom);
  }
  return 0;
}

function nextEssayToken(ops: readonly AlignOp[], from: number, tokens: readonly EssayToken[]): EssayToken | undefined {
  for (let k = from; k < ops.length; k++) {
    const op = ops[k];
    if ('e' in op) return tokens[op.e];
  }
  return undefined;
}

function previousEssayEnd(ops: readonly AlignOp[], before: number, tokens: readonly EssayToken[]): number {
  for (let k = before - 1; k >= 0; k--) {
    const op = ops[k];
    if ('e' in op) return tokens[op.e].end;
  }
  return tokens[0].start;
}

/**
 * The edits that give the quotation the source's words: one per differing part, or one per
 * word where a part runs over a line break (so that block-quotation markers survive).
 */
export function wordingEdits(m: QuoteMatch, tokens: readonly EssayToken[]): FixEdit[] {
  const edits: FixEdit[] = [];
  const src = m.passage.text;
  const starts = tokens.map((t) => t.start);
  for (const p of m.diff.parts) {
    if (p.kind === 'changed') {
      if (!p.essayText.includes('\n')) {
        edits.push({ start: p.essayStart, end: p.essayEnd, text: p.sourceText });
      } else {
        edits.push(...wordByWord(p, tokens, src));
      }
    } else if (p.kind === 'inserted') {
      const next = starts.find((s) => s >= p.essayEnd);
      const prev = [...tokens].reverse().find((t) => t.end <= p.essayStart);
      if (next !== undefined) edits.push({ start: p.essayStart, end: next, text: '' });
      else edits.push({ start: prev ? prev.end : p.essayStart, end: p.essayEnd, text: '' });
    } else if (p.kind === 'deleted') {
      const next = tokens.find((t) => t.start >= p.essayStart);
      if (next) {
        const after = m.diff.parts.find((q) => q.essayStart === next.start && q.kind !== 'deleted');
        const sep = after && after.sourceStart > p.sourceEnd && (after.kind === 'equal' || after.kind === 'changed') ? src.slice(p.sourceEnd, after.sourceStart) : ' ';
        edits.push({ start: next.start, end: next.start, text: p.sourceText + sep });
      } else {
        edits.push({ start: p.essayStart, end: p.essayStart, text: ' ' + p.sourceText });
      }
    }
  }
  return edits;
}

function wordByWord(p: DiffPart, tokens: readonly EssayToken[], src: string): FixEdit[] {
  const essay = tokens.filter((t) => t.type === 'word' && t.start >= p.essayStart && t.end <= p.essayEnd);
  const source: { start: number; end: number }[] = [];
  const re = /[\p{L}\p{N}\p{M}]+(?:['\u2019][\p{L}\p{N}\p{M}]+)*/gu;
  re.lastIndex = p.sourceStart;
  for (let x = re.exec(src); x !== null && x.index < p.sourceEnd; x = re.exec(src)) source.push({ start: x.index, end: x.index + x[0].length });
  const edits: FixEdit[] = [];
  const n = Math.min(essay.length, source.length);
  for (let i = 0; i < n; i++) {
    const lastPair = i === n - 1;
    const to = lastPair ? source[source.length - 1].end : source[i].end;
    edits.push({ start: essay[i].start, end: essay[i].end, text: src.slice(source[i].start, to) });
  }
  for (let i = n; i < essay.length; i++) edits.push({ start: essay[i - 1].end, end: essay[i].end, text: '' });
  return edits;
}
