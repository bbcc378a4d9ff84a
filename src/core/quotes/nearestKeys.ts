/**
 * Suggestions for an unknown citation key: the known keys (passage and source ids) closest
 * by edit distance, at most three, and only those close enough to be a slip of the keyboard.
 * A key is also compared with the beginning of each id (plus one for the rest), since writers
 * shorten ids: "szalontai2003" is two edits from "szalontai-2003-no-political-line".
 */

/** Known keys prepared for repeated look-ups: lowercased, with a cache of answers. */
export interface KeyList {
  keys: readonly string[];
  lower: readonly string[];
  answers: Map<string, string[]>;
}

export function keyList(keys: readonly string[]): KeyList {
  return { keys, lower: keys.map((k) => k.toLowerCase()), answers: new Map() };
}

/** At most `limit` keys nearest to `key`, nearest first (ties in the list's order). */
export function nearestKeys(key: string, keys: readonly string[] | KeyList, limit = 3): string[] {
  const list = Array.isArray(keys) ? keyList(keys) : (keys as KeyList);
  const cached = list.answers.get(key);
  if (cached && limit === 3) return cached;
  const wanted = key.toLowerCase();
  const counts = histogram(wanted);
  // A suggestion may differ in at most about a third of the key's characters.
  const cap = Math.max(2, Math.floor(wanted.length / 3));
  const best: { i: number; d: number }[] = [];
  let worst = cap;
  for (let i = 0; i < list.lower.length; i++) {
    const id = list.lower[i];
    const whole = Math.abs(id.length - wanted.length) <= worst ? lowerBound(counts, wanted.length, id, id.length) : Infinity;
    const prefix = id.length > wanted.length + 1 ? lowerBound(counts, wanted.length, id, wanted.length + 1) + 1 : Infinity;
    if (Math.min(whole, prefix) > worst) continue;
    const d = distanceWithPrefix(wanted, id, worst);
    if (d > worst) continue;
    best.push({ i, d });
    best.sort((a, b) => a.d - b.d || a.i - b.i);
    if (best.length > limit) best.length = limit;
    if (best.length === limit) worst = best[limit - 1].d;
  }
  const out = best.map((b) => list.keys[b.i]);
  if (limit === 3) list.answers.set(key, out);
  return out;
}

const MAX_CODE = 128;

function histogram(s: string): Int16Array {
  const h = new Int16Array(MAX_CODE + 1);
  for (let i = 0; i < s.length; i++) h[Math.min(s.charCodeAt(i), MAX_CODE)]++;
  return h;
}

let taken = new Int32Array(64);

/**
 * A lower bound of the distance between the key (whose character counts are `counts`, left
 * unchanged) and `id.slice(0, head)`: one edit changes the counts by at most two.
 */
function lowerBound(counts: Int16Array, keyLength: number, id: string, head: number): number {
  if (taken.length < head) taken = new Int32Array(head * 2);
  let common = 0;
  for (let i = 0; i < head; i++) {
    const c = Math.min(id.charCodeAt(i), MAX_CODE);
    if (counts[c] > 0) {
      counts[c]--;
      taken[common++] = c;
    }
  }
  for (let k = 0; k < common; k++) counts[taken[k]]++;
  return Math.ceil((keyLength + head - 2 * common) / 2);
}

let row = new Int32Array(64);

/**
 * The smaller of the edit distance to `id` and the edit distance to its first `key.length + 1`
 * characters plus one, or a value above `max` as soon as both must exceed it.
 */
function distanceWithPrefix(key: string, id: string, max: number): number {
  const prefixAt = Math.min(id.length, key.length + 1);
  const full = Math.abs(id.length - key.length) <= max;
  const n = full ? id.length : prefixAt;
  if (row.length <= n) row = new Int32Array(n * 2 + 1);
  for (let j = 0; j <= n; j++) row[j] = j;
  for (let i = 1; i <= key.length; i++) {
    let diag = row[0];
    row[0] = i;
    let rowMin = i;
    const ca = key.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const up = row[j];
      const cost = ca === id.charCodeAt(j - 1) ? diag : Math.min(diag, up, row[j - 1]) + 1;
      row[j] = cost;
      diag = up;
      if (cost < rowMin) rowMin = cost;
    }
    if (rowMin > max) return max + 1;
  }
  const whole = full ? row[n] : max + 1;
  return prefixAt < id.length ? Math.min(whole, row[prefixAt] + 1) : whole;
}
