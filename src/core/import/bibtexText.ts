/**
 * Text out of the values biblatex-csl-converter's BibLatexParser produces: rich text as a list
 * of nodes with marks (`nocase` for `{Protected}` words, `enquote` for `\enquote{…}` and
 * ``` ``…'' ```, `em`/`strong`/`sup`…), names as node lists, and lists of literals.
 */

/** A node of the parser's rich text. */
export interface BibNode {
  type: string;
  text?: string;
  marks?: { type: string }[];
  attrs?: Record<string, unknown>;
}

/**
 * The words of a rich-text value. Case protection and font marks are dropped (Annalist
 * keeps titles as printed); quoted runs become plain `"…"`, which the citation formatter turns
 * into typographic marks; `--` and `---` become an en and an em dash, as LaTeX prints them.
 * An undefined `@string` keeps its name in the text and is returned in `variables`.
 */
export function richText(value: BibNode[] | string | undefined): { text: string; variables: string[] } {
  if (value === undefined) return { text: '', variables: [] };
  if (typeof value === 'string') return { text: value, variables: [] };
  if (!Array.isArray(value)) return { text: '', variables: [] };
  const variables: string[] = [];
  let out = '';
  let quoted = false;
  for (const node of value) {
    if (typeof node !== 'object' || node === null) continue;
    const inQuote = (node.marks ?? []).some((m) => m.type === 'enquote');
    if (inQuote !== quoted) {
      out += '"';
      quoted = inQuote;
    }
    if (node.type === 'text' && typeof node.text === 'string') out += node.text.replace(/---/g, '\u2014').replace(/--/g, '\u2013');
    else if (node.type === 'variable') {
      const name = String(node.attrs?.variable ?? '');
      variables.push(name);
      out += name;
    } else if (typeof node.text === 'string') out += node.text;
    else if (node.type === 'hard_break') out += ' ';
  }
  if (quoted) out += '"';
  return { text: out, variables };
}

/** One part of a name (family, given, particle) as plain text. */
export function nameText(value: unknown): string | undefined {
  if (!Array.isArray(value) && typeof value !== 'string') return undefined;
  const text = richText(value as BibNode[] | string).text.trim();
  return text === '' ? undefined : text;
}

/** A list of literals (publishers, places) joined with "and", as a citation prints them. */
export function joinList(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (!Array.isArray(value)) return undefined;
  const items = (value as unknown[])
    .map((item) => (Array.isArray(item) ? richText(item as BibNode[]).text.trim() : typeof item === 'string' ? item.trim() : ''))
    .filter(Boolean);
  return items.length > 0 ? items.join(' and ') : undefined;
}

/** The entry type as written (`@letter` → `letter`), which the parser replaces by @misc when it does not know it. */
export function entryTypeAt(text: string, start: number): string {
  return /^\s*@\s*([A-Za-z]+)/.exec(text.slice(start, start + 64))?.[1]?.toLowerCase() ?? '';
}

/** A parser error in words. */
export function describeBibError(error: { type: string; expected?: string; found?: string; key?: string; entry?: string }): string {
  switch (error.type) {
    case 'token_mismatch':
      return `expected "${error.expected}" but found ${error.found ? `"${error.found}"` : 'the end of the file'}`;
    case 'runaway_key':
      return 'a citation key runs on without the comma that ends it';
    case 'missing_equal_sign':
      return `the field "${error.key ?? ''}"${error.entry ? ` of ${error.entry}` : ''} has no "="`;
    case 'unexpected_eof':
      return 'the file ends inside an entry';
    default:
      return error.type.replace(/_/g, ' ');
  }
}
