import type { JsonPath } from './fieldPath';

/**
 * What a reader of a corpus-shaped document (JSON or YAML) reports while it reads: the shape
 * of the top level, each record of each top-level list as soon as it is complete, and the
 * first syntax problems. Readers are generators so that a large file can be read in slices
 * between which the editor stays responsive; a `undefined` item is only a place to pause.
 */
export type ReadEvent =
  /** The top-level value; `kind` says what it is. */
  | { type: 'root'; kind: 'object' | 'array' | 'other'; offset: number }
  /** A property of the top-level object, and whether its value is a list. */
  | { type: 'property'; key: string; keyOffset: number; valueOffset: number; isList: boolean }
  /** A complete element of a top-level list (`list` is '' when the root itself is the list). */
  | { type: 'record'; list: string; index: number; record: ReadRecord }
  /** A syntax problem; reading stops after an error, so only records before it are reported. */
  | { type: 'problem'; offset: number; message: string; severity: 'error' | 'warning' };

/** One element of a top-level list with the means to point into it. */
export interface ReadRecord {
  value: unknown;
  /** Offset of the record's first character. */
  offset: number;
  /** Offset of the node at `path` inside the record, or of the deepest node on the way there. */
  locate(path: JsonPath): number;
}

/** A reader: yields events, and `undefined` where it may be paused. */
export type DocumentReader = Generator<ReadEvent | undefined, void, void>;

/** Deeper structures are refused: no corpus record needs them, and they only cost stack. */
export const MAX_DEPTH = 64;

/** Sets `object[key]`, making `__proto__` an ordinary own property instead of a prototype. */
export function setProperty(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    object[key] = value;
  }
}
