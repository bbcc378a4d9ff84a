/**
 * Disambiguation of cites that read the same: add names (disambiguate-add-names), expand given
 * names (disambiguate-add-givenname with each givenname-disambiguation-rule), the
 * `disambiguate` condition, then year-suffix letters in bibliography order.
 */
import { nameKey } from './names';
import type { CslItem, CslName, Disambiguation } from './types';
import { noDisambiguation } from './types';
import { NAME_VARIABLES } from './variables';

/** Renders an item's cite as it reads for ambiguity, under a disambiguation record. */
export type AmbiguityRender = (item: CslItem, d: Disambiguation) => { text: string; names: { count: number; shown: number }[] };

/** The citation options that drive disambiguation. */
export interface DisambiguationOptions {
  addNames: boolean; addGivenname: boolean; yearSuffix: boolean; rule: string;
}

/** Letters for the n-th year suffix: a … z, aa, ab … */
export function yearSuffixLetters(n: number): string {
  let s = '';
  let k = n + 1;
  while (k > 0) { k--; s = String.fromCharCode(97 + (k % 26)) + s; k = Math.floor(k / 26); }
  return s;
}

function groupsOf(items: readonly CslItem[], texts: Map<string, string>): CslItem[][] {
  const by = new Map<string, CslItem[]>();
  for (const it of items) {
    const t = texts.get(String(it.id))!;
    const g = by.get(t);
    if (g) g.push(it); else by.set(t, [it]);
  }
  return [...by.values()].filter((g) => g.length > 1);
}

function allNames(item: CslItem): CslName[] {
  const out: CslName[] = [];
  for (const v of NAME_VARIABLES) { const l = item[v]; if (Array.isArray(l)) out.push(...(l as CslName[])); }
  return out;
}

function firstNames(item: CslItem): CslName[] {
  for (const v of ['author', 'editor', 'translator', 'composer', 'director', 'container-author', 'interviewer']) {
    const l = item[v];
    if (Array.isArray(l) && l.length) return l as CslName[];
  }
  return [];
}

/** Global given-name levels for the all-names / primary-name rules. */
function globalGivenLevels(items: readonly CslItem[], rule: string): Map<string, number> {
  const primary = rule.startsWith('primary-name');
  const initialsOnly = rule.endsWith('with-initials');
  const byFamily = new Map<string, CslName[]>();
  for (const it of items) {
    const names = primary ? firstNames(it).slice(0, 1) : allNames(it);
    for (const n of names) {
      if (!n.family) continue;
      const fk = `${n['non-dropping-particle'] ?? ''} ${n.family}`;
      const l = byFamily.get(fk) ?? [];
      if (!l.some((m) => m.given === n.given)) l.push(n);
      byFamily.set(fk, l);
    }
  }
  const levels = new Map<string, number>();
  for (const list of byFamily.values()) {
    if (list.length < 2) continue;
    for (const n of list) {
      const init = (g: string | undefined): string => (g ?? '').split(/[\s.-]+/).filter(Boolean).map((p) => p[0]).join('');
      const clash = list.some((m) => m !== n && init(m.given) === init(n.given));
      if (clash && initialsOnly) continue;
      levels.set(nameKey(n), clash ? 2 : 1);
    }
  }
  return levels;
}

/** Decides each item's disambiguation; `order` is the bibliography order (for year-suffix letters). */
export function disambiguate(items: readonly CslItem[], order: readonly string[], opts: DisambiguationOptions, render: AmbiguityRender): Map<string, Disambiguation> {
  const result = new Map<string, Disambiguation>();
  const global = opts.addGivenname && opts.rule !== 'by-cite' ? globalGivenLevels(items, opts.rule) : undefined;
  for (const it of items) {
    const d = noDisambiguation();
    if (global) d.givenLevel = new Map(global);
    result.set(String(it.id), d);
  }
  const texts = new Map<string, string>();
  const info = new Map<string, { count: number; shown: number }[]>();
  const rerender = (list: readonly CslItem[]): void => {
    for (const it of list) {
      const r = render(it, result.get(String(it.id))!);
      texts.set(String(it.id), r.text);
      info.set(String(it.id), r.names);
    }
  };
  rerender(items);
  let groups = groupsOf(items, texts);
  if (groups.length === 0) return result;
  const byCiteGiven = opts.addGivenname && (opts.rule === 'by-cite' || !global);
  const expandGiven = (g: CslItem[], distinct: () => number): void => {
    const positions = Math.max(...g.map((it) => firstNames(it).length));
    for (const level of [1, 2]) {
      for (let p = 0; p < positions; p++) {
        const before = distinct();
        if (before === g.length) return;
        const saved = g.map((it) => new Map(result.get(String(it.id))!.givenLevel));
        for (const it of g) {
          const n = firstNames(it)[p];
          const lv = result.get(String(it.id))!.givenLevel;
          if (n && (lv.get(nameKey(n)) ?? 0) < level) lv.set(nameKey(n), level);
        }
        rerender(g);
        if (distinct() <= before) {
          g.forEach((it, i) => { result.get(String(it.id))!.givenLevel = saved[i]; });
          rerender(g);
        }
      }
    }
  };
  if (opts.addNames || byCiteGiven) {
    for (const g of groups) {
      const distinct = (): number => new Set(g.map((it) => texts.get(String(it.id)))).size;
      const maxExtra = opts.addNames ? Math.max(...g.map((it) => Math.max(0, ...(info.get(String(it.id)) ?? []).map((n) => n.count - n.shown)))) : 0;
      const snapshot = (): { addNames: number; givenLevel: Map<string, number> }[] => g.map((it) => {
        const d = result.get(String(it.id))!;
        return { addNames: d.addNames, givenLevel: new Map(d.givenLevel) };
      });
      const restore = (snap: { addNames: number; givenLevel: Map<string, number> }[]): void => {
        g.forEach((it, i) => { const d = result.get(String(it.id))!; d.addNames = snap[i].addNames; d.givenLevel = new Map(snap[i].givenLevel); });
        rerender(g);
      };
      const base = snapshot();
      let best = base;
      let bestDistinct = distinct();
      for (let n = 0; n <= maxExtra && bestDistinct < g.length; n++) {
        restore(base);
        for (const it of g) result.get(String(it.id))!.addNames = n;
        rerender(g);
        if (byCiteGiven) expandGiven(g, distinct);
        const k = distinct();
        if (k > bestDistinct) { best = snapshot(); bestDistinct = k; }
      }
      restore(best);
    }
    groups = groupsOf(items, texts);
  }
  for (const g of groups) for (const it of g) result.get(String(it.id))!.condition = true;
  if (groups.length) { rerender(groups.flat()); groups = groupsOf(items, texts); }
  if (opts.yearSuffix) {
    const rank = new Map(order.map((id, i) => [id, i]));
    for (const g of groups) {
      const sorted = [...g].sort((a, b) => (rank.get(String(a.id)) ?? 0) - (rank.get(String(b.id)) ?? 0));
      sorted.forEach((it, i) => { result.get(String(it.id))!.yearSuffix = yearSuffixLetters(i); });
    }
  }
  return result;
}
