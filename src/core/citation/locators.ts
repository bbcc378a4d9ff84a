/**
 * Locators ("p. 99", "paras. 3–4", "fol. 12r"): parsing what a writer types, and printing a
 * locator with each style's label and an en-dash range.
 *
 * Functions are written `const f = (function f(…) {…})`: V8 compiles a parenthesized function
 * when the module loads instead of on its first call, so the first citation does not wait for
 * the compiler (ARCHITECTURE.md, "The first citation").
 */
import { isDigits } from './chars';
import { RangeFormat, formatRange, hasDash } from './pageRanges';

/** The locator labels Annalist understands (CSL locator terms). */
export type LocatorLabel =
  | 'page' | 'paragraph' | 'section' | 'folio' | 'line' | 'chapter' | 'volume' | 'figure' | 'note'
  | 'column' | 'part' | 'book' | 'verse' | 'table' | 'appendix';

/** A pinpoint within a source. `value` may be a range ("12-14") or a list ("3, 5"). */
export interface Locator {
  label: LocatorLabel;
  value: string;
}

/** Short labels (en-US locale), singular and plural. */
const SHORT: Record<LocatorLabel, [string, string]> = {
  page: ['p.', 'pp.'],
  paragraph: ['para.', 'paras.'],
  section: ['sec.', 'secs.'],
  folio: ['fol.', 'fols.'],
  line: ['l.', 'll.'],
  chapter: ['chap.', 'chaps.'],
  volume: ['vol.', 'vols.'],
  figure: ['fig.', 'figs.'],
  note: ['n.', 'nn.'],
  column: ['col.', 'cols.'],
  part: ['pt.', 'pts.'],
  book: ['bk.', 'bks.'],
  verse: ['v.', 'vv.'],
  table: ['tbl.', 'tbls.'],
  appendix: ['app.', 'apps.'],
};

/** Every label, for validation and completion. */
export const LOCATOR_LABELS = Object.keys(SHORT) as LocatorLabel[];

/** What a writer may type before a number, longest first. */
const ALIASES: [RegExp, LocatorLabel][] = [
  [/^(?:pp?\.?|pages?|pgs?\.?)$/i, 'page'],
  [/^(?:paras?\.?|paragraphs?|¶¶?)$/i, 'paragraph'],
  [/^(?:secs?\.?|sections?|§§?)$/i, 'section'],
  [/^(?:fols?\.?|folios?|ff?\.)$/i, 'folio'],
  [/^(?:ll?\.|lines?)$/i, 'line'],
  [/^(?:chaps?\.?|chapters?|ch\.?)$/i, 'chapter'],
  [/^(?:vols?\.?|volumes?)$/i, 'volume'],
  [/^(?:figs?\.?|figures?)$/i, 'figure'],
  [/^(?:nn?\.|notes?)$/i, 'note'],
  [/^(?:cols?\.?|columns?)$/i, 'column'],
  [/^(?:pts?\.?|parts?)$/i, 'part'],
  [/^(?:bks?\.?|books?)$/i, 'book'],
  [/^(?:vv?\.|verses?)$/i, 'verse'],
  [/^(?:tbls?\.?|tables?)$/i, 'table'],
  [/^(?:apps?\.?|appendix|appendices)$/i, 'appendix'],
];

/**
 * Parses a typed locator: "99" and "pp. 12-14" are pages, "para. 3", "fol. 12r", "line 5",
 * "chap. 2", "n. 14". Returns undefined for empty or unreadable text.
 */
export const parseLocator = (function parseLocator(text: string): Locator | undefined {
  const t = text.trim();
  if (!t) return undefined;
  // A plain number ("99") is a page, with nothing to normalize.
  if (isDigits(t)) return { label: 'page', value: t };
  if (/^[\divxlcdm]+[rv]?(?:\s*[-–—,&]\s*[\divxlcdm]+[rv]?)*$/i.test(t) && /\d|^[ivxlcdm]+$/i.test(t)) {
    return { label: 'page', value: normalizeValue(t) };
  }
  const m = /^([^\d\s]+)\s*(\S.*)$/.exec(t);
  if (!m) return undefined;
  const hit = ALIASES.find(([re]) => re.test(m[1]));
  if (!hit || !/[\dA-Za-z]/.test(m[2])) return undefined;
  return { label: hit[1], value: normalizeValue(m[2]) };
});

