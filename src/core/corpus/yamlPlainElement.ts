import { load } from 'js-yaml';
import { MAX_DEPTH } from './readEvents';
import { YAML_12_CORE } from './yamlCoreSchema';

/** A stretch of the text, from `start` (a line start) to `end`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Text js-yaml might read otherwise than the yaml library: an anchor, alias or tag (`&a`,
 * `*a`, `!x` starting a word), an explicit key (`? `), an empty or null key (`~:`), a flow
 * mapping or a flow list as a key (js-yaml turns such keys into text where the yaml library
 * reads '' or refuses them), or a
 * carriage return that does not end a line (js-yaml breaks the line there, yaml does not).
 */
const NOT_PLAIN = /\r(?!\n)|\{|(?:^|[\s[,])[!&*][^\s,[\]{}]|(?:^|[\n,])[ \t]*(?:-[ \t]+)*(?:\?|(?:~|[Nn]ull|NULL)?[ \t]*:)(?:[ \t]|\r?$)|\][ \t]*:/;

/**
 * One list element read by js-yaml with the YAML 1.2 core schema — the same values as the
 * yaml library gives, several times faster — and where its value starts (after `- `).
 * Undefined, and the element is read by the yaml library, for anything but plain text, a
 * value starting on a later line, or any error.
 */
export function quickElement(text: string, span: Span): { value: unknown; offset: number } | undefined {
  let at = span.start;
  while (text[at] === ' ') at++;
  at++;
  while (text[at] === ' ') at++;
  if (at >= span.end || text[at] === '\r' || text[at] === '\n' || text[at] === '#') return undefined;
  const part = text.slice(span.start, span.end);
  if (NOT_PLAIN.test(part) || hasLineLeftOf(part, at - span.start) || hasQuoteAcrossLines(part)) return undefined;
  let loaded: unknown;
  try {
    loaded = load(part, { schema: YAML_12_CORE, json: false });
  } catch {
    return undefined;
  }
  if (!Array.isArray(loaded) || loaded.length !== 1 || loaded[0] === null || tooDeep(loaded[0], 0)) return undefined;
  return { value: loaded[0], offset: at };
}

/**
 * True when a line after the first starts left of `column`, where the element's value starts:
 * only a comment or the continuation of a quoted string can, and the two readers disagree on
 * how far left such a continuation may start.
 */
function hasLineLeftOf(part: string, column: number): boolean {
  for (let newline = part.indexOf('\n'); newline >= 0; newline = part.indexOf('\n', newline + 1)) {
    let i = newline + 1;
    while (part[i] === ' ') i++;
    if (i - newline - 1 < column && i < part.length && part[i] !== '\n' && part[i] !== '\r') return true;
  }
  return false;
}

/**
 * True when a quoted string may run on past its line: a `"` or `'` starting a word that is not
 * closed on the same line. How far such a string's next lines must be indented is where the
 * two readers disagree; a quote inside plain text only ever sends the element to the yaml library.
 */
function hasQuoteAcrossLines(part: string): boolean {
  for (let i = 0; i < part.length; i++) {
    const quote = part[i];
    if (quote !== '"' && quote !== "'") continue;
    if (i > 0 && !' \t\n[{,:-?'.includes(part[i - 1])) continue;
    let j = i + 1;
    for (; j < part.length && part[j] !== '\n'; j++) {
      if (quote === '"' && part[j] === '\\') j++;
      else if (part[j] === quote) {
        if (quote === "'" && part[j + 1] === "'") j++;
        else break;
      }
    }
    if (j >= part.length || part[j] === '\n') return true;
    i = j;
  }
  return false;
}

/** True when a value nests deeper than a record may, which the yaml library's reading reports. */
function tooDeep(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (depth >= MAX_DEPTH) return true;
  if (Array.isArray(value)) return value.some((item) => tooDeep(item, depth + 1));
  for (const key in value) if (tooDeep((value as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
}
