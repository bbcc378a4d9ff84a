/**
 * A document cut into paragraphs (segments), the unit of caching: an edit re-analyses only the
 * segments whose text changed. Segments end at blank lines, except inside a LaTeX quotation
 * environment; code, front matter, headings and the LaTeX preamble are `skip` segments.
 * After an edit, `resegment` scans only from the paragraph before the edit until the segments
 * line up with the old ones again.
 */
import { nextOf } from '../text/scanIndex';
import type { Language } from './types';

export interface Segment {
  start: number;
  end: number;
  kind: 'text' | 'skip';
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}(?:\s|$)/;
const FOOTNOTE_DEF = /^ {0,3}\[\^[^\]\s]+\]:/;
const QUOTE_ENV = /\\(begin|end)\{(quote|quotation|displayquote|verse)\}/g;
const VERBATIM_BEGIN = /^\s*\\begin\{(verbatim|Verbatim|lstlisting|minted|comment)\*?\}/;
/** A LaTeX quotation environment left open (while typing) holds at most this many lines. */
const MAX_ENV_LINES = 400;

/** The segments of a document, in order, covering every non-blank line. */
export function segmentDocument(text: string, language: Language): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  let limit = text.length + 1;
  if (language === 'latex') {
    const begin = text.indexOf('\\begin{document}');
    if (begin >= 0) {
      from = nextLine(text, begin);
      out.push({ start: 0, end: lineEndAt(text, begin), kind: 'skip' });
      const end = text.indexOf('\\end{document}', begin);
      if (end >= 0) limit = lineStartAt(text, end);
    }
  } else if (language === 'markdown' && (text.startsWith('---\n') || text.startsWith('---\r\n'))) {
    const stop = /\n(?:---|\.\.\.)\r?(?:\n|$)/.exec(text);
    if (stop) {
      const end = stop.index + 1 + 3;
      out.push({ start: 0, end, kind: 'skip' });
      from = nextLine(text, end);
    }
  }
  scanSegments(text, language, from, limit, out);
  if (limit <= text.length) out.push({ start: limit, end: text.length, kind: 'skip' });
  return out;
}

/** One edit: `[start, end)` of the previous text became `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Segments after an edit: the first `head` and the old ones from `tail` on are unchanged (moved). */
export interface Resegmented {
  segments: Segment[];
  head: number;
  /** Index in the old segments of the first one reused after the edit (`old.length` if none). */
  tail: number;
}

/**
 * The segments after one edit, computed from the previous ones by scanning only the changed
 * paragraphs; undefined when the edit may change the document's layout as a whole (front
 * matter, the LaTeX preamble), where the caller segments the whole document.
 */
export function resegment(text: string, language: Language, old: readonly Segment[], edit: Edit): Resegmented | undefined {
  const delta = edit.text.length - (edit.end - edit.start);
  let first = 0;
  while (first < old.length && old[first].end < edit.start) first++;
  // Start at the paragraph before the edit: a deleted blank line joins the two.
  const from = first - 1;
  if (from < 1) return undefined;
  if (language === 'latex' && (edit.text.includes('document}') || /document\}/.test(text.slice(Math.max(0, edit.start - 16), edit.start + edit.text.length + 16)))) return undefined;
  const tail = language === 'latex' && old[old.length - 1].kind === 'skip' && old[old.length - 1].start > edit.end ? old.length - 1 : -1;
  const limit = tail >= 0 ? old[tail].start + delta : text.length + 1;
  const start = old[from].start;
  const changedEnd = edit.start + edit.text.length;
  const out: Segment[] = old.slice(0, from);
  let k = first;
  const resumeAt = (lineStart: number) => {
    if (lineStart < changedEnd) return false;
    while (k < old.length && old[k].start + delta < lineStart) k++;
    return k < old.length && old[k].start >= edit.end && old[k].start + delta === lineStart && (tail < 0 || k < tail);
  };
  const stopped = scanSegments(text, language, start, limit, out, resumeAt);
  if (stopped < 0) k = tail >= 0 ? tail : old.length;
  for (let i = k; i < old.length; i++) out.push(i === tail ? { start: limit, end: text.length, kind: 'skip' } : { start: old[i].start + delta, end: old[i].end + delta, kind: old[i].kind });
  return { segments: out, head: from, tail: k };
}

