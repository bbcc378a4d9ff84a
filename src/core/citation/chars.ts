/**
 * Character tests shared by the formatters, written without regular expressions: a regex is
 * compiled the first time it runs, which made the first citation after loading slow.
 *
 * Functions are written `const f = (function f(…) {…})`: V8 compiles a parenthesized function
 * when the module loads instead of on its first call, so the first citation does not wait for
 * the compiler (ARCHITECTURE.md, "The first citation").
 */

/** True for a letter of any script: a character with distinct upper and lower case. */
export const isLetter = (function isLetter(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return c.toLowerCase() !== c.toUpperCase();
});

/** True for a decimal digit 0–9 (what `\d` matches). */
export const isDigit = (function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
});

/** True for a non-empty text of decimal digits only ("99", "2"), what `/^\d+$/` matches. */
export const isDigits = (function isDigits(text: string): boolean {
  if (!text) return false;
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
});

/** True for the characters `\s` matches: Unicode white space and line terminators. */
export const isWhitespace = (function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
});

/** True for a hyphen, an en dash or an em dash (how writers type ranges). */
export const isDash = (function isDash(c: string): boolean {
  return c === '-' || c === '–' || c === '—';
});
