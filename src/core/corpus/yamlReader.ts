import {
  Composer,
  CST,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  Parser,
  visit,
  type Document,
  type Node as YamlNode,
  type ParsedNode,
} from 'yaml';
import type { JsonPath } from './fieldPath';
import { MAX_DEPTH, setProperty, type DocumentReader, type ReadEvent } from './readEvents';

/** How many lexemes are read between two places where reading may pause. */
const LEXEMES_PER_SLICE = 1024;


/**
 * Reads a YAML corpus file: one mapping with `sources`, `themes` and `passages` lists, or
 * several documents (`---`) each holding some of them. YAML 1.2 core schema, repeated keys
 * refused, aliases expanded within a budget (a "billion laughs" file is refused, not expanded).
 * Lexing and parsing pause every thousand tokens. Errors from the yaml library are
 * reported where they stand; records that end before a document's first error are kept.
 */
export function readYaml(text: string, lists?: ReadonlySet<string>): DocumentReader {
  return read(text, lists ?? { has: () => true });
}

const OPTIONS = { prettyErrors: false, uniqueKeys: true, version: '1.2' } as const;

/** From this size on, a single-document file is composed record by record, pausing between records. */
const SPLIT_FROM = 256 * 1024;

function* read(text: string, lists: Pick<ReadonlySet<string>, 'has'>): DocumentReader {
  // Offsets become lines and columns through TextPositions, not the yaml library's
  // LineCounter: the parser does not report the line breaks inside multi-line scalars to it.
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  let lexemes = 0;
  for (const lexeme of new Lexer().lex(text, false)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (++lexemes % LEXEMES_PER_SLICE === 0) yield undefined;
  }
  for (const token of parser.end()) tokens.push(token);
  const budget = { values: text.length + 10_000 };

  if (text.length >= SPLIT_FROM) {
    const split = yield* composeByRecord(tokens);
    if (split) {
      yield* splitEvents(split, budget, lists);
      return;
    }
  }

  const composer = new Composer(OPTIONS);
  const documents = [...composer.compose(tokens)];
  for (const error of composer.streamInfo().errors) yield problem(error.pos[0], error.message, 'error');
  let rootReported = false;
  for (const doc of documents) {
    for (const warning of doc.warnings) yield problem(warning.pos[0], warning.message, 'warning');
    for (const error of doc.errors) yield problem(error.pos[0], error.message, 'error');
    const firstError = Math.min(...doc.errors.map((e) => e.pos[0]));
    const root = doc.contents as ParsedNode | null;
    if (root === null || (isScalar(root) && root.value === null)) continue;
    if (!rootReported || documents.length > 1) {
      rootReported = true;
      yield { type: 'root', kind: isMap(root) ? 'object' : isSeq(root) ? 'array' : 'other', offset: root.range[0] };
    }
    if (isSeq(root)) {
      if (lists.has('')) yield* records(doc, '', root.items as ParsedNode[], firstError, budget);
      continue;
    }
    if (!isMap(root)) continue;
    for (const pair of root.items) {
      const keyNode = pair.key as ParsedNode | null;
      const valueNode = pair.value as ParsedNode | null;
      const key = keyText(keyNode);
      const keyOffset = keyNode?.range[0] ?? root.range[0];
      if (key === undefined) {
        yield problem(keyOffset, 'A key must be plain text.', 'error');
        continue;
      }
      const value = isAlias(valueNode) ? (resolveAlias(valueNode, doc) as ParsedNode | undefined) : valueNode;
      const isList = isSeq(value);
      yield { type: 'property', key, keyOffset, valueOffset: valueNode?.range[0] ?? keyOffset, isList };
      if (isSeq(value) && lists.has(key)) yield* records(doc, key, value.items as ParsedNode[], firstError, budget);
    }
  }
}

/** A large single-document file composed one record at a time. */
interface SplitDocument {
  offset: number;
  properties: { key: string; keyOffset: number; valueOffset: number; records?: Document.Parsed[] }[];
}

