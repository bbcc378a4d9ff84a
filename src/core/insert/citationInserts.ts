import { planFootnoteInsert } from '../footnotes/footnotePlan';
import { nestedQuotation, typographic } from './typographicQuotes';
import { insertAt, type TextEdit } from './textInsert';

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

/**
 * The edits that cite a note at `offset`. A Markdown footnote takes the number its place
 * calls for; its definition goes among the others in number order (after a blank line when
 * it is the first), and later footnotes are renumbered.
 */
export function citationInserts(doc: DocumentText, offset: number, note: string, mode: InsertionMode): TextEdit[] {
  switch (mode) {
    case 'footnote':
      return planFootnoteInsert(doc.text, offset, note, doc.eol);
    case 'latex-footnote':
      return [insertAt(offset, `\\footnote{${note}}`)];
    case 'inline':
      return [insertAt(offset, `${needsSpaceBefore(doc.text, offset) ? ' ' : ''}(${withoutFinalPeriod(note)})`)];
    case 'spaced':
      return [insertAt(offset, `${needsSpaceBefore(doc.text, offset) ? ' ' : ''}${note}`)];
    case 'attached':
      return [insertAt(offset, note)];
  }
}

/** How a quotation is set: run into the text in quotation marks, or as a block. */
export interface QuotationOptions {
  /** The document's markup, which decides the block syntax. */
  markup: 'markdown' | 'latex' | 'plain';
  /** Set the quotation as a block quotation (long quotations). */
  block: boolean;
  /** Makes the quoted words safe in the document's markup: they are data, never markup. */
  escape?: (text: string) => string;
}

/**
 * The edits for a quotation followed by its citation. A run-in quotation stands in double
 * quotation marks, its own inner marks turned to single ones; a block quotation stands on
 * its own lines without quotation marks, the citation after its last word.
 */
export function quotationInserts(
  doc: DocumentText,
  offset: number,
  quotation: string,
  note: string,
  mode: InsertionMode,
  options: QuotationOptions,
): TextEdit[] {
  const escape = options.escape ?? ((text: string) => text);
  const [first, ...rest] = citationInserts(doc, offset, note, mode);
  // A footnote's reference may stand elsewhere than the cursor (never inside code or a label): the quotation goes with it.
  const at = first.start;
  const spaced = mode === 'inline' || mode === 'spaced';
  const citation = spaced ? ` ${first.text.trimStart()}` : first.text;
  if (options.block) return [insertAt(at, blockQuotation(doc, at, escape(typographic(quotation)), citation, options.markup)), ...rest];
  const latex = options.markup === 'latex';
  const quoted = `${latex ? '``' : '\u201c'}${escape(nestedQuotation(quotation))}${latex ? "''" : '\u201d'}`;
  const space = needsSpaceBefore(doc.text, at) ? ' ' : '';
  return [insertAt(at, `${space}${quoted}${citation}`), ...rest];
}

/** A block quotation on lines of its own, separated from the text around it by blank lines. */
function blockQuotation(doc: DocumentText, offset: number, quotation: string, citation: string, markup: QuotationOptions['markup']): string {
  const { eol, text } = doc;
  const body = quotation.replace(/\s*\n\s*/g, ' ');
  const before = text.slice(0, offset);
  const after = text.slice(offset);
  const lead = before.length === 0 ? '' : eol.repeat(Math.max(0, 2 - trailingBreaks(before)));
  const tail = eol.repeat(Math.max(0, 2 - leadingBreaks(after)));
  const block =
    markup === 'markdown'
      ? `> ${body}${citation}`
      : markup === 'latex'
        ? `\\begin{quote}${eol}${body}${citation}${eol}\\end{quote}`
        : `    ${body}${citation}`;
  return `${lead}${block}${tail}`;
}

function trailingBreaks(text: string): number {
  return (/(?:\r?\n)*$/.exec(text)?.[0].match(/\n/g) ?? []).length;
}

function leadingBreaks(text: string): number {
  return (/^(?:\r?\n)*/.exec(text)?.[0].match(/\n/g) ?? []).length;
}

function needsSpaceBefore(text: string, offset: number): boolean {
  return offset > 0 && !/[\s([{\u2014]/.test(text[offset - 1]);
}

function withoutFinalPeriod(note: string): string {
  return note.endsWith('.') ? note.slice(0, -1) : note;
}
