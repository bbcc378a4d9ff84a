/**
 * Sorting cites and bibliography entries by a style's `<sort>` keys: variables (names in sort
 * order, dates, numbers, text) and macros (rendered in sort mode, with names-min /
 * names-use-first / names-use-last overrides). Empty keys sort last in either direction.
 */
import { compileElement, CompileEnv } from './compile';
import { dateSortKey, readDate } from './dateValue';
import { plain } from './markers';
import { isNumeric } from './numbers';
import type { Ctx, Render } from './types';
import { DATE_VARIABLES, NAME_VARIABLES, variableText } from './variables';
import { XmlNode } from './xml';

/** One compiled sort key: computes a comparable value for a render context. */
export interface SortKey { value(ctx: Ctx): string | number | undefined; descending: boolean; usesCitationNumber?: boolean }

const padNumber = (s: string): string => {
  const m = /\d+/.exec(s);
  return m ? m[0].padStart(10, '0') + s.slice(m.index + m[0].length) : s;
};

/** Compiles a `<sort>` element's keys. */
export function compileSort(node: XmlNode | undefined, env: CompileEnv): SortKey[] {
  if (!node) return [];
  return node.children.filter((k) => k.name === 'key').map((k) => {
    const descending = k.attrs.sort === 'descending';
    const namesMin = k.attrs['names-min'] !== undefined ? Number(k.attrs['names-min']) : undefined;
    const namesUseFirst = k.attrs['names-use-first'] !== undefined ? Number(k.attrs['names-use-first']) : undefined;
    const namesUseLast = k.attrs['names-use-last'] !== undefined ? k.attrs['names-use-last'] === 'true' : undefined;
    const withNames = <T>(ctx: Ctx, f: () => T): T => {
      const saved = [ctx.namesMin, ctx.namesUseFirst, ctx.namesUseLast, ctx.sorting] as const;
      if (namesMin !== undefined) ctx.namesMin = namesMin;
      if (namesUseFirst !== undefined) ctx.namesUseFirst = namesUseFirst;
      if (namesUseLast !== undefined) ctx.namesUseLast = namesUseLast;
      ctx.sorting = true;
      try { return f(); } finally { [ctx.namesMin, ctx.namesUseFirst, ctx.namesUseLast, ctx.sorting] = saved; }
    };
    if (k.attrs.macro) {
      let macro: Render | undefined;
      return { descending, value: (ctx) => withNames(ctx, () => {
        macro ??= env.macro(k.attrs.macro, k);
        const s = plain(macro(ctx)).trim();
        return s === '' ? undefined : padNumber(s.toLowerCase());
      }) };
    }
    const v = k.attrs.variable;
    if (NAME_VARIABLES.has(v)) {
      const names = compileElement({ name: 'names', attrs: { variable: v }, children: [{ name: 'name', attrs: {}, children: [], text: '', line: k.line }], text: '', line: k.line }, env);
      return { descending, value: (ctx) => withNames(ctx, () => { const s = plain(names(ctx)).trim(); return s === '' ? undefined : s.toLowerCase(); }) };
    }
    if (DATE_VARIABLES.has(v)) return { descending, value: (ctx) => { const d = readDate(ctx.item[v]); return d ? dateSortKey(d) : undefined; } };
    return { descending, usesCitationNumber: v === 'citation-number', value: (ctx) => {
      const s = variableText(ctx, v);
      if (s === undefined) return undefined;
      if (isNumeric(s)) { const n = parseInt(/\d+/.exec(s)![0], 10); return n; }
      return plain(s).toLowerCase();
    } };
  });
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

const stripPunct = (s: string): string => s.replace(/[\p{P}\p{S}]/gu, '');

/** Compares two key vectors (empty keys last, then ascending/descending per key). */
export function compareKeys(keys: readonly SortKey[], a: readonly (string | number | undefined)[], b: readonly (string | number | undefined)[]): number {
  for (let i = 0; i < keys.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    let c: number;
    if (typeof x === 'number' && typeof y === 'number') c = x - y;
    else c = collator.compare(stripPunct(String(x)), stripPunct(String(y))) || (String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0);
    if (c !== 0) return keys[i].descending ? -c : c;
  }
  return 0;
}
