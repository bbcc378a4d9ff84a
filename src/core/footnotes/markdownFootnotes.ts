import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { readMarkdownStructure, type MarkdownStructure } from './markdownStructure';

/** A footnote reference `[^label]` in the text; `labelStart`–`labelEnd` spans the label alone. */
export interface FootnoteReference {
  label: string;
  /** The label as GFM matches it: case-folded, whitespace collapsed. */
  id: string;
  start: number;
  end: number;
  labelStart: number;
  labelEnd: number;
}

/** A footnote definition `[^label]: text` with its continuation lines (indented or lazy). */
export interface FootnoteDefinition extends FootnoteReference {
  /** Where the note's own text starts (after `]: `) and ends (before the final line break). */
  textStart: number;
  textEnd: number;
  text: string;
  /** The start of the line after the definition (or the end of the text). */
  lineEnd: number;
  /** Outside block quotes, list items and other notes. */
  topLevel: boolean;
}

/**
 * The footnotes of a Markdown text. `references` are the calls that resolve to a definition
 * (in GFM a `[^x]` without one is literal text); `unresolved` holds the labels of such
 * literal `[^x]` outside code, math and HTML, which a renumbering must not give to a note.
 */
export interface MarkdownFootnotes {
  references: FootnoteReference[];
  definitions: FootnoteDefinition[];
  unresolved: ReadonlySet<string>;
  structure: MarkdownStructure;
}

/** True for a numbered label (`1`, `12`), which Annalist renumbers; named ones (`note`) keep their names. */
export function isNumberedLabel(label: string): boolean {
  return /^\d+$/.test(label);
}

/** The last text read and what it held: planning a citation reads one text several times. */
let last: { text: string; footnotes: Readonly<MarkdownFootnotes> } | undefined;

/**
 * Finds the footnote references and definitions of a Markdown text as CommonMark with GFM
 * footnotes and `$` math reads it (micromark): nothing in code, math, HTML or after an
 * escape counts. The result is shared with later calls for the same text: callers must not
 * change it.
 */
export function parseMarkdownFootnotes(text: string): Readonly<MarkdownFootnotes> {
  if (last?.text !== text) last = { text, footnotes: readFootnotes(text) };
  return last.footnotes;
}

function readFootnotes(text: string): MarkdownFootnotes {
  const structure = readMarkdownStructure(text);
  const references = structure.calls.map((call) => {
    const label = text.slice(call.labelStart, call.labelEnd);
    return { label, id: normalizeIdentifier(label), start: call.start, end: call.end, labelStart: call.labelStart, labelEnd: call.labelEnd };
  });
  const definitions = structure.definitions.map((d) => {
    const label = text.slice(d.labelStart, d.labelEnd);
    const textStart = Math.min(d.textStart, d.end);
    return {
      label,
      id: normalizeIdentifier(label),
      start: d.start,
      end: Math.min(d.labelEnd + 2, d.end),
      labelStart: d.labelStart,
      labelEnd: d.labelEnd,
      textStart,
      textEnd: d.end,
      text: text.slice(textStart, d.end),
      lineEnd: lineAfter(text, d.end),
      topLevel: d.topLevel,
    };
  });
  const defined = new Set(definitions.map((d) => d.id));
  const unresolved = new Set<string>();
  for (const { label, escaped } of structure.bracketed) if (!escaped && !defined.has(normalizeIdentifier(label))) unresolved.add(label);
  return { references, definitions, unresolved, structure };
}

/** The start of the line after `offset`, or the end of the text. */
function lineAfter(text: string, offset: number): number {
  if (text.startsWith('\r\n', offset)) return offset + 2;
  return text[offset] === '\n' || text[offset] === '\r' ? offset + 1 : offset;
}
