/**
 * A document cut into paragraphs (segments), the unit of caching: an edit re-analyses only the
 * segments whose text changed. Segments end at blank lines, except inside a LaTeX quotation
 * environment; code, front matter, headings and the LaTeX preamble are `skip` segments.
 */
import type { Language } from './types';

export interface Segment {
  start: number;
  end: number;
  kind: 'text' | 'skip';
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}(?:\s|$)/;
const FOOTNOTE_DEF = /^ {0,3}\[\^[^\]\s]+\]:/;
const BLANK = /^\s*$/;
const QUOTE_ENV = /\\(begin|end)\{(quote|quotation|displayquote|verse)\}/g;
const VERBATIM_BEGIN = /^\s*\\begin\{(verbatim|Verbatim|lstlisting|minted|comment)\*?\}/;
/** A LaTeX quotation environment left open (while typing) holds at most this many lines. */
const MAX_ENV_LINES = 400;

/** The segments of a document, in order, covering every non-blank line. */
export function segmentDocument(text: string, language: Language): Segment[] {
  const lines = splitLines(text);
  const out: Segment[] = [];
  let open: Segment | undefined;
  const close = () => {
    if (open) out.push(open);
    open = undefined;
  };
  const add = (start: number, end: number) => {
    if (open) open.end = end;
    else open = { start, end, kind: 'text' };
  };
  const skip = (from: number, to: number) => {
    close();
    out.push({ start: lines[from].start, end: lines[to].end, kind: 'skip' });
  };

  let first = 0;
  let last = lines.length - 1;
  if (language === 'latex') {
    const begin = text.indexOf('\\begin{document}');
    if (begin >= 0) {
      first = lineAt(lines, begin);
      skip(0, first);
      first++;
      const end = text.indexOf('\\end{document}', begin);
      if (end >= 0) last = lineAt(lines, end) - 1;
    }
  } else if (language === 'markdown' && lines.length > 1 && lines[0].text === '---') {
    const stop = lines.findIndex((l, i) => i > 0 && (l.text === '---' || l.text === '...'));
    if (stop > 0) {
      skip(0, stop);
      first = stop + 1;
    }
  }

  let envDepth = 0;
  let envLines = 0;
  for (let i = first; i <= last; i++) {
    const line = lines[i];
    if (language === 'markdown') {
      const fence = FENCE.exec(line.text);
      if (fence) {
        const marker = fence[1];
        let j = i + 1;
        while (j <= last && !lines[j].text.trimStart().startsWith(marker)) j++;
        skip(i, Math.min(j, last));
        i = j;
        continue;
      }
      if (HEADING.test(line.text)) {
        skip(i, i);
        continue;
      }
      if (line.text.includes('<!--') && !line.text.includes('-->', line.text.indexOf('<!--'))) {
        let j = i + 1;
        while (j <= last && !lines[j].text.includes('-->')) j++;
        skip(i, Math.min(j, last));
        i = j;
        continue;
      }
      if (FOOTNOTE_DEF.test(line.text)) close();
    } else if (language === 'latex') {
      const verbatim = VERBATIM_BEGIN.exec(line.text);
      if (verbatim && envDepth === 0) {
        const endTag = `\\end{${verbatim[1]}`;
        let j = i + 1;
        while (j <= last && !lines[j].text.includes(endTag)) j++;
        skip(i, Math.min(j, last));
        i = j;
        continue;
      }
      QUOTE_ENV.lastIndex = 0;
      for (let m = QUOTE_ENV.exec(line.text); m !== null; m = QUOTE_ENV.exec(line.text)) {
        envDepth = Math.max(0, envDepth + (m[1] === 'begin' ? 1 : -1));
      }
      envLines = envDepth > 0 ? envLines + 1 : 0;
      if (envLines > MAX_ENV_LINES) envDepth = 0;
    }
    if (BLANK.test(line.text)) {
      if (envDepth === 0) close();
      continue;
    }
    add(line.start, line.end);
  }
  close();
  if (last < lines.length - 1 && last + 1 >= 0) skip(last + 1, lines.length - 1);
  return out;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const stop = nl < 0 ? text.length : nl;
    const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

function lineAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
