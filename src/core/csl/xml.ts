/**
 * The style and locale XML read into a small element tree, with the line of every element so a
 * broken style is reported where it breaks. Parsing is done by `saxes` (a strict, streaming,
 * browser-compatible XML parser); this file only builds the tree.
 */
import { SaxesParser } from 'saxes';

/** One XML element: its local name, attributes, child elements, text content and line. */
export interface XmlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  /** The concatenated character data directly inside this element. */
  text: string;
  readonly line: number;
}

/** A style or locale that cannot be used, located at the line (and element) where it fails. */
export class CslError extends Error {
  constructor(message: string, readonly line?: number, readonly element?: string) {
    super(line === undefined ? message : `${message} (line ${line}${element ? `, <${element}>` : ''})`);
    this.name = 'CslError';
  }
}

/** Parses XML text into its root element; throws a located `CslError` when it is not well-formed. */
export function parseXml(text: string): XmlNode {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = String(v);
    const name = tag.name.includes(':') ? tag.name.slice(tag.name.indexOf(':') + 1) : tag.name;
    const node: XmlNode = { name, attrs, children: [], text: '', line: parser.line };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('closetag', () => { stack.pop(); });
  const onText = (t: string): void => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('error', (e) => {
    throw new CslError(`XML is not well-formed: ${e.message.replace(/^\d+:\d+: /, '')}`, parser.line, stack[stack.length - 1]?.name);
  });
  parser.write(text).close();
  if (!root) throw new CslError('XML has no root element', 1);
  return root;
}

/** The child elements of `node` named `name`. */
export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** The first child element of `node` named `name`. */
export function childNamed(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}
