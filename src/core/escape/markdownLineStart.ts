/**
 * Escaped Markdown text that starts a line of its own, as a bibliography entry does. Inline
 * escaping leaves `-`, `+`, `:`, `|`, `=` and `1984.` alone, which mean nothing mid-line but
 * open a list, a thematic break, a definition, a table or a setext heading at the start of a
 * line; leading spaces would make a code block. The text's first character (or the `.`/`)`
 * after leading digits) is backslash-escaped instead, and leading spaces dropped.
 */
export function markdownLineStart(escaped: string): string {
  const text = escaped.replace(/^[ \t]+/, '');
  const ordered = /^(\d{1,9})([.)])/.exec(text);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${text.slice(ordered[0].length)}`;
  return /^[-+:|=]/.test(text) ? `\\${text}` : text;
}
