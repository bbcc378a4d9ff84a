/**
 * Text where nothing is quoted or cited, blanked with spaces (same length): code spans, HTML
 * comments and URLs in Markdown; comments, math and verbatim in LaTeX; URLs everywhere.
 *
 * Each language's masks are found in one left-to-right pass that gives what one regular
 * expression with an alternative per construct gave (see `MD_MASK` and `TEX_MASK` in
 * `test/unit/support/naiveScanners.ts`), without the rescans that made it quadratic: every
 * `\(` without a `\)`, or every backtick of a run that never closes, scanned to the end.
 */
import { BracketPairs, isSpaceCode, NextChar, nextOf } from '../text/scanIndex';
import type { Language } from './types';

const URL = /\bhttps?:\/\/[^\s<>)\]}]+/y;
const AUTOLINK = /<https?:/y;

/** `text` with its unquotable parts blanked (the same string when there are none). */
export function maskText(text: string, language: Language): string {
  if (language === 'markdown') {
    const some = text.includes('`') || text.includes('<') || text.includes('](') || text.includes('http');
    return some ? blank(text, markdownMasks(text)) : text;
  }
  if (language === 'latex') {
    const some = text.includes('\\') || text.includes('%') || text.includes('$') || text.includes('http');
    return some ? maskLatexArguments(blank(text, latexMasks(text))) : text;
  }
  return text.includes('http') ? blank(text, urls(text)) : text;
}

/** `text` with the ranges `[start, end)` (in order, apart) blanked, line breaks kept. */
function blank(text: string, ranges: number[]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < ranges.length; k += 2) {
    parts.push(text.slice(at, ranges[k]), text.slice(ranges[k], ranges[k + 1]).replace(/[^\n]/g, ' '));
    at = ranges[k + 1];
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The end of a URL starting at `i`, or -1. */
function urlAt(s: string, i: number): number {
  if (s[i] !== 'h') return -1;
  URL.lastIndex = i;
  return URL.test(s) ? URL.lastIndex : -1;
}

function urls(s: string): number[] {
  const out: number[] = [];
  for (let i = s.indexOf('http'); i >= 0; i = s.indexOf('http', i + 1)) {
    const end = urlAt(s, i);
    if (end > 0) {
      out.push(i, end);
      i = end - 1;
    }
  }
  return out;
}

/** Runs of backticks: starts, ends, and for each run the longest run from it on. */
interface Runs {
  starts: number[];
  ends: number[];
  longestFrom: number[];
}

function backtickRuns(s: string): Runs {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = s.indexOf('`'); i >= 0; ) {
    let j = i;
    while (s.charCodeAt(j) === 0x60) j++;
    starts.push(i);
    ends.push(j);
    i = s.indexOf('`', j);
  }
  const longestFrom = new Array<number>(starts.length + 1).fill(0);
  for (let r = starts.length - 1; r >= 0; r--) longestFrom[r] = Math.max(ends[r] - starts[r], longestFrom[r + 1]);
  return { starts, ends, longestFrom };
}

/** The first offset `>= from` where `n` backticks follow one another, or -1 (`r` walks the runs forward). */
function backticksFrom(runs: Runs, from: number, n: number, r: { at: number }): number {
  while (r.at < runs.starts.length && runs.ends[r.at] <= from) r.at++;
  for (let k = r.at; k < runs.starts.length; k++) {
    const start = Math.max(from, runs.starts[k]);
    if (runs.ends[k] - start >= n) return start;
    if (runs.longestFrom[k + 1] < n) return -1;
  }
  return -1;
}

