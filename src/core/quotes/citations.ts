/**
 * The citations of a segment: Markdown footnote references and definitions, Pandoc keys
 * (`[@key, p. 3]`, `@key`), inline notes (`^[…]`), LaTeX cite commands (`\cite`, `\footcite`,
 * `\parencite`, `\textcite`, `\cites`, …) and `\footnote{…}`, and parentheticals that name a
 * corpus source by author or title. Offsets are those of the text passed in.
 */
import { footnoteRefs, pandocGroups, pandocKeys, parenthesisPairs, uppercaseCounts, type KeyRef } from './citationScan';
import { cleanMarkup } from './cleanMarkup';
import { BracketPairs, nextOf, NextChar } from '../text/scanIndex';
import { drain } from './steps';
import type { SourceMentions } from './sourceMentions';
import type { Language } from './types';

export type { KeyRef } from './citationScan';

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

const DEFINITION = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]*/;
const LATEX_CITE = /\\([A-Za-z]*cite[A-Za-z]*)\*?/g;
const NARRATIVE_LATEX = /^(?:textcite|Textcite|textcites|citet|citet|Citet|citeauthor|Citeauthor|citetitle)$/;
const IBID = /^[\s*_\\{}a-z]*ibid/i;
/**
 * How far a parenthetical may run: a full note in parentheses (what Insert Citation writes in
 * plain text and with `annalist.citationFormat` set to `inline`) with a URL is several hundred
 * characters long.
 */
const MAX_PARENTHETICAL = 1000;

/** Citations and notes handled between two steps of `segmentCitationsSteps`. */
const PER_STEP = 512;

/** The citations of `masked` (a segment with code and comments blanked). */
export function segmentCitations(masked: string, language: Language, mentions: SourceMentions): SegmentCitations {
  return drain(segmentCitationsSteps(masked, language, mentions));
}

/** `segmentCitations` in steps: between the kinds of citation, and every few hundred citations. */
export function* segmentCitationsSteps(masked: string, language: Language, mentions: SourceMentions): Generator<void, SegmentCitations, void> {
  const citations: Citation[] = [];
  let definition: FootnoteDefinition | undefined;
  if (language === 'markdown') {
    const def = DEFINITION.exec(masked);
    if (def) {
      const body = masked.slice(def[0].length);
      const words = cleanMarkup(body, 0, body.length, 'markdown').replace(/\u0000/g, '');
      definition = { label: def[1], start: 0, end: masked.length, keys: pandocKeys(masked, def[0].length, masked.length), named: mentions.named(words, false), ibid: IBID.test(body) };
    }
    yield* markdownCitations(masked, mentions, citations, definition ? DEFINITION.exec(masked)![0].length : 0);
  } else if (language === 'latex') {
    latexCitations(masked, mentions, citations);
  }
  yield;
  parentheticals(masked, language, mentions, citations);
  yield;
  citations.sort((a, b) => a.start - b.start);
  return { citations, definition };
}

function* markdownCitations(s: string, mentions: SourceMentions, out: Citation[], from: number): Generator<void, void, void> {
  if (!s.includes('[') && !s.includes('@')) return;
  for (const r of footnoteRefs(s, from)) out.push({ kind: 'footnote-ref', start: r.start, end: r.end, keys: [], named: [], label: r.label });
  yield;
  const grouped: [number, number][] = [];
  let n = 0;
  for (const [start, end] of pandocGroups(s, from)) {
    if (++n % PER_STEP === 0) yield;
    if (s[start - 1] === '^' || s[end] === '(') continue;
    const keys = pandocKeys(s, start + 1, end - 1);
    if (keys.length === 0) continue;
    grouped.push([start, end]);
    out.push({ kind: 'pandoc', start, end, keys, named: [] });
  }
  yield;
  // Groups are apart and in order, and so are the keys: one walk pairs them.
  let g = 0;
  for (const key of s.includes('@') ? pandocKeys(s, from, s.length) : []) {
    if (++n % PER_STEP === 0) yield;
    while (g < grouped.length && grouped[g][1] <= key.end) g++;
    if (g < grouped.length && key.start > grouped[g][0] && key.end < grouped[g][1]) continue;
    if (key.start >= 2 && s[key.start - 2] === '^') continue;
    out.push({ kind: 'pandoc', start: key.start - 1, end: key.end, keys: [key], named: [], narrative: true });
  }
  // An inline note inside another is part of it: only the outermost is a citation.
  yield;
  const squares = new BracketPairs(s, '[', ']', false);
  for (let at = s.indexOf('^[', from); at >= 0; at = s.indexOf('^[', at + 1)) {
    if (++n % 64 === 0) yield;
    const close = squares.closing(at + 1);
    if (close < 0) continue;
    const body = s.slice(at + 2, close);
    out.push({
      kind: 'note',
      start: at,
      end: close + 1,
      keys: pandocKeys(s, at + 2, close),
      named: mentions.named(cleanMarkup(body, 0, body.length, 'markdown').replace(/\u0000/g, ''), false),
      ibid: IBID.test(body),
    });
    at = close;
  }
}

