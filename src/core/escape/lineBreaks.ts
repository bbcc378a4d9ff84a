/**
 * Line breaks in corpus text. A title, a name or a quotation is one line of data: a break in
 * it would end a footnote, start a table, a list or a heading in the essay, or put bare LFs
 * into a CRLF document. Every output channel writes it as one space.
 *
 * Functions are written `const f = (function f(…) {…})` and use no regular expression: the
 * citation engine runs them on every citation (ARCHITECTURE.md, "The first citation").
 */

/** True for a character that some reader treats as a line break: LF, VT, FF, CR, NEL, U+2028, U+2029. */
export const isLineBreak = (function isLineBreak(code: number): boolean {
  return (code >= 0x0a && code <= 0x0d) || code === 0x85 || code === 0x2028 || code === 0x2029;
});

/** The text with each line break (CR LF counted as one) turned into a space; text without one is returned as is. */
export const flattenLineBreaks = (function flattenLineBreaks(text: string): string {
  let i = 0;
  while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isLineBreak(code)) out += text[i];
    else if (!(code === 0x0d && text.charCodeAt(i + 1) === 0x0a)) out += ' ';
  }
  return out;
});
