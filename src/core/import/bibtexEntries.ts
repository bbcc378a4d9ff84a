/** An entry whose braces never balance, found before the file is parsed. */
export interface UnclosedEntry {
  /** Where the entry starts (its `@`) and where the next entry starts, or the end of the file. */
  start: number;
  end: number;
  /** The citation key as written, or '' when there is none. */
  key: string;
  /** The field whose value holds the first brace never closed; undefined when the entry's own brace is the one. */
  field?: string;
  /** The offset of that brace. */
  brace: number;
}

/** What is wrong with an entry whose braces never close, and what to do about it. */
export function describeUnclosed(entry: UnclosedEntry): string {
  const fix = 'add the missing "}" (a brace meant as text is written \\{); the entries after it still load';
  return entry.field
    ? `is left out: the "{" that opens the value of "${entry.field}" here is not closed; ${fix}`
    : `is left out: the "{" that opens the entry here is not closed; ${fix}`;
}

/** A `{` at depth `depth` (before it), opened by an entry starting at `start`. */
interface OpenEntry {
  start: number;
  depth: number;
}

/**
 * Finds the entries of a BibTeX file whose braces never balance, so that one of them cannot
 * swallow the entries after it, and returns the text with each such entry blanked (every
 * character but line breaks turned into a space, so lines and columns stay where they were).
 *
 * An entry is `@type{` at the start of a line. One pass counts braces over the whole file (a
 * backslash escapes the next character) and closes an entry when the count falls back to what
 * it was before the entry's `{`. An entry that never closes ends where the next entry starts;
 * an entry that closes keeps everything inside it, as BibTeX reads it, even a line that looks
 * like an entry. Linear in the length of the text.
 */
export function isolateUnclosedEntries(text: string): { text: string; unclosed: UnclosedEntry[] } {
  const starts: number[] = [];
  const ends = new Map<number, number>();
  const open: OpenEntry[] = [];
  let depth = 0;
  let entryBrace = -1;
  let entryStart = -1;
  for (let i = 0; i < text.length; i++) {
    if (i === 0 || text.charCodeAt(i - 1) === 0x0a /* \n */) {
      const at = entryStartAt(text, i);
      if (at) ({ start: entryStart, brace: entryBrace } = at);
    }
    const ch = text.charCodeAt(i);
    if (ch === 0x5c /* \ */) {
      i++;
    } else if (ch === 0x7b /* { */) {
      if (i === entryBrace) {
        open.push({ start: entryStart, depth });
        starts.push(entryStart);
      }
      depth++;
    } else if (ch === 0x7d /* } */) {
      depth--;
      while (open.length > 0 && open[open.length - 1].depth >= depth) ends.set(open.pop()!.start, i + 1);
    }
  }

  const unclosed: UnclosedEntry[] = [];
  let position = 0;
  for (let n = 0; n < starts.length; n++) {
    const start = starts[n];
    if (start < position) continue;
    const end = ends.get(start);
    if (end !== undefined) {
      position = end;
      continue;
    }
    const next = starts[n + 1] ?? text.length;
    unclosed.push(describe(text, start, next));
    position = next;
  }
  return { text: unclosed.length === 0 ? text : blank(text, unclosed), unclosed };
}

/** The `@type{` starting the line at `lineStart` (after blanks): the `@` and the `{`. */
function entryStartAt(text: string, lineStart: number): { start: number; brace: number } | undefined {
  let i = lineStart;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] !== '@') return undefined;
  const start = i++;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const letters = i;
  while (i < text.length && /[A-Za-z]/.test(text[i])) i++;
  if (i === letters) return undefined;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] === '{' ? { start, brace: i } : undefined;
}

/** A line that starts with a field name and "=". */
const FIELD_LINE = /^[ \t]*[A-Za-z][\w:.+-]*[ \t]*=/;

/** The key of an unclosed entry and the first brace in it that is never closed. */
function describe(text: string, start: number, end: number): UnclosedEntry {
  const body = text.slice(start, end);
  const key = /^@\s*[A-Za-z]+\s*\{\s*([^\s,{}()"=#%'~\\]+)/.exec(body)?.[1] ?? '';
  const braces: { at: number; field?: string }[] = [];
  let field: string | undefined;
  // A value still open on a line that starts like a field (`  author = {`) is the one whose
  // brace was left open, even when a later "}" (meant for the entry) happens to close it.
  let runOn: { at: number; field?: string } | undefined;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\') i++;
    else if (ch === '{') braces.push({ at: start + i, field: braces.length === 1 ? field : undefined });
    else if (ch === '}') braces.pop();
    else if (ch === '=' && braces.length === 1) field = nameBefore(body, i);
    else if (ch === '\n' && braces.length >= 2 && !runOn && FIELD_LINE.test(body.slice(i + 1, i + 101))) runOn = braces[1];
  }
  const unclosedField = runOn ?? braces[1];
  return unclosedField
    ? { start, end, key, field: unclosedField.field, brace: unclosedField.at }
    : { start, end, key, brace: braces[0]?.at ?? start };
}

/** The field name just before the `=` at `equals`, lowercased as BibTeX compares them. */
function nameBefore(body: string, equals: number): string | undefined {
  let end = equals;
  while (end > 0 && /\s/.test(body[end - 1])) end--;
  let start = end;
  while (start > 0 && end - start < 100 && /[\w:.+/-]/.test(body[start - 1])) start--;
  return start < end ? body.slice(start, end).toLowerCase() : undefined;
}

/** The text with the characters of each entry replaced by spaces, line breaks kept. */
function blank(text: string, entries: UnclosedEntry[]): string {
  let out = '';
  let from = 0;
  for (const entry of entries) {
    out += text.slice(from, entry.start) + text.slice(entry.start, entry.end).replace(/[^\r\n]/g, ' ');
    from = entry.end;
  }
  return out + text.slice(from);
}
