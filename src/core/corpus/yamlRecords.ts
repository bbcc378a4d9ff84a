import { isMap, isScalar, isSeq, parseDocument, type Document, type ParsedNode } from 'yaml';
import type { JsonPath } from './fieldPath';
import type { ReadEvent } from './readEvents';
import { quickElement, type Span } from './yamlPlainElement';
import { hasAlias, keyText, locate, toValue, ValueLimit, YAML_OPTIONS, yamlProblem } from './yamlValues';

/** A top-level key whose value is a block list: its key line and one span per element. */
interface ListProperty {
  kind: 'list';
  keyLine: Span;
  /** Where the `-` of the first element stands. */
  firstDash: number;
  items: Span[];
}

/** Any other top-level key, its value included. */
interface OtherProperty {
  kind: 'other';
  span: Span;
}

type Property = ListProperty | OtherProperty;

/**
 * Reads a YAML file of the ordinary shape — one mapping at column 0 whose lists are block
 * lists — one list element at a time: a line scanner finds where each element starts and ends
 * from indentation alone, and each element's text is parsed on its own — by js-yaml when it is
 * plain (several times faster), else by the yaml library — its positions shifted to the file's.
 * Memory and the longest step are those of one element, where parsing the whole file at once
 * builds a syntax tree many times the file's size.
 *
 * Returns the events to report, or undefined when the file is not of that shape or any part of
 * it does not parse cleanly (an error, a warning, an alias, a second document, a tab in the
 * indentation…): the caller then reads the whole file, which reports errors in the yaml
 * library's words. In a file of a megabyte or more, the first element with a syntax error is
 * reported instead, and the records before it are kept. Pauses after every element. The position of a problem found later is
 * found by parsing its element again.
 */
export function* readYamlByRecord(
  text: string,
  lists: Pick<ReadonlySet<string>, 'has'>,
): Generator<undefined, ReadEvent[] | undefined, void> {
  const properties = yield* splitTopLevel(text);
  if (!properties || properties.length === 0) return undefined;
  const events: ReadEvent[] = [];
  const seen = new Set<string>();
  const budget = { values: text.length + 10_000 };
  for (const property of properties) {
    const head = property.kind === 'list' ? property.keyLine : property.span;
    const doc = parseClean(text, head);
    const root = doc?.contents;
    if (!doc || !isMap(root) || root.items.length !== 1) return undefined;
    const pair = root.items[0];
    const keyNode = pair.key as ParsedNode | null;
    const key = keyText(keyNode);
    if (key === undefined || !isScalar(keyNode) || keyNode.range[0] !== 0 || key === '' || seen.has(key)) return undefined;
    seen.add(key);
    if (events.length === 0) events.push({ type: 'root', kind: 'object', offset: head.start + keyNode.range[0] });
    const keyOffset = head.start + keyNode.range[0];
    if (property.kind === 'other') {
      const value = pair.value as ParsedNode | null;
      events.push({ type: 'property', key, keyOffset, valueOffset: value ? head.start + value.range[0] : keyOffset, isList: isSeq(value) });
      if (isSeq(value) && lists.has(key)) {
        for (const [index, node] of (value.items as ParsedNode[]).entries()) {
          const event = record(key, index, node, doc, head.start, budget, (path) => head.start + locate(node, doc, path));
          if (!event) return undefined;
          events.push(event);
        }
      }
      yield undefined;
      continue;
    }
    const value = pair.value as ParsedNode | null;
    if (value && !(isScalar(value) && value.value === null && !value.tag && !value.anchor)) return undefined;
    events.push({ type: 'property', key, keyOffset, valueOffset: property.firstDash, isList: true });
    for (const [index, span] of property.items.entries()) {
      const locateIn = (path: JsonPath) => {
        const again = elementOf(parseClean(text, span));
        return again ? span.start + locate(again.node, again.doc, path) : span.start;
      };
      const fast = quickElement(text, span);
      if (fast) {
        if (lists.has(key)) events.push({ type: 'record', list: key, index, record: { value: fast.value, offset: fast.offset, locate: locateIn } });
      } else {
        const element = elementOf(parseClean(text, span));
        if (!element) {
          // In a large file, an element that does not parse ends the reading, as an error ends
          // the whole-file reader's, without building a syntax tree of the whole file.
          const errors = text.length >= STOP_AT_ERROR_FROM ? errorsOf(text, span) : [];
          if (errors.length === 0) return undefined;
          events.push(...errors);
          return events;
        }
        if (lists.has(key)) {
          const event = record(key, index, element.node, element.doc, span.start, budget, locateIn);
          if (!event) return undefined;
          events.push(event);
        }
      }
      yield undefined;
    }
  }
  return events;
}

/** The one element of a list parsed from its own text. */
function elementOf(doc: Document.Parsed | undefined): { node: ParsedNode; doc: Document.Parsed } | undefined {
  const root = doc?.contents;
  if (!doc || !isSeq(root) || root.items.length !== 1 || !root.items[0]) return undefined;
  return { node: root.items[0] as ParsedNode, doc };
}

