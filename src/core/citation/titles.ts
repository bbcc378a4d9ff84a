/**
 * Titles: typographic quotation marks, flipped when a title is itself set in quotation marks
 * (“‘You Have No Political Line of Your Own’: …”), apostrophes, and English title case.
 */

const OPEN_CONTEXT = /[\s([{\u2014\u2013/-]/;

/**
 * Converts straight and curly double quotes to typographic ones and straight apostrophes to ’.
 * `nested`: the text will be printed inside double quotation marks, so its own double quotes
 * become single ones (and its single quotes double ones).
 */
export function smartQuotes(text: string, nested: boolean): string {
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
    } else if ((c === "'" || c === '‘') && opening && /\p{L}/u.test(next)) {
      singleOpen = true;
      out += sOpen;
    } else if ((c === "'" || c === '’') && singleOpen && !/\p{L}/u.test(next)) {
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
  const words = text.split(/(\s+)/);
  const lastWord = words.length - 1;
  let afterColon = true;
  return words
    .map((w, i) => {
      if (/^\s+$/.test(w) || w === '') return w;
      const isFirst = afterColon;
      afterColon = /[:?!.—]["”’]?$/.test(w);
      const core = w.replace(/^[^\p{L}]+/u, '');
      const lead = w.slice(0, w.length - core.length);
      if (!core || core !== core.toLowerCase()) return w;
      const bare = core.replace(/[^\p{L}.]+$/u, '').toLowerCase();
      if (!isFirst && i !== lastWord && STOP_WORDS.has(bare)) return w;
      return lead + core.replace(/\p{L}/u, (c) => c.toUpperCase()).replace(/-(\p{Ll})/gu, (_m, c: string) => '-' + c.toUpperCase());
    })
    .join('');
}

/** Capitalizes the first letter ("embassy report" → "Embassy report"). */
export function capitalizeFirst(text: string): string {
  return text.replace(/^(\P{L}*)(\p{L})/u, (_m, a: string, b: string) => a + b.toUpperCase());
}
