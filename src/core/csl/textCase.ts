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

/** Splits into words of unlocked characters (not markers, not inside nocase). */
function words(cs: string[]): { words: Word[]; locked: boolean[] } {
  const locked: boolean[] = new Array(cs.length).fill(false);
  let depth = 0;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    if (c === M.nocaseOn) depth++;
    if (isMarker(c) || depth > 0) locked[i] = true;
    if (c === M.nocaseOff) depth = Math.max(0, depth - 1);
  }
  const out: Word[] = [];
  let cur: Word | undefined;
  let colon = false;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    if (!locked[i] && /\s/.test(c)) {
      if (cur) out.push(cur);
      cur = undefined;
      continue;
    }
    if (!cur) { cur = { idx: [], text: '', afterColon: colon }; colon = false; }
    if (isMarker(c)) continue;
    cur.idx.push(i);
    cur.text += locked[i] ? '\u0000' : c;
    if (c === ':' || c === '?' || c === '!') colon = true;
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

/** Applies a CSL text-case to a marked string; `english` enables title case. */
export function applyTextCase(s: string, textCase: string, english = true): string {
  if (!s) return s;
  const cs = Array.from(s);
  const { words: ws, locked } = words(cs);
  switch (textCase) {
    case 'lowercase': mapAll(cs, locked, (c) => c.toLowerCase()); break;
    case 'uppercase': mapAll(cs, locked, (c) => c.toUpperCase()); break;
    case 'capitalize-first': if (ws[0]) capitalizeWord(cs, locked, ws[0]); break;
    case 'capitalize-all': for (const w of ws) capitalizeWord(cs, locked, w); break;
    case 'sentence':
      if (allUpper(cs, locked)) mapAll(cs, locked, (c) => c.toLowerCase());
      if (ws[0]) capitalizeWord(cs, locked, ws[0]);
      break;
    case 'title': {
      if (!english) break;
      const upper = allUpper(cs, locked);
      ws.forEach((w, n) => {
        const bare = w.text.replace(/^[^\p{L}\u0000]+|[^\p{L}\u0000]+$/gu, '');
        if (upper) for (const i of w.idx.slice(1)) if (!locked[i]) cs[i] = cs[i].toLowerCase();
        const lowerWord = upper || !/\p{Lu}/u.test(w.text.slice(1));
        const stop = STOP_WORDS.has(bare.toLowerCase()) && n > 0 && n < ws.length - 1 && !w.afterColon;
        if (stop) {
          if (upper) for (const i of w.idx) if (!locked[i]) cs[i] = cs[i].toLowerCase();
          return;
        }
        if (lowerWord && (upper || !/\p{Lu}/u.test(w.text))) capitalizeWord(cs, locked, w);
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