/**
 * Scans the lines that start in `[from, limit)` into `out`. With `resume`, stops at the first
 * line start outside any segment or environment for which it returns true, and returns that
 * offset; otherwise returns -1.
 */
function scanSegments(text: string, language: Language, from: number, limit: number, out: Segment[], resume?: (lineStart: number) => boolean): number {
  let open: Segment | undefined;
  const close = () => {
    if (open) out.push(open);
    open = undefined;
  };
  const skipTo = (start: number, end: number) => {
    close();
    out.push({ start, end, kind: 'skip' });
  };
  /** The end of the first line from `at` whose text passes `test`, or of the last line before `limit`. */
  const skipUntil = (at: number, test: (line: string) => boolean): number => {
    let s = at;
    let end = lineEndAt(text, at);
    while (s < limit && s <= text.length) {
      end = lineEndAt(text, s);
      if (test(text.slice(s, end))) return end;
      const next = nextLine(text, s);
      if (next > text.length || next >= limit) break;
      s = next;
    }
    return end;
  };
  let envDepth = 0;
  let envLines = 0;
  let nextComment = language === 'markdown' ? text.indexOf('<!--', from) : -1;
  const slashes = nextOf(text, '\\');
  for (let start = from; start < limit && start <= text.length; start = nextLine(text, start)) {
    if (resume && !open && envDepth === 0 && start > from && resume(start)) return start;
    const end = lineEndAt(text, start);
    let f = start;
    while (f < end && (text[f] === ' ' || text[f] === '\t')) f++;
    const c = f < end ? text[f] : '';
    if (language === 'markdown') {
      if (c === '`' || c === '~') {
        const fence = FENCE.exec(text.slice(start, end));
        if (fence) {
          const marker = fence[1];
          const stop = skipUntil(nextLine(text, start), (line) => line.trimStart().startsWith(marker));
          skipTo(start, Math.max(end, stop));
          start = lineStartAt(text, Math.max(end, stop));
          continue;
        }
      }
      if (c === '#' && HEADING.test(text.slice(start, end))) {
        skipTo(start, end);
        continue;
      }
      while (nextComment >= 0 && nextComment < start) nextComment = text.indexOf('<!--', nextComment + 4);
      if (nextComment >= 0 && nextComment < end) {
        const closeAt = text.indexOf('-->', nextComment + 4);
        if (closeAt < 0 || closeAt >= end) {
          const stop = skipUntil(nextLine(text, start), (line) => line.includes('-->'));
          skipTo(start, Math.max(end, stop));
          start = lineStartAt(text, Math.max(end, stop));
          continue;
        }
      }
      if (c === '[' && FOOTNOTE_DEF.test(text.slice(start, end))) close();
    } else if (language === 'latex') {
      if (slashes.from(start) < end) {
        const line = text.slice(start, end);
        const verbatim = c === '\\' ? VERBATIM_BEGIN.exec(line) : null;
        if (verbatim && envDepth === 0) {
          const endTag = `\\end{${verbatim[1]}`;
          const stop = skipUntil(nextLine(text, start), (l) => l.includes(endTag));
          skipTo(start, Math.max(end, stop));
          start = lineStartAt(text, Math.max(end, stop));
          continue;
        }
        QUOTE_ENV.lastIndex = 0;
        for (let m = QUOTE_ENV.exec(line); m !== null; m = QUOTE_ENV.exec(line)) {
          envDepth = Math.max(0, envDepth + (m[1] === 'begin' ? 1 : -1));
        }
      }
      envLines = envDepth > 0 ? envLines + 1 : 0;
      if (envLines > MAX_ENV_LINES) envDepth = 0;
    }
    if (c === '' || (c < ' ' && text.slice(start, end).trim() === '')) {
      if (envDepth === 0) close();
      continue;
    }
    if (open) open.end = end;
    else open = { start, end, kind: 'text' };
  }
  close();
  return -1;
}

/** The start of the line after the one holding `at` (past the end of the text if none). */
function nextLine(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length + 1 : nl + 1;
}

/** The end of the line holding `at`, before its `\n` or `\r\n`. */
function lineEndAt(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  const stop = nl < 0 ? text.length : nl;
  return stop > at && text[stop - 1] === '\r' ? stop - 1 : stop;
}

/** The start of the line holding `at`. */
function lineStartAt(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}
