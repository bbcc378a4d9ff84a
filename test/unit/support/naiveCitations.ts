/**
 * The citation finder as it was before it was made linear (kept as the reference the linear
 * one is compared with): the citations of a segment: Markdown footnote references and definitions, Pandoc keys
 * (`[@key, p. 3]`, `@key`), inline notes (`^[…]`), LaTeX cite commands (`\cite`, `\footcite`,
 * `\parencite`, `\textcite`, `\cites`, …) and `\footnote{…}`, and parentheticals that name a
 * corpus source by author or title. Offsets are those of the text passed in.
 */
import { cleanMarkup } from '../../../src/core/quotes/cleanMarkup';
import { matchingBrace } from './naiveQuotes/cleanMarkup';
import type { SourceMentions } from '../../../src/core/quotes/sourceMentions';
import type { Language } from '../../../src/core/quotes/types';

/** A citation key as written, with the range of the key itself (without `@` or braces). */
export interface KeyRef {
  key: string;
  start: number;
  end: number;
}

export interface Citation {
  kind: 'footnote-ref' | 'pandoc' | 'latex-cite' | 'note' | 'parenthetical';
  start: number;
  end: number;
  keys: KeyRef[];
  /** Sources named by the citation's words (notes and parentheticals). */
  named: string[];
  /** `footnote-ref`: the label, whose definition holds the note. */
  label?: string;
  /** A note that says "Ibid.": it cites what the previous note cited. */
  ibid?: boolean;
  /** A citation that runs into the sentence (`@key says`, `\textcite{key}`): it may precede the quotation. */
  narrative?: boolean;
  /** `\nocite{…}`: lists keys without citing at this place. */
  silent?: boolean;
}

/** A Markdown footnote definition `[^label]: …`. */
export interface FootnoteDefinition {
  label: string;
  start: number;
  end: number;
  keys: KeyRef[];
  named: string[];
  ibid: boolean;
}

export interface SegmentCitations {
  citations: Citation[];
  definition?: FootnoteDefinition;
}

