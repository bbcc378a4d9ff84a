/**
 * Rich text: the small intermediate form every style formatter produces. A citation is a list
 * of runs, each plain, italic or a URL, and is rendered to a markup only at the end
 * (see `markup.ts`). Punctuation is added through `punct`, which applies the typographic
 * rules CSL processors apply: American placement of periods and commas inside closing
 * quotation marks, and no doubled terminal punctuation ("Ibid.." or "Juche?.").
 *
 * Functions are written `const f = (function f(…) {…})`: V8 compiles a parenthesized function
 * when the module loads instead of on its first call, so the first citation does not wait for
 * the compiler (ARCHITECTURE.md, "The first citation").
 */

/** One run of text. `url` runs are printed verbatim in every markup except where escaping is needed. */
export interface Run {
  text: string;
  kind?: 'italic' | 'url';
}

/** A piece of formatted text. */
export type Rich = Run[];

/** A plain run. */
export const plain = (function plain(text: string): Rich {
  return text ? [{ text }] : [];
});

/** An italic run. */
export const italic = (function italic(text: string): Rich {
  return text ? [{ text, kind: 'italic' }] : [];
});

/** A URL run. */
export const url = (function url(text: string): Rich {
  return text ? [{ text, kind: 'url' }] : [];
});

/** The text of a rich value without its formatting. */
export const textOf = (function textOf(rich: Rich): string {
  let text = '';
  for (let i = 0; i < rich.length; i++) text += rich[i].text;
  return text;
});

/** True when the value holds no text. */
export const isEmpty = (function isEmpty(rich: Rich | undefined): boolean {
  if (!rich) return true;
  for (let i = 0; i < rich.length; i++) if (rich[i].text !== '') return false;
  return true;
});

const CLOSING_QUOTES = '”’';
const TERMINAL = '.?!';

/**
 * Appends punctuation to `out` in place (the runs of `out` must be owned by the caller).
 * A period or comma goes inside closing quotation marks (“Who Lost China?,”), and a period
 * after terminal punctuation is dropped.
 */
const punctInPlace = (function punctInPlace(out: Run[], mark: string): void {
  let idx = out.length - 1;
  while (idx >= 0 && out[idx].text === '') idx--;
  if (idx < 0) return;
  const run = out[idx];
  const text = run.text;
  let q = text.length;
  while (q > 0 && CLOSING_QUOTES.includes(text[q - 1])) q--;
  const first = mark[0];
  const rest = mark.slice(1);
  if (q < text.length && run.kind !== 'url' && (first === '.' || first === ',')) {
    const before = q > 0 ? text[q - 1] : '';
    if (!(first === '.' && TERMINAL.includes(before))) run.text = text.slice(0, q) + first + text.slice(q);
  } else if (!(first === '.' && TERMINAL.includes(text[text.length - 1]))) {
    out.push({ text: first });
  }
  if (rest) out.push({ text: rest });
});

/** Copies runs onto `out` (so that later punctuation can edit them in place). */
const pushAll = (function pushAll(out: Run[], rich: Rich): void {
  for (let i = 0; i < rich.length; i++) {
    const r = rich[i];
    if (r.text !== '') out.push(r.kind ? { text: r.text, kind: r.kind } : { text: r.text });
  }
});

/** Appends literal text to `out` in place, routing leading punctuation through `punctInPlace`. */
const appendInPlace = (function appendInPlace(out: Run[], text: string): void {
  if (!text) return;
  if ((text[0] === '.' || text[0] === ',' || text[0] === ';' || text[0] === ':') && out.length) {
    punctInPlace(out, text[0]);
    if (text.length > 1) out.push({ text: text.slice(1) });
  } else {
    out.push({ text });
  }
});

/**
 * Appends punctuation (`.`, `,`, `:`, `;`) to a value, following the CSL/American rules:
 * a period or comma goes inside closing quotation marks (“Who Lost China?,”), and a period
 * after terminal punctuation is dropped.
 */
export const punct = (function punct(rich: Rich, mark: string): Rich {
  if (!mark || isEmpty(rich)) return rich;
  const out: Run[] = [];
  pushAll(out, rich);
  punctInPlace(out, mark);
  return out;
});

/**
 * Joins the non-empty parts with a delimiter. A delimiter that begins with punctuation is
 * attached with `punct`, so that "Title,” " and "Ibid., " come out right.
 */
export const join = (function join(parts: readonly (Rich | undefined)[], delimiter: string): Rich {
  const out: Run[] = [];
  let any = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!p || isEmpty(p)) continue;
    if (any) appendInPlace(out, delimiter);
    pushAll(out, p);
    any = true;
  }
  return out;
});

/** The value with its first letter capitalized ("edited by" → "Edited by"). */
export const capitalized = (function capitalized(rich: Rich): Rich {
  if (isEmpty(rich)) return rich;
  const [first, ...rest] = rich;
  return [{ ...first, text: first.text.charAt(0).toUpperCase() + first.text.slice(1) }, ...rest];
});

/** Appends literal text, routing leading punctuation through `punct`. */
export const appendText = (function appendText(rich: Rich, text: string): Rich {
  const out: Run[] = [];
  pushAll(out, rich);
  appendInPlace(out, text);
  return out;
});

/** Wraps a value in a prefix and a suffix (empty values stay empty). */
export const wrap = (function wrap(prefix: string, rich: Rich | undefined, suffix: string): Rich {
  if (!rich || isEmpty(rich)) return [];
  const out: Run[] = prefix ? [{ text: prefix }] : [];
  pushAll(out, rich);
  appendInPlace(out, suffix);
  return out;
});

/** Concatenates values without a delimiter (punctuation-aware at each seam). */
export const cat = (function cat(...parts: (Rich | string | undefined)[]): Rich {
  const out: Run[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p === undefined) continue;
    if (typeof p === 'string') appendInPlace(out, p);
    else pushAll(out, p);
  }
  return out;
});
