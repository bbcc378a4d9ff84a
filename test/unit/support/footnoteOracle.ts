import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';

/**
 * The test oracle for footnotes: markdown-it (CommonMark) with markdown-it-footnote, an
 * implementation independent of micromark. `$` math has no markdown-it plugin that reads it
 * as micromark-extension-math does, so `mathRules` below are markdown-it's own code-span and
 * fence rules with `$` for the backtick (at least two for a block), as micromark's math is
 * defined.
 */
type StateInline = Parameters<Parameters<MarkdownIt['inline']['ruler']['after']>[2]>[0];
type StateBlock = Parameters<Parameters<MarkdownIt['block']['ruler']['after']>[2]>[0];

const md = new MarkdownIt('commonmark').use(footnote).use(mathRules);

/** What each footnote call of a text resolves to, by the marker word in its note's text. */
export interface OracleFootnotes {
  /** The notes the calls outside notes point at, in reading order. */
  calls: string[];
  /** For each note (by marker), the notes of the calls inside it. */
  nested: Map<string, string[]>;
}

/** Reads `text` with the oracle; a note is named by the first word of `marker` form in its text. */
export function oracleFootnotes(text: string, marker: RegExp): OracleFootnotes {
  const tokens = md.parse(text, {});
  const notes = new Map<number, string>();
  let current: number | undefined;
  for (const token of tokens) {
    if (token.type === 'footnote_open') current = token.meta.id as number;
    else if (token.type === 'footnote_close') current = undefined;
    else if (current !== undefined && !notes.has(current)) {
      const found = marker.exec(token.content);
      if (found) notes.set(current, found[0]);
    }
  }
  const calls: string[] = [];
  const nested = new Map<string, string[]>();
  current = undefined;
  for (const token of tokens) {
    if (token.type === 'footnote_open') current = token.meta.id as number;
    else if (token.type === 'footnote_close') current = undefined;
    for (const child of token.children ?? []) {
      if (child.type !== 'footnote_ref') continue;
      const target = notes.get(child.meta.id as number) ?? '?';
      if (current === undefined) calls.push(target);
      else {
        const owner = notes.get(current) ?? '?';
        nested.set(owner, [...(nested.get(owner) ?? []), target]);
      }
    }
  }
  return { calls, nested };
}

function mathRules(markdown: MarkdownIt): void {
  markdown.inline.ruler.after('backticks', 'math_inline', mathInline);
  markdown.block.ruler.after('fence', 'math_block', mathBlock, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
}

function mathInline(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x24) return false;
  let pos = start;
  while (pos < state.posMax && state.src.charCodeAt(pos) === 0x24) pos++;
  const opener = pos - start;
  let matchEnd = pos;
  let matchStart: number;
  while ((matchStart = state.src.indexOf('$', matchEnd)) !== -1 && matchStart < state.posMax) {
    matchEnd = matchStart + 1;
    while (matchEnd < state.posMax && state.src.charCodeAt(matchEnd) === 0x24) matchEnd++;
    if (matchEnd - matchStart === opener) {
      if (!silent) {
        const token = state.push('math_inline', 'math', 0);
        token.content = state.src.slice(pos, matchStart);
      }
      state.pos = matchEnd;
      return true;
    }
  }
  if (!silent) state.pending += state.src.slice(start, pos);
  state.pos = pos;
  return true;
}

function mathBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4 || pos + 2 > max || state.src.charCodeAt(pos) !== 0x24) return false;
  const mem = pos;
  pos = state.skipChars(pos, 0x24);
  const len = pos - mem;
  if (len < 2 || state.src.slice(pos, max).includes('$')) return false;
  if (silent) return true;
  let nextLine = startLine;
  let closed = false;
  for (;;) {
    nextLine++;
    if (nextLine >= endLine) break;
    pos = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    if (pos < max && state.sCount[nextLine] < state.blkIndent) break;
    if (state.src.charCodeAt(pos) !== 0x24 || state.sCount[nextLine] - state.blkIndent >= 4) continue;
    const close = state.skipChars(pos, 0x24);
    if (close - pos < len || state.skipSpaces(close) < max) continue;
    closed = true;
    break;
  }
  state.line = nextLine + (closed ? 1 : 0);
  const token = state.push('math_block', 'math', 0);
  token.content = state.getLines(startLine + 1, nextLine, state.sCount[startLine], true);
  token.map = [startLine, state.line];
  return true;
}
