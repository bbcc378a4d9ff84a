import { Composer, isAlias, isMap, isScalar, isSeq, Lexer, Parser, type CST, type Document, type ParsedNode } from 'yaml';
import type { DocumentReader } from './readEvents';
import { readYamlByRecord } from './yamlRecords';
import { keyText, locate, resolveAlias, toValue, ValueLimit, YAML_OPTIONS, yamlProblem } from './yamlValues';

/** How many lexemes are read between two places where reading may pause. */
const LEXEMES_PER_SLICE = 1024;

/**
 * Reads a YAML corpus file: one mapping with `sources`, `themes` and `passages` lists, or
 * several documents (`---`) each holding some of them. YAML 1.2 core schema, repeated keys
 * refused, aliases expanded within a budget (a "billion laughs" file is refused, not expanded).
 *
 * An ordinary file — one mapping whose lists are written in block style — is read record by
 * record (`yamlRecords.ts`), which keeps memory and time in proportion to one record; anything
 * else, and any file with an error, is read whole, pausing every thousand tokens. Errors from
 * the yaml library are reported where they stand; records that end before a document's first
 * error are kept.
 */
export function* readYaml(text: string, lists?: ReadonlySet<string>): DocumentReader {
  const wanted = lists ?? { has: () => true };
  const byRecord = yield* readYamlByRecord(text, wanted);
  if (byRecord) {
    for (const event of byRecord) yield event;
    return;
  }
  yield* readYamlWhole(text, wanted);
}

/**
 * Reads the file as one stream of documents with the yaml library: the way for any shape and
 * the reference that reading record by record must agree with.
 */
export function* readYamlWhole(text: string, lists: Pick<ReadonlySet<string>, 'has'>): DocumentReader {
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

  const composer = new Composer(YAML_OPTIONS);
  const documents = [...composer.compose(tokens)];
  for (const error of composer.streamInfo().errors) yield yamlProblem(error.pos[0], error.message, 'error');
  let rootReported = false;
  for (const doc of documents) {
    for (const warning of doc.warnings) yield yamlProblem(warning.pos[0], warning.message, 'warning');
    for (const error of doc.errors) yield yamlProblem(error.pos[0], error.message, 'error');
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
        yield yamlProblem(keyOffset, 'A key must be plain text.', 'error');
        continue;
      }
      const value = isAlias(valueNode) ? (resolveAlias(valueNode, doc) as ParsedNode | undefined) : valueNode;
      const isList = isSeq(value);
      yield { type: 'property', key, keyOffset, valueOffset: valueNode?.range[0] ?? keyOffset, isList };
      if (isSeq(value) && lists.has(key)) yield* records(doc, key, value.items as ParsedNode[], firstError, budget);
    }
  }
}

function* records(doc: Document.Parsed, list: string, items: ParsedNode[], firstError: number, budget: { values: number }): DocumentReader {
  for (let index = 0; index < items.length; index++) {
    const node = items[index];
    const start = node?.range?.[0] ?? 0;
    if (!node || node.range[2] > firstError) return;
    let value: unknown;
    try {
      value = toValue(node, doc, budget, 0);
    } catch (error) {
      if (!(error instanceof ValueLimit)) throw error;
      yield yamlProblem(error.offset, error.message, 'error');
      if (budget.values <= 0) return;
      continue;
    }
    yield { type: 'record', list, index, record: { value, offset: start, locate: (path) => locate(node, doc, path) } };
  }
}
