/**
 * The citation engine's public types: styles, forms, options and targets.
 */
import type { Source } from '../model';
import type { Locator } from './locators';
import type { Markup } from './markup';

/** The supported styles, by their official CSL ids. */
export type StyleId =
  | 'chicago-notes-bibliography'
  | 'chicago-notes-bibliography-17th-edition'
  | 'chicago-author-date'
  | 'chicago-author-date-17th-edition'
  | 'modern-language-association'
  | 'apa';

/** A style's id, its label for pickers, and whether it cites in notes or in the text. */
export interface StyleInfo {
  id: StyleId;
  label: string;
  class: 'note' | 'in-text';
}

/** Every supported style, Chicago notes (18th ed.) first: the default. */
export const STYLES: readonly StyleInfo[] = [
  { id: 'chicago-notes-bibliography', label: 'Chicago 18th ed. (notes and bibliography)', class: 'note' },
  { id: 'chicago-notes-bibliography-17th-edition', label: 'Chicago 17th ed. (notes and bibliography)', class: 'note' },
  { id: 'chicago-author-date', label: 'Chicago 18th ed. (author-date)', class: 'in-text' },
  { id: 'chicago-author-date-17th-edition', label: 'Chicago 17th ed. (author-date)', class: 'in-text' },
  { id: 'modern-language-association', label: 'MLA 9th ed.', class: 'in-text' },
  { id: 'apa', label: 'APA 7th ed.', class: 'in-text' },
];

/**
 * What is being formatted:
 * - `note`: a full footnote (note styles; in-text styles give their parenthetical citation);
 * - `short-note`: a shortened note (note styles; in-text styles give their parenthetical citation);
 * - `bibliography`: a bibliography or reference-list entry;
 * - `in-text`: a parenthetical citation (note styles give a short note);
 * - `narrative`: a citation that runs into the sentence, "Szalontai (2003–4, 99)"
 *   (note styles give a short note).
 */
export type CitationForm = 'note' | 'short-note' | 'bibliography' | 'in-text' | 'narrative';

/** All forms, for option parsing. */
export const FORMS: readonly CitationForm[] = ['note', 'short-note', 'bibliography', 'in-text', 'narrative'];

/** Options for one citation. */
export interface CitationOptions {
  style: StyleId;
  form: CitationForm;
  markup: Markup;
  /** A pinpoint in the cited source (for "quoted in": in the source the quotation was read in). */
  locator?: Locator;
  /** Chicago: the note repeats the previous note's source. */
  repeat?: boolean;
  /** Use "Ibid." for a repeat (Chicago option; the 18th ed. default is a short note). */
  ibid?: boolean;
  /**
   * Every source the document cites. Author-date styles use it to tell apart works by the
   * same author in the same year ("Lankov 2002a", "2002b"); without it no letter is added.
   */
  cited?: readonly Source[];
}

/** A source to cite; `quotedIn` is the secondary source the quotation was read in. */
export interface CiteTarget {
  source: Source;
  quotedIn?: Source;
}

/** Finds a style's description; undefined for an unknown id. */
export function styleInfo(id: string): StyleInfo | undefined {
  return STYLES.find((s) => s.id === id);
}
