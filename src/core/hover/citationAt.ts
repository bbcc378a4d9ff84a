import { citeArguments, citeNameEnd, lineScan } from '../completion/latexCiteCommand';
import { parseMarkdownFootnotes } from '../footnotes/markdownFootnotes';

/** What stands under the pointer: a citation key or a footnote reference, with its span. */
export type CitationAt =
  | { kind: 'key'; key: string; start: number; end: number }
  | { kind: 'footnote'; label: string; start: number; end: number; definition?: string };

/**
 * The citation key (Pandoc `@key`, a key of a LaTeX cite command) or Markdown footnote
 * reference at `offset`, if any.
 */
export function citationAt(text: string, offset: number, languageId: string): CitationAt | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEndAt = text.indexOf('\n', offset);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  const line = text.slice(lineStart, lineEnd);
  const at = offset - lineStart;
  if (languageId === 'latex' || languageId === 'tex') return latexKeyAt(line, at, lineStart);
  if (languageId === 'markdown') {
    const footnote = footnoteAt(text, offset);
    if (footnote) return footnote;
  }
  for (const match of line.matchAll(/(^|[\s[;(])-?@([\w:.#$%&+?<>~/-]*[\w])/g)) {
    const start = (match.index ?? 0) + match[1].length;
    const end = (match.index ?? 0) + match[0].length;
    if (at >= start && at <= end) return { kind: 'key', key: match[2], start: lineStart + start, end: lineStart + end };
  }
  return undefined;
}

function latexKeyAt(line: string, at: number, lineStart: number): CitationAt | undefined {
  const scan = lineScan(line);
  for (let slash = line.indexOf('\\'); slash >= 0; slash = line.indexOf('\\', slash + 1)) {
    const name = citeNameEnd(line, slash);
    if (name < 0) continue;
    const { args, end } = citeArguments(scan, name, { maxBrackets: Infinity, stopAtBrace: false });
    if (args.length === 0) continue;
    // Every `{…}` among the arguments, bracketed ones included (`\cite[{x}]{key}`), holds keys.
    for (let open = line.indexOf('{', name); open >= 0 && open < end; open = line.indexOf('{', open + 1)) {
      const close = scan.brace.from(open + 1);
      if (close >= end) break;
      let keyStart = open + 1;
      for (const raw of line.slice(open + 1, close).split(',')) {
        const lead = raw.length - raw.trimStart().length;
        const key = raw.trim();
        const start = keyStart + lead;
        if (key && at >= start && at <= start + key.length) return { kind: 'key', key, start: lineStart + start, end: lineStart + start + key.length };
        keyStart += raw.length + 1;
      }
      open = close;
    }
    slash = end - 1;
  }
  return undefined;
}

function footnoteAt(text: string, offset: number): CitationAt | undefined {
  const { references, definitions } = parseMarkdownFootnotes(text);
  const hit = [...references, ...definitions].find((r) => offset >= r.start && offset <= r.end);
  if (!hit) return undefined;
  const definition = definitions.find((d) => d.id === hit.id);
  return { kind: 'footnote', label: hit.label, start: hit.start, end: hit.end, definition: definition?.text };
}
