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