const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*`;
const FOOTNOTE_REF = /\[\^([^\]\s]+)\](?!:)/g;
const DEFINITION = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]*/;
const PANDOC_GROUP = /\[((?:[^[\]\n]*[\s;-])?-?@[^[\]\n]*)\]/g;
const PANDOC_KEY = new RegExp(String.raw`(?<![\p{L}\p{N}_@.])-?@(?:\{([^}]+)\}|(${KEY}))`, 'gu');
const INLINE_NOTE = /\^\[/g;
const LATEX_CITE = /\\([A-Za-z]*cite[A-Za-z]*)\*?/g;
const LATEX_FOOTNOTE = /\\footnote(?:\[[^\]]*\])?\{/g;
const NARRATIVE_LATEX = /^(?:textcite|Textcite|textcites|citet|citet|Citet|citeauthor|Citeauthor|citetitle)$/;
const IBID = /^[\s*_\\{}a-z]*ibid/i;
/**
 * How far a parenthetical may run: a full note in parentheses (what Insert Citation writes in
 * plain text and with `annalist.citationFormat` set to `inline`) with a URL is several hundred
 * characters long.
 */
const MAX_PARENTHETICAL = 1000;

/** The citations of `masked` (a segment with code and comments blanked). */
export function naiveSegmentCitations(masked: string, language: Language, mentions: SourceMentions): SegmentCitations {
  const citations: Citation[] = [];
  let definition: FootnoteDefinition | undefined;
  if (language === 'markdown') {
    const def = DEFINITION.exec(masked);
    if (def) {
      const body = masked.slice(def[0].length);
      const words = cleanMarkup(body, 0, body.length, 'markdown').replace(/\u0000/g, '');
      definition = { label: def[1], start: 0, end: masked.length, keys: pandocKeys(masked, def[0].length, masked.length), named: mentions.named(words, false), ibid: IBID.test(body) };
    }
    markdownCitations(masked, mentions, citations, definition ? DEFINITION.exec(masked)![0].length : 0);
  } else if (language === 'latex') {
    latexCitations(masked, mentions, citations);
  }
  parentheticals(masked, language, mentions, citations);
  citations.sort((a, b) => a.start - b.start);
  return { citations, definition };
}

function markdownCitations(s: string, mentions: SourceMentions, out: Citation[], from: number): void {
  if (!s.includes('[') && !s.includes('@')) return;
  FOOTNOTE_REF.lastIndex = from;
  for (let m = FOOTNOTE_REF.exec(s); m !== null; m = FOOTNOTE_REF.exec(s)) {
    out.push({ kind: 'footnote-ref', start: m.index, end: m.index + m[0].length, keys: [], named: [], label: m[1] });
  }
  const grouped: [number, number][] = [];
  PANDOC_GROUP.lastIndex = from;
  for (let m = PANDOC_GROUP.exec(s); m !== null; m = PANDOC_GROUP.exec(s)) {
    const end = m.index + m[0].length;
    if (s[m.index - 1] === '^' || s[end] === '(') continue;
    const keys = pandocKeys(s, m.index + 1, end - 1);
    if (keys.length === 0) continue;
    grouped.push([m.index, end]);
    out.push({ kind: 'pandoc', start: m.index, end, keys, named: [] });
  }
  for (const key of s.includes('@') ? pandocKeys(s, from, s.length) : []) {
    if (grouped.some(([a, b]) => key.start > a && key.end < b)) continue;
    if (key.start >= 2 && s[key.start - 2] === '^') continue;
    out.push({ kind: 'pandoc', start: key.start - 1, end: key.end, keys: [key], named: [], narrative: true });
  }
  INLINE_NOTE.lastIndex = from;
  for (let m = INLINE_NOTE.exec(s); m !== null; m = INLINE_NOTE.exec(s)) {
    const close = closingSquare(s, m.index + 1);
    if (close < 0) continue;
    const body = s.slice(m.index + 2, close);
    out.push({
      kind: 'note',
      start: m.index,
      end: close + 1,
      keys: pandocKeys(s, m.index + 2, close),
      named: mentions.named(cleanMarkup(body, 0, body.length, 'markdown').replace(/\u0000/g, ''), false),
      ibid: IBID.test(body),
    });
  }
}

/** The Pandoc keys in `s.slice(from, to)`. */
function pandocKeys(s: string, from: number, to: number): KeyRef[] {
  const keys: KeyRef[] = [];
  const part = s.slice(from, to);
  PANDOC_KEY.lastIndex = 0;
  for (let m = PANDOC_KEY.exec(part); m !== null; m = PANDOC_KEY.exec(part)) {
    const key = m[1] ?? m[2];
    const at = from + m.index + m[0].indexOf(key);
    keys.push({ key, start: at, end: at + key.length });
  }
  return keys;
}

function closingSquare(s: string, open: number): number {
  let depth = 0;
  for (let k = open; k < s.length; k++) {
    if (s[k] === '[') depth++;
    else if (s[k] === ']' && --depth === 0) return k;
  }
  return -1;
}

function latexCitations(s: string, mentions: SourceMentions, out: Citation[]): void {
  if (!s.includes('\\')) return;
  LATEX_CITE.lastIndex = 0;
  for (let m = LATEX_CITE.exec(s); m !== null; m = LATEX_CITE.exec(s)) {
    const name = m[1];
    const multi = /cites$/.test(name);
    const keys: KeyRef[] = [];
    let k = m.index + m[0].length;
    for (;;) {
      let j = k;
      while (s[j] === ' ' || s[j] === '\n') j++;
      const c = s[j];
      const close = c === '[' ? s.indexOf(']', j) : c === '(' ? s.indexOf(')', j) : c === '{' ? matchingBrace(s, j) : -1;
      if (close < 0) break;
      if (c === '{') {
        let at = j + 1;
        for (const raw of s.slice(j + 1, close).split(',')) {
          const lead = raw.length - raw.trimStart().length;
          const key = raw.trim();
          if (key && key !== '*') keys.push({ key, start: at + lead, end: at + lead + key.length });
          at += raw.length + 1;
        }
      }
      k = close + 1;
      if (c === '{' && !multi) break;
    }
    if (keys.length === 0) continue;
    out.push({ kind: 'latex-cite', start: m.index, end: k, keys, named: [], narrative: NARRATIVE_LATEX.test(name), silent: name === 'nocite' });
    LATEX_CITE.lastIndex = k;
  }
  LATEX_FOOTNOTE.lastIndex = 0;
  for (let m = LATEX_FOOTNOTE.exec(s); m !== null; m = LATEX_FOOTNOTE.exec(s)) {
    const open = m.index + m[0].length - 1;
    const close = matchingBrace(s, open);
    if (close < 0) continue;
    const inner = out.filter((c) => c.kind === 'latex-cite' && c.start > open && c.end <= close);
    for (const c of inner) out.splice(out.indexOf(c), 1);
    const body = s.slice(open + 1, close);
    out.push({
      kind: 'note',
      start: m.index,
      end: close + 1,
      keys: inner.flatMap((c) => c.keys),
      named: mentions.named(cleanMarkup(body, 0, body.length, 'latex').replace(/\u0000/g, ''), false),
      ibid: IBID.test(body),
    });
  }
}

/** Parentheses that name a corpus source: "(Szalontai 2004, 99)", "(“North Korea and the Soviets”)". */
function parentheticals(s: string, language: Language, mentions: SourceMentions, out: Citation[]): void {
  for (let i = s.indexOf('('); i >= 0; i = s.indexOf('(', i + 1)) {
    if (language === 'markdown' && s[i - 1] === ']') continue;
    let depth = 0;
    let close = -1;
    for (let k = i; k < s.length && k < i + MAX_PARENTHETICAL; k++) {
      if (s[k] === '(') depth++;
      else if (s[k] === ')' && --depth === 0) {
        close = k;
        break;
      } else if (s[k] === '\n' && s[k + 1] === '\n') break;
    }
    if (close < 0) continue;
    const body = s.slice(i + 1, close);
    if (!/\p{Lu}/u.test(body)) continue;
    const words = language === 'plaintext' ? body : cleanMarkup(body, 0, body.length, language).replace(/\u0000/g, '');
    const named = mentions.named(words, true);
    if (named.length > 0) out.push({ kind: 'parenthetical', start: i, end: close + 1, keys: [], named });
  }
}
