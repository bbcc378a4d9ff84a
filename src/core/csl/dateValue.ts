/**
 * CSL-JSON dates read into parts: `date-parts` (with ranges), seasons (months 13–16 or 21–24,
 * or the `season` field), `circa`, `literal`, and simple `raw` strings ("2000-02-15",
 * "2000/2001"). Also the sort key of a date.
 */
import type { CslDate } from './types';

/** One end of a date. */
export interface DatePoint { year?: number; month?: number; day?: number; season?: number | string }

/** A parsed date: a start, an optional end (range), circa and literal. */
export interface DateValue { start: DatePoint; end?: DatePoint; circa: boolean; literal?: string }

const toInt = (v: unknown): number | undefined => {
  if (typeof v === 'number') return Number.isFinite(v) ? Math.trunc(v) : undefined;
  if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return parseInt(v, 10);
  return undefined;
};

function point(parts: (number | string)[] | undefined): DatePoint | undefined {
  if (!parts || parts.length === 0) return undefined;
  const year = toInt(parts[0]);
  if (year === undefined) return undefined;
  const p: DatePoint = { year };
  const month = toInt(parts[1]);
  if (month !== undefined && month > 0) {
    if (month >= 13 && month <= 16) p.season = month - 12;
    else if (month >= 21 && month <= 24) p.season = month - 20;
    else if (month <= 12) {
      p.month = month;
      const day = toInt(parts[2]);
      if (day !== undefined && day > 0) p.day = day;
    }
  }
  return p;
}

function parseRaw(raw: string): DateValue | undefined {
  const halves = raw.split('/');
  const pts = halves.map((h) => {
    const m = /^\s*(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$/.exec(h);
    return m ? point([m[1], m[2] ?? 0, m[3] ?? 0]) : undefined;
  });
  if (pts.some((p) => !p)) return undefined;
  return { start: pts[0]!, end: pts[1], circa: false };
}

/** Reads a CSL-JSON date; undefined when it has nothing to show. */
export function readDate(v: unknown): DateValue | undefined {
  if (!v || typeof v !== 'object') {
    if (typeof v === 'string' && v.trim()) return parseRaw(v) ?? { start: {}, circa: false, literal: v };
    return undefined;
  }
  const d = v as CslDate;
  const circa = !!d.circa && d.circa !== 'false' && d.circa !== 0;
  if (Array.isArray(d['date-parts']) && d['date-parts'].length > 0 && Array.isArray(d['date-parts'][0])) {
    const start = point(d['date-parts'][0]);
    if (start) {
      const endParts = d['date-parts'][1];
      if (endParts && endParts.length > 0 && toInt(endParts[0]) === 0) return { start, end: {}, circa };
      const endRaw = endParts ? point(endParts) : undefined;
      const end = endRaw && (endRaw.year !== start.year || endRaw.month !== start.month || endRaw.day !== start.day || endRaw.season !== start.season) ? endRaw : undefined;
      if (d.season !== undefined && start.month === undefined) start.season = d.season;
      return { start, end, circa };
    }
  }
  if (d.literal) return { start: {}, circa, literal: d.literal };
  if (d.raw) {
    const r = parseRaw(d.raw);
    if (r) return { ...r, circa };
    return { start: {}, circa, literal: d.raw };
  }
  return undefined;
}

const pad = (n: number | undefined, w: number): string => String(n ?? 0).padStart(w, '0');

/** A sort key: years, months and days zero-padded (negative years sort first), the end after. */
export function dateSortKey(d: DateValue | undefined): string {
  if (!d) return '';
  if (d.literal !== undefined && d.start.year === undefined) return d.literal;
  const one = (p: DatePoint): string => {
    const y = p.year ?? 0;
    const yy = y < 0 ? `0${pad(10000 + y, 5)}` : `1${pad(y, 5)}`;
    return `${yy}${pad(p.month ?? (typeof p.season === 'number' ? 12 + p.season : 0), 2)}${pad(p.day, 2)}`;
  };
  return one(d.start) + (d.end ? one(d.end) : '');
}