function latexCitations(s: string, mentions: SourceMentions, out: Citation[]): void {
  if (!s.includes('\\')) return;
  const braces = new BracketPairs(s, '{', '}', true);
  const bracket = nextOf(s, ']');
  const paren = nextOf(s, ')');
  const text = new NextChar(s, (c) => c !== 0x20 && c !== 0x0a);
  const cites: Citation[] = [];
  LATEX_CITE.lastIndex = 0;
  for (let m = LATEX_CITE.exec(s); m !== null; m = LATEX_CITE.exec(s)) {
    const name = m[1];
    const multi = /cites$/.test(name);
    const keys: KeyRef[] = [];
    let k = m.index + m[0].length;
    for (;;) {
      const j = text.from(k);
      const c = s[j];
      const found = c === '[' ? bracket.from(j) : c === '(' ? paren.from(j) : c === '{' ? braces.closing(j) : -1;
      const close = found >= s.length ? -1 : found;
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
    cites.push({ kind: 'latex-cite', start: m.index, end: k, keys, named: [], narrative: NARRATIVE_LATEX.test(name), silent: name === 'nocite' });
    LATEX_CITE.lastIndex = k;
  }
  // A footnote takes the cite commands inside it; one inside another footnote is part of it.
  const taken = new Set<Citation>();
  let first = 0;
  for (let at = s.indexOf('\\footnote'); at >= 0; at = s.indexOf('\\footnote', at + 1)) {
    let open = at + '\\footnote'.length;
    if (s[open] === '[') {
      const close = bracket.from(open);
      if (close < s.length && s[close + 1] === '{') open = close + 1;
    }
    const close = braces.closing(open);
    if (close < 0) continue;
    while (first < cites.length && cites[first].start <= open) first++;
    const inner: Citation[] = [];
    for (let i = first; i < cites.length && cites[i].start < close; i++) if (cites[i].end <= close) inner.push(cites[i]);
    for (const c of inner) taken.add(c);
    const body = s.slice(open + 1, close);
    out.push({
      kind: 'note',
      start: at,
      end: close + 1,
      keys: inner.flatMap((c) => c.keys),
      named: mentions.named(cleanMarkup(body, 0, body.length, 'latex').replace(/\u0000/g, ''), false),
      ibid: IBID.test(body),
    });
    at = close;
  }
  for (const c of cites) if (!taken.has(c)) out.push(c);
}

/** Parentheses that name a corpus source: "(Szalontai 2004, 99)", "(“North Korea and the Soviets”)". */
function parentheticals(s: string, language: Language, mentions: SourceMentions, out: Citation[]): void {
  if (!s.includes('(')) return;
  let upper: Int32Array | undefined;
  for (const [i, close] of parenthesisPairs(s, MAX_PARENTHETICAL)) {
    if (language === 'markdown' && s[i - 1] === ']') continue;
    upper ??= uppercaseCounts(s);
    if (upper[close] === upper[i + 1]) continue;
    const body = s.slice(i + 1, close);
    const words = language === 'plaintext' ? body : cleanMarkup(body, 0, body.length, language).replace(/\u0000/g, '');
    const named = mentions.named(words, true);
    if (named.length > 0) out.push({ kind: 'parenthetical', start: i, end: close + 1, keys: [], named });
  }
}
