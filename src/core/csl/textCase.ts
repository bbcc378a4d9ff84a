/**
 * CSL `text-case` on marked strings: lowercase, uppercase, capitalize-first, capitalize-all,
 * sentence and title (English only, with the specification's stop words). Text inside
 * `<span class="nocase">` is left alone, and markers never split a word.
 */
import { M, isMarker } from './markers';

/** CSL 1.0.2's English stop words, lowercased in title case except first, last or after a colon. */
export const STOP_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'down', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'onto', 'or', 'over', 'so', 'the', 'till', 'to', 'up', 'via', 'with', 'yet']);

interface Word { idx: number[]; text: string; afterColon: boolean }

const LETTER = /\p{L}/u;
const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string): boolean => c !== c.toUpperCase() && c === c.toLowerCase();

/** Splits into words of unlocked characters (not markers, not inside nocase); `split` also breaks at hyphens, dashes and slashes. */
function words(cs: string[], split = false): { words: Word[]; locked: boolean[] } {
  const locked: boolean[] = new Array(cs.length).fill(false);
  let depth = 0;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    if (c === M.nocaseOn || c === M.nodecorOn) depth++;
    if (isMarker(c) || depth > 0) locked[i] = true;
    if (c === M.nocaseOff || c === M.nodecorOff) depth = Math.max(0, depth - 1);
  }
  const out: Word[] = [];
  let cur: Word | undefined;
  let colon = false;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    if (!locked[i] && (/\s/.test(c) || (split && /[-\u2013\u2014/]/.test(c)))) {
      if (cur) out.push(cur);
      cur = undefined;
      continue;
    }
    if (!cur) { cur = { idx: [], text: '', afterColon: colon }; colon = false; }
    if (isMarker(c)) continue;
    cur.idx.push(i);
    cur.text += locked[i] ? '\u0000' : c;
    if (c === ':' || c === '?' || c === '!' || c === '.') colon = true;
    else if (!locked[i] && !isMarker(c)) colon = false;
  }
  if (cur) out.push(cur);
  return { words: out, locked };
}

function capitalizeWord(cs: string[], locked: boolean[], w: Word): void {
  for (const i of w.idx) {
    if (locked[i]) return;
    if (LETTER.test(cs[i])) { cs[i] = cs[i].toUpperCase(); return; }
  }
}

function mapAll(cs: string[], locked: boolean[], f: (c: string) => string): void {
  for (let i = 0; i < cs.length; i++) if (!locked[i]) cs[i] = f(cs[i]);
}

/** True when the unlocked letters include no lowercase letter (and at least one uppercase). */
function allUpper(cs: string[], locked: boolean[]): boolean {
  let upper = false;
  for (let i = 0; i < cs.length; i++) {
    if (locked[i]) continue;
    if (isLower(cs[i])) return false;
    if (isUpper(cs[i])) upper = true;
  }
  return upper;
}

/** A word without the non-letters around it (linear, for any input). */
function trimToLetters(text: string): string {
  const cs = Array.from(text);
  const keep = (c: string): boolean => c === '\u0000' || LETTER.test(c);
  let a = 0;
  let b = cs.length;
  while (a < b && !keep(cs[a])) a++;
  while (b > a && !keep(cs[b - 1])) b--;
  return cs.slice(a, b).join('');
}

/** Applies a CSL text-case to a marked string; `english` enables title case. */
export function applyTextCase(s: string, textCase: string, english = true, lang?: string): string {
  if (!s) return s;
  const cs = Array.from(s);
  const { words: ws, locked } = words(cs, textCase === 'title');
  const loc = (f: 'toLocaleLowerCase' | 'toLocaleUpperCase') => (c: string): string => {
    try { return lang ? c[f](lang) : c[f](); } catch { return c[f](); }
  };
  switch (textCase) {
    case 'lowercase': mapAll(cs, locked, loc('toLocaleLowerCase')); break;
    case 'uppercase': mapAll(cs, locked, loc('toLocaleUpperCase')); break;
    case 'capitalize-first': if (ws[0]) capitalizeWord(cs, locked, ws[0]); break;
    case 'capitalize-all': for (const w of ws) capitalizeWord(cs, locked, w); break;
    case 'sentence':
      if (allUpper(cs, locked)) mapAll(cs, locked, (c) => c.toLowerCase());
      else {
        for (const w of ws.slice(1)) {
          const letters = w.idx.filter((i) => !locked[i] && LETTER.test(cs[i]));
          if (letters.length > 1 && isUpper(cs[letters[0]]) && letters.slice(1).every((i) => isLower(cs[i]))) cs[letters[0]] = cs[letters[0]].toLowerCase();
        }
      }
      if (ws[0]) capitalizeWord(cs, locked, ws[0]);
      break;
    case 'title': {
      if (!english) break;
      ws.forEach((w, n) => {
        const bare = trimToLetters(w.text);
        const stop = STOP_WORDS.has(bare.toLowerCase()) && n > 0 && n < ws.length - 1 && !w.afterColon;
        if (stop) return;
        const first = w.idx.find((i) => !locked[i] && LETTER.test(cs[i]));
        if (first !== undefined && !/\p{Script=Latin}/u.test(cs[first])) return;
        if (!/\p{Lu}/u.test(w.text)) capitalizeWord(cs, locked, w);
      });
      break;
    }
    default: break;
  }
  return cs.join('');
}

/** True when an item's language allows English title case (none, or "en…"). */
export function isEnglish(language: unknown): boolean {
  if (typeof language !== 'string' || !language.trim()) return true;
  return /^en(?:[-_]|$)/i.test(language.trim());
}
