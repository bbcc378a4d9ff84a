import { createScanner, findNodeAtLocation, parseTree, ScanError, SyntaxKind, type Node } from 'jsonc-parser';
import type { JsonPath } from './fieldPath';
import { MAX_DEPTH, setProperty, type DocumentReader, type ReadEvent } from './readEvents';

/** How many tokens are read between two places where reading may pause. */
const TOKENS_PER_SLICE = 2048;

interface ObjectFrame {
  kind: 'object';
  value: Record<string, unknown>;
  key: string;
  keyOffset: number;
  count: number;
  expect: 'key' | 'colon' | 'value' | 'next';
}
interface ArrayFrame {
  kind: 'array';
  value: unknown[];
  count: number;
  expect: 'value' | 'next';
}
type Frame = ObjectFrame | ArrayFrame;

const TRIVIA = new Set<SyntaxKind>([
  SyntaxKind.Trivia,
  SyntaxKind.LineBreakTrivia,
  SyntaxKind.LineCommentTrivia,
  SyntaxKind.BlockCommentTrivia,
]);

/**
 * Reads a JSON corpus file token by token (jsonc-parser's scanner), reporting each record of
 * each top-level list as soon as it is complete. Unlike a whole-file parse it can pause
 * between any two tokens, so a file of many megabytes never holds the extension host for
 * long. Comments are allowed, trailing commas are not. Reading stops at the first syntax
 * error, which is reported where it stands; the records completed before it are kept.
 */
