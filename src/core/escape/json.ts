import { codePointLabel, isBidiControl, isControl } from './controls';

/**
 * A value as pretty-printed JSON in which no character can drive a terminal or reorder the
 * text around it: JSON.stringify escapes C0 controls; DEL, C1 and bidirectional controls are
 * written as `\uXXXX` too. The value read back is the same.
 */
export function escapedJson(value: unknown): string {
  const json = JSON.stringify(value, null, 2);
  let out = '';
  let from = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if ((isControl(code) && code !== 0x0a) || isBidiControl(code)) {
      out += json.slice(from, i) + `\\u${codePointLabel(code).slice(3, -1).toLowerCase()}`;
      from = i + 1;
    }
  }
  return from === 0 ? json : out + json.slice(from);
}
