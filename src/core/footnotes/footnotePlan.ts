import { applyEdits, insertAt, type TextEdit } from '../insert/textInsert';
import { footnoteInsertionPoint } from './insertionPoint';
import { isNumberedLabel, parseMarkdownFootnotes, type FootnoteDefinition, type MarkdownFootnotes } from './markdownFootnotes';

/**
 * The numbers numeric footnotes should carry (by GFM identifier): 1, 2, 3… in the order of
 * their first reference, then unreferenced definitions. A number written in a literal `[^n]`
 * that has no definition is skipped, so that text never starts pointing at a note. With
 * `reserveAt`, the number a new reference at that offset takes is left free and returned.
 * Labels that are not numbers (`[^note]`) keep their names.
 */
export function footnoteNumbering(footnotes: MarkdownFootnotes, reserveAt?: number): { numbers: Map<string, number>; reserved?: number } {
  const order: string[] = [];
  const firstAt = new Map<string, number>();
  for (const ref of footnotes.references) {
    if (!isNumberedLabel(ref.id) || firstAt.has(ref.id)) continue;
    firstAt.set(ref.id, ref.start);
    order.push(ref.id);
  }
  const unreferenced = [...new Set(footnotes.definitions.map((d) => d.id))]
    .filter((id) => isNumberedLabel(id) && !firstAt.has(id))
    .sort((a, b) => Number(a) - Number(b));
  const numbers = new Map<string, number>();
  let last = 0;
  const next = () => {
    do last++;
    while (footnotes.unresolved.has(String(last)));
    return last;
  };
  let reserved: number | undefined;
  for (const id of [...order, ...unreferenced]) {
    const at = firstAt.get(id) ?? Number.POSITIVE_INFINITY;
    if (reserveAt !== undefined && reserved === undefined && at >= reserveAt) reserved = next();
    numbers.set(id, next());
  }
  if (reserveAt !== undefined && reserved === undefined) reserved = next();
  return { numbers, reserved };
}

/** Edits that change each numeric label to its new number: the label's characters only. */
function relabelEdits(footnotes: MarkdownFootnotes, numbers: Map<string, number>): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const item of [...footnotes.references, ...footnotes.definitions]) {
    const number = numbers.get(item.id);
    if (number !== undefined && String(number) !== item.label) {
      edits.push({ start: item.labelStart, end: item.labelEnd, text: String(number) });
    }
  }
  return edits;
}

/**
 * Inserts a footnote at `offset`: the reference where a footnote call can stand (see
 * `footnoteInsertionPoint`), its definition after the top-level definition numbered just
 * before it (or before the one after it, or appended), and the later footnotes renumbered —
 * all as edits of the original text. The first edit is the reference; before a `(` it is
 * followed by a space, since `[^1](x)` reads as a link in CommonMark renderers.
 */
export function planFootnoteInsert(text: string, offset: number, note: string, eol: string): TextEdit[] {
  const footnotes = parseMarkdownFootnotes(text);
  const point = footnoteInsertionPoint(text, footnotes.structure, Math.max(0, Math.min(offset, text.length)));
  const { numbers, reserved = 1 } = footnoteNumbering(footnotes, point.offset);
  const call = `[^${reserved}]`;
  const separated = text[point.offset] === '(' ? ' ' : '';
  const reference = insertAt(point.offset, point.paragraph ? call + (text.length > 0 ? eol + eol : '') : call + separated);
  const definition = `[^${reserved}]: ${note}`;
  const topLevel = footnotes.definitions
    .filter((d) => d.topLevel && numbers.has(d.id))
    .sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0));
  const before = [...topLevel].reverse().find((d) => (numbers.get(d.id) ?? 0) < reserved);
  const after = topLevel.find((d) => (numbers.get(d.id) ?? 0) > reserved);
  let definitionEdit: TextEdit;
  if (before) definitionEdit = afterDefinition(text, before, definition, eol);
  else if (after) definitionEdit = insertAt(after.start, definition + eol);
  else definitionEdit = appendedDefinition(text, footnotes, reference, definition, eol);
  return [reference, definitionEdit, ...relabelEdits(footnotes, numbers)];
}

/**
 * Renumbers numeric footnotes 1, 2, 3… in reference order. When the definitions are
 * top-level lines one after another, followed by a blank line or the end, the block is also
 * sorted into that order.
 */
export function planRenumber(text: string, eol: string): TextEdit[] {
  const footnotes = parseMarkdownFootnotes(text);
  const { numbers } = footnoteNumbering(footnotes);
  const edits = relabelEdits(footnotes, numbers);
  const defs = footnotes.definitions;
  const block = defs.length > 1 && defs.every((d, i) => d.topLevel && (i === 0 || defs[i - 1].lineEnd === d.start));
  const rank = (d: FootnoteDefinition) => numbers.get(d.id) ?? Infinity;
  const sorted = [...defs].sort((a, b) => rank(a) - rank(b));
  const blockEnd = defs[defs.length - 1]?.lineEnd ?? 0;
  if (!block || sorted.every((d, i) => d === defs[i]) || !blankOrEnd(text, blockEnd)) return edits;
  const blockStart = defs[0].start;
  const lines = sorted.map((d) => {
    const inside = edits.filter((e) => e.start >= d.start && e.end <= d.lineEnd).map((e) => ({ ...e, start: e.start - d.start, end: e.end - d.start }));
    return applyEdits(text.slice(d.start, d.lineEnd), inside).replace(/\r?\n$/, '');
  });
  const endsWithBreak = /\n$/.test(text.slice(blockStart, blockEnd));
  const moved = lines.join(eol) + (endsWithBreak ? eol : '');
  const outside = edits.filter((e) => e.start < blockStart || e.start >= blockEnd);
  return [...outside, { start: blockStart, end: blockEnd, text: moved }];
}

/** Whether the line at `offset` is blank or the text ends there. */
function blankOrEnd(text: string, offset: number): boolean {
  return /^[ \t]*(?:\r?\n|$)/.test(text.slice(offset, offset + 200));
}

function afterDefinition(text: string, previous: FootnoteDefinition, definition: string, eol: string): TextEdit {
  const atEnd = previous.lineEnd === text.length && !/\n$/.test(text);
  if (atEnd) return insertAt(text.length, eol + definition + eol);
  const gap = blankOrEnd(text, previous.lineEnd) || /^\[\^[^\s[\]]+\]:/.test(text.slice(previous.lineEnd, previous.lineEnd + 1000)) ? '' : eol;
  return insertAt(previous.lineEnd, definition + eol + gap);
}

/**
 * A definition appended to a text with no top-level definitions, after a blank line; when the
 * text ends in a code, math or HTML block left open, just before that block instead.
 */
function appendedDefinition(text: string, footnotes: MarkdownFootnotes, reference: TextEdit, definition: string, eol: string): TextEdit {
  const open = footnotes.structure.openTail;
  if (open) {
    const lineStart = text.lastIndexOf('\n', open.start - 1) + 1;
    const lead = lineStart === 0 || /\n[ \t]*\r?\n$/.test(text.slice(0, lineStart)) ? '' : eol;
    return insertAt(lineStart, lead + definition + eol + eol);
  }
  const ending = reference.start === text.length ? text + reference.text : text;
  if (ending.length === 0) return insertAt(text.length, definition + eol);
  const trailing = (/(?:[ \t]*\r?\n)*$/.exec(ending)?.[0].match(/\n/g) ?? []).length;
  return insertAt(text.length, eol.repeat(Math.max(0, 2 - trailing)) + definition + eol);
}
