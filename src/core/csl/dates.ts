/**
 * The `date` element: localized dates (the locale's `text`/`numeric` formats, narrowed by
 * `date-parts` and overridden by child `date-part`s) and non-localized ones, ranges with the
 * largest differing part's `range-delimiter`, seasons, BC/AD, literal dates and the year-suffix.
 */
import { compileDecorate, Decorate } from './decorate';
import { DatePoint, DateValue, dateSortKey, readDate } from './dateValue';
import { joinParts, trimEnd } from './markers';
import { formatInteger } from './numbers';
import type { Locale } from './locale';
import type { Ctx, Render } from './types';
import { XmlNode, childrenNamed } from './xml';

type PartName = 'year' | 'month' | 'day';
const LEVEL: Record<PartName, number> = { day: 0, month: 1, year: 2 };

interface Part { name: PartName; attrs: Record<string, string>; decorate: Decorate }

function partText(p: Part, pt: DatePoint, ctx: Ctx): string {
  const form = p.attrs.form;
  const loc = ctx.locale;
  if (p.name === 'year') {
    if (pt.year === undefined) return '';
    const y = pt.year;
    let s = form === 'short' ? String(Math.abs(y) % 100).padStart(2, '0') : String(Math.abs(y));
    if (y < 0) s += loc.text('bc');
    else if (y > 0 && y < 1000) s += loc.text('ad');
    return s;
  }
  if (p.name === 'month') {
    if (pt.month === undefined) {
      if (pt.season === undefined || pt.day !== undefined) return '';
      if (typeof pt.season === 'string' && !/^\d+$/.test(pt.season)) return pt.season;
      if (form === 'numeric' || form === 'numeric-leading-zeros') return '';
      return loc.text(`season-0${Number(pt.season)}`);
    }
    const m = pt.month;
    if (form === 'numeric') return String(m);
    if (form === 'numeric-leading-zeros') return String(m).padStart(2, '0');
    return loc.text(`month-${String(m).padStart(2, '0')}`, form === 'short' ? 'short' : 'long');
  }
  if (pt.day === undefined) return '';
  if (form === 'numeric-leading-zeros') return String(pt.day).padStart(2, '0');
  if (form === 'ordinal') {
    if (pt.day !== 1 && loc.option('limit-day-ordinals-to-day-1')) return String(pt.day);
    return formatInteger(pt.day, 'ordinal', loc, pt.month ? loc.gender(`month-${String(pt.month).padStart(2, '0')}`) : undefined);
  }
  return String(pt.day);
}

function has(p: Part, pt: DatePoint): boolean {
  if (p.name === 'year') return pt.year !== undefined;
  if (p.name === 'month') return pt.month !== undefined || (pt.season !== undefined && pt.day === undefined);
  return pt.day !== undefined && pt.month !== undefined;
}

function renderPart(p: Part, pt: DatePoint, ctx: Ctx, dropPrefix = false, dropSuffix = false): string {
  let s = partText(p, pt, ctx);
  if (!s) return '';
  if (p.name === 'year' && ctx.yearSuffixPending && ctx.disamb.yearSuffix) {
    s += ctx.disamb.yearSuffix;
    ctx.yearSuffixPending = false;
  }
  if (dropPrefix || dropSuffix) {
    const attrs = { ...p.attrs };
    if (dropPrefix) delete attrs.prefix;
    if (dropSuffix) delete attrs.suffix;
    return compileDecorate(attrs)(s, ctx);
  }
  return p.decorate(s, ctx);
}

