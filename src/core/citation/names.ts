/**
 * Personal and institutional names as the supported styles print them.
 *
 * Functions are written `const f = (function f(…) {…})`: V8 compiles a parenthesized function
 * when the module loads instead of on its first call, so the first citation does not wait for
 * the compiler (ARCHITECTURE.md, "The first citation").
 */
import type { CslName } from '../model';
import { fullGiven, givenInitials } from './givenNames';

/** The given name in full, its initials written "C. D." (empty when there is none). */
const printedGiven = (function printedGiven(n: CslName): string {
  return n.given ? fullGiven(n.given) : '';
});

/** "Given Family Suffix" (display order). Institutions print their literal name. */
export const displayName = (function displayName(n: CslName): string {
  if (n.literal) return n.literal;
  return [printedGiven(n), n['dropping-particle'], n['non-dropping-particle'], n.family, n.suffix].filter(Boolean).join(' ');
});

/** "Family, Given" (sort order, as in a bibliography's first name). */
export const invertedName = (function invertedName(n: CslName): string {
  if (n.literal) return n.literal;
  const family = [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
  return [family, [printedGiven(n), n['dropping-particle']].filter(Boolean).join(' '), n.suffix].filter(Boolean).join(', ');
});

/**
 * "Family, Given particle": Chicago's inverted order, where a non-dropping particle follows the
 * given name ("Gogh, Vincent van"; CSL `demote-non-dropping-particle`, its default).
 */
export const invertedNameDemoted = (function invertedNameDemoted(n: CslName): string {
  if (n.literal || !n['non-dropping-particle']) return invertedName(n);
  const given = [printedGiven(n), n['dropping-particle'], n['non-dropping-particle']].filter(Boolean).join(' ');
  return [n.family ?? '', given, n.suffix].filter(Boolean).join(', ');
});

/** The family name with its non-dropping particle ("van Gogh"), or the literal name. */
export const familyName = (function familyName(n: CslName): string {
  if (n.literal) return n.literal;
  return [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
});

/** Initials of the given name, "Robert A." → "R. A.", "Chong-Sik" → "C.-S.", "Sang-ho" → "S.". */
export const initials = (function initials(given: string | undefined): string {
  return given ? givenInitials(given) : '';
});

/** How much of a given name an in-text citation prints to tell apart people who share a family name. */
export type NameForm = 'family' | 'initials' | 'full';

/** A name as an in-text citation prints it: "Kim", "A. Kim" (`initials`) or "Andrew Kim" (`full`). */
export const citeName = (function citeName(n: CslName, form: NameForm = 'family'): string {
  if (n.literal || form === 'family' || !n.given) return familyName(n);
  if (form === 'full') return displayName(n);
  return [initials(n.given), n['dropping-particle'], familyName(n), n.suffix].filter(Boolean).join(' ');
});

/** "Family, G. G." (APA reference list). */
export const invertedInitials = (function invertedInitials(n: CslName): string {
  if (n.literal) return n.literal;
  const family = [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
  const given = [initials(n.given), n['dropping-particle']].filter(Boolean).join(' ');
  return [family, given, n.suffix].filter(Boolean).join(', ');
});

/** How a list of names is joined. */
export interface NameListOptions {
  /** The word or symbol before the last name: "and" or "&". */
  and: string;
  /** A comma before the last name: 'always', 'never' or only with three or more ('contextual'). */
  serialComma: 'always' | 'never' | 'contextual';
  /** From this many names on, print only `etAlUseFirst` names and "et al.". */
  etAlMin?: number;
  etAlUseFirst?: number;
  /** APA's long lists: first 19, an ellipsis, the last. */
  etAlUseLast?: boolean;
  /** Put a comma before "et al." also after a single name. */
  commaBeforeEtAl?: boolean;
}

/** Joins already-formatted names ("A and B", "A, B, and C", "A et al."). */
export const joinNames = (function joinNames(names: readonly string[], opts: NameListOptions): string {
  const n = names.length;
  if (n === 0) return '';
  if (opts.etAlMin && n >= opts.etAlMin) return etAl(names, opts);
  if (n === 1) return names[0];
  const comma = opts.serialComma === 'always' || (opts.serialComma === 'contextual' && n > 2);
  return `${names.slice(0, -1).join(', ')}${comma ? ',' : ''} ${opts.and} ${names[n - 1]}`;
});

/** The first names and "et al." (APA's long lists: the first names, an ellipsis and the last). */
const etAl = (function etAl(names: readonly string[], opts: NameListOptions): string {
  const first = names.slice(0, opts.etAlUseFirst ?? 1);
  if (opts.etAlUseLast) return `${first.join(', ')}, … ${names[names.length - 1]}`;
  const sep = first.length > 1 || opts.commaBeforeEtAl ? ', ' : ' ';
  return `${first.join(', ')}${sep}et al.`;
});
