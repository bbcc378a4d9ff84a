/**
 * `choose` conditions: type, variable, is-numeric, is-uncertain-date, locator, position
 * (first, subsequent, ibid, ibid-with-locator, near-note) and disambiguate, combined with
 * `match` all / any / none. Evaluating a condition never counts as calling a variable.
 */
import { readDate } from './dateValue';
import { isNumeric } from './numbers';
import type { Ctx } from './types';
import { hasVariable, variableText } from './variables';
import type { XmlNode } from './xml';

/** A compiled condition. */
export type Condition = (ctx: Ctx) => boolean;

const LOCATOR_ALIASES: Record<string, string> = { 'sub-verbo': 'sub verbo', 'sub verbo': 'sub-verbo' };

function position(ctx: Ctx, want: string): boolean {
  if (ctx.mode === 'bibliography') return false;
  const p = ctx.position;
  switch (want) {
    case 'first': return p === 'first';
    case 'subsequent': return p !== 'first';
    case 'ibid': return p === 'ibid' || p === 'ibid-with-locator';
    case 'ibid-with-locator': return p === 'ibid-with-locator';
    case 'near-note': return p !== 'first' && ctx.nearNote;
    default: return false;
  }
}

/** Compiles the tests of an `if` / `else-if` element; `else` compiles to "true". */
export function compileCondition(node: XmlNode): Condition {
  if (node.name === 'else') return () => true;
  const tests: Condition[] = [];
  const list = (name: string): string[] => (node.attrs[name] ?? '').split(/\s+/).filter(Boolean);
  for (const t of list('type')) tests.push((ctx) => ctx.item.type === t);
  for (const v of list('variable')) tests.push((ctx) => hasVariable(ctx, v));
  for (const v of list('is-numeric')) tests.push((ctx) => { const s = variableText(ctx, v); return s !== undefined && isNumeric(s); });
  for (const v of list('is-uncertain-date')) tests.push((ctx) => readDate(ctx.item[v])?.circa ?? false);
  for (const l of list('locator')) tests.push((ctx) => {
    if (ctx.cite?.locator === undefined || ctx.cite.locator === '') return false;
    const label = ctx.cite.label ?? 'page';
    return label === l || LOCATOR_ALIASES[label] === l;
  });
  for (const p of list('position')) tests.push((ctx) => position(ctx, p));
  if (node.attrs.disambiguate === 'true') tests.push((ctx) => ctx.disamb.condition);
  const match = node.attrs.match ?? 'all';
  if (tests.length === 0) return () => false;
  if (match === 'any') return (ctx) => tests.some((t) => t(ctx));
  if (match === 'none') return (ctx) => !tests.some((t) => t(ctx));
  return (ctx) => tests.every((t) => t(ctx));
}
