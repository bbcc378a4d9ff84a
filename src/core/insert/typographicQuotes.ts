/**
 * Turns straight quotation marks and apostrophes into typographic ones for a quotation that
 * will itself stand inside double quotation marks: inner double quotes become single
 * (‘…’), inner single quotes become double (“…”), apostrophes become ’. The words are
 * unchanged; only the marks' shapes change, as editors of quotations may do.
 */
export function nestedQuotation(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const opening = isOpeningContext(text[i - 1]);
    if (ch === '"') out += opening ? '\u2018' : '\u2019';
    else if (ch === "'") out += opening ? '\u201c' : apostropheOrClosing(text, i);
    else out += ch;
  }
  return out;
}

/** A mark opens a quotation at the start of the text or after a space or an opening bracket. */
function isOpeningContext(previous: string | undefined): boolean {
  return previous === undefined || /[\s([{\u2014\u2013-]/.test(previous);
}

/** An apostrophe inside a word (East European's) is ’; a closing single quote becomes ”. */
function apostropheOrClosing(text: string, index: number): string {
  const before = text[index - 1] ?? '';
  const after = text[index + 1] ?? '';
  return /\p{L}/u.test(before) && /\p{L}/u.test(after) ? '\u2019' : before === 's' ? '\u2019' : '\u201d';
}

/**
 * Turns straight marks into typographic ones at the same level, for a block quotation,
 * which keeps its inner double quotation marks double: "…" becomes “…”, 'x becomes ‘x.
 */
export function typographic(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const opening = /[\s([{\u2014\u2013-]/.test(text[i - 1] ?? ' ');
    if (ch === '"') out += opening ? '\u201c' : '\u201d';
    else if (ch === "'") out += opening ? '\u2018' : '\u2019';
    else out += ch;
  }
  return out;
}
