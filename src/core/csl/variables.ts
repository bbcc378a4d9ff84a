/**
 * Reading CSL variables from an item and its cite: standard, number and date variables, the
 * "short" forms (`title-short`, `container-title-short` and their CSL-JSON aliases), and the
 * values a processor supplies (locator, citation-number, first-reference-note-number,
 * year-suffix, page-first).
 */
import { readDate } from './dateValue';
import type { Ctx } from './types';

/** CSL name variables. */
export const NAME_VARIABLES = new Set(['author', 'chair', 'collection-editor', 'compiler', 'composer', 'container-author', 'contributor', 'curator', 'director', 'editor', 'editorial-director', 'editor-translator', 'executive-producer', 'guest', 'host', 'illustrator', 'interviewer', 'narrator', 'organizer', 'original-author', 'performer', 'producer', 'recipient', 'reviewed-author', 'script-writer', 'series-creator', 'translator']);

/** CSL date variables. */
export const DATE_VARIABLES = new Set(['accessed', 'available-date', 'event-date', 'issued', 'original-date', 'submitted']);

const SHORT_ALIASES: Record<string, string[]> = {
  title: ['title-short', 'shortTitle'],
  'container-title': ['container-title-short', 'journalAbbreviation'],
};

function str(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v === '' ? undefined : v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** A variable's text for this cite ('' or undefined when empty); `form` "short" prefers the short variant. */
export function variableText(ctx: Ctx, name: string, form?: string): string | undefined {
  switch (name) {
    case 'locator': return str(typeof ctx.cite?.locator === 'string' ? ctx.cite.locator.trim() : ctx.cite?.locator);
    case 'citation-number': return ctx.citationNumber !== undefined ? String(ctx.citationNumber) : undefined;
    case 'first-reference-note-number': return ctx.firstNote !== undefined && ctx.mode === 'citation' ? String(ctx.firstNote) : undefined;
    case 'year-suffix': return ctx.disamb.yearSuffix;
    case 'page-first': {
      const p = str(ctx.item['page-first']) ?? str(ctx.item.page);
      return p ? /^[^\s,–&-]+/.exec(p)?.[0] : undefined;
    }
    case 'citation-label': return str(ctx.item['citation-label']) ?? trigraph(ctx);
    default: break;
  }
  if (form === 'short') {
    for (const alias of [`${name}-short`, ...(SHORT_ALIASES[name] ?? [])]) {
      const v = str(ctx.item[alias]);
      if (v) return v;
    }
  }
  return str(ctx.item[name]) ?? (ALIASES[name] ? str(ctx.item[ALIASES[name]]) : undefined);
}

const ALIASES: Record<string, string> = { 'title-short': 'shortTitle', 'container-title-short': 'journalAbbreviation' };

/** The default citation label (CSL's trigraph "Aaaa00:AaAa00:AaAA00:AAAA00"): name letters and a two-digit year. */
function trigraph(ctx: Ctx): string | undefined {
  const names = (['author', 'editor', 'translator'].map((v) => ctx.item[v]).find((l) => Array.isArray(l) && l.length > 0) ?? []) as { family?: string; literal?: string }[];
  const fam = names.map((n) => (n.family ?? n.literal ?? '').replace(/\s+/g, ''));
  const widths = fam.length === 1 ? [4] : fam.length === 2 ? [2, 2] : fam.length === 3 ? [2, 1, 1] : [1, 1, 1, 1];
  const letters = widths.map((w, i) => (fam[i] ?? '').slice(0, w)).join('');
  const issued = ctx.item.issued as { 'date-parts'?: unknown[][] } | undefined;
  const year = issued?.['date-parts']?.[0]?.[0];
  const yy = year !== undefined ? String(year).slice(-2) : '';
  const label = letters + yy;
  return label || undefined;
}

/** True when a variable has a value (any kind: text, number, names, date). */
export function hasVariable(ctx: Ctx, name: string): boolean {
  if (NAME_VARIABLES.has(name)) {
    const v = ctx.item[name];
    return Array.isArray(v) && v.length > 0;
  }
  if (DATE_VARIABLES.has(name)) return readDate(ctx.item[name]) !== undefined;
  return variableText(ctx, name) !== undefined;
}
