import { parse, postprocess, preprocess } from 'micromark';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { math } from 'micromark-extension-math';
import type { Event } from 'micromark-util-types';

/** A span of the text, `start`–`end` in UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** A footnote call `[^label]` the parser resolved to a definition. */
export interface CallSpan extends Span {
  labelStart: number;
  labelEnd: number;
}

/** A footnote definition as the parser read it. */
export interface DefinitionSpan extends Span {
  labelStart: number;
  labelEnd: number;
  /** After the `]:` marker and the whitespace that follows it on its line. */
  textStart: number;
  /** Outside block quotes, list items and other notes. */
  topLevel: boolean;
}

/** A `[^label]` in the text, whether or not it is a call. */
export interface Bracketed extends Span {
  label: string;
  escaped: boolean;
}

/** A fenced code, math or HTML block outside any container that runs to the end of the text. */
export interface OpenTail extends Span {
  kind: string;
}

/**
 * What CommonMark with GFM footnotes and `$` math makes of a Markdown text, as far as
 * footnotes need it: the calls and definitions, where new text would be code or markup
 * (`literalSpans`, `inlineSpans`), where it would be prose (`prose`), and a block left open
 * at the end of the text (`openTail`).
 */
export interface MarkdownStructure {
  calls: CallSpan[];
  definitions: DefinitionSpan[];
  /** Code, math, HTML and escapes, where `[^1]` is literal text: sorted by start. */
  literalSpans: Span[];
  /** Constructs an inserted reference must not split: code spans, math, HTML, links, calls, escapes, definition labels. */
  inlineSpans: Span[];
  /** Every `[^label]` outside code, math and HTML, a call or not; `escaped` after `\\`. */
  bracketed: Bracketed[];
  /** Paragraphs and heading texts outside notes, where a reference can stand. */
  prose: Span[];
  openTail?: OpenTail;
}

/** micromark's extensions hold no state: made once. */
const EXTENSIONS = [gfmFootnote(), math()];
const CONTAINERS = new Set(['blockQuote', 'listOrdered', 'listUnordered', 'gfmFootnoteDefinition']);
const LITERAL = new Set(['codeFenced', 'codeIndented', 'codeText', 'htmlFlow', 'htmlText', 'mathFlow', 'mathText', 'characterEscape', 'characterReference', 'autolink']);
const INLINE = new Set(['codeText', 'htmlText', 'mathText', 'autolink', 'characterEscape', 'characterReference', 'link', 'image', 'gfmFootnoteCall']);
const PROSE = new Set(['paragraph', 'atxHeadingText', 'setextHeadingText']);
const FENCED = new Map([['codeFenced', 'codeFencedFence'], ['mathFlow', 'mathFlowFence']]);

/**
 * Reads a Markdown text with micromark (CommonMark, GFM footnotes, math), which decides what
 * is a footnote call or definition; its event stream gives exact offsets. Linear in the
 * length of the text.
 */
export function readMarkdownStructure(text: string): MarkdownStructure {
  const events = postprocess(parse({ extensions: EXTENSIONS }).document().write(preprocess()(text, undefined, true)));
  const structure: MarkdownStructure = { calls: [], definitions: [], literalSpans: [], inlineSpans: [], bracketed: [], prose: [] };
  let depth = 0;
  let notes = 0;
  let definition: DefinitionSpan | undefined;
  let call: CallSpan | undefined;
  let tail: { kind: string; span: Span; fences: number; topLevel: boolean } | undefined;
  for (const [kind, token] of events as Event[]) {
    const { type } = token;
    const span = { start: token.start.offset, end: token.end.offset };
    if (kind === 'exit') {
      if (CONTAINERS.has(type)) depth--;
      if (type === 'gfmFootnoteDefinition') notes--;
      continue;
    }
    if (LITERAL.has(type)) structure.literalSpans.push(span);
    if (INLINE.has(type)) structure.inlineSpans.push(span);
    if (PROSE.has(type) && notes === 0) structure.prose.push(span);
    if (FENCED.has(type) || type === 'htmlFlow') tail = { kind: type, span, fences: 0, topLevel: depth === 0 };
    else if (tail && type === FENCED.get(tail.kind)) tail.fences++;
    switch (type) {
      case 'gfmFootnoteCall':
        call = { ...span, labelStart: span.start, labelEnd: span.start };
        structure.calls.push(call);
        break;
      case 'gfmFootnoteCallString':
        if (call) Object.assign(call, { labelStart: span.start, labelEnd: span.end });
        break;
      case 'gfmFootnoteDefinition':
        definition = { ...span, labelStart: span.start, labelEnd: span.start, textStart: span.start, topLevel: depth === 0 };
        structure.definitions.push(definition);
        break;
      case 'gfmFootnoteDefinitionLabelString':
        if (definition) Object.assign(definition, { labelStart: span.start, labelEnd: span.end });
        break;
      case 'definitionMarker':
        if (definition && span.start === definition.labelEnd + 1) {
          definition.textStart = span.end;
          structure.inlineSpans.push({ start: definition.start, end: span.end });
        }
        break;
      case 'gfmFootnoteDefinitionWhitespace':
        if (definition && span.start === definition.textStart) {
          definition.textStart = span.end;
          structure.inlineSpans[structure.inlineSpans.length - 1].end = span.end;
        }
        break;
    }
    if (CONTAINERS.has(type)) depth++;
    if (type === 'gfmFootnoteDefinition') notes++;
  }
  if (tail?.topLevel && tail.span.end >= text.trimEnd().length && !(FENCED.has(tail.kind) && tail.fences >= 2)) {
    structure.openTail = { kind: tail.kind, ...tail.span };
  }
  structure.literalSpans.sort((a, b) => a.start - b.start);
  structure.bracketed = bracketed(text, structure.literalSpans);
  structure.inlineSpans.push(...structure.bracketed);
  structure.inlineSpans.sort((a, b) => a.start - b.start);
  return structure;
}

/**
 * Every `[^label]` outside code, math and HTML, calls or not: a renumbering must not give
 * a literal one's number to a note, nor an insert split one. Labels hold no
 * brackets or whitespace, so each attempt stops at the next `[`: linear.
 */
function bracketed(text: string, literal: readonly Span[]): Bracketed[] {
  const found: Bracketed[] = [];
  let next = 0;
  let coveredTo = 0;
  for (const match of text.matchAll(/\[\^([^\s[\]]+)\]/g)) {
    const at = match.index ?? 0;
    while (next < literal.length && literal[next].start <= at) coveredTo = Math.max(coveredTo, literal[next++].end);
    const escaped = text[at - 1] === '\\' && coveredTo === at + 1;
    if (at >= coveredTo || escaped) found.push({ label: match[1], start: at, end: at + match[0].length, escaped });
  }
  return found;
}
