import { styleInfo, type Locator } from '../citation';
import { notePosition, notesBefore } from '../footnotes/notePosition';
import { citationInserts, quotationInserts, type DocumentText } from '../insert/citationInserts';
import type { TextEdit } from '../insert/textInsert';
import type { CorpusIndex, Passage, Source } from '../model';
import type { CitationSettings } from './citationSettings';
import { citedSources } from './citedSources';
import { citationTarget, documentCitation, markupForLanguage } from './documentCitation';
import { escapeText } from './escapeText';

/** What to insert besides the citation, and where its words come from. */
export interface CitationRequest {
  passage: Passage;
  /** The words to quote before the citation; none for a citation alone. */
  quotation?: string;
  locator?: Locator;
  /** Quotations of this many words or more are set as blocks. */
  blockThreshold?: number;
}

/**
 * The edits that cite a passage (and quote it) at `offset`: the note's form follows the
 * notes before it (full, short, repeat), its kind follows the settings and the language.
 */
export function planCitation(
  doc: DocumentText,
  languageId: string,
  offset: number,
  request: CitationRequest,
  index: CorpusIndex,
  settings: CitationSettings,
): TextEdit[] {
  const { passage, quotation, locator, blockThreshold = 100 } = request;
  const target = citationTarget(passage, index);
  const earlier = notesBefore(doc.text, offset, languageId);
  const position = target ? notePosition(target.source.id, earlier, index) : 'first';
  const inText = styleInfo(settings.style)?.class === 'in-text';
  const cited = inText && target ? documentSources(doc.text, index, [target.source, ...(target.quotedIn ? [target.quotedIn] : [])]) : undefined;
  const citation = documentCitation(passage, index, languageId, settings, { locator, position, cited });
  if (quotation === undefined) return citationInserts(doc, offset, citation.text, citation.mode);
  const markup = markupForLanguage(languageId);
  const block = quotation.split(/\s+/).filter(Boolean).length >= blockThreshold;
  return quotationInserts(doc, offset, quotation, citation.text, citation.mode, {
    markup: markup === 'html' ? 'plain' : markup,
    block,
    escape: (t) => escapeText(t, markup),
  });
}

/** The last text whose cited sources were read: a completion list asks once per item. */
let lastRead: { text: string; index: CorpusIndex; sources: readonly Source[] } | undefined;

/** The sources a document cites, and the ones a new citation adds. */
function documentSources(text: string, index: CorpusIndex, adding: readonly Source[]): Source[] {
  if (lastRead?.text !== text || lastRead.index !== index) lastRead = { text, index, sources: citedSources(text, index) };
  const sources = [...lastRead.sources];
  for (const source of adding) if (!sources.includes(source)) sources.push(source);
  return sources;
}

/**
 * The text without a typed trigger at `start`–`end` (such as `@kos`), to plan as if it were
 * not there, and how edits planned for that text become edits of the real one, the insert at
 * `start` replacing the trigger. Made once and used for every completion item.
 */
export function withoutTrigger(doc: DocumentText, start: number, end: number): { without: DocumentText; replace: (edits: TextEdit[]) => TextEdit[] } {
  const removed = end - start;
  const without = { ...doc, text: doc.text.slice(0, start) + doc.text.slice(end) };
  const replace = (edits: TextEdit[]) => {
    let replaced = false;
    return edits.map((edit) => {
      if (!replaced && edit.start === start && edit.end === start) {
        replaced = true;
        return { start, end, text: edit.text };
      }
      const shift = (at: number) => (at > start || (at === start && replaced) ? at + removed : at);
      return { start: shift(edit.start), end: shift(edit.end), text: edit.text };
    });
  };
  return { without, replace };
}
