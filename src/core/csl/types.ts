/**
 * The data the CSL engine reads: CSL-JSON items, names and dates, the cites of a citation, and
 * the per-render context that compiled style functions receive.
 */
import type { Locale } from './locale';

/** A CSL-JSON name. */
export interface CslName {
  family?: string; given?: string; literal?: string; suffix?: string;
  'dropping-particle'?: string; 'non-dropping-particle'?: string;
  'comma-suffix'?: boolean | string; 'static-ordering'?: boolean | string; 'parse-names'?: boolean | string;
  isInstitution?: boolean | string;
}

/** A CSL-JSON date. */
export interface CslDate {
  'date-parts'?: (number | string)[][]; season?: number | string; circa?: boolean | string | number;
  literal?: string; raw?: string;
}

/** A CSL-JSON item: `id`, `type` and any CSL variables. */
export interface CslItem {
  id: string | number;
  type: string;
  [variable: string]: unknown;
}

/** One cite in a citation: the item and what this citation adds to it. */
export interface CiteItem {
  id: string | number;
  locator?: string | number;
  label?: string;
  prefix?: string;
  suffix?: string;
  'suppress-author'?: boolean;
  'author-only'?: boolean;
}

/** A cite's position in the document (CSL `position` condition). */
export type Position = 'first' | 'subsequent' | 'ibid' | 'ibid-with-locator';

/** What disambiguation decided for an item. */
export interface Disambiguation {
  /** Extra names shown beyond et-al-use-first (add-names). */
  addNames: number;
  /** Per-name given-name expansion (0: as the style says, 1: initials, 2: full given name). */
  givenLevel: Map<string, number>;
  /** The year-suffix letter(s), if any. */
  yearSuffix?: string;
  /** True when the `disambiguate` condition holds. */
  condition: boolean;
}

/** The context one rendering of one item receives. */
export interface Ctx {
  item: CslItem;
  cite?: CiteItem;
  position: Position;
  nearNote: boolean;
  firstNote?: number;
  citationNumber?: number;
  locale: Locale;
  mode: 'citation' | 'bibliography';
  /** Rendering a sort key: names in sort order, no affixes or formatting. */
  sorting: boolean;
  disamb: Disambiguation;
  /** Variables called / found non-empty, for group suppression. */
  called: number;
  found: number;
  /** Variables already printed by a substitute (suppressed afterwards). */
  suppressed: Set<string>;
  /** Set while a `<substitute>` is rendering. */
  substituting: boolean;
  /** The first names element rendered (for collapsing and subsequent-author-substitute). */
  firstNames?: string;
  /** The first names element's names alone (no label), to compare authors. */
  firstNamesKey?: string;
  /** Collects the names rendered per name-list for disambiguation (counts of names available). */
  namesInfo?: { count: number; shown: number }[];
  /** Leave out the first names element (suppress-author, collapsed cites). */
  suppressNames?: boolean;
  /** Write this instead of the first names element (subsequent-author-substitute). */
  replaceNames?: string;
  /** True until the year-suffix has been appended to the first rendered year. */
  yearSuffixPending: boolean;
  /** Limit names to this count (`names-use-first` of a sort key). */
  namesMin?: number; namesUseFirst?: number; namesUseLast?: boolean;
}

/** A compiled rendering element: returns a marked string (see `markers.ts`), '' when empty. */
export type Render = (ctx: Ctx) => string;

/** A new, empty disambiguation record. */
export function noDisambiguation(): Disambiguation {
  return { addNames: 0, givenLevel: new Map(), condition: false };
}
