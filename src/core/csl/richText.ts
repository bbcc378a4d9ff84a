/**
 * CSL-JSON "rich text" in item fields: the few HTML-like tags CSL processors accept (`<i>`,
 * `<b>`, `<sc>`, `<sup>`, `<sub>`, `<span class="nocase">`, `<span style="font-variant:small-caps;">`)
 * and straight or curly double quotes become formatting markers; everything else stays text.
 * Unmatched tags are kept as literal text. One pass, linear in the field's length.
 */
import { M, clean } from './markers';

const TAGS: Record<string, [string, string]> = {
  '<i>': [M.italicOn, '</i>'],
  '<b>': [M.boldOn, '</b>'],
  '<sc>': [M.scOn, '</sc>'],
  '<sup>': [M.supOn, '</sup>'],
  '<sub>': [M.subOn, '</sub>'],
  '<span class="nocase">': [M.nocaseOn, '</span>'],
  '<span class="nodecor">': [M.nodecorOn, '</span>'],
  '<span style="font-variant:small-caps;">': [M.scOn, '</span>'],
  '<span style="font-variant: small-caps;">': [M.scOn, '</span>'],
};
const CLOSE_OF: Record<string, string> = {
  [M.italicOn]: M.italicOff, [M.boldOn]: M.boldOff, [M.scOn]: M.scOff, [M.supOn]: M.supOff,
  [M.subOn]: M.subOff, [M.nocaseOn]: M.nocaseOff, [M.fieldQuoteOn]: M.fieldQuoteOff, [M.quoteOn]: M.quoteOff, [M.nodecorOn]: M.nodecorOff,
};
const OPEN_TAGS = Object.keys(TAGS);

interface Open { index: number; marker: string; closeTag: string; literal: string }

/** True where a straight double quote at `i` opens a quotation (start, or after space or opening punctuation). */
function opensQuote(text: string, i: number): boolean {
  if (i === 0) return true;
  const prev = text[i - 1];
  return /[\s([{\-/\u2014\u2013>]/.test(prev);
}

/** Converts a field's rich text into a marked string (see `markers.ts`). */
export function parseRichText(raw: string): string {
  const text = clean(raw);
  if (!/[<"“”'‘’]/.test(text)) return text;
  const out: string[] = [];
  const stack: Open[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '<') {
      const tag = OPEN_TAGS.find((t) => text.startsWith(t, i));
      if (tag) {
        const [marker, closeTag] = TAGS[tag];
        stack.push({ index: out.length, marker, closeTag, literal: tag });
        out.push(marker);
        i += tag.length;
        continue;
      }
      const top = stack[stack.length - 1];
      if (top && top.closeTag && text.startsWith(top.closeTag, i)) {
        stack.pop();
        out.push(CLOSE_OF[top.marker]);
        i += top.closeTag.length;
        continue;
      }
    } else if (ch === '"' || ch === '“' || ch === '”') {
      const top = stack[stack.length - 1];
      const closing = top?.marker === M.fieldQuoteOn && top.literal !== "'" && (ch === '”' || (ch === '"' && top.literal === '"')) && !(ch === '"' && i > 0 && /\s/.test(text[i - 1]));
      if (closing) {
        stack.pop();
        out.push(M.fieldQuoteOff);
        i++;
        continue;
      }
      if (ch === '“' || (ch === '"' && opensQuote(text, i))) {
        stack.push({ index: out.length, marker: M.fieldQuoteOn, closeTag: '', literal: ch });
        out.push(M.fieldQuoteOn);
        i++;
        continue;
      }
    } else if (ch === "'" || ch === '‘' || ch === '’') {
      const top = stack[stack.length - 1];
      const atEnd = i + 1 >= text.length || /[\s.,;:!?)\]<]/.test(text[i + 1]);
      if (top?.marker === M.quoteOn && top.literal !== '"' && top.literal !== '“' && (ch === "'" || ch === '’') && atEnd) {
        stack.pop();
        out.push(M.quoteOff);
        i++;
        continue;
      }
      if ((ch === "'" || ch === '‘') && opensQuote(text, i) && i + 1 < text.length && /\S/.test(text[i + 1])) {
        stack.push({ index: out.length, marker: M.quoteOn, closeTag: '', literal: ch });
        out.push(M.quoteOn);
        i++;
        continue;
      }
      out.push('\u2019');
      i++;
      continue;
    }
    out.push(ch);
    i++;
  }
  for (const open of stack) out[open.index] = open.literal === "'" ? '\u2019' : open.literal;
  return out.join('');
}