export function* readJson(text: string): DocumentReader {
  const scanner = createScanner(text, false);
  if (text.charCodeAt(0) === 0xfeff) scanner.setPosition(1);
  const stack: Frame[] = [];
  let rootDone = false;
  /** The top-level list being read ('' when the root is a list), and where its record began. */
  let list: string | undefined;
  let recordStart = 0;
  let tokens = 0;

  const syntax = (offset: number, message: string): ReadEvent => ({
    type: 'problem',
    offset,
    message: `JSON syntax error: ${message}`,
    severity: 'error',
  });
  const atRecordLevel = (parent: Frame | undefined) =>
    parent?.kind === 'array' &&
    list !== undefined &&
    ((stack.length === 1 && list === '') || (stack.length === 2 && stack[0].kind === 'object'));

  /** Puts a finished value into its parent; returns the record event when it is a record. */
  const complete = (value: unknown, end: number): ReadEvent | undefined => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      rootDone = true;
      return undefined;
    }
    let event: ReadEvent | undefined;
    if (parent.kind === 'array') {
      if (atRecordLevel(parent)) {
        const start = recordStart;
        event = {
          type: 'record',
          list: list as string,
          index: parent.count,
          record: { value, offset: start, locate: (path) => start + locateInSlice(text.slice(start, end), path) },
        };
      } else {
        parent.value.push(value);
      }
    } else if (stack.length > 1) {
      setProperty(parent.value, parent.key, value);
    }
    parent.count++;
    parent.expect = 'next';
    return event;
  };

  for (;;) {
    if (++tokens % TOKENS_PER_SLICE === 0) yield undefined;
    const token = scanner.scan();
    const offset = scanner.getTokenOffset();
    if (scanner.getTokenError() !== ScanError.None) {
      yield syntax(offset, describeScanError(scanner.getTokenError()));
      return;
    }
    if (TRIVIA.has(token)) continue;
    if (token === SyntaxKind.EOF) {
      const open = stack[stack.length - 1];
      if (open) yield syntax(offset, open.kind === 'object' ? 'close brace expected' : 'close bracket expected');
      else if (!rootDone) yield { type: 'problem', offset: 0, message: 'The file is empty.', severity: 'warning' };
      return;
    }
    const top = stack[stack.length - 1];
    if (!top && rootDone) {
      yield syntax(offset, 'end of file expected');
      return;
    }

    if (top?.kind === 'object' && top.expect !== 'value') {
      if (top.expect === 'key') {
        if (token === SyntaxKind.CloseBraceToken && top.count === 0) {
          const event = complete((stack.pop() as Frame).value, offset + 1);
          if (event) yield event;
        } else if (token === SyntaxKind.StringLiteral) {
          top.key = scanner.getTokenValue();
          top.keyOffset = offset;
          top.expect = 'colon';
        } else {
          yield syntax(offset, 'property name expected');
          return;
        }
      } else if (top.expect === 'colon') {
        if (token !== SyntaxKind.ColonToken) {
          yield syntax(offset, 'colon expected');
          return;
        }
        top.expect = 'value';
      } else if (token === SyntaxKind.CommaToken) {
        top.expect = 'key';
      } else if (token === SyntaxKind.CloseBraceToken) {
        const event = complete((stack.pop() as Frame).value, offset + 1);
        if (event) yield event;
      } else {
        yield syntax(offset, 'comma expected');
        return;
      }
      continue;
    }
    if (top?.kind === 'array' && (top.expect === 'next' || (token === SyntaxKind.CloseBracketToken && top.count === 0))) {
      if (token === SyntaxKind.CommaToken && top.expect === 'next') {
        top.expect = 'value';
      } else if (token === SyntaxKind.CloseBracketToken) {
        const event = complete((stack.pop() as Frame).value, offset + 1);
        if (event) yield event;
      } else {
        yield syntax(offset, 'comma expected');
        return;
      }
      continue;
    }

    // A value starts here: the root, a property value or an array element.
    if (!top) {
      const kind = token === SyntaxKind.OpenBraceToken ? 'object' : token === SyntaxKind.OpenBracketToken ? 'array' : 'other';
      yield { type: 'root', kind, offset };
      if (kind === 'array') list = '';
    } else if (top.kind === 'object' && stack.length === 1) {
      const isList = token === SyntaxKind.OpenBracketToken;
      yield { type: 'property', key: top.key, keyOffset: top.keyOffset, valueOffset: offset, isList };
      list = isList ? top.key : undefined;
    }
    if (atRecordLevel(top)) recordStart = offset;

    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
      if (stack.length >= MAX_DEPTH) {
        yield { type: 'problem', offset, message: `nests more than ${MAX_DEPTH} levels deep`, severity: 'error' };
        return;
      }
      stack.push(
        token === SyntaxKind.OpenBraceToken
          ? { kind: 'object', value: {}, key: '', keyOffset: offset, count: 0, expect: 'key' }
          : { kind: 'array', value: [], count: 0, expect: 'value' },
      );
      continue;
    }
    let value: unknown;
    if (token === SyntaxKind.StringLiteral) value = scanner.getTokenValue();
    else if (token === SyntaxKind.NumericLiteral) value = Number(scanner.getTokenValue());
    else if (token === SyntaxKind.TrueKeyword) value = true;
    else if (token === SyntaxKind.FalseKeyword) value = false;
    else if (token === SyntaxKind.NullKeyword) value = null;
    else {
      const trailing = top?.kind === 'array' && top.count > 0;
      yield syntax(offset, trailing ? 'value expected (is there a comma too many?)' : 'value expected');
      return;
    }
    if (typeof value === 'number' && Number.isNaN(value)) {
      yield syntax(offset, 'invalid number format');
      return;
    }
    const event = complete(value, offset + scanner.getTokenLength());
    if (event) yield event;
  }
}

/** The offset, within one record's text, of the node at `path` or of the deepest one on the way. */
function locateInSlice(slice: string, path: JsonPath): number {
  const root = parseTree(slice, [], { allowTrailingComma: true, disallowComments: false });
  if (!root) return 0;
  for (let depth = path.length; depth > 0; depth--) {
    const found = findNodeAtLocation(root, path.slice(0, depth));
    if (found) return nodeStart(found);
  }
  return root.offset;
}

/** A property's value is located at its key, which is where people look for the field. */
function nodeStart(node: Node): number {
  const property = node.parent?.type === 'property' ? node.parent : undefined;
  return property?.children?.[0]?.offset ?? node.offset;
}

function describeScanError(code: ScanError): string {
  switch (code) {
    case ScanError.UnexpectedEndOfComment:
      return 'unexpected end of comment';
    case ScanError.UnexpectedEndOfString:
      return 'unexpected end of string';
    case ScanError.UnexpectedEndOfNumber:
      return 'unexpected end of number';
    case ScanError.InvalidUnicode:
      return 'invalid unicode sequence';
    case ScanError.InvalidEscapeCharacter:
      return 'invalid escape character';
    default:
      return 'invalid character';
  }
}