/** A record event for a node of a document parsed from the text at `shift`; undefined past the value budget. */
function record(
  list: string,
  index: number,
  node: ParsedNode,
  doc: Document.Parsed,
  shift: number,
  budget: { values: number },
  locateIn: (path: JsonPath) => number,
): ReadEvent | undefined {
  try {
    const value = toValue(node, doc, budget, 0);
    return { type: 'record', list, index, record: { value, offset: shift + node.range[0], locate: locateIn } };
  } catch (error) {
    if (!(error instanceof ValueLimit)) throw error;
    return yamlProblem(shift + error.offset, error.message, 'error');
  }
}

/** The span parsed on its own, or undefined when the yaml library finds anything to say about it. */
function parseClean(text: string, span: Span): Document.Parsed | undefined {
  const part = text.slice(span.start, span.end);
  const doc = parseDocument(part, YAML_OPTIONS);
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  if (part.includes('*') && hasAlias(doc)) return undefined;
  return doc;
}

/**
 * From this size on, a list element with a syntax error is reported where it stands and ends
 * the reading; a smaller file is read again whole, which reports every error of the document.
 */
const STOP_AT_ERROR_FROM = 1024 * 1024;

/** The errors (and warnings) of an element with at least one error, at their places in the file. */
function errorsOf(text: string, span: Span): ReadEvent[] {
  const doc = parseDocument(text.slice(span.start, span.end), YAML_OPTIONS);
  if (doc.errors.length === 0) return [];
  return [
    ...doc.warnings.map((w) => yamlProblem(span.start + w.pos[0], w.message, 'warning')),
    ...doc.errors.map((e) => yamlProblem(span.start + e.pos[0], e.message, 'error')),
  ];
}

/** How many lines the scanner reads between two places where reading may pause. */
const LINES_PER_SLICE = 4096;

/**
 * Splits the text at its top-level keys (lines at column 0) and the elements of their block
 * lists (lines starting `-` at the list's indentation), in one pass over the lines. Returns
 * undefined for anything else at the top: a directive, a second document, a list or indented
 * text as the root, a tab in an indentation, a line less indented than the list it is in.
 */
function* splitTopLevel(text: string): Generator<undefined, Property[] | undefined, void> {
  const properties: Property[] = [];
  /** The property being read, and for a list the indentation of its dashes once known. */
  let current: { start: number; keyEnd: number; list: boolean; indent: number; items: number[] } | undefined;
  let content = false;
  const close = (end: number): boolean => {
    if (!current) return true;
    if (current.list && current.items.length > 0) {
      const items = current.items.map((start, i) => ({ start, end: current!.items[i + 1] ?? end }));
      properties.push({ kind: 'list', keyLine: { start: current.start, end: current.keyEnd }, firstDash: current.items[0] + current.indent, items });
    } else {
      properties.push({ kind: 'other', span: { start: current.start, end } });
    }
    current = undefined;
    return true;
  };

  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lines = 0;
  while (pos < text.length) {
    if (++lines % LINES_PER_SLICE === 0) yield undefined;
    const newline = text.indexOf('\n', pos);
    const lineEnd = newline < 0 ? text.length : newline;
    const next = newline < 0 ? text.length : newline + 1;
    let i = pos;
    while (text.charCodeAt(i) === 0x20) i++;
    const ch = text[i];
    const indent = i - pos;
    if (i >= lineEnd || (ch === '\r' && i + 1 === lineEnd) || ch === '#') {
      pos = next;
      continue;
    }
    if (ch === '\t') return undefined;
    const dash = ch === '-' && (i + 1 === lineEnd || text[i + 1] === ' ' || text[i + 1] === '\r');
    if (current?.list && current.items.length === 0 && dash && (indent > 0 || pos > current.start)) {
      current.indent = indent;
      current.items.push(pos);
    } else if (current?.list && current.items.length > 0 && dash && indent === current.indent) {
      current.items.push(pos);
    } else if (current && indent > 0 && (!current.list || current.items.length === 0 || indent > current.indent)) {
      // Inside the current value: an element's own lines, or a value that is not a block list.
      if (current.list && current.items.length === 0) current.list = false;
    } else if (indent === 0) {
      if (ch === '-' || ch === '.' || ch === '%' || ch === '\r') {
        if (content || !/^---[ \t]*\r?$/.test(text.slice(i, lineEnd))) return undefined;
      } else {
        close(pos);
        const line = text.slice(pos, lineEnd);
        current = { start: pos, keyEnd: lineEnd, list: /:[ \t]*(?:#.*)?\r?$/.test(line), indent: 0, items: [] };
      }
      content = true;
    } else {
      return undefined;
    }
    pos = next;
  }
  close(text.length);
  return properties;
}
