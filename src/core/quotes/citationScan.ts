/**
 * The finders behind `citations`, each linear in the text: Markdown footnote references,
 * Pandoc citation groups and keys, and the parentheses a parenthetical citation may fill.
 * Each gives what a regular expression or a scan from every candidate once gave (see the
 * comments), without rescanning a stretch once per candidate.
 */
import { isSpaceCode, NextChar, nextOf } from '../text/scanIndex';

/** A citation key as written, with the range of the key itself (without `@` or braces). */
export interface KeyRef {
  key: string;
  start: number;
  end: number;
}

const CLOSE = 0x5d; // ]
const AT = 0x40; // @
const DASH = 0x2d;
const NEWLINE = 0x0a;

/** `\[\^([^\]\s]+)\](?!:)` from `from`: each reference's range and label. */
export function footnoteRefs(s: string, from: number): { start: number; end: number; label: string }[] {
  const out: { start: number; end: number; label: string }[] = [];
  const runEnd = new NextChar(s, (c) => c === CLOSE || isSpaceCode(c));
  for (let i = s.indexOf('[^', from); i >= 0; i = s.indexOf('[^', i + 1)) {
    const e = runEnd.from(i + 2);
    if (e > i + 2 && s.charCodeAt(e) === CLOSE && s[e + 1] !== ':') {
      out.push({ start: i, end: e + 1, label: s.slice(i + 2, e) });
      i = e;
    }
  }
  return out;
}

/** `[\s;-]`: what may stand before the `@` of a key that is not first in its brackets. */
function beforeKey(c: number): boolean {
  return c === 0x3b || c === DASH || isSpaceCode(c);
}

/**
 * `\[((?:[^[\]\n]*[\s;-])?-?@[^[\]\n]*)\]` from `from`: brackets holding a key, as
 * `[start, end)` ranges. A bracket's text holds no bracket, so each stretch is read once.
 */
export function pandocGroups(s: string, from: number): [number, number][] {
  const out: [number, number][] = [];
  const stop = nextOf(s, '[]\n');
  for (let i = s.indexOf('[', from); i >= 0; i = s.indexOf('[', i + 1)) {
    const e = stop.from(i + 1);
    const c = s.charCodeAt(e);
    if (c === CLOSE) {
      let found = s.charCodeAt(i + 1) === AT || (s.charCodeAt(i + 1) === DASH && s.charCodeAt(i + 2) === AT);
      for (let j = i + 2; !found && j < e; j++) found = s.charCodeAt(j) === AT && beforeKey(s.charCodeAt(j - 1));
      if (found) {
        out.push([i, e + 1]);
        i = e;
      }
    } else if (c === NEWLINE) {
      // `[\s;-]` takes a line break too: the key may start the next line.
      const key = s.charCodeAt(e + 1) === AT ? e + 1 : s.charCodeAt(e + 1) === DASH && s.charCodeAt(e + 2) === AT ? e + 2 : -1;
      const end = key < 0 ? -1 : stop.from(key + 1);
      if (end >= 0 && s.charCodeAt(end) === CLOSE) {
        out.push([i, end + 1]);
        i = end;
      }
    }
  }
  return out;
}

const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*`;
const KEY_OR_BRACED = new RegExp(String.raw`(?<![\p{L}\p{N}_@.])-?@(?:\{([^}]+)\}|(${KEY}))`, 'gu');
const KEY_ONLY = new RegExp(String.raw`(?<![\p{L}\p{N}_@.])-?@(?:()(${KEY}))`, 'gu');

/**
 * The Pandoc keys (`@key`, `@{key}`) in `s.slice(from, to)`. A braced key cannot end after
 * the last `}`, so the search with braces stops there and one without them goes on:
 * otherwise every `@{` after the last `}` would scan to the end.
 */
export function pandocKeys(s: string, from: number, to: number): KeyRef[] {
  const part = s.slice(from, to);
  if (!part.includes('@')) return [];
  const keys: KeyRef[] = [];
  const add = (m: RegExpExecArray) => {
    const key = m[1] || m[2];
    const at = from + m.index + m[0].indexOf(key);
    keys.push({ key, start: at, end: at + key.length });
  };
  const lastBrace = part.lastIndexOf('}');
  let at = 0;
  if (lastBrace >= 0) {
    const head = part.slice(0, lastBrace + 1);
    KEY_OR_BRACED.lastIndex = 0;
    for (let m = KEY_OR_BRACED.exec(head); m !== null; m = KEY_OR_BRACED.exec(head)) add(m);
    at = Math.max(KEY_OR_BRACED.lastIndex, lastBrace + 1);
  }
  KEY_ONLY.lastIndex = at;
  for (let m = KEY_ONLY.exec(part); m !== null; m = KEY_ONLY.exec(part)) add(m);
  return keys;
}

/**
 * Each `(` of `s` with the `)` that closes it by depth, when that comes before a blank line
 * (`\n\n`) and within `max` characters: what scanning from each `(` found.
 */
export function parenthesisPairs(s: string, max: number): [number, number][] {
  const out: [number, number][] = [];
  const stack: number[] = [];
  for (let k = s.indexOf('('); k >= 0 && k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x28) stack.push(k);
    else if (c === 0x29) {
      const open = stack.pop();
      if (open !== undefined && k < open + max) out.push([open, k]);
    } else if (c === NEWLINE && s.charCodeAt(k + 1) === NEWLINE) stack.length = 0;
    else if (stack.length === 0) {
      const next = s.indexOf('(', k);
      if (next < 0) break;
      k = next - 1;
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** Offsets of `s` before which an uppercase letter (`\p{Lu}`) starts, counted: `[k]` counts those before `k`. */
export function uppercaseCounts(s: string): Int32Array {
  const counts = new Int32Array(s.length + 1);
  const upper = /\p{Lu}/gu;
  let n = 0;
  let at = 0;
  for (let m = upper.exec(s); m !== null; m = upper.exec(s)) {
    for (; at <= m.index; at++) counts[at] = n;
    n++;
  }
  for (; at <= s.length; at++) counts[at] = n;
  return counts;
}
