import { insertAt, type TextEdit } from '../insert/textInsert';
import { isNumberedLabel, parseMarkdownFootnotes, type FootnoteDefinition, type MarkdownFootnotes } from './markdownFootnotes';

/**
 * The numbers numeric footnotes should carry: 1, 2, 3… in the order of their first
 * reference. With `reserveAt`, the number a new reference at that offset takes is left free
 * and returned. Labels that are not numbers (`[^note]`) keep their names.
 */
export function footnoteNumbering(footnotes: MarkdownFootnotes, reserveAt?: number): { numbers: Map<string, number>; reserved?: number } {
  const order: string[] = [];
  for (const ref of footnotes.references) if (isNumberedLabel(ref.label) && !order.includes(ref.label)) order.push(ref.label);
  const unreferenced = footnotes.definitions
    .map((d) => d.label)
    .filter((label) => isNumberedLabel(label) && !order.includes(label))
    .sort((a, b) => Number(a) - Number(b));
  const firstAt = new Map<string, number>();
  for (const ref of footnotes.references) if (!firstAt.has(ref.label)) firstAt.set(ref.label, ref.start);
  const numbers = new Map<string, number>();
  let next = 1;
  let reserved: number | undefined;
  for (const label of [...order, ...unreferenced]) {
    const at = firstAt.get(label) ?? Number.POSITIVE_INFINITY;
    if (reserveAt !== undefined && reserved === undefined && at >= reserveAt) reserved = next++;
    numbers.set(label, next++);
  }
  if (reserveAt !== undefined && reserved === undefined) reserved = next;
  return { numbers, reserved };
}

/** Edits that change each numeric label to its new number. */
function relabelEdits(footnotes: MarkdownFootnotes, numbers: Map<string, number>): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const item of [...footnotes.references, ...footnotes.definitions]) {
    const number = numbers.get(item.label);
    if (number !== undefined && String(number) !== item.label) {
      edits.push({ start: item.labelStart, end: item.labelEnd, text: String(number) });
    }
  }
  return edits;
}

/**
 * Inserts a footnote at `offset`: the reference there, its definition among the others in
 * number order, and the later footnotes renumbered — all as edits of the original text.
 */
export function planFootnoteInsert(text: string, offset: number, note: string, eol: string): TextEdit[] {
  const footnotes = parseMarkdownFootnotes(text);
  const { numbers, reserved = 1 } = footnoteNumbering(footnotes, offset);
  const definition = `[^${reserved}]: ${note}`;
  const numbered = footnotes.definitions
    .filter((d) => numbers.has(d.label))
    .sort((a, b) => (numbers.get(a.label) ?? 0) - (numbers.get(b.label) ?? 0));
  const before = [...numbered].reverse().find((d) => (numbers.get(d.label) ?? 0) < reserved);
  const after = numbered.find((d) => (numbers.get(d.label) ?? 0) > reserved);
  const reference = insertAt(offset, `[^${reserved}]`);
  let definitionEdit: TextEdit;
  if (before) definitionEdit = afterDefinition(text, before, definition, eol);
  else if (after) definitionEdit = insertAt(after.start, definition + eol);
  else definitionEdit = insertAt(text.length, appendedDefinition(offset === text.length ? text + reference.text : text, definition, eol));
  return [reference, definitionEdit, ...relabelEdits(footnotes, numbers)];
}

/**
 * Renumbers numeric footnotes 1, 2, 3… in reference order. When the definitions form one
 * block of consecutive lines, the block is also sorted into that order.
 */
export function planRenumber(text: string, eol: string): TextEdit[] {
  const footnotes = parseMarkdownFootnotes(text);
  const { numbers } = footnoteNumbering(footnotes);
  const edits = relabelEdits(footnotes, numbers);
  const defs = footnotes.definitions;
  const contiguous = defs.length > 1 && defs.every((d, i) => i === 0 || defs[i - 1].lineEnd === d.start);
  const sorted = [...defs].sort((a, b) => (numbers.get(a.label) ?? Infinity) - (numbers.get(b.label) ?? Infinity));
  if (!contiguous || sorted.every((d, i) => d === defs[i])) return edits;
  const blockStart = defs[0].start;
  const blockEnd = defs[defs.length - 1].lineEnd;
  const lines = sorted.map((d) => {
    const number = numbers.get(d.label);
    const own = text.slice(d.start, d.lineEnd).replace(/\r?\n$/, '');
    return number === undefined ? own : `[^${number}]${own.slice(d.labelEnd - d.start + 1)}`;
  });
  const endsWithBreak = /\n$/.test(text.slice(blockStart, blockEnd));
  const block = lines.join(eol) + (endsWithBreak ? eol : '');
  const outside = edits.filter((e) => e.start < blockStart || e.start >= blockEnd);
  return [...outside, { start: blockStart, end: blockEnd, text: block }];
}

function afterDefinition(text: string, previous: FootnoteDefinition, definition: string, eol: string): TextEdit {
  const atEnd = previous.lineEnd === text.length && !/\n$/.test(text);
  return atEnd ? insertAt(text.length, eol + definition + eol) : insertAt(previous.lineEnd, definition + eol);
}

/** A definition appended to a text with no footnote definitions: after a blank line. */
function appendedDefinition(text: string, definition: string, eol: string): string {
  if (text.length === 0) return definition + eol;
  const trailing = (/(?:\r?\n)*$/.exec(text)?.[0].match(/\n/g) ?? []).length;
  return eol.repeat(Math.max(0, 2 - trailing)) + definition + eol;
}