/** Code spans, HTML comments, link destinations, autolinks and URLs, in one pass. */
function markdownMasks(s: string): number[] {
  const out: number[] = [];
  const runs = backtickRuns(s);
  const walker = { at: 0 };
  const destination = new NextChar(s, (c) => c === 0x29 || isSpaceCode(c));
  const autolinkEnd = new NextChar(s, (c) => c === 0x3e || isSpaceCode(c));
  let runEnd = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let end = -1;
    if (c === 0x60) {
      // (`+)[^`][\s\S]*?\1 : from i, the rest of the run, a character, then as many backticks again.
      if (i >= runEnd) for (runEnd = i; s.charCodeAt(runEnd) === 0x60; ) runEnd++;
      if (runEnd < s.length) {
        const close = backticksFrom(runs, runEnd + 1, runEnd - i, walker);
        if (close >= 0) end = close + (runEnd - i);
      }
    }
    if (end < 0 && c === 0x3c && s.startsWith('<!--', i)) {
      const close = s.indexOf('-->', i + 4);
      end = close < 0 ? s.length : close + 3;
    }
    if (end < 0 && i >= 2 && s.charCodeAt(i - 1) === 0x28 && s.charCodeAt(i - 2) === 0x5d) {
      const e = destination.from(i);
      if (e > i) end = e;
    }
    if (end < 0 && c === 0x3c) {
      AUTOLINK.lastIndex = i;
      if (AUTOLINK.test(s)) {
        const e = autolinkEnd.from(AUTOLINK.lastIndex);
        if (s.charCodeAt(e) === 0x3e) end = e + 1;
      }
    }
    if (end < 0) end = urlAt(s, i);
    if (end > 0) {
      out.push(i, end);
      i = end - 1;
    }
  }
  return out;
}

/** Comments, `\verb`, math and URLs, in one pass. */
function latexMasks(s: string): number[] {
  const out: number[] = [];
  const lineEnd = nextOf(s, '\n');
  const dollar = nextOf(s, '$');
  const delimiters = new Map<number, NextChar>();
  const lastDoubleDollar = s.lastIndexOf('$$');
  const lastParen = s.lastIndexOf('\\)');
  const lastBracket = s.lastIndexOf('\\]');
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const escaped = i > 0 && s.charCodeAt(i - 1) === 0x5c;
    let end = -1;
    if (c === 0x25 && !escaped) {
      end = lineEnd.from(i);
    } else if (c === 0x5c && s.startsWith('\\verb', i)) {
      let j = i + 5;
      if (s[j] === '*') j++;
      const d = s.charCodeAt(j);
      if (j < s.length && !isSpaceCode(d) && !(d >= 65 && d <= 90) && !(d >= 97 && d <= 122) && d !== 0x2a) {
        let next = delimiters.get(d);
        if (!next) delimiters.set(d, (next = new NextChar(s, (x) => x === d)));
        const close = next.from(j + 1);
        if (close < lineEnd.from(j + 1)) end = close + 1;
      }
    } else if (c === 0x24 && !escaped) {
      if (s.charCodeAt(i + 1) === 0x24 && i + 2 <= lastDoubleDollar) end = s.indexOf('$$', i + 2) + 2;
      if (end < 0) {
        const close = dollar.from(i + 1);
        if (close < s.length) end = close + 1;
      }
    } else if (c === 0x5c && s.charCodeAt(i + 1) === 0x28 && i + 2 <= lastParen) {
      end = s.indexOf('\\)', i + 2) + 2;
    } else if (c === 0x5c && s.charCodeAt(i + 1) === 0x5b && i + 2 <= lastBracket) {
      end = s.indexOf('\\]', i + 2) + 2;
    }
    if (end < 0) end = urlAt(s, i);
    if (end > 0) {
      out.push(i, end);
      i = end - 1;
    }
  }
  return out;
}

const LATEX_ARGUMENT = /\\(?:url|href|label|ref|pageref|eqref|autoref|cref|Cref|includegraphics|input|include|bibliography|bibliographystyle|addbibresource|usepackage|documentclass)\*?(?=[[{])/g;

/** `\url{…}`, `\href{url}`, `\label{…}` and friends: arguments that are never prose. */
function maskLatexArguments(text: string): string {
  if (!text.includes('\\')) return text;
  const braces = new BracketPairs(text, '{', '}', true);
  const bracket = nextOf(text, ']');
  let out = '';
  let at = 0;
  LATEX_ARGUMENT.lastIndex = 0;
  for (let m = LATEX_ARGUMENT.exec(text); m !== null; m = LATEX_ARGUMENT.exec(text)) {
    // (?:\[[^\]]*\])?(?=\{)
    let open = m.index + m[0].length;
    if (text[open] === '[') {
      const close = bracket.from(open + 1);
      if (close < text.length && text[close + 1] === '{') open = close + 1;
    }
    if (text[open] !== '{') continue;
    LATEX_ARGUMENT.lastIndex = open;
    const close = braces.closing(open);
    if (close < 0) continue;
    out += text.slice(at, m.index) + ' '.repeat(close + 1 - m.index);
    at = close + 1;
    LATEX_ARGUMENT.lastIndex = at;
  }
  return out + text.slice(at);
}