function renderParts(parts: Part[], d: DateValue, delimiter: string, ctx: Ctx): string {
  const shown = parts.filter((p) => has(p, d.start) || (d.end !== undefined && has(p, d.end)));
  if (!d.end) return joinParts(shown.map((p) => renderPart(p, d.start, ctx)), delimiter);
  const end = d.end;
  if (end.year === undefined) {
    const yearPart = shown.find((p) => p.name === 'year');
    return joinParts(shown.map((p) => renderPart(p, d.start, ctx)), delimiter) + (yearPart?.attrs['range-delimiter'] ?? '–');
  }
  const diff = (['year', 'month', 'day'] as PartName[]).find((n) => {
    if (!shown.some((p) => p.name === n)) return false;
    if (n === 'month') return d.start.month !== end.month || d.start.season !== end.season;
    return d.start[n] !== end[n];
  });
  if (!diff) return joinParts(shown.map((p) => renderPart(p, d.start, ctx)), delimiter);
  const inRange = shown.map((p) => LEVEL[p.name] <= LEVEL[diff]);
  const first = inRange.indexOf(true);
  const last = inRange.lastIndexOf(true);
  const rangeDelim = shown.find((p) => p.name === diff)?.attrs['range-delimiter'] ?? '–';
  const before = shown.slice(0, first).map((p) => renderPart(p, d.start, ctx));
  const seg = shown.slice(first, last + 1);
  const pending = ctx.yearSuffixPending;
  ctx.yearSuffixPending = false;
  const a = joinParts(seg.map((p, i) => renderPart(p, d.start, ctx, false, i === seg.length - 1)), delimiter);
  ctx.yearSuffixPending = pending;
  const b = joinParts(seg.map((p, i) => renderPart(p, end, ctx, i === 0, false)), delimiter);
  const after = shown.slice(last + 1).map((p) => renderPart(p, d.start, ctx));
  const range = a && b ? trimEnd(a, ' ') + rangeDelim + b : a || b;
  return joinParts([...before, range, ...after], delimiter);
}

function makePart(node: XmlNode, inherited?: Record<string, string>): Part {
  const attrs = { ...(inherited ?? {}), ...node.attrs };
  return { name: attrs.name as PartName, attrs, decorate: compileDecorate(attrs) };
}

/** Compiles a `date` element into a render function. */
export function compileDate(node: XmlNode): Render {
  const variable = node.attrs.variable;
  const decorate = compileDecorate(node.attrs);
  const form = node.attrs.form;
  const ownParts = childrenNamed(node, 'date-part');
  const delimiter = node.attrs.delimiter ?? '';
  const fixed = form ? undefined : ownParts.map((p) => makePart(p));
  const wanted = (node.attrs['date-parts'] ?? 'year-month-day').split('-');
  const localized = new WeakMap<Locale, { parts: Part[]; delimiter: string; decorate: Decorate }>();
  const localizedParts = (loc: Locale): { parts: Part[]; delimiter: string; decorate: Decorate } => {
    let cached = localized.get(loc);
    if (!cached) {
      const fmt = loc.dateFormat(form!);
      const parts = (fmt ? childrenNamed(fmt, 'date-part') : [])
        .filter((p) => wanted.includes(p.attrs.name))
        .map((p) => {
          const override = ownParts.find((o) => o.attrs.name === p.attrs.name);
          const attrs = { ...p.attrs, ...(override?.attrs ?? {}) };
          if (override) { attrs.prefix = p.attrs.prefix ?? ''; attrs.suffix = p.attrs.suffix ?? ''; }
          return makePart({ ...p, attrs });
        });
      cached = { parts, delimiter: fmt?.attrs.delimiter ?? '', decorate: compileDecorate({ ...(fmt?.attrs ?? {}), prefix: '', suffix: '' }) };
      localized.set(loc, cached);
    }
    return cached;
  };
  return (ctx) => {
    ctx.called++;
    const d = readDate(ctx.item[variable]);
    if (!d) return '';
    if (ctx.sorting) {
      ctx.found++;
      const names = fixed ? fixed.map((p) => p.name) : wanted;
      const keep = (p: DatePoint): DatePoint => ({ year: names.includes('year') ? p.year : undefined, month: names.includes('month') ? p.month : undefined, day: names.includes('day') ? p.day : undefined });
      return dateSortKey({ start: keep(d.start), end: d.end ? keep(d.end) : undefined, circa: false, literal: d.literal });
    }
    if (d.literal !== undefined && d.start.year === undefined) { ctx.found++; return decorate(d.literal, ctx); }
    let s: string;
    if (fixed) s = renderParts(fixed, d, delimiter, ctx);
    else {
      const l = localizedParts(ctx.locale);
      s = l.decorate(renderParts(l.parts, d, l.delimiter, ctx), ctx);
    }
    if (!s) return '';
    ctx.found++;
    return decorate(s, ctx);
  };
}
