/**
 * Export of sources as a BibTeX database for biblatex (entry types such as `@online`, the
 * `date` field, `\mkbibquote`), for LaTeX builds and pandoc. Non-ASCII letters are kept as UTF-8 (biber and modern BibTeX read them);
 * BibTeX's special characters are escaped and capitals in titles are protected with braces.
 */
import type { CslDate, CslName, Source } from '../model';
import { bibtexKey, bibtexNamePart, bibtexVerbatim, escapeBibtex } from '../escape/bibtex';
import { dateParts } from './dates';

const ENTRY_TYPES: Record<Source['type'], string> = {
  'article-journal': 'article',
  'post-weblog': 'online',
  book: 'book',
  chapter: 'incollection',
  'article-newspaper': 'article',
  'article-magazine': 'article',
  webpage: 'online',
  manuscript: 'unpublished',
  letter: 'letter',
  interview: 'misc',
  report: 'techreport',
  thesis: 'phdthesis',
};

/**
 * Quotations inside a title become biblatex's `\mkbibquote{…}`, so that biblatex and pandoc
 * print the right (nested, flipped) quotation marks: “‘You Have No Political Line …’: …”.
 */
function latexQuotes(text: string): string {
  return text.replace(/["“]([^"“”]*)["”]/g, '\\mkbibquote{$1}');
}

/** A title with capitalized words braced so that BibTeX styles keep their case. */
function protectCase(title: string): string {
  return latexQuotes(escapeBibtex(title)).replace(/(^|[\s:(—–{-])([A-Z][\p{L}'’.-]*)/gu, (_m, pre: string, word: string) => `${pre}{${word}}`);
}

function names(list: CslName[] | undefined): string | undefined {
  if (!list?.length) return undefined;
  return list
    .map((n) => {
      if (n.literal) return `{${escapeBibtex(n.literal)}}`;
      const family = [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
      const given = [n.given, n['dropping-particle']].filter(Boolean).join(' ');
      return [family, n.suffix, given].filter(Boolean).map((part) => bibtexNamePart(part as string)).join(', ');
    })
    .join(' and ');
}

const SEASON_NAMES = ['spring', 'summer', 'autumn', 'winter'];

/** biblatex `date` (EDTF: "2003-24/2004-21" for seasons, "2007-12-07") and the BibTeX `year`. */
function dates(date: CslDate | undefined): { date?: string; year?: string; month?: string } {
  const dp = dateParts(date);
  if (!dp) return date?.literal ? { year: escapeBibtex(date.literal) } : {};
  const one = (p: readonly number[]) => p.map((x, i) => (i === 0 ? String(x).padStart(4, '0') : String(x).padStart(2, '0'))).join('-');
  const edtf = dp.to ? `${one(dp.from)}/${one(dp.to)}` : one(dp.from);
  const m = dp.from[1];
  const month = m && m >= 21 && m <= 24 ? SEASON_NAMES[m - 21] : m && m <= 12 ? String(m) : undefined;
  return { date: edtf, year: String(dp.from[0]), month };
}

/** An optional field's text, escaped. */
function optional(text: string | undefined): string | undefined {
  return text ? escapeBibtex(text) : undefined;
}

/** One source as a BibTeX entry; every field is escaped, so no corpus text adds a field or an entry. */
export function toBibtex(s: Source): string {
  const d = dates(s.issued);
  const fields: [string, string | undefined][] = [
    ['author', names(s.author)],
    ['editor', names(s.editor)],
    ['translator', names(s.translator)],
    ['title', s.title ? protectCase(s.title) : undefined],
    ['shorttitle', s['title-short'] ? protectCase(s['title-short']) : undefined],
    [s.type === 'chapter' ? 'booktitle' : s.type.startsWith('article') ? 'journal' : 'organization', s['container-title'] ? protectCase(s['container-title']) : undefined],
    ['series', s['collection-title'] ? escapeBibtex(s['collection-title']) : undefined],
    ['volume', optional(s.volume)],
    ['number', optional(s.issue ?? s.number)],
    ['pages', optional(s.page?.replace(/[-–]+/g, '--'))],
    ['edition', optional(s.edition)],
    [s.type === 'thesis' ? 'school' : s.type === 'report' ? 'institution' : 'publisher', s.publisher ? escapeBibtex(s.publisher) : undefined],
    ['address', s['publisher-place'] ? escapeBibtex(s['publisher-place']) : undefined],
    ['type', s.genre ? escapeBibtex(s.genre) : undefined],
    ['howpublished', s.medium ? escapeBibtex(s.medium) : undefined],
    ['note', [s.archive_location, s.archive_collection, s.archive, s['archive-place']].filter(Boolean).map((x) => escapeBibtex(x as string)).join(', ') || undefined],
    ['year', d.year],
    ['month', d.month],
    ['date', d.date],
    ['urldate', dates(s.accessed).date],
    ['doi', s.DOI ? bibtexVerbatim(s.DOI) : undefined],
    ['url', s.URL ? bibtexVerbatim(s.URL) : undefined],
  ];
  const body = fields
    .filter((f): f is [string, string] => !!f[1])
    .map(([k, v]) => `  ${k} = {${v}}`)
    .join(',\n');
  return `@${ENTRY_TYPES[s.type] ?? 'misc'}{${bibtexKey(s.id)},\n${body}\n}\n`;
}

/** The sources as a BibTeX database, one entry per source, in the given order. */
export function exportBibtex(sources: readonly Source[]): string {
  return sources.map(toBibtex).join('\n');
}
