import { flattenLineBreaks } from './lineBreaks';
import { isBidiControl, isControl } from './controls';

/**
 * Corpus text in a BibTeX database. BibTeX and biber count braces without regard to
 * backslashes, so a field's text may hold no brace at all: `{` and `}` are written as
 * `\textbraceleft{}` and `\textbraceright{}`, the other specials as LaTeX escapes. No field
 * value can then close its field, add a field or start an entry.
 */
const ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text for a BibTeX field: specials escaped, braces replaced, line breaks as spaces, controls dropped. */
export function escapeBibtex(text: string): string {
  let out = '';
  for (const char of flattenLineBreaks(text)) {
    const code = char.charCodeAt(0);
    if (isControl(code)) continue;
    out += ESCAPES[char] ?? char;
  }
  return out;
}

/** ASCII characters percent-encoded in a verbatim field: space, quote, angle brackets, backslash, caret, backtick, braces, bar. */
const URL_ENCODED = ' "<>\\^`{|}';

/**
 * A URL or DOI for biblatex's verbatim fields (`url`, `doi`), which biber and BibTeX read
 * without interpreting backslashes: escaping with `\` would end up in the link. Braces,
 * backslashes, spaces and controls are percent-encoded instead, which leaves the link the
 * same for a browser and holds no brace that could close the field.
 */
export function bibtexVerbatim(url: string): string {
  let out = '';
  for (const char of url) {
    const code = char.charCodeAt(0);
    if (URL_ENCODED.includes(char) || isControl(code) || isBidiControl(code) || code === 0x2028 || code === 0x2029) {
      out += code < 0x80 ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(char);
    } else out += char;
  }
  return out;
}

/** Characters a BibTeX entry key may hold (what the corpus schema allows in a source id). */
const KEY_CHAR = /[A-Za-z0-9_:.+/-]/;

/** An entry key: characters that would end the key (`,`, braces, spaces) become `-`. */
export function bibtexKey(id: string): string {
  let out = '';
  for (const char of id) out += KEY_CHAR.test(char) ? char : '-';
  return out || '-';
}

/**
 * One part of a person's name (family, given, suffix) for BibTeX's name lists: a part that
 * holds a comma or the word "and" is braced, so it is not split into another name or part.
 */
export function bibtexNamePart(part: string): string {
  const text = escapeBibtex(part);
  return /,|\band\b/i.test(text) ? `{${text}}` : text;
}
