/**
 * Locators ("p. 99", "paras. 3–4", "fol. 12r"): parsing what a writer types, and printing a
 * locator with each style's label and an en-dash range.
 */

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
export function parseLocator(text: string): Locator | undefined {
  const t = text.trim();
  if (!t) return undefined;
  if (/^[\divxlcdm]+[rv]?(?:\s*[-–—,&]\s*[\divxlcdm]+[rv]?)*$/i.test(t) && /\d|^[ivxlcdm]+$/i.test(t)) {
    return { label: 'page', value: normalizeValue(t) };
  }
  const m = /^([^\d\s]+)\s*(\S.*)$/.exec(t);
  if (!m) return undefined;
  const hit = ALIASES.find(([re]) => re.test(m[1]));
  if (!hit || !/[\dA-Za-z]/.test(m[2])) return undefined;
  return { label: hit[1], value: normalizeValue(m[2]) };
}

function normalizeValue(v: string): string {
  return v.trim().replace(/\s*[-–—]+\s*/g, '–').replace(/\s*,\s*/g, ', ');
}

/** True if the value names more than one page/paragraph (a range or a list). */
export function isPlural(value: string): boolean {
  return /[-–—,&]/.test(value);
}

/** Ranges with an en dash and no spaces: "12-14" → "12–14". */
export function dashRanges(value: string): string {
  return value.replace(/\s*[-–—]+\s*/g, '–');
}

/** How page ranges are abbreviated. */
export type RangeFormat = 'chicago-16' | 'expanded' | 'minimal-two';

/** Abbreviates the second number of each numeric range according to the style's rule. */
export function formatRange(value: string, format: RangeFormat): string {
  return dashRanges(value).replace(/(\d+)–(\d+)/g, (_m, a: string, b: string) => `${a}–${collapse(a, b, format)}`);
}

function collapse(a: string, b: string, format: RangeFormat): string {
  if (format === 'expanded' || a.length !== b.length || Number(b) < Number(a)) return b;
  if (format === 'minimal-two') {
    let i = 0;
    while (i < a.length - 2 && a[i] === b[i]) i++;
    return b.slice(i);
  }
  // chicago-16 (CMOS 17th ed. 9.64): under 100 and multiples of 100 in full; 101–109 → "101–8";
  // otherwise at least two digits, more when needed.
  const n = Number(a);
  if (n < 100 || n % 100 === 0) return b;
  if (n % 100 < 10) {
    let i = 0;
    while (i < a.length - 1 && a[i] === b[i]) i++;
    return b.slice(i);
  }
  let i = 0;
  while (i < a.length - 2 && a[i] === b[i]) i++;
  return b.slice(i);
}

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
export function locatorLabel(loc: Locator, family: LabelFamily, pageLabel = false): string {
  const plural = isPlural(loc.value) ? 1 : 0;
  switch (family) {
    case 'chicago':
      if (loc.label === 'page') return pageLabel ? SHORT.page[plural] : '';
      if (loc.label === 'line') return LONG.line[plural];
      return SHORT[loc.label][plural];
    case 'mla':
      // MLA: pages, and lines as the CSL style prints them, are bare numbers in a parenthetical citation.
      if (loc.label === 'page' || loc.label === 'line') return '';
      if (loc.label === 'paragraph') return ['par.', 'pars.'][plural];
      if (loc.label === 'chapter') return ['ch.', 'chs.'][plural];
      return SHORT[loc.label][plural];
    case 'apa': {
      if (loc.label === 'page') return SHORT.page[plural];
      if (loc.label === 'paragraph') return SHORT.paragraph[plural];
      const word = LONG[loc.label][plural];
      return word[0].toUpperCase() + word.slice(1);
    }
  }
}

const RANGES: Record<LabelFamily, RangeFormat> = { chicago: 'chicago-16', mla: 'minimal-two', apa: 'expanded' };

/** A locator as the style prints it: "99", "para. 3", "pp. 112–118", "Chapter 4". */
export function locatorText(loc: Locator, family: LabelFamily, pageLabel = false): string {
  const label = locatorLabel(loc, family, pageLabel);
  const value = formatRange(loc.value, RANGES[family]);
  return label ? `${label} ${value}` : value;
}

/** True for locators that point into an archival unit rather than the document (page, folio, column). */
export function isArchivalLocator(loc: Locator): boolean {
  return loc.label === 'page' || loc.label === 'folio' || loc.label === 'column';
}
