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

/**
 * Reduces given names to initials the way citeproc-js does: "John Robert" → "J. R.",
 * "Jean-Paul" → "J.-P."; abbreviations written with a period ("Ph.", "Ts.") are kept whole;
 * with `initialize` false only names that are already initials are reformatted.
 */
export function initials(given: string, initializeWith: string, initialize = true, hyphen = true): string {
  const re = /([^\s.]+)(\.)?/g;
  let out = '';
  let m: RegExpExecArray | null;
  const dashWith = initializeWith.replace(/\s+$/, '');
  while ((m = re.exec(given)) !== null) {
    const word = m[1];
    const period = m[2] === '.';
    const pieces = word.split('-').filter(Boolean);
    if (pieces.length > 1) {
      const upper = pieces.filter((p) => !/^\p{Ll}/u.test(p));
      if (!initialize && !upper.every((p) => Array.from(p).length === 1)) { out += `${word} `; continue; }
      out += upper.map((p) => Array.from(p)[0].toUpperCase()).join(hyphen ? `${dashWith}-` : dashWith) + initializeWith;
      continue;
    }
    if (/^\p{Ll}/u.test(word) && !period && Array.from(word).length > 1) out += `${word} `;
    else if (period || Array.from(word).length === 1) out += word + initializeWith;
    else if (initialize) out += (/^\p{Lu}\p{Lu}\p{Ll}/u.test(word) ? word[0] + word[1].toLowerCase() : Array.from(word)[0].toUpperCase()) + initializeWith;
    else out += `${word} `;
  }
  return out.trim();
}

/** Splits particles written inside the family or given name ("van Gogh", "Alexander von"). */
export function parseParticles(n: CslName): CslName {
  if (n['parse-names'] === false || n['parse-names'] === 'false' || n.literal !== undefined) return n;
  const out: CslName = { ...n };
  if (out.family && /^".+"$/.test(out.family)) {
    out.family = out.family.slice(1, -1);
  } else if (out.family && out['non-dropping-particle'] === undefined) {
    const words = out.family.split(' ');
    let k = 0;
    while (k < words.length - 1 && /^\p{Ll}/u.test(words[k])) k++;
    if (k > 0 && /^\p{Lu}/u.test(words[k])) {
      out['non-dropping-particle'] = words.slice(0, k).join(' ').replace(/'/g, '’');
      out.family = words.slice(k).join(' ');
    } else {
      const m = /^(\p{Ll}\p{Ll}?['’])(\p{Lu}.*)$/u.exec(out.family);
      if (m) { out['non-dropping-particle'] = m[1].replace(/'/g, '’'); out.family = m[2]; }
    }
  }
  if (out.given && out['dropping-particle'] === undefined) {
    const words = out.given.trim().split(/\s+/);
    let k = words.length;
    while (k > 1 && /^\p{Ll}[^.]*$/u.test(words[k - 1])) k--;
    if (k < words.length) {
      out['dropping-particle'] = words.slice(k).join(' ').replace(/'/g, '’');
      out.given = words.slice(0, k).join(' ');
    }
  }
  if (out.given && out.suffix === undefined) {
    const m = /^(.*?),\s*(.+)$/.exec(out.given);
    if (m) {
      out.given = m[1];
      out.suffix = m[2].replace(/^!\s*/, '');
      if (m[2].startsWith('!')) out['comma-suffix'] = true;
    }
  }
  return out;
}

/** Writes one name; '' when it has no parts. */
export function formatName(raw: CslName, st: NameStyle): string {
  if (raw.literal !== undefined || (raw.family === undefined && raw.given === undefined)) {
    const lit = raw.literal ?? '';
    return lit ? st.family(parseRichText(lit)) : '';
  }
  if (raw.family === undefined) return st.given(parseRichText(raw.given ?? ''));
  const n = parseParticles(raw);
  const family = parseRichText(n.family ?? '');
  let given = clean(n.given ?? '').replace(/'/g, '’');
  const dropping = (n['dropping-particle'] ?? '').replace(/'/g, '’');
  const nonDropping = (n['non-dropping-particle'] ?? '').replace(/'/g, '’');
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
