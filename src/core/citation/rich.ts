/**
 * Rich text: the small intermediate form every style formatter produces. A citation is a list
 * of runs, each plain, italic or a URL, and is rendered to a markup only at the end
 * (see `markup.ts`). Punctuation is added through `punct`, which applies the typographic
 * rules CSL processors apply: American placement of periods and commas inside closing
 * quotation marks, and no doubled terminal punctuation ("Ibid.." or "Juche?.").
 */

/** One run of text. `url` runs are printed verbatim in every markup except where escaping is needed. */
export interface Run {
  text: string;
  kind?: 'italic' | 'url';
}

/** A piece of formatted text. */
export type Rich = Run[];

/** A plain run. */
export function plain(text: string): Rich {
  return text ? [{ text }] : [];
}

/** An italic run. */
export function italic(text: string): Rich {
  return text ? [{ text, kind: 'italic' }] : [];
}

/** A URL run. */
export function url(text: string): Rich {
  return text ? [{ text, kind: 'url' }] : [];
}

/** The text of a rich value without its formatting. */
export function textOf(rich: Rich): string {
  return rich.map((r) => r.text).join('');
}

/** True when the value holds no text. */
export function isEmpty(rich: Rich | undefined): rich is undefined {
  return !rich || rich.every((r) => r.text === '');
}

const CLOSING_QUOTES = '”’';
const TERMINAL = '.?!';

/** The last character of the value's text, ignoring nothing. */
function lastChar(rich: Rich): string {
  for (let i = rich.length - 1; i >= 0; i--) {
    const t = rich[i].text;
    if (t) return t[t.length - 1];
  }
  return '';
}

/**
 * Appends punctuation (`.`, `,`, `:`, `;`) to a value, following the CSL/American rules:
 * a period or comma goes inside closing quotation marks (“Who Lost China?,”), and a period
 * after terminal punctuation is dropped.
 */
export function punct(rich: Rich, mark: string): Rich {
  if (!mark || isEmpty(rich)) return rich;
  const out = rich.map((r) => ({ ...r }));
  // Find the last run with text and the position of its trailing closing quotes.
  let idx = out.length - 1;
  while (idx >= 0 && out[idx].text === '') idx--;
  const run = out[idx];
  let q = run.text.length;
  while (q > 0 && CLOSING_QUOTES.includes(run.text[q - 1])) q--;
  const quoted = q < run.text.length && run.kind !== 'url';
  const before = q > 0 ? run.text[q - 1] : '';
  const first = mark[0];
  if (quoted && (first === '.' || first === ',')) {
    if (first === '.' && TERMINAL.includes(before)) return out; // “Who?” + . → “Who?”
    run.text = run.text.slice(0, q) + first + run.text.slice(q);
    return mark.length > 1 ? [...out, { text: mark.slice(1) }] : out;
  }
  const last = lastChar(out);
  if (first === '.' && TERMINAL.includes(last)) {
    return mark.length > 1 ? [...out, { text: mark.slice(1) }] : out;
  }
  return [...out, { text: mark }];
}

/**
 * Joins the non-empty parts with a delimiter. A delimiter that begins with punctuation is
 * attached with `punct`, so that "Title,” " and "Ibid., " come out right.
 */
export function join(parts: readonly (Rich | undefined)[], delimiter: string): Rich {
  const present = parts.filter((p): p is Rich => !isEmpty(p));
  let out: Rich = [];
  present.forEach((p, i) => {
    if (i > 0) out = appendText(out, delimiter);
    out = out.concat(p);
  });
  return out;
}

/** Appends literal text, routing leading punctuation through `punct`. */
export function appendText(rich: Rich, text: string): Rich {
  if (!text) return rich;
  const m = /^[.,;:]/.exec(text);
  if (m && !isEmpty(rich)) {
    const withMark = punct(rich, m[0]);
    return text.length > 1 ? [...withMark, { text: text.slice(1) }] : withMark;
  }
  return [...rich, { text }];
}

/** Wraps a value in a prefix and a suffix (empty values stay empty). */
export function wrap(prefix: string, rich: Rich | undefined, suffix: string): Rich {
  if (isEmpty(rich)) return [];
  return appendText([...plain(prefix), ...rich], suffix);
}

/** Concatenates values without a delimiter (punctuation-aware at each seam). */
export function cat(...parts: (Rich | string | undefined)[]): Rich {
  let out: Rich = [];
  for (const p of parts) {
    if (p === undefined) continue;
    out = typeof p === 'string' ? appendText(out, p) : out.concat(p);
  }
  return out;
}

/** Removes one trailing period (used when a formatted note is composed into a longer one). */
export function stripFinalPeriod(rich: Rich): Rich {
  const out = rich.map((r) => ({ ...r }));
  for (let i = out.length - 1; i >= 0; i--) {
    if (!out[i].text) continue;
    if (out[i].text.endsWith('.') && out[i].kind !== 'url') out[i].text = out[i].text.slice(0, -1);
    break;
  }
  return out.filter((r) => r.text !== '');
}
