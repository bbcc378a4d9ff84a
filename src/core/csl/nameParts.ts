/**
 * One personal or institutional name written in CSL's orders: display order, inverted
 * ("name-as-sort-order"), short (family only), with particles (dropping, non-dropping,
 * demote-non-dropping-particle), suffixes, initials (initialize-with, initialize) and
 * non-Latin names written family-first without a space.
 */
import { clean } from './markers';
import { parseRichText } from './richText';
import type { CslName } from './types';

/** Options that shape one name. */
export interface NameStyle {
  form: string;
  inverted: boolean;
  sortSeparator: string;
  initializeWith?: string;
  initialize: boolean;
  demote: string;
  /** Disambiguation: 1 adds initials (or the given name), 2 the full given name. */
  givenLevel: number;
  /** Decorates the family part (name-part name="family"). */
  family: (s: string) => string;
  /** Decorates the given part (name-part name="given"). */
  given: (s: string) => string;
  sorting: boolean;
}

const ROMANESQUE = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Thai}\s\p{P}\p{N}\p{M}\p{Zs}\u2019'’]*$/u;

/** True when a name part is written in a script with spaces between names (Latin, Greek, Cyrillic …). */
export function isRomanesque(n: CslName): boolean {
  return ROMANESQUE.test(`${n.family ?? ''}${n.given ?? ''}`);
}

/** Reduces given names to initials: "John Robert" → "J. R.", "Jean-Paul" → "J.-P.". */
export function initials(given: string, initializeWith: string, initialize = true, hyphen = true): string {
  const tokens = given.trim().split(/\s+|(?<=\.)(?=\S)/).filter(Boolean);
  const parts: string[] = [];
  for (const tok of tokens) {
    const bare = tok.replace(/\.$/, '');
    const isInitial = /^\p{L}$/u.test(bare) || /^\p{Lu}{1,2}$/u.test(bare) && bare.length === 1;
    if (!initialize && !isInitial) { parts.push(`${tok} `); continue; }
    if (/^\p{Ll}/u.test(bare) && bare.length > 1) { parts.push(`${bare} `); continue; }
    const pieces = bare.split('-').filter(Boolean);
    const dashWith = initializeWith.replace(/\s+$/, '');
    const letters = pieces.map((p) => (p.startsWith('Th') && p.length > 2 ? 'Th' : Array.from(p)[0].toUpperCase()));
    parts.push(hyphen ? letters.join(`${dashWith}-`) + initializeWith : letters.join(dashWith) + initializeWith);
  }
  return parts.join('').trim();
}

/** Writes one name; '' when it has no parts. */
export function formatName(n: CslName, st: NameStyle): string {
  if (n.literal !== undefined || (n.family === undefined && n.given === undefined)) {
    const lit = n.literal ?? '';
    return lit ? st.family(parseRichText(lit)) : '';
  }
  const family = parseRichText(n.family ?? '');
  let given = clean(n.given ?? '');
  const dropping = n['dropping-particle'] ?? '';
  const nonDropping = n['non-dropping-particle'] ?? '';
  const suffix = n.suffix ?? '';
  const romanesque = isRomanesque(n);
  const short = st.form === 'short' && st.givenLevel === 0;
  const useInitials = st.initializeWith !== undefined && !(st.givenLevel >= 2) && !(st.form === 'short' && st.givenLevel === 2);
  if (given && useInitials && romanesque) given = initials(given, st.initializeWith!, st.initialize);
  else if (given && st.form === 'short' && st.givenLevel === 1 && st.initializeWith !== undefined) given = initials(given, st.initializeWith, true);
  if (!romanesque) {
    if (short) return st.family(family);
    return [st.family(family), st.given(given)].filter(Boolean).join('');
  }
  const join = (...xs: string[]): string => xs.filter(Boolean).join(' ');
  const particleSep = (p: string): string => (/[’'\-]$/.test(p) ? p : `${p} `);
  const withParticle = (p: string, f: string): string => (p ? `${particleSep(p)}${f}`.replace(/ $/, '') : f);
  if (short) return st.family(withParticle(nonDropping, family));
  if (!st.inverted) {
    const fam = st.family(withParticle(nonDropping, family));
    const main = join(st.given(given), dropping ? withParticle(dropping, fam) : fam);
    if (!suffix) return main;
    const commaSuffix = n['comma-suffix'] === true || n['comma-suffix'] === 'true';
    return commaSuffix ? `${main}, ${suffix}` : `${main} ${suffix}`;
  }
  const demote = st.demote === 'display-and-sort' || (st.sorting && st.demote === 'sort-only');
  const famPart = demote ? st.family(family) : st.family(withParticle(nonDropping, family));
  const givenPart = st.given(join(given, dropping, demote ? nonDropping : ''));
  const sep = st.sortSeparator;
  let out = famPart;
  if (givenPart) out += sep + givenPart;
  if (suffix) out += sep + suffix;
  return out;
}
