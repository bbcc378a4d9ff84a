import { isAlias, isMap, isScalar, isSeq, visit, type Document, type Node as YamlNode, type ParsedNode } from 'yaml';
import type { JsonPath } from './fieldPath';
import { MAX_DEPTH, setProperty, type ReadEvent } from './readEvents';

/** How Annalist reads YAML: 1.2 core schema, repeated keys refused, errors as plain messages. */
export const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, version: '1.2' } as const;

/** A value too deep or too large to expand, located at the node that went over. */
export class ValueLimit extends Error {
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

/** The node an alias stands for in its document. */
export function resolveAlias(alias: YamlNode, doc: Document.Parsed): YamlNode | undefined {
  let aliases = aliasesOf.get(doc);
  if (!aliases) aliasesOf.set(doc, (aliases = new Aliases(doc)));
  return aliases.resolve(alias);
}

/** True when a document uses an alias. */
export function hasAlias(doc: Document.Parsed): boolean {
  let found = false;
  visit(doc, {
    Alias: () => {
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * The plain value of a node, aliases expanded within `budget` values and nesting refused past
 * {@link MAX_DEPTH}; throws {@link ValueLimit} at the node that goes over.
 */
export function toValue(
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
export function keyText(node: YamlNode | null | undefined): string | undefined {
  if (node === null || node === undefined) return '';
  if (isScalar(node)) return node.value === null ? '' : String(node.value);
  return undefined;
}

/** The offset of the node at `path` below `node`, or of the deepest one on the way. */
export function locate(node: ParsedNode, doc: Document.Parsed, path: JsonPath): number {
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

/** A problem reported by the yaml library or found while expanding values. */
export function yamlProblem(offset: number, message: string, severity: 'error' | 'warning'): ReadEvent {
  return { type: 'problem', offset, message: `YAML ${severity === 'error' ? 'error' : 'warning'}: ${message}`, severity };
}