const BLANK = new Set(['space', 'comment', 'newline']);

/**
 * Composes each record of a plain top-level mapping of lists on its own, pausing between
 * records, so that a file of many megabytes does not hold the extension host for seconds.
 * Returns undefined, and the caller composes the whole file at once, for anything unusual:
 * several documents, directives, tags or anchors on the lists, repeated keys, or any error or
 * warning inside a record (which whole-file composition then reports in its own words).
 */
function* composeByRecord(tokens: CST.Token[]): Generator<undefined, SplitDocument | undefined, void> {
  const documents = tokens.filter((t): t is CST.Document => t.type === 'document');
  if (documents.length !== 1 || tokens.some((t) => t.type === 'error' || t.type === 'directive')) return undefined;
  const [doc] = documents;
  if (doc.start.some((t) => t.type !== 'doc-start' && !BLANK.has(t.type))) return undefined;
  const map = doc.value;
  if (map?.type !== 'block-map') return undefined;
  const split: SplitDocument = { offset: map.offset, properties: [] };
  const seen = new Set<string>();
  let composed = 0;
  for (const item of map.items) {
    if (!item.key || !item.sep || item.start.some((t) => !BLANK.has(t.type))) return undefined;
    if (item.sep.some((t) => t.type !== 'map-value-ind' && !BLANK.has(t.type))) return undefined;
    let failed = false;
    const key = CST.resolveAsScalar(item.key, true, () => (failed = true));
    if (failed || !key || seen.has(key.value)) return undefined;
    seen.add(key.value);
    const value = item.value;
    const property: SplitDocument['properties'][number] = { key: key.value, keyOffset: item.key.offset, valueOffset: value?.offset ?? item.key.offset };
    split.properties.push(property);
    if (value?.type === 'flow-collection' || value?.type === 'alias') return undefined;
    if (value?.type !== 'block-seq') continue;
    property.records = [];
    for (const element of value.items) {
      if (!element.value || element.start.some((t) => t.type !== 'seq-item-ind' && !BLANK.has(t.type))) return undefined;
      const token: CST.Document = { type: 'document', offset: element.value.offset, start: [], value: element.value };
      const [record] = [...new Composer(OPTIONS).compose([token])];
      if (!record || record.errors.length > 0 || record.warnings.length > 0 || hasAlias(record)) return undefined;
      property.records.push(record);
      if (++composed % 64 === 0) yield undefined;
    }
  }
  return split;
}

