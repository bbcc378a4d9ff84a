/**
 * Annalist's citation engine: Chicago (notes and bibliography, author-date; 17th and 18th
 * editions), MLA 9th and APA 7th, formatted in pure TypeScript without a CSL processor.
 * Output is tested case by case against citeproc-js and the official CSL styles
 * (test/unit/citationConformance.test.ts); deviations are listed in `exceptions.ts`.
 */
import type { CorpusIndex, Passage, Source } from '../model';
import { chicagoBibEntry, chicagoFullNote, chicagoIbid, chicagoShortNote, ChicagoEdition } from './chicagoNotes';
import { Locator, parseLocator } from './locators';
import { render } from './markup';
import { composeChicagoBib, composeChicagoNote } from './quotedIn';
import { Rich, punct } from './rich';
import { CitationOptions, CiteTarget, StyleId } from './types';

export { STYLES, FORMS, styleInfo } from './types';
export type { StyleId, StyleInfo, CitationForm, CitationOptions, CiteTarget } from './types';
export type { Markup } from './markup';
export { MARKUPS } from './markup';
export type { Locator, LocatorLabel } from './locators';
export { parseLocator, LOCATOR_LABELS } from './locators';

function chicagoEdition(style: StyleId): ChicagoEdition | undefined {
  if (style === 'chicago-notes-bibliography') return 18;
  if (style === 'chicago-notes-bibliography-17th-edition') return 17;
  return undefined;
}

/** Formats the rich (markup-independent) form of a citation, with its final punctuation. */
export function formatCitationRich(target: CiteTarget, options: Omit<CitationOptions, 'markup'>): Rich {
  const { source, quotedIn } = target;
  const loc = options.locator;
  const ed = chicagoEdition(options.style);
  if (ed) {
    if (options.form === 'bibliography') {
      const own = chicagoBibEntry(source, ed);
      return punct(quotedIn ? composeChicagoBib(own, chicagoFullNote(quotedIn, ed, loc)) : own, '.');
    }
    const short = options.form !== 'note' || options.repeat;
    if (options.repeat && options.ibid) return punct(chicagoIbid(loc), '.');
    const note = (s: Source, l?: typeof loc) => (short ? chicagoShortNote(s, ed, l) : chicagoFullNote(s, ed, l));
    const rich = quotedIn ? composeChicagoNote(note(source), note(quotedIn, loc)) : note(source, loc);
    return punct(rich, '.');
  }
  throw new Error(`Style ${options.style} is not supported yet`);
}

/** Formats one citation of a source (optionally "quoted in" a secondary source) in a markup. */
export function formatCitation(target: CiteTarget, options: CitationOptions): string {
  return render(formatCitationRich(target, options), options.markup);
}

/**
 * Cites a passage. Quotations and actor quotations whose `original` work is known are cited
 * as the original "quoted in" the passage's source; everything else cites the source itself.
 * The passage's `page` is the locator unless `options.locator` is given.
 */
export function citePassage(passage: Passage, index: CorpusIndex, options: CitationOptions): string {
  const source = index.sourceById.get(passage.source);
  if (!source) throw new Error(`Passage ${passage.id} cites unknown source ${passage.source}`);
  const original = passage.original ? index.sourceById.get(passage.original) : undefined;
  const locator = options.locator ?? (passage.page ? parseLocatorOrPage(passage.page) : undefined);
  const target: CiteTarget = original && passage.kind !== 'paraphrase' ? { source: original, quotedIn: source } : { source };
  return formatCitation(target, { ...options, locator });
}

/** A passage's printed page as a locator ("12", "pp. 12–14", "para. 3"). */
function parseLocatorOrPage(page: string): Locator {
  return parseLocator(page) ?? { label: 'page', value: page };
}
