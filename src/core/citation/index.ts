/**
 * Annalist's citation engine: Chicago (notes and bibliography, author-date; 17th and 18th
 * editions), MLA 9th and APA 7th, formatted in pure TypeScript without a CSL processor.
 * Output is tested case by case against citeproc-js and the official CSL styles
 * (test/unit/citationConformance.test.ts); deviations are listed in `exceptions.ts`.
 *
 * Functions are written `const f = (function f(…) {…})`: V8 compiles a parenthesized function
 * when the module loads instead of on its first call, so the first citation does not wait for
 * the compiler (ARCHITECTURE.md, "The first citation").
 */
import type { CorpusIndex, Passage, Source } from '../model';
import { apaCitation, apaEntry } from './apa';
import { authorDateCitation, authorDateEntry } from './chicagoAuthorDate';
import { chicagoBibEntry } from './chicagoBibliography';
import { ChicagoEdition, chicagoFullNote, chicagoIbid, chicagoRepeatNote, chicagoShortNote } from './chicagoNotes';
import { Locator, parseLocator } from './locators';
import { Markup, render } from './markup';
import { isPersonalCommunication } from './common';
import { Disambiguation, NO_DISAMBIGUATION, disambiguation, sortKey, usesYearSuffixes, yearSuffixes } from './disambiguation';
import { mlaCitation, mlaEntry } from './mla';
import { invertedInitials, invertedName, invertedNameDemoted } from './names';
import { composeAuthorDate, composeChicagoBib, composeChicagoNote, composeApa, composeMla } from './quotedIn';
import { Rich, isEmpty, punct, textOf } from './rich';
import { CitationOptions, CiteTarget, StyleId } from './types';

export { STYLES, FORMS, styleInfo } from './types';
export type { StyleId, StyleInfo, CitationForm, CitationOptions, CiteTarget } from './types';
export type { Markup } from './markup';
export { MARKUPS } from './markup';
export type { Locator, LocatorLabel } from './locators';
export { parseLocator, LOCATOR_LABELS } from './locators';
export { exportCslJson, toCslItem } from './cslJson';
export type { CslItem } from './cslJson';
export { exportBibtex } from './bibtex';

/** The Chicago edition of a style, for the two Chicago families. */
const chicagoEdition = (function chicagoEdition(style: StyleId): ChicagoEdition {
  return style.endsWith('17th-edition') ? 17 : 18;
});

/** A bibliography or reference-list entry with its final punctuation; empty when the style lists none. */
const entry = (function entry(s: Source, style: StyleId, suffix = ''): Rich {
  if (style !== 'modern-language-association' && isPersonalCommunication(s)) return [];
  switch (style) {
    case 'chicago-notes-bibliography':
    case 'chicago-notes-bibliography-17th-edition':
      return punct(chicagoBibEntry(s, chicagoEdition(style)), '.');
    case 'chicago-author-date':
    case 'chicago-author-date-17th-edition':
      return punct(authorDateEntry(s, chicagoEdition(style), suffix), '.');
    case 'modern-language-association':
      return punct(mlaEntry(s), '.');
    case 'apa':
      return apaEntry(s, suffix);
  }
});

/** An in-text citation (parenthetical or narrative), without quoted-in composition. */
const inText = (function inText(s: Source, style: StyleId, loc: Locator | undefined, narrative: boolean, d: Disambiguation = NO_DISAMBIGUATION): Rich {
  if (style === 'apa') return apaCitation(s, loc, narrative, d.yearSuffix(s), d.nameForms(s));
  if (style === 'modern-language-association') return mlaCitation(s, loc, narrative, d.addsTitle(s), d.nameForms(s));
  return authorDateCitation(s, chicagoEdition(style), loc, narrative, d.yearSuffix(s), d.nameForms(s));
});

/** The options that shape a citation, whatever its markup. */
type RichOptions = Omit<CitationOptions, 'markup'>;

/** The two Chicago notes-and-bibliography styles and their editions. */
const NOTE_STYLES = new Map<string, ChicagoEdition>([['chicago-notes-bibliography', 18], ['chicago-notes-bibliography-17th-edition', 17]]);

