/**
 * Finding the quotations of a document: block quotations (Markdown `> ` lines, LaTeX
 * `quote`/`quotation`/`displayquote` environments and `\blockquote{…}`, indented paragraphs
 * in plain text) and inline quotations (see `inlineQuotes`). Quotations inside a block are the
 * block's `inner` quotations; headings, code, comments and the LaTeX preamble are not read.
 */
import { inlineQuotations } from './inlineQuotes';
import { maskText } from './mask';
import { BracketPairs, nextOf } from '../text/scanIndex';
import { segmentDocument } from './segments';
import type { Language, Quotation } from './types';

/** Every top-level quotation of a document, in order. */
export function findQuotations(text: string, language: Language): Quotation[] {
  const out: Quotation[] = [];
  for (const seg of segmentDocument(text, language)) {
    if (seg.kind !== 'text') continue;
    const masked = maskText(text.slice(seg.start, seg.end), language);
    for (const q of segmentQuotations(masked, text.slice(seg.start, seg.end), language)) out.push(shift(q, seg.start));
  }
  return out;
}

/** The quotations of one segment, in offsets of the segment; `masked` is its masked text. */
export function segmentQuotations(masked: string, text: string, language: Language): Quotation[] {
  const blocks = blockQuotations(masked, text, language);
  const out: Quotation[] = [];
  let at = 0;
  for (const block of blocks) {
    for (const q of inlineQuotations(masked, text, at, block.start, language)) out.push(q);
    block.inner = inlineQuotations(masked, text, block.contentStart, block.contentEnd, language);
    out.push(block);
    at = block.end;
  }
  for (const q of inlineQuotations(masked, text, at, masked.length, language)) out.push(q);
  return out;
}

function blockQuotations(masked: string, text: string, language: Language): Quotation[] {
  if (language === 'markdown') return markdownBlocks(masked, text);
  if (language === 'latex') return latexBlocks(masked, text);
  return indentedBlock(masked, text);
}

const MD_MARKER = /^ {0,3}>[ \t]?/;
/** A last line that names the speaker or source, not part of the quoted words: "— Kim Il Sung". */
const ATTRIBUTION_LINE = /^\s*(?:\u2014|\u2015|--)/;

