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
