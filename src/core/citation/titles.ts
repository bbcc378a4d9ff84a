/**
 * Titles: typographic quotation marks, flipped when a title is itself set in quotation marks
 * (“‘You Have No Political Line of Your Own’: …”), apostrophes, and English title case.
 */

const OPEN_CONTEXT = /[\s([{\u2014\u2013/-]/;

/** True for a letter of any script (cheaper than a Unicode property regex, which is slow to compile). */
function isLetter(c: string | undefined): boolean {
  return !!c && c.toLowerCase() !== c.toUpperCase();
}

/** Results of `smartQuotes` and `titleCase`, which are pure and called with the same titles again and again. */
const cache = new Map<string, string>();
function cached(key: string, compute: () => string): string {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size > 2000) cache.clear();
    v = compute();
    cache.set(key, v);
  }
  return v;
}

/**
 * Converts straight and curly double quotes to typographic ones and straight apostrophes to ’.
 * `nested`: the text will be printed inside double quotation marks, so its own double quotes
 * become single ones (and its single quotes double ones).
 */
export function smartQuotes(text: string, nested: boolean): string {
  if (!/["'“”‘’]/.test(text)) return text;
  return cached((nested ? 'n' : 's') + text, () => computeSmartQuotes(text, nested));
}

function computeSmartQuotes(text: string, nested: boolean): string {
  const [dOpen, dClose, sOpen, sClose] = nested ? ['‘', '’', '“', '”'] : ['“', '”', '‘', '’'];
  let out = '';
  let singleOpen = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const prev = i === 0 ? '' : text[i - 1];
    const next = text[i + 1] ?? '';
    const opening = i === 0 || OPEN_CONTEXT.test(prev) || prev === '“' || prev === '‘';
    if (c === '"' || c === '“' || c === '”') {
      out += c === '“' ? dOpen : c === '”' ? dClose : opening ? dOpen : dClose;
    } else if ((c === "'" || c === '‘') && opening && isLetter(next)) {
      singleOpen = true;
      out += sOpen;
    } else if ((c === "'" || c === '’') && singleOpen && !isLetter(next)) {
      // The close of a single-quoted phrase (not an apostrophe inside a word).
      singleOpen = false;
      out += sClose;
    } else if (c === "'") {
      out += '’';
    } else {
      out += c;
    }
  }
  return out;
}

/** A title set in quotation marks: “…” with inner quotes flipped. */
export function quoted(text: string): string {
  return `“${smartQuotes(text, true)}”`;
}

const STOP_WORDS = new Set(
  (
    'a an and as at but by down for from in into nor of on onto or over so the till to up via with yet ' +
    'about above across after against along amid among around before behind below beneath beside ' +
    'between beyond despite during except inside like near off out outside past per since than ' +
    'through toward towards under underneath unlike until upon versus vs. within without'
  ).split(' '),
);

/**
 * English title case as CSL processors apply it: words that are entirely lowercase are
 * capitalized, except stop words that are neither first, last, nor after a colon;
 * words with capitals elsewhere are left alone.
 */
export function titleCase(text: string): string {
  return cached('t' + text, () => computeTitleCase(text));
}

function computeTitleCase(text: string): string {
  const words = text.split(/(\s+)/);
  const lastWord = words.length - 1;
  let afterColon = true;
  return words
    .map((w, i) => {
      if (w === '' || w.trim() === '') return w;
      const isFirst = afterColon;
      afterColon = /[:?!.—]["”’]?$/.test(w);
      let start = 0;
      while (start < w.length && !isLetter(w[start])) start++;
      const core = w.slice(start);
      if (!core || core !== core.toLowerCase()) return w;
      let end = core.length;
      while (end > 0 && !isLetter(core[end - 1]) && core[end - 1] !== '.') end--;
      if (!isFirst && i !== lastWord && STOP_WORDS.has(core.slice(0, end))) return w;
      const up = core[0].toUpperCase() + core.slice(1);
      return w.slice(0, start) + up.replace(/-([a-zà-ÿ])/g, (_m, c: string) => '-' + c.toUpperCase());
    })
    .join('');
}

/** Capitalizes the first letter ("embassy report" → "Embassy report"). */
export function capitalizeFirst(text: string): string {
  let i = 0;
  while (i < text.length && !isLetter(text[i])) i++;
  return i < text.length ? text.slice(0, i) + text[i].toUpperCase() + text.slice(i + 1) : text;
}