/** True when a record uses an alias, whose anchor may lie in another record. */
function hasAlias(doc: Document.Parsed): boolean {
  let found = false;
  visit(doc, {
    Alias: () => {
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}

function* splitEvents(split: SplitDocument, budget: { values: number }, lists: Pick<ReadonlySet<string>, 'has'>): DocumentReader {
  yield { type: 'root', kind: 'object', offset: split.offset };
  for (const property of split.properties) {
    const isList = property.records !== undefined;
    yield { type: 'property', key: property.key, keyOffset: property.keyOffset, valueOffset: property.valueOffset, isList };
    if (!lists.has(property.key)) continue;
    for (const [index, doc] of (property.records ?? []).entries()) {
      yield* records(doc, property.key, [doc.contents as ParsedNode], Infinity, budget, index);
    }
  }
}

function* records(
  doc: Document.Parsed,
  list: string,
  items: ParsedNode[],
  firstError: number,
  budget: { values: number },
  firstIndex = 0,
): DocumentReader {
  for (let i = 0; i < items.length; i++) {
    const node = items[i];
    const index = firstIndex + i;
    const start = node?.range?.[0] ?? 0;
    if (!node || node.range[2] > firstError) return;
    let value: unknown;
    try {
      value = toValue(node, doc, budget, 0);
    } catch (error) {
      if (!(error instanceof ValueLimit)) throw error;
      yield problem(error.offset, error.message, 'error');
      if (budget.values <= 0) return;
      continue;
    }
    yield { type: 'record', list, index, record: { value, offset: start, locate: (path) => locate(node, doc, path) } };
  }
}

/** A value too deep or too large to expand, located at the node that went over. */
class ValueLimit extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The node each alias of a document stands for: the last node with its anchor before it.
 * Found in one walk of the document, where the yaml library's `Alias.resolve` walks the whole
 * document for every alias (quadratic in a file with many).
 */
class Aliases {
  private targets: Map<YamlNode, YamlNode | undefined> | undefined;

  constructor(private readonly doc: Document.Parsed) {}

  resolve(alias: YamlNode): YamlNode | undefined {
    if (!this.targets) {
      const targets = new Map<YamlNode, YamlNode | undefined>();
      const anchors = new Map<string, YamlNode>();
      visit(this.doc, {
        Node: (_key, node) => {
          if (isAlias(node)) targets.set(node, anchors.get(node.source));
          else if (node.anchor) anchors.set(node.anchor, node);
        },
      });
      this.targets = targets;
    }
    return this.targets.get(alias);
  }
}

const aliasesOf = new WeakMap<Document.Parsed, Aliases>();

function resolveAlias(alias: YamlNode, doc: Document.Parsed): YamlNode | undefined {
  let aliases = aliasesOf.get(doc);
  if (!aliases) aliasesOf.set(doc, (aliases = new Aliases(doc)));
  return aliases.resolve(alias);
}

function toValue(
  node: YamlNode | null | undefined,
  doc: Document.Parsed,
  budget: { values: number },
  depth: number,
  aliasAt?: number,
): unknown {
  if (--budget.values < 0) {
    throw new ValueLimit(aliasAt ?? node?.range?.[0] ?? 0, 'expands aliases to too many values; the file is not loaded further');
  }
  if (depth > MAX_DEPTH) throw new ValueLimit(aliasAt ?? node?.range?.[0] ?? 0, `nests more than ${MAX_DEPTH} levels deep`);
  if (node === null || node === undefined) return null;
  if (isAlias(node)) return toValue(resolveAlias(node, doc), doc, budget, depth + 1, aliasAt ?? node.range?.[0]);
  if (isScalar(node)) return typeof node.value === 'bigint' ? Number(node.value) : node.value;
  if (isMap(node)) {
    const object: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = keyText(pair.key as YamlNode | null);
      if (key === undefined) throw new ValueLimit((pair.key as YamlNode)?.range?.[0] ?? 0, 'A key must be plain text.');
      setProperty(object, key, toValue(pair.value as YamlNode | null, doc, budget, depth + 1, aliasAt));
    }
    return object;
  }
  if (isSeq(node)) return node.items.map((item) => toValue(item as YamlNode | null, doc, budget, depth + 1, aliasAt));
  return null;
}

/** The text of a scalar key; undefined for a mapping or list used as a key. */
function keyText(node: YamlNode | null | undefined): string | undefined {
  if (node === null || node === undefined) return '';
  if (isScalar(node)) return node.value === null ? '' : String(node.value);
  return undefined;
}

/** The offset of the node at `path` below `node`, or of the deepest one on the way. */
function locate(node: ParsedNode, doc: Document.Parsed, path: JsonPath): number {
  let at: YamlNode = node;
  let offset = node.range[0];
  for (const part of path) {
    const here: YamlNode | undefined = isAlias(at) ? resolveAlias(at, doc) : at;
    if (isMap(here)) {
      const pair = here.items.find((p) => keyText(p.key as YamlNode | null) === String(part));
      if (!pair) break;
      offset = (pair.key as YamlNode | null)?.range?.[0] ?? offset;
      if (!pair.value) break;
      at = pair.value as YamlNode;
    } else if (isSeq(here) && typeof part === 'number' && here.items[part]) {
      at = here.items[part] as YamlNode;
      offset = at.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return offset;
}

function problem(offset: number, message: string, severity: 'error' | 'warning'): ReadEvent {
  return { type: 'problem', offset, message: `YAML ${severity === 'error' ? 'error' : 'warning'}: ${message}`, severity };
}
