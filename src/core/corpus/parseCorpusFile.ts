import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { CorpusProblem, Passage, Source, Theme } from '../model';
import { formatFieldPath, type JsonPath } from './fieldPath';
import { RECORD_KINDS, validateRecord, type RecordKind } from './recordValidators';
import { TextPositions } from './textPosition';

/** A corpus file's name (as shown to people) and its text. */
export interface CorpusFileInput {
  path: string;
  text: string;
}

/** A record with the place it was read from, so later checks can point at it. */
export interface LocatedRecord<T> {
  value: T;
  file: string;
  line: number;
  column: number;
  /** Path of the record in its file, e.g. `['passages', 3]`. */
  path: JsonPath;
}

/** The valid records of one file and the problems of the invalid ones. */
export interface ParsedCorpusFile {
  sources: LocatedRecord<Source>[];
  themes: LocatedRecord<Theme>[];
  passages: LocatedRecord<Passage>[];
  problems: CorpusProblem[];
}

/**
 * Parses one corpus file. A file may hold any of the lists `sources`, `themes` and `passages`.
 * Each record is validated on its own: an invalid record is reported with its file, line,
 * column and field, and left out, while the file's other records still load.
 */
export function parseCorpusFile(input: CorpusFileInput): ParsedCorpusFile {
  const result: ParsedCorpusFile = { sources: [], themes: [], passages: [], problems: [] };
  const positions = new TextPositions(input.text);
  const report = (offset: number, path: JsonPath, message: string, severity: CorpusProblem['severity'] = 'error') => {
    const { line, column } = positions.at(offset);
    result.problems.push({ file: input.path, line, column, field: formatFieldPath(path), message, severity });
  };

  const syntaxErrors: ParseError[] = [];
  const root = parseTree(input.text, syntaxErrors, { allowTrailingComma: false, disallowComments: true });
  for (const error of syntaxErrors) {
    report(error.offset, [], `JSON syntax error: ${describeSyntaxError(printParseErrorCode(error.error))}`);
  }
  if (syntaxErrors.length > 0 || !root) return result;
  if (root.type !== 'object') {
    report(root.offset, [], 'A corpus file must be a JSON object with "sources", "themes" or "passages" lists.');
    return result;
  }

  let foundList = false;
  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    if (key === '$schema') continue;
    if (!(RECORD_KINDS as readonly string[]).includes(key)) {
      report(keyNode.offset, [key], `is not a corpus list (expected "sources", "themes" or "passages")`, 'warning');
      continue;
    }
    foundList = true;
    if (valueNode.type !== 'array') {
      report(valueNode.offset, [key], 'must be a list ([ … ])');
      continue;
    }
    readRecords(key as RecordKind, valueNode, input.path, positions, result, report);
  }
  if (!foundList) report(root.offset, [], 'The file has no "sources", "themes" or "passages" list.', 'warning');
  return result;
}

function readRecords(
  kind: RecordKind,
  list: Node,
  file: string,
  positions: TextPositions,
  result: ParsedCorpusFile,
  report: (offset: number, path: JsonPath, message: string) => void,
): void {
  (list.children ?? []).forEach((node, index) => {
    const recordPath: JsonPath = [kind, index];
    const value = nodeValue(node);
    const violations = validateRecord(kind, value);
    for (const violation of violations) {
      const at = findNodeAtLocation(node, violation.path) ?? closestNode(node, violation.path);
      report(at.offset, [...recordPath, ...violation.path], violation.message);
    }
    if (violations.length > 0) return;
    const { line, column } = positions.at(node.offset);
    (result[kind] as LocatedRecord<unknown>[]).push({ value, file, line, column, path: recordPath });
  });
}

/** The deepest existing node along `path`, for fields that are missing. */
function closestNode(node: Node, path: JsonPath): Node {
  for (let depth = path.length - 1; depth > 0; depth--) {
    const found = findNodeAtLocation(node, path.slice(0, depth));
    if (found) return found;
  }
  return node;
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const object: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) object[String(key.value)] = nodeValue(value);
      }
      return object;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function describeSyntaxError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