const normalizeValue = (function normalizeValue(v: string): string {
  return v.trim().replace(/\s*[-–—]+\s*/g, '–').replace(/\s*,\s*/g, ', ');
});

/** True if the value names more than one page/paragraph (a range or a list). */
export const isPlural = (function isPlural(value: string): boolean {
  return hasDash(value) || value.includes(',') || value.includes('&');
});

/** The label conventions of a style family. */
export type LabelFamily = 'chicago' | 'mla' | 'apa';

const LONG: Record<LocatorLabel, [string, string]> = {
  page: ['page', 'pages'], paragraph: ['paragraph', 'paragraphs'], section: ['section', 'sections'],
  folio: ['folio', 'folios'], line: ['line', 'lines'], chapter: ['chapter', 'chapters'],
  volume: ['volume', 'volumes'], figure: ['figure', 'figures'], note: ['note', 'notes'],
  column: ['column', 'columns'], part: ['part', 'parts'], book: ['book', 'books'], verse: ['verse', 'verses'],
  table: ['table', 'tables'], appendix: ['appendix', 'appendices'],
};

/** The style's label for a locator, '' when the number stands alone. */
export const locatorLabel = (function locatorLabel(loc: Locator, family: LabelFamily, pageLabel = false): string {
  switch (family) {
    case 'chicago':
      return chicagoLabel(loc, pageLabel);
    case 'mla':
      return mlaLabel(loc);
    case 'apa':
      return apaLabel(loc);
  }
});

/** Chicago: pages are bare numbers (labelled only where `pageLabel` asks), lines spelled out. */
const chicagoLabel = (function chicagoLabel(loc: Locator, pageLabel: boolean): string {
  if (loc.label === 'page' && !pageLabel) return '';
  const plural = isPlural(loc.value) ? 1 : 0;
  if (loc.label === 'page') return SHORT.page[plural];
  if (loc.label === 'line') return LONG.line[plural];
  return SHORT[loc.label][plural];
});

/** MLA: pages, and lines as the CSL style prints them, are bare numbers in a parenthetical citation. */
const mlaLabel = (function mlaLabel(loc: Locator): string {
  if (loc.label === 'page' || loc.label === 'line') return '';
  const plural = isPlural(loc.value) ? 1 : 0;
  if (loc.label === 'paragraph') return ['par.', 'pars.'][plural];
  if (loc.label === 'chapter') return ['ch.', 'chs.'][plural];
  return SHORT[loc.label][plural];
});

/** APA: "p."/"pp." and "para."/"paras.", other labels spelled out and capitalized ("Chapter 4"). */
const apaLabel = (function apaLabel(loc: Locator): string {
  const plural = isPlural(loc.value) ? 1 : 0;
  if (loc.label === 'page') return SHORT.page[plural];
  if (loc.label === 'paragraph') return SHORT.paragraph[plural];
  const word = LONG[loc.label][plural];
  return word[0].toUpperCase() + word.slice(1);
});

const RANGES: Record<LabelFamily, RangeFormat> = { chicago: 'chicago-16', mla: 'minimal-two', apa: 'expanded' };

/** A locator as the style prints it: "99", "para. 3", "pp. 112–118", "Chapter 4". */
export const locatorText = (function locatorText(loc: Locator, family: LabelFamily, pageLabel = false): string {
  const label = locatorLabel(loc, family, pageLabel);
  const value = formatRange(loc.value, RANGES[family]);
  return label ? `${label} ${value}` : value;
});

/** True for locators that point into an archival unit rather than the document (page, folio, column). */
export const isArchivalLocator = (function isArchivalLocator(loc: Locator): boolean {
  return loc.label === 'page' || loc.label === 'folio' || loc.label === 'column';
});
