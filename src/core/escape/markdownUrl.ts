/**
 * URLs written into Markdown documents.
 *
 * Functions are written `const f = (function f(…) {…})`: the citation engine runs them on
 * every citation with a URL (ARCHITECTURE.md, "The first citation").
 */
import { isLineBreak } from './lineBreaks';
import { isBidiControl, isControl } from './controls';

/**
 * ASCII characters percent-encoded in a URL written into Markdown. Inside `<…>` only `<`, `>`,
 * space and controls could end the autolink; the rest would start emphasis, a link, code, an
 * inline note or a quotation should a reader fail to take the autolink. `&`, `#`, `?`, `=`,
 * `%`, `/`, `:` and `@` keep their meaning in the URL and are inert inside an autolink.
 */
const ENCODED = ' "\'()*<>[\\]^_`{|}';

/** True for a character that is percent-encoded in a Markdown URL. */
const encoded = (function encoded(char: string, code: number): boolean {
  return ENCODED.includes(char) || isControl(code) || isLineBreak(code) || isBidiControl(code) || code === 0xfeff || (code >= 0x200b && code <= 0x200d);
});

/**
 * A URL as a Markdown (CommonMark and Pandoc) autolink: `<https://…>`, with spaces, brackets,
 * parentheses, quotes, backslashes, backticks, `*`, `_`, controls and invisible characters
 * percent-encoded. Nothing in it can close the autolink or start another construct, and the
 * link still leads to the same place when clicked (browsers read `%28` as `(`).
 */
export const markdownUrl = (function markdownUrl(url: string): string {
  let out = '<';
  for (let i = 0; i < url.length; i++) {
    const char = url[i];
    const code = url.charCodeAt(i);
    if (!encoded(char, code)) out += char;
    else if (code < 0x80) out += `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
    else out += encodeURIComponent(char);
  }
  return `${out}>`;
});