/** Formats the rich (markup-independent) form of a citation, with its final punctuation. */
export const formatCitationRich = (function formatCitationRich(target: CiteTarget, options: RichOptions): Rich {
  const noteEdition = NOTE_STYLES.get(options.style);
  if (noteEdition && options.form !== 'bibliography') return chicagoNoteRich(target, options, noteEdition);
  const d = disambiguation(options.style, options.cited);
  if (options.form === 'bibliography') return bibliographyRich(target, options, d);
  return inTextRich(target, options, d);
});

/** A Chicago note: full, short, repeated or "Ibid.", with the original "quoted in" the secondary source. */
const chicagoNoteRich = (function chicagoNoteRich({ source, quotedIn }: CiteTarget, options: RichOptions, ed: ChicagoEdition): Rich {
  const loc = options.locator;
  if (options.repeat && options.ibid) return punct(chicagoIbid(loc), '.');
  if (quotedIn) return punct(composeChicagoNote(chicagoNote(source, ed, options), chicagoNote(quotedIn, ed, options, loc)), '.');
  if (options.repeat) return punct(chicagoRepeatNote(source, ed, loc), '.');
  return punct(chicagoNote(source, ed, options, loc), '.');
});

/** A full note, or a shortened one for short notes and repeated sources. */
const chicagoNote = (function chicagoNote(s: Source, ed: ChicagoEdition, options: RichOptions, loc?: Locator): Rich {
  return options.form !== 'note' || options.repeat ? chicagoShortNote(s, ed, loc) : chicagoFullNote(s, ed, loc);
});

/** A bibliography entry; for words "quoted in" a secondary source, Chicago notes style composes both. */
const bibliographyRich = (function bibliographyRich({ source, quotedIn }: CiteTarget, options: RichOptions, d: Disambiguation): Rich {
  const { style } = options;
  if (!quotedIn) return entry(source, style, d.yearSuffix(source));
  const ed = NOTE_STYLES.get(style);
  if (ed) {
    return punct(composeChicagoBib(chicagoBibEntry(source, ed), chicagoFullNote(quotedIn, ed, options.locator)), '.');
  }
  // Author-date, MLA and APA list the secondary source only.
  return entry(quotedIn, style, d.yearSuffix(quotedIn));
});

/** An in-text citation (parenthetical or narrative); for words "quoted in" a secondary source, both composed. */
const inTextRich = (function inTextRich({ source, quotedIn }: CiteTarget, options: RichOptions, d: Disambiguation): Rich {
  const { style, locator: loc } = options;
  const narrative = options.form === 'narrative';
  if (!quotedIn) return inText(source, style, loc, narrative, d);
  const secondary = inText(quotedIn, style, loc, false, d);
  // MLA's works cited lists the secondary source only, so only it may need its title.
  if (style === 'modern-language-association') return composeMla(secondary, narrative ? inText(source, style, undefined, true) : undefined);
  const original = inText(source, style, undefined, narrative, d);
  return style === 'apa' ? composeApa(original, secondary, narrative) : composeAuthorDate(original, secondary, narrative);
});

/** Formats one citation of a source (optionally "quoted in" a secondary source) in a markup. */
export const formatCitation = (function formatCitation(target: CiteTarget, options: CitationOptions): string {
  return render(formatCitationRich(target, options), options.markup);
});

/**
 * Cites a passage. Quotations and actor quotations whose `original` work is known are cited
 * as the original "quoted in" the passage's source; everything else cites the source itself.
 * The passage's `page` is the locator unless `options.locator` is given.
 */
export const citePassage = (function citePassage(passage: Passage, index: CorpusIndex, options: CitationOptions): string {
  const source = index.sourceById.get(passage.source);
  if (!source) throw new Error(`Passage ${passage.id} cites unknown source ${passage.source}`);
  const original = passage.original ? index.sourceById.get(passage.original) : undefined;
  const locator = options.locator ?? (passage.page ? parseLocatorOrPage(passage.page) : undefined);
  const target: CiteTarget = original && passage.kind !== 'paraphrase' ? { source: original, quotedIn: source } : { source };
  return formatCitation(target, { ...options, locator });
});

