/** A path into a JSON document: object keys and array indices. */
export type JsonPath = (string | number)[];

/** Writes a JSON path the way people read it: `passages[3].themes[0]`. */
export function formatFieldPath(path: JsonPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/** Splits an Ajv `instancePath` (`/themes/0`) into path parts; numeric parts become indices. */
export function parsePointer(pointer: string): JsonPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