function markdownBlocks(masked: string, text: string): Quotation[] {
  const out: Quotation[] = [];
  let lineStart = 0;
  let block: { start: number; lines: { start: number; end: number; content: number }[] } | undefined;
  const flush = () => {
    if (!block) return;
    const lines = block.lines;
    let lastLine = lines.length - 1;
    while (lastLine > 0 && (lines[lastLine].content >= lines[lastLine].end || ATTRIBUTION_LINE.test(masked.slice(lines[lastLine].content, lines[lastLine].end)))) lastLine--;
    const end = lines[lines.length - 1].end;
    const firstLine = lines.find((l) => skipSpace(masked, l.content, l.end) < l.end) ?? lines[0];
    const contentStart = skipSpace(masked, firstLine.content, firstLine.end);
    let contentEnd = trimEnd(masked, contentStart, lines[lastLine].end);
    contentEnd = withoutTrailingCitation(masked, contentStart, contentEnd);
    if (contentEnd > contentStart) out.push(blockQuotation(text, 'markdown', 'markdown-block', block.start, contentStart, contentEnd, end));
    block = undefined;
  };
  while (lineStart <= masked.length) {
    const nl = masked.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? masked.length : nl;
    const line = masked.slice(lineStart, lineEnd);
    const marker = MD_MARKER.exec(line);
    if (marker) {
      const content = lineStart + marker[0].length;
      if (!block) block = { start: lineStart, lines: [] };
      block.lines.push({ start: lineStart, end: lineEnd, content });
    } else {
      flush();
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  flush();
  return out;
}

const LATEX_BLOCK = /\\begin\{(quote|quotation|displayquote|verse)\}|\\blockquote/g;
const ENVIRONMENT = /\\(begin|end)\{(quote|quotation|displayquote|verse)\}/g;

/**
 * LaTeX quotation environments and `\blockquote[…][…]{…}`. Environments pair up by depth and
 * braces by `BracketPairs`, each in one pass, so an unclosed `\begin{quote}` or `\blockquote{`
 * repeated is not a scan to the end per repetition.
 */
function latexBlocks(masked: string, text: string): Quotation[] {
  const out: Quotation[] = [];
  const braces = new BracketPairs(masked, '{', '}', true);
  const bracket = nextOf(masked, ']');
  let ends: Map<number, number> | undefined;
  LATEX_BLOCK.lastIndex = 0;
  for (let m = LATEX_BLOCK.exec(masked); m !== null; m = LATEX_BLOCK.exec(masked)) {
    let contentStart = m.index + m[0].length;
    let contentEnd: number;
    let end: number;
    if (m[1] !== undefined) {
      ends ??= environmentEnds(masked);
      const close = ends.get(contentStart) ?? -1;
      if (close < 0) continue;
      if (m[1] === 'displayquote') contentStart = skipOptionalArgs(masked, contentStart);
      contentEnd = close;
      end = close + `\\end{${m[1]}}`.length;
    } else {
      // (?:\[[^\]]*\]){0,2}\{
      let open = contentStart;
      for (let n = 0; n < 2 && masked[open] === '['; n++) {
        const c = bracket.from(open + 1);
        if (c >= masked.length) break;
        open = c + 1;
      }
      const close = braces.closing(open);
      if (close < 0) continue;
      contentStart = open + 1;
      contentEnd = close;
      end = close + 1;
    }
    contentStart = skipSpace(masked, contentStart, contentEnd);
    contentEnd = withoutTrailingCitation(masked, contentStart, trimEnd(masked, contentStart, contentEnd));
    if (contentEnd > contentStart) out.push(blockQuotation(text, 'latex', m[1] !== undefined ? 'latex-environment' : 'latex-command', m.index, contentStart, contentEnd, end));
    LATEX_BLOCK.lastIndex = end;
  }
  return out;
}

/** For the end of each `\begin{env}` of a quotation environment, where its `\end{env}` starts (-1 when never closed). */
function environmentEnds(masked: string): Map<number, number> {
  const out = new Map<number, number>();
  const open = new Map<string, number[]>();
  ENVIRONMENT.lastIndex = 0;
  for (let m = ENVIRONMENT.exec(masked); m !== null; m = ENVIRONMENT.exec(masked)) {
    const stack = open.get(m[2]) ?? [];
    open.set(m[2], stack);
    if (m[1] === 'begin') {
      stack.push(m.index + m[0].length);
      out.set(m.index + m[0].length, -1);
    } else if (stack.length > 0) {
      out.set(stack.pop() as number, m.index);
    }
  }
  return out;
}

function skipOptionalArgs(s: string, at: number): number {
  let i = at;
  while (s[i] === '[') {
    const close = s.indexOf(']', i);
    if (close < 0) break;
    i = close + 1;
  }
  return i;
}

function indentedBlock(masked: string, text: string): Quotation[] {
  const lines = masked.split('\n');
  if (!lines.every((l) => /^(?: {4}|\t)/.test(l) || l.trim() === '')) return [];
  const start = skipSpace(masked, 0, masked.length);
  const end = trimEnd(masked, start, masked.length);
  const contentEnd = withoutTrailingCitation(masked, start, end);
  return contentEnd > start ? [blockQuotation(text, 'plaintext', 'indented-block', 0, start, contentEnd, masked.length)] : [];
}

/**
 * A block quotation often ends with its reference in parentheses, after the final stop:
 * "… with (North Korea's) patrons. (Szalontai 2004, 99)". That reference is not quoted.
 */
function withoutTrailingCitation(s: string, start: number, end: number): number {
  if (s[end - 1] !== ')') return end;
  const open = s.lastIndexOf('(', end - 1);
  if (open <= start) return end;
  const before = s.slice(start, open).trimEnd();
  if (!/[.!?\u2026"'\u201d\u2019]$/.test(before)) return end;
  return trimEnd(s, start, open);
}

function skipSpace(s: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && /\s/.test(s[i])) i++;
  return i;
}

function trimEnd(s: string, start: number, end: number): number {
  let i = end;
  while (i > start && /\s/.test(s[i - 1])) i--;
  return i;
}

function blockQuotation(text: string, language: Language, mark: Quotation['mark'], start: number, contentStart: number, contentEnd: number, end: number): Quotation {
  return { kind: 'block', mark, language, start, end, contentStart, contentEnd, text: text.slice(contentStart, contentEnd) };
}

/** The quotation moved by `delta` (from segment to document offsets). */
export function shift(q: Quotation, delta: number): Quotation {
  if (delta === 0) return q;
  return {
    ...q,
    start: q.start + delta,
    end: q.end + delta,
    contentStart: q.contentStart + delta,
    contentEnd: q.contentEnd + delta,
    ...(q.inner ? { inner: q.inner.map((i) => shift(i, delta)) } : {}),
  };
}
