import { nestedQuotation } from './typographicQuotes';
import type { TextInsert } from './textInsert';

/**
 * How a citation enters a document: a Markdown footnote (`[^n]` and its definition), a LaTeX
 * `\footnote{…}`, a note inline in parentheses, text that follows the previous word after a
 * space (`(Szalontai 2003–4)`, `[@key]`), or text attached to it (`\autocite{key}`).
 */
export type InsertionMode = 'footnote' | 'latex-footnote' | 'inline' | 'spaced' | 'attached';

/** A document as far as inserting needs it: its text and its line ending. */
export interface DocumentText {
  text: string;
  eol: '\n' | '\r\n';
}

const FOOTNOTE_LABEL = /\[\^(\d+)\]/g;
const DEFINITION_LINE = /^\[\^[^\]\s]+\]:/;

/** The next free numeric footnote label: one more than the highest in the document. */
export function nextFootnoteNumber(text: string): number {
  let highest = 0;
  for (const match of text.matchAll(FOOTNOTE_LABEL)) highest = Math.max(highest, Number(match[1]));
  return highest + 1;
}

/**
 * The inserts that cite a note at `offset`. In footnote mode the reference goes at the
 * offset and the definition after the document's last line, separated from the body by a
 * blank line (or joining a footnote block that already ends the document).
 */
export function citationInserts(doc: DocumentText, offset: number, note: string, mode: InsertionMode): TextInsert[] {
  switch (mode) {
    case 'footnote': {
      const label = `[^${nextFootnoteNumber(doc.text)}]`;
      // When the reference ends the document, the definition follows the reference.
      const before = offset === doc.text.length ? doc.text + label : doc.text;
      return [
        { offset, text: label },
        { offset: doc.text.length, text: footnoteDefinition({ ...doc, text: before }, `${label}: ${note}`) },
      ];
    }
    case 'latex-footnote':
      return [{ offset, text: `\\footnote{${note}}` }];
    case 'inline':
      return [{ offset, text: `${needsSpaceBefore(doc.text, offset) ? ' ' : ''}(${withoutFinalPeriod(note)})` }];
    case 'spaced':
      return [{ offset, text: `${needsSpaceBefore(doc.text, offset) ? ' ' : ''}${note}` }];
    case 'attached':
      return [{ offset, text: note }];
  }
}

/**
 * The inserts for a quotation in double quotation marks followed by its citation. `escape`
 * makes the quoted words safe in the document's markup (they are data, never markup).
 */
export function quotationInserts(
  doc: DocumentText,
  offset: number,
  quotation: string,
  note: string,
  mode: InsertionMode,
  escape: (text: string) => string = (text) => text,
): TextInsert[] {
  const latex = mode === 'latex-footnote' || mode === 'attached';
  const quoted = `${latex ? '``' : '\u201c'}${escape(nestedQuotation(quotation))}${latex ? "''" : '\u201d'}`;
  const space = needsSpaceBefore(doc.text, offset) ? ' ' : '';
  const [first, ...rest] = citationInserts(doc, offset, note, mode);
  const spaced = mode === 'inline' || mode === 'spaced';
  const citation = spaced ? ` ${first.text.trimStart()}` : first.text;
  return [{ offset, text: `${space}${quoted}${citation}` }, ...rest];
}

function footnoteDefinition(doc: DocumentText, definition: string): string {
  const { text, eol } = doc;
  if (text.length === 0) return definition + eol;
  const trailingNewlines = countTrailingNewlines(text);
  const lines = text.trimEnd().split(/\r?\n/);
  const endsWithDefinitions = DEFINITION_LINE.test(lines[lines.length - 1] ?? '') || isDefinitionContinuation(lines);
  const wanted = endsWithDefinitions ? 1 : 2;
  return eol.repeat(Math.max(0, wanted - trailingNewlines)) + definition + eol;
}

/** True when the last line is an indented continuation of a footnote definition. */
function isDefinitionContinuation(lines: string[]): boolean {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (DEFINITION_LINE.test(lines[i])) return true;
    if (!/^\s{2,}\S/.test(lines[i])) return false;
  }
  return false;
}

function countTrailingNewlines(text: string): number {
  const match = /(?:\r?\n)+$/.exec(text);
  return match ? (match[0].match(/\n/g) ?? []).length : 0;
}

function needsSpaceBefore(text: string, offset: number): boolean {
  return offset > 0 && !/[\s([{\u2014]/.test(text[offset - 1]);
}

function withoutFinalPeriod(note: string): string {
  return note.endsWith('.') ? note.slice(0, -1) : note;
}
