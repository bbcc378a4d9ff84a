/**
 * Invisible characters that change what a reader sees: terminal control sequences (ESC and
 * the other C0 and C1 controls, DEL) and the Unicode bidirectional controls, which reorder
 * the text around them ("Trojan Source"). Where corpus text is shown to a person — hovers,
 * the terminal, notifications — they are shown as `<U+202E>` instead of acting.
 */

/** True for a bidirectional formatting control: U+061C, U+200E/200F, U+202A–202E, U+2066–2069. */
export function isBidiControl(code: number): boolean {
  return code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** True for a C0 control, DEL or a C1 control (U+0080–U+009F). */
export function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** How an invisible character is shown: `<U+001B>`. */
export function codePointLabel(code: number): string {
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/**
 * The text with every control character (except those in `keep`) and every bidirectional
 * control written as `<U+XXXX>`, so that it can neither drive a terminal nor reorder the text.
 */
export function visibleControls(text: string, keep = ''): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((isControl(code) || isBidiControl(code)) && !keep.includes(text[i])) {
      out += text.slice(from, i) + codePointLabel(code);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
