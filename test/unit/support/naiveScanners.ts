/**
 * The scanners of essay text as they were written before they were made linear: plain
 * regular expressions and rescans. Slow on hostile text, but short and evidently right; the
 * linearity tests compare the linear scanners with them on seeded random text.
 */

const MD_PATTERNS: [RegExp, (m: string) => string][] = [
  [/\[\^[^\]\s]+\]|\^\[[^\]]*\]/g, blank],
  [/\[(?:[^\]\n]*[\s;-])?-?@[^\]\n]*\]/g, blank],
  [/(?<![\p{L}\p{N}_@.])-?@(?:\{[^}]*\}|[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_]|[\p{L}\p{N}_])/gu, blank],
  [/!\[[^\]\n]*\]\([^)\n]*\)/g, blank],
  [/\[([^\]\n]*)\]\([^)\n]*\)/g, (m) => ' ' + m.slice(1, m.indexOf('](')) + blank(m.slice(m.indexOf('](')))],
  [/<\/?[A-Za-z!][^>\n]*>|&[A-Za-z]+;|&#\d+;/g, blank],
  [/(^|\n)[ \t]{0,3}(?:>[ \t]?)+/g, (m) => m.replace(/[^\n]/g, ' ')],
  [/\\(?=[!-/:-@[-`{-~])|[*_`~]/g, () => '\u0000'],
];

function blank(m: string): string {
  return ' '.repeat(m.length);
}

/** Markdown markup blanked by the eight regular expressions, one after another. */
export function naiveCleanMarkdown(slice: string): string {
  if (!/[[\]@<&>*_`~\\^]/.test(slice)) return slice;
  let out = slice;
  for (const [re, f] of MD_PATTERNS) out = out.replace(re, f);
  return out;
}

/** The LaTeX completion trigger's regular expression: the typed key query at the end of `before`, or undefined. */
export function naiveLatexQuery(before: string): string | undefined {
  const command = /\\[A-Za-z]*cite[A-Za-z]*\*?(?:\s*\[[^\]]*\]){0,2}\s*\{([^}]*)$/.exec(before);
  if (!command) return undefined;
  const keys = command[1];
  return keys.slice(keys.lastIndexOf(',') + 1).trimStart();
}

/** The plain-text trigger's query regular expression. */
export function naivePlainQuery(before: string): string {
  return /[\w-]*$/.exec(before)?.[0] ?? '';
}

/** The LaTeX key under the pointer, by the regular expressions the hover used. */
export function naiveLatexKeyAt(line: string, at: number): { key: string; start: number; end: number } | undefined {
  for (const match of line.matchAll(/\\[A-Za-z]*cite[A-Za-z]*\*?((?:\s*(?:\[[^\]]*\]|\{[^}]*\}))+)/g)) {
    const argsStart = (match.index ?? 0) + match[0].length - match[1].length;
    for (const group of match[1].matchAll(/\{([^}]*)\}/g)) {
      let keyStart = argsStart + (group.index ?? 0) + 1;
      for (const raw of group[1].split(',')) {
        const lead = raw.length - raw.trimStart().length;
        const key = raw.trim();
        const start = keyStart + lead;
        if (key && at >= start && at <= start + key.length) return { key, start, end: start + key.length };
        keyStart += raw.length + 1;
      }
    }
  }
  return undefined;
}

const URL_PATTERN = String.raw`\bhttps?:\/\/[^\s<>)\]}]+`;
const MD_MASK = new RegExp(String.raw`(${'`'}+)[^${'`'}][\s\S]*?\1|<!--[\s\S]*?(?:-->|$)|(?<=\]\()[^)\s]+|<https?:[^>\s]*>|` + URL_PATTERN, 'g');
const TEX_MASK = new RegExp(String.raw`(?<!\\)%[^\n]*|\\verb\*?([^\sA-Za-z*])[^\n]*?\1|(?<!\\)\$\$[\s\S]*?\$\$|(?<!\\)\$[^$]*\$|\\\([\s\S]*?\\\)|\\\[[\s\S]*?\\\]|` + URL_PATTERN, 'g');

function blankKeepingLines(m: string): string {
  return m.replace(/[^\n]/g, ' ');
}

/** Unquotable text blanked by one regular expression per language, as `maskText` once did. */
export function naiveMaskText(text: string, language: 'markdown' | 'latex' | 'plaintext'): string {
  if (language === 'markdown') return text.replace(MD_MASK, blankKeepingLines);
  if (language === 'latex') return naiveMaskLatexArguments(text.replace(TEX_MASK, blankKeepingLines));
  return text.replace(new RegExp(URL_PATTERN, 'g'), blankKeepingLines);
}

function naiveMaskLatexArguments(text: string): string {
  const re = /\\(?:url|href|label|ref|pageref|eqref|autoref|cref|Cref|includegraphics|input|include|bibliography|bibliographystyle|addbibresource|usepackage|documentclass)\*?(?:\[[^\]]*\])?(?=\{)/g;
  let out = '';
  let at = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const open = m.index + m[0].length;
    const close = naiveMatchingBrace(text, open);
    if (close < 0) continue;
    out += text.slice(at, m.index) + ' '.repeat(close + 1 - m.index);
    at = close + 1;
    re.lastIndex = at;
  }
  return out + text.slice(at);
}

function naiveMatchingBrace(s: string, open: number): number {
  if (s[open] !== '{') return -1;
  let depth = 0;
  for (let k = open; k < s.length; k++) {
    const c = s[k];
    if (c === '\\') k++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return k;
  }
  return -1;
}
