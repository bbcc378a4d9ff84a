import { citePassage, formatCitation, styleInfo, type Locator, type Markup } from '../citation';
import type { CorpusIndex, Passage, Source } from '../model';
import type { NotePosition } from '../footnotes/notePosition';
import type { InsertionMode } from '../insert/citationInserts';
import type { CitationSettings } from './citationSettings';

/** A citation ready to insert: the text and how it enters the document. */
export interface DocumentCitation {
  mode: InsertionMode;
  text: string;
}

/** The markup a language's documents are written in. */
export function markupForLanguage(languageId: string): Markup {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'latex' || languageId === 'tex') return 'latex';
  return 'plain';
}

/** The sources a passage is cited by: the original "quoted in" the source, or the source alone. */
export function citationTarget(passage: Passage, index: CorpusIndex): { source: Source; quotedIn?: Source } | undefined {
  const source = index.sourceById.get(passage.source);
  if (!source) return undefined;
  const original = passage.original !== undefined ? index.sourceById.get(passage.original) : undefined;
  return original && passage.kind !== 'paraphrase' ? { source: original, quotedIn: source } : { source };
}

/** Where a citation goes: its pinpoint, and its note's position among the notes before it. */
export interface CitationPlace {
  locator?: Locator;
  position?: NotePosition;
  /**
   * Every source the document cites, this citation's included: in-text styles tell apart
   * works by the same author with them (MLA adds the short title, APA and author-date a
   * letter after the year).
   */
  cited?: readonly Source[];
}

/**
 * The citation of a passage for a document in `languageId`, following the settings: a note
 * (footnote or inline; full the first time, shortened after, as the Chicago edition
 * requires), a parenthetical in-text citation, a Pandoc key or a LaTeX command.
 */
export function documentCitation(
  passage: Passage,
  index: CorpusIndex,
  languageId: string,
  settings: CitationSettings,
  place: CitationPlace = {},
): DocumentCitation {
  const { locator, position = 'first', cited: documentSources } = place;
  const markup = markupForLanguage(languageId);
  const cited = citationTarget(passage, index);
  if (settings.format === 'pandoc' && cited) return { mode: 'spaced', text: pandocCitation(cited, locator) };
  if (settings.format === 'latex' && cited) return { mode: 'attached', text: latexCitation(cited, settings, locator) };
  const inText = styleInfo(settings.style)?.class === 'in-text';
  const form = inText ? 'in-text' : position === 'first' ? 'note' : 'short-note';
  const repeat = !inText && position === 'repeat';
  const text = citePassage(passage, index, {
    style: settings.style, form, markup, locator, repeat, ibid: repeat && settings.ibid, cited: inText ? documentSources : undefined,
  });
  if (inText) return { mode: 'spaced', text };
  if (settings.format === 'footnote' && markup === 'markdown') return { mode: 'footnote', text };
  if (settings.format === 'footnote' && markup === 'latex') return { mode: 'latex-footnote', text };
  return { mode: 'inline', text };
}

/** A source's own citation (for the Sources view and the CLI), without a passage. */
export function sourceCitation(source: Source, settings: CitationSettings, markup: Markup): string {
  const inText = styleInfo(settings.style)?.class === 'in-text';
  return formatCitation({ source }, { style: settings.style, form: inText ? 'in-text' : 'note', markup });
}

/** `[@key, p. 99]`, or `[@original; quoted in @source]` for words read in another source. */
export function pandocCitation(cited: { source: Source; quotedIn?: Source }, locator?: Locator): string {
  const where = locator ? `, ${locatorText(locator)}` : '';
  if (cited.quotedIn) return `[@${cited.source.id}; quoted in @${cited.quotedIn.id}${where}]`;
  return `[@${cited.source.id}${where}]`;
}

/** `\autocite[99]{key}`, or `\autocites{original}[quoted in][99]{source}` for words read in another source. */
export function latexCitation(cited: { source: Source; quotedIn?: Source }, settings: CitationSettings, locator?: Locator): string {
  const command = settings.latexCommand;
  const post = locator ? `[${locator.value}]` : '';
  if (cited.quotedIn) return `\\${command}s{${cited.source.id}}[quoted in]${post ? post : '[]'}{${cited.quotedIn.id}}`;
  return `\\${command}${post}{${cited.source.id}}`;
}

function locatorText(locator: Locator): string {
  const labels: Record<string, string> = { page: 'p.', paragraph: 'para.', section: 'sec.', folio: 'fol.', line: 'l.', chapter: 'chap.' };
  const label = labels[locator.label];
  return label ? `${label} ${locator.value}` : `${locator.label} ${locator.value}`;
}
