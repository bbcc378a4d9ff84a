/**
 * The one table of cases where Annalist deliberately differs from what citeproc-js prints
 * with the official CSL style, because the style manual's published rule says otherwise.
 * The conformance test checks every other case for equality with citeproc-js, and checks
 * that each case matched here really differs (so that a stale entry is noticed).
 */
import type { Source } from '../model';
import type { Locator } from './locators';
import type { CitationForm, StyleId } from './types';

/** A case of the conformance matrix. */
export interface ConformanceCase {
  style: StyleId;
  form: CitationForm;
  repeat?: boolean;
  source: Source;
  locator?: Locator;
}

/** One documented deviation. */
export interface StyleException {
  id: string;
  /** What CSL (citeproc-js) prints. */
  csl: string;
  /** What Annalist prints, and the rule. */
  annalist: string;
  /** Where the rule is published. */
  authority: string;
  applies(c: ConformanceCase): boolean;
}

const IN_TEXT: StyleId[] = ['chicago-author-date', 'chicago-author-date-17th-edition', 'modern-language-association', 'apa'];

/** True when a work's citation starts with a title or a periodical instead of a person. */
function titleLed(s: Source): boolean {
  return !s.author?.length && !s.editor?.length;
}

/** The exceptions, kept short: each is a rule the manual states and CSL cannot express. */
export const EXCEPTIONS: readonly StyleException[] = [
  {
    id: 'narrative-title-keeps-styling',
    csl: 'A narrative citation is composed from citeproc\'s "author-only" rendering, which drops the ' +
      'italics or quotation marks of a title (or periodical) standing in for the author: ' +
      'North Korea and the Soviets 1953-1964 (2007).',
    annalist: 'The title keeps the styling it has in the parenthetical citation: ' +
      '*North Korea and the Soviets 1953-1964* (2007).',
    authority: 'APA 7th ed. 8.14 (a title in the in-text citation is italicized or quoted as in the ' +
      'reference); MLA Handbook 9th ed. and CMOS: titles in running text keep their italics or quotation marks.',
    applies: (c) => c.form === 'narrative' && IN_TEXT.includes(c.style) && titleLed(c.source) &&
      !(c.source.type === 'webpage' && c.style.startsWith('chicago') && !!c.source['container-title']),
  },
  {
    id: 'apa-narrative-and',
    csl: 'citeproc\'s "author-only" rendering reuses the parenthetical ampersand: Scalapino & Lee (1972).',
    annalist: 'Narrative citations spell out "and": Scalapino and Lee (1972).',
    authority: 'APA 7th ed. 8.17 ("use an ampersand in parenthetical citations; spell out \'and\' in narrative citations").',
    applies: (c) => c.form === 'narrative' && c.style === 'apa' && (c.source.author ?? c.source.editor ?? []).length === 2,
  },
  {
    id: 'apa-undated-online-without-retrieval-date',
    csl: 'An undated blog post, newspaper article or web page read online, with no access date, gets a bare ' +
      '"Retrieved" before its URL: Person, J. F. (n.d.). The August Plenum Revisited. Sources and Methods. Retrieved https://…',
    annalist: 'The URL alone, as for any dated work: … Sources and Methods. https://…; "Retrieved Month Day, ' +
      'Year, from" is written only when the access date is known.',
    authority: 'APA 7th ed. 9.16 (a retrieval statement is "Retrieved Month Day, Year, from URL", and only for ' +
      'content designed to change).',
    applies: (c) => c.style === 'apa' && c.form === 'bibliography' && !c.source.issued?.['date-parts']?.[0]?.[0] &&
      !c.source.accessed && !!c.source.URL && ['post-weblog', 'article-newspaper', 'webpage'].includes(c.source.type),
  },
];

/** The exception covering a case, if any. */
export function findException(c: ConformanceCase): StyleException | undefined {
  return EXCEPTIONS.find((e) => e.applies(c));
}
