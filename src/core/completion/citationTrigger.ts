/**
 * Where a citation completion applies:
 * - `pandoc-key`: inside Pandoc brackets (`[@ko`, `[@a; @ko`): the key alone is inserted;
 * - `latex-key`: inside a biblatex cite command's braces (`\cite{ko`, `\cite{a,ko`);
 * - `citation`: a bare `@ko` in Markdown or the plain-text trigger (`@@ko`): a whole
 *   citation is inserted as `annalist.citationFormat` sets.
 */
import { citeArguments, citeNameEnd, lineScan } from './latexCiteCommand';

export type TriggerKind = 'pandoc-key' | 'latex-key' | 'citation';

/** A completion context: what the person typed and the span a completion replaces. */
export interface CitationTrigger {
  kind: TriggerKind;
  /** The typed query (a key or word prefix), possibly empty. */
  query: string;
  /** Document offsets of the text the completion replaces (the `@`/trigger and the query). */
  replaceStart: number;
  replaceEnd: number;
}


/**
 * Finds the citation completion context at `offset` of `text`, or undefined where none
 * applies: never inside code (fenced or inline), an e-mail address or a URL.
 */
export function findCitationTrigger(text: string, offset: number, languageId: string, plainTrigger = '@@'): CitationTrigger | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  if (languageId === 'latex' || languageId === 'tex') return latexTrigger(before, offset);
  if (languageId === 'markdown') {
    if (insideCode(text, lineStart, before)) return undefined;
    return markdownTrigger(before, lineStart, offset);
  }
  return plainTextTrigger(before, offset, plainTrigger);
}

function markdownTrigger(before: string, lineStart: number, offset: number): CitationTrigger | undefined {
  const bracket = /\[(?:[^\][]*?[;,]\s*)?-?@([\w:.#$%&+?<>~/-]*)$/.exec(before);
  if (bracket && !/\]\(/.test(before.slice(bracket.index))) {
    const query = bracket[1];
    return { kind: 'pandoc-key', query, replaceStart: offset - query.length, replaceEnd: offset };
  }
  const bare = /(^|[\s(;])@([\w-]*)$/.exec(before);
  if (!bare) return undefined;
  const token = before.slice(before.lastIndexOf(' ') + 1);
  if (/:\/\/|^mailto:|^<|www\./i.test(token)) return undefined;
  const query = bare[2];
  const start = lineStart + (bare.index ?? 0) + bare[1].length;
  return { kind: 'citation', query, replaceStart: start, replaceEnd: offset };
}

function latexTrigger(before: string, offset: number): CitationTrigger | undefined {
  // `\\[A-Za-z]*cite[A-Za-z]*\*?(?:\s*\[[^\]]*\]){0,2}\s*\{([^}]*)$`, read in linear time.
  const open = before.lastIndexOf('{');
  if (open < 0 || before.indexOf('}', open) >= 0) return undefined;
  const scan = lineScan(before);
  for (let at = before.indexOf('\\'); at >= 0 && at < open; at = before.indexOf('\\', at + 1)) {
    const name = citeNameEnd(before, at);
    if (name < 0) continue;
    const { end } = citeArguments(scan, name, { maxBrackets: 2, stopAtBrace: true });
    const brace = scan.nonSpace.from(end);
    if (before[brace] !== '{' || scan.brace.from(brace + 1) < before.length) continue;
    const keys = before.slice(brace + 1);
    const query = keys.slice(keys.lastIndexOf(',') + 1).trimStart();
    return { kind: 'latex-key', query, replaceStart: offset - query.length, replaceEnd: offset };
  }
  return undefined;
}

function plainTextTrigger(before: string, offset: number, trigger: string): CitationTrigger | undefined {
  if (trigger === '') return undefined;
  // The word being typed (`[\w-]*$`), read backwards from the cursor.
  let from = before.length;
  while (from > 0 && isKeyChar(before.charCodeAt(from - 1))) from--;
  const query = before.slice(from);
  const head = before.slice(0, from);
  if (!head.endsWith(trigger)) return undefined;
  const start = offset - query.length - trigger.length;
  const previous = before[head.length - trigger.length - 1];
  if (previous !== undefined && /\w/.test(previous)) return undefined;
  return { kind: 'citation', query, replaceStart: start, replaceEnd: offset };
}

/** `[\w-]`: a letter, digit, `_` or `-` of ASCII. */
function isKeyChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
}

/** True inside a fenced code block or an inline code span of the current line. */
function insideCode(text: string, lineStart: number, before: string): boolean {
  const fences = text.slice(0, lineStart).match(/^\s{0,3}(?:```|~~~)/gm) ?? [];
  if (fences.length % 2 === 1) return true;
  return ((before.match(/`/g) ?? []).length) % 2 === 1;
}

