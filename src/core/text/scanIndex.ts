/**
 * Lookups that keep the scanners of essay text linear. A scanner that asks, from every
 * candidate position, "where is the next `]`?" or "where does this brace close?" rescans the
 * same stretch once per candidate — quadratic on a line of `[` or `\cite{`. These answer
 * each question in amortized constant time: `NextChar` remembers the last stretch it scanned,
 * `pairs` matches every bracket of a text in one pass with a stack.
 */

/** The characters JavaScript's `\s` (and `String.prototype.trim`) treat as white space. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The next position, from a given one, of a character that passes `stop` (or the text's
 * length). Queries that move forward, as a left-to-right scanner's do, cost amortized O(1):
 * the stretch `[lo, hi)` known to hold no stop character is never scanned again.
 */
export class NextChar {
  private lo = 0;
  private hi = -1;

  constructor(
    private readonly s: string,
    private readonly stop: (code: number) => boolean,
  ) {}

  /** The first position `>= from` whose character passes `stop`, or `s.length`. */
  from(from: number): number {
    if (from >= this.lo && from <= this.hi) return this.hi;
    const s = this.s;
    const limit = this.hi >= 0 && from < this.lo ? this.lo : s.length;
    let k = from;
    while (k < limit && !this.stop(s.charCodeAt(k))) k++;
    if (!(k === limit && limit === this.lo && this.hi >= 0)) this.hi = k;
    this.lo = from;
    return this.hi;
  }
}

/** A `NextChar` for one or more literal characters. */
export function nextOf(s: string, chars: string): NextChar {
  const codes = [...chars].map((c) => c.charCodeAt(0));
  if (codes.length === 1) {
    const a = codes[0];
    return new NextChar(s, (c) => c === a);
  }
  return new NextChar(s, (c) => codes.includes(c));
}

/**
 * For each `open` character of `s`, the offset of the `close` that matches it by depth, or -1;
 * the same answers as counting depth from each opening character on its own. With `escape`,
 * a backslash hides the character after it (as LaTeX's `\{` and `\}`); an opening character
 * that such a scan skips is still answered (as the scan from it would). Built on first use.
 */
export class BracketPairs {
  /** Per offset: the matching close, -1 for an unmatched opening character, -2 for any other. */
  private match: Int32Array | undefined;

  constructor(
    private readonly s: string,
    private readonly open: string,
    private readonly close: string,
    private readonly escape: boolean,
  ) {}

  /** The offset of the closing character for the opening one at `at`, or -1 (also when `s[at]` is not one). */
  closing(at: number): number {
    if (this.s[at] !== this.open) return -1;
    this.match ??= this.build();
    const known = this.match[at];
    if (known !== -2) return known;
    // Only a character hidden by an escape in the scan from the start gets here: scan from it alone.
    let depth = 0;
    for (let k = at; k < this.s.length; k++) {
      const c = this.s[k];
      if (this.escape && c === '\\') k++;
      else if (c === this.open) depth++;
      else if (c === this.close && --depth === 0) return k;
    }
    return -1;
  }

  private build(): Int32Array {
    const { s, open, close, escape } = this;
    const out = new Int32Array(s.length).fill(-2);
    const stack: number[] = [];
    for (let k = 0; k < s.length; k++) {
      const c = s[k];
      if (escape && c === '\\') k++;
      else if (c === open) stack.push(k);
      else if (c === close && stack.length > 0) out[stack.pop() as number] = k;
    }
    for (const k of stack) out[k] = -1;
    return out;
  }
}
