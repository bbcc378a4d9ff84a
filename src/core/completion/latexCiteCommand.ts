/**
 * Reading a biblatex cite command (`\cite`, `\footcite[see][99]{a,b}`, `\textcites{a}{b}`) at a
 * backslash, for the completion trigger and the hover. The regular expressions these replace
 * (`\\[A-Za-z]*cite[A-Za-z]*\*?…`) backtracked over the command's letters: a `\` followed
 * by `cite` a thousand times took seconds per keystroke. Here the letters are read once, and
 * the arguments through a `NextChar`, so a line is read in time linear in its length.
 */
import { isSpaceCode, NextChar, nextOf } from '../text/scanIndex';

/** The arguments of a cite command. */
export interface CiteArguments {
  /** Where the first argument (or the white space before it) starts: after the name and `*`. */
  argsStart: number;
  /** `[start, end)` of each argument, brackets or braces included, in order. */
  args: { start: number; end: number; brace: boolean }[];
  /** Where the text after the last argument starts. */
  end: number;
}

/** Finders of a line's `]`, `}` and of what is not white space, shared by the commands of one line. */
export interface LineScan {
  text: string;
  bracket: NextChar;
  brace: NextChar;
  nonSpace: NextChar;
}

export function lineScan(text: string): LineScan {
  return { text, bracket: nextOf(text, ']'), brace: nextOf(text, '}'), nonSpace: new NextChar(text, (c) => !isSpaceCode(c)) };
}

/** The end of the command name at the backslash `at` when it names a cite command (its letters hold `cite`), else -1. */
export function citeNameEnd(text: string, at: number): number {
  let j = at + 1;
  while (j < text.length && isLetter(text.charCodeAt(j))) j++;
  if (j - at - 1 < 4 || !text.slice(at + 1, j).includes('cite')) return -1;
  return text[j] === '*' ? j + 1 : j;
}

/**
 * The arguments after a cite command's name, as `(?:\s*(?:\[[^\]]*\]|\{[^}]*\}))*` reads them:
 * at most `maxOptional` bracketed ones before the first brace when `stopAtBrace`, any number
 * otherwise. An argument left open ends the list.
 */
export function citeArguments(scan: LineScan, from: number, options: { maxBrackets: number; stopAtBrace: boolean }): CiteArguments {
  const { text } = scan;
  const args: CiteArguments['args'] = [];
  let end = from;
  let brackets = 0;
  for (;;) {
    const k = scan.nonSpace.from(end);
    const c = text[k];
    if (c === '[' && brackets < options.maxBrackets) {
      const close = scan.bracket.from(k + 1);
      if (close >= text.length) break;
      args.push({ start: k, end: close + 1, brace: false });
      brackets++;
      end = close + 1;
    } else if (c === '{' && !options.stopAtBrace) {
      const close = scan.brace.from(k + 1);
      if (close >= text.length) break;
      args.push({ start: k, end: close + 1, brace: true });
      end = close + 1;
    } else break;
  }
  return { argsStart: from, args, end };
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