/** A passage's printed page as a locator ("12", "pp. 12–14", "para. 3"). */
const parseLocatorOrPage = (function parseLocatorOrPage(page: string): Locator {
  return parseLocator(page) ?? { label: 'page', value: page };
});

/** Styles whose bibliography replaces a repeated author with a 3-em dash (CMOS 17th ed. 14.67; MLA works cited). */
const DASH_STYLES = new Set<StyleId>(['chicago-notes-bibliography-17th-edition', 'chicago-author-date-17th-edition', 'modern-language-association']);

/**
 * The bibliography (reference list, works cited) of a set of sources: one entry per source id
 * and per distinct entry text, sorted as the style sorts (author or title, then year for
 * author-date styles, then title), with 3-em dashes for repeated authors where the style uses them.
 */
export const formatBibliography = (function formatBibliography(sources: readonly Source[], options: { style: StyleId; markup: Markup }): string[] {
  const { style, markup } = options;
  const byId = new Map<string, Source>();
  for (const s of sources) if (!byId.has(s.id)) byId.set(s.id, s);
  const authorDate = usesYearSuffixes(style);
  const suffixes = authorDate ? yearSuffixes([...byId.values()], style) : new Map<string, string>();
  const rows = [...byId.values()]
    .map((s) => ({ s, rich: entry(s, style, suffixes.get(s.id)) }))
    .filter((r) => !isEmpty(r.rich))
    .map((r) => ({ ...r, lead: r.rich[0].text, text: textOf(r.rich) }));
  rows.sort((a, b) => {
    const byAuthor = sortKey(sortAuthor(a.s, style)).localeCompare(sortKey(sortAuthor(b.s, style)), 'en');
    if (byAuthor) return byAuthor;
    if (authorDate) {
      const ya = a.s.issued?.['date-parts']?.[0]?.[0] ?? 0;
      const yb = b.s.issued?.['date-parts']?.[0]?.[0] ?? 0;
      if (ya !== yb) return ya - yb;
    }
    // An untitled entry (a letter) sorts after titled ones, as CSL sorts empty keys last.
    if (!a.s.title !== !b.s.title) return a.s.title ? -1 : 1;
    return sortKey(a.s.title).localeCompare(sortKey(b.s.title), 'en') || sortKey(a.text).localeCompare(sortKey(b.text), 'en');
  });
  const seen = new Set<string>();
  const out: string[] = [];
  let prevAuthor = '';
  for (const r of rows) {
    if (seen.has(r.text)) continue;
    seen.add(r.text);
    let rich = r.rich;
    const author = r.s.author?.length ? authorOf(r.s, r.text) : '';
    if (DASH_STYLES.has(style) && author && author === prevAuthor && rich[0].text.startsWith(author)) {
      rich = [{ ...rich[0], text: '———' + rich[0].text.slice(author.length) }, ...rich.slice(1)];
    }
    prevAuthor = author;
    out.push(render(rich, markup));
  }
  return out;
});

/** What an entry is sorted by first: its names, or the periodical, site or title that leads it. */
const sortAuthor = (function sortAuthor(s: Source, style: StyleId): string {
  const names = s.author?.length ? s.author : s.editor;
  // APA sorts by the names as its reference list prints them: "Kim, S." before "Kim, S. C.".
  if (names?.length) return names.map(style === 'apa' ? invertedInitials : style.startsWith('chicago') ? invertedNameDemoted : invertedName).join(' ');
  if (style.startsWith('chicago')) {
    if (['article-newspaper', 'article-magazine', 'webpage'].includes(s.type) && s['container-title']) {
      return s['container-title'];
    }
  }
  return s.title;
});

/** The entry's leading names as printed (for the repeated-author dash). */
const authorOf = (function authorOf(s: Source, text: string): string {
  if (s.author?.length || s.editor?.length) {
    const end = text.search(/\.\s|\s\(/);
    return end > 0 ? text.slice(0, end) : text;
  }
  return text;
});
