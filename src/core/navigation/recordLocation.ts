/**
 * The offset of the record with `id` in a corpus or bibliography file's text: a JSON or
 * CSL-JSON `"id": "…"`, a YAML `id: …`, or a BibTeX `@type{key,`. Undefined when absent.
 */
export function findRecordOffset(text: string, id: string): number | undefined {
  const key = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = [
    new RegExp(`"id"\\s*:\\s*"${key}"`),
    new RegExp(`^[ \\t]*(?:-[ \\t]+)?id:[ \\t]*['"]?${key}['"]?[ \\t]*(?:#.*)?$`, 'm'),
    new RegExp(`@[A-Za-z]+\\s*[{(]\\s*${key}\\s*,`),
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match.index + match[0].indexOf(id);
  }
  return undefined;
}
