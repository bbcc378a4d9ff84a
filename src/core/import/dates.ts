import type { CslDate } from '../model';

/**
 * Reads a date as BibLaTeX and Zotero write it (EDTF level 0 and 1, which BibLaTeX's `date`
 * field uses): `1957`, `1957-12`, `1957-12-07`, a season `2003-24`, a range `2003/2004`,
 * approximate `1957~` or uncertain `1960?`, and a time after the day (`2020-05-03T10:00:00`),
 * which is dropped. Anything else is kept as printed, in `literal`.
 */
export function parseDate(text: string): CslDate | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const ends = trimmed.split('/');
  if (ends.length <= 2) {
    const parts = ends.map(parsePoint);
    if (parts.every((p): p is Point => p !== undefined)) {
      const date: CslDate = { 'date-parts': parts.map((p) => p.parts) };
      if (parts.some((p) => p.circa)) date.circa = true;
      return date;
    }
  }
  return { literal: trimmed };
}

interface Point {
  parts: number[];
  circa: boolean;
}

function parsePoint(text: string): Point | undefined {
  const match = /^(-?\d{1,4})(?:-(\d{2})(?:-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?([~?%]?)$/.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, mark] = match;
  const parts = [Number(year)];
  if (month !== undefined) {
    const m = Number(month);
    if (!((m >= 1 && m <= 12) || (m >= 21 && m <= 24))) return undefined;
    parts.push(m);
    if (day !== undefined) {
      const d = Number(day);
      if (d < 1 || d > 31 || m > 12) return undefined;
      parts.push(d);
    }
  }
  return { parts, circa: mark !== '' };
}

/**
 * Cleans a CSL-JSON date as Zotero exports it: years and months may be strings (`"2003"`),
 * `raw` holds an unparsed date, `circa` may be `1`. Returns undefined for a date that says
 * nothing, and names what was wrong in `problem` when nothing usable is left.
 */
export function cleanCslDate(value: unknown): { date?: CslDate; problem?: string } {
  if (typeof value === 'string') return { date: parseDate(value) };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'is not a CSL-JSON date' };
  const raw = value as Record<string, unknown>;
  const date: CslDate = {};
  if (Array.isArray(raw['date-parts'])) {
    const parts = (raw['date-parts'] as unknown[])
      .filter((part): part is unknown[] => Array.isArray(part) && part.length > 0)
      .map((part) => part.slice(0, 3).map((n) => (typeof n === 'string' && /^-?\d+$/.test(n.trim()) ? Number(n) : n)))
      .filter((part) => part.every((n) => typeof n === 'number' && Number.isInteger(n)))
      .slice(0, 2) as number[][];
    if (parts.length > 0) date['date-parts'] = parts;
  }
  if (!date['date-parts'] && typeof raw.raw === 'string') Object.assign(date, parseDate(raw.raw));
  if (typeof raw.literal === 'string' && raw.literal.trim() !== '') date.literal = raw.literal.trim();
  if (raw.circa === true || raw.circa === 1 || raw.circa === 'true' || raw.circa === '1') date.circa = true;
  const season = raw.season;
  if (typeof season === 'number' && Number.isInteger(season) && season >= 1 && season <= 4) date.season = season;
  else if (typeof season === 'string' && /^[1-4]$/.test(season.trim())) date.season = Number(season);
  else if (typeof season === 'string' && season.trim() !== '') date.season = season.trim();
  if (!date['date-parts'] && date.literal === undefined) {
    return Object.keys(date).length === 0 ? { problem: 'holds no usable date; left out' } : { problem: 'has no year; left out' };
  }
  return { date };
}
