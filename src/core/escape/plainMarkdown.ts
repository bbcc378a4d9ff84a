import { visibleControls } from './controls';
import { isLineBreak } from './lineBreaks';

/** A run of spaces (other than line breaks): written as one space. */
const SPACES = /([ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+)/;

const ASCII_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** One word: controls and bidirectional controls made visible, every ASCII punctuation character backslash-escaped. */
function escapeWord(word: string): string {
  const visible = visibleControls(word);
  let out = '';
  for (const char of visible) out += ASCII_PUNCTUATION.includes(char) ? `\\${char}` : char;
  return out;
}

/**
 * Plain text as Markdown that renders exactly as written in VS Code's hovers and tooltips:
 * every ASCII punctuation character is backslash-escaped, so nothing becomes emphasis,
 * code, HTML, an entity or a link — not even a bare `https://…`, `www.…` or e-mail address,
 * which VS Code's renderer (marked, GFM) would otherwise link; control and bidirectional
 * characters show as `<U+202E>`. Words are separated by ordinary spaces so that long text
 * wraps (`MarkdownString.appendText` writes `&nbsp;`), and each line break starts a paragraph.
 */
export function plainMarkdown(text: string): string {
  const paragraphs: string[] = [];
  let line = '';
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (!isLineBreak(code)) {
      line += text[i];
      continue;
    }
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    paragraphs.push(line);
    line = '';
  }
  return paragraphs.map((p) => p.split(SPACES).map((part, i) => (i % 2 === 1 ? ' ' : escapeWord(part))).join('')).join('\n\n');
}
