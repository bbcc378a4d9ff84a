/** A footnote reference `[^label]` in the text; `labelStart`–`labelEnd` spans the label alone. */
export interface FootnoteReference {
  label: string;
  start: number;
  end: number;
  labelStart: number;
  labelEnd: number;
}

/** A footnote definition `[^label]: text` with its indented continuation lines. */
export interface FootnoteDefinition extends FootnoteReference {
  /** Where the note's own text starts (after `]: `) and ends (before the final line break). */
  textStart: number;
  textEnd: number;
  text: string;
  /** The start of the line after the definition (or the end of the text). */
  lineEnd: number;
}

export interface MarkdownFootnotes {
  references: FootnoteReference[];
  definitions: FootnoteDefinition[];
}

/** True for a numbered label (`1`, `12`), which Annalist renumbers; named ones (`note`) keep their names. */
export function isNumberedLabel(label: string): boolean {
  return /^\d+$/.test(label);
}

const DEFINITION = /^\[\^([^\]\s]+)\]:[ \t]?/;
const REFERENCE = /\[\^([^\]\s]+)\](?!:)/g;

/** The last text read and what it held: planning a citation reads one text several times. */
let last: { text: string; footnotes: Readonly<MarkdownFootnotes> } | undefined;

/**
 * Finds the footnote references and definitions of a Markdown text, skipping fenced code
 * blocks and inline code, where `[^1]` is literal text. The result is shared with later
 * calls for the same text: callers must not change it.
 */
export function parseMarkdownFootnotes(text: string): Readonly<MarkdownFootnotes> {
  if (last?.text !== text) last = { text, footnotes: readFootnotes(text) };
  return last.footnotes;
}

function readFootnotes(text: string): MarkdownFootnotes {
  const references: FootnoteReference[] = [];
  const definitions: FootnoteDefinition[] = [];
  const lines = lineSpans(text);
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const { start, end } = lines[i];
    const line = text.slice(start, end);
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1][0];
      else if (fenceMatch[1][0] === fence) fence = undefined;
      continue;
    }
    if (fence) continue;
    const definition = DEFINITION.exec(line);
    let scanFrom = 0;
    if (definition) {
      let last = i;
      while (last + 1 < lines.length && /^(?: {2,}|\t)\S/.test(text.slice(lines[last + 1].start, lines[last + 1].end))) last++;
      const textStart = start + definition[0].length;
      const textEnd = lines[last].end;
      definitions.push({
        label: definition[1],
        start,
        end: start + definition[1].length + 3,
        labelStart: start + 2,
        labelEnd: start + 2 + definition[1].length,
        textStart,
        textEnd,
        text: text.slice(textStart, textEnd),
        lineEnd: lines[last].next,
      });
      scanFrom = definition[0].length;
    }
    collectReferences(text, start + scanFrom, end, references);
  }
  return { references, definitions };
}

function collectReferences(text: string, from: number, to: number, out: FootnoteReference[]): void {
  const line = text.slice(from, to);
  const code = inlineCodeSpans(line);
  for (const match of line.matchAll(REFERENCE)) {
    const at = match.index ?? 0;
    if (code.some(([s, e]) => at >= s && at < e)) continue;
    const start = from + at;
    out.push({ label: match[1], start, end: start + match[0].length, labelStart: start + 2, labelEnd: start + 2 + match[1].length });
  }
}

function inlineCodeSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of line.matchAll(/(`+)[^`]*?\1/g)) spans.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
  return spans;
}

/** Each line's start, its end before the line break, and where the next line starts. */
export function lineSpans(text: string): { start: number; end: number; next: number }[] {
  const spans: { start: number; end: number; next: number }[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    if (newline < 0) {
      if (start < text.length) spans.push({ start, end: text.length, next: text.length });
      break;
    }
    const end = newline > start && text[newline - 1] === '\r' ? newline - 1 : newline;
    spans.push({ start, end, next: newline + 1 });
    start = newline + 1;
  }
  return spans;
}
