/**
 * Dates as the styles print them: full ("December 7, 2007"), month and year, year only,
 * seasons ("Winter 2003") and ranges joined by an en dash ("Winter 2003–Spring 2004").
 *
 * Functions are written `const f = (function f(…) {…})`: V8 compiles a parenthesized function
 * when the module loads instead of on its first call, so the first citation does not wait for
 * the compiler (ARCHITECTURE.md, "The first citation").
 */
import type { CslDate } from '../model';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const MONTHS_SHORT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const SEASONS = ['Spring', 'Summer', 'Autumn', 'Winter'];

/** One date's parts: year, month (1–12, or 21–24 for a season), day. */
export type DateParts = readonly number[];

/** The date's first and, for a range, second part; undefined when the date has no year. */
export const dateParts = (function dateParts(date: CslDate | undefined): { from: DateParts; to?: DateParts } | undefined {
  const parts = date?.['date-parts'];
  if (!parts || !parts[0] || !parts[0][0]) return undefined;
  // A season given apart (CSL-JSON `season`) stands where the month would: [2011] + Spring → [2011, 21].
  const season = parts[0].length === 1 ? seasonNumber(date?.season) : 0;
  const from = season ? [parts[0][0], 20 + season] : parts[0];
  const to = parts[1] && parts[1][0] ? parts[1] : undefined;
  return to ? { from, to } : { from };
});

/** A CSL-JSON `season` as 1–4 (spring to winter), from a number or a season's name; 0 for none. */
const seasonNumber = (function seasonNumber(season: number | string | undefined): number {
  if (season === undefined || season === '') return 0;
  const n = typeof season === 'number' ? season : Number(season) || SEASONS.findIndex((name) => name.toLowerCase() === season.toLowerCase()) + 1;
  return n >= 1 && n <= 4 ? n : 0;
});

/** The date without its days ("March 2011" for March 4, 2011), as the styles date a journal issue. */
export const withoutDays = (function withoutDays(date: CslDate | undefined): CslDate | undefined {
  const parts = date?.['date-parts'];
  if (!parts || !parts.some((p) => p.length > 2)) return date;
  return { ...date, 'date-parts': parts.map((p) => p.slice(0, 2)) };
});

/** The first year of a date, or undefined. */
export const yearOf = (function yearOf(date: CslDate | undefined): number | undefined {
  return dateParts(date)?.from[0];
});

/** Month or season name for the middle part; '' when absent. */
const monthName = (function monthName(m: number | undefined, short: boolean): string {
  if (!m) return '';
  if (m >= 21 && m <= 24) return SEASONS[m - 21];
  if (m >= 13 && m <= 16) return SEASONS[m - 13];
  if (m >= 1 && m <= 12) return short ? MONTHS_SHORT[m - 1] : MONTHS[m - 1];
  return '';
});

/** True if the month part is a season. */
export const isSeason = (function isSeason(m: number | undefined): boolean {
  return !!m && ((m >= 21 && m <= 24) || (m >= 13 && m <= 16));
});

/** How a date is written. */
export type DateOrder = 'mdy' | 'dmy' | 'ymd';

/** "December 7, 2007", "March 1992", "Winter 2003", "2002" (order `mdy`); `dmy`: "7 Dec. 2007". */
export const formatOne = (function formatOne(p: DateParts, order: DateOrder = 'mdy', shortMonths = false): string {
  const [y, m, d] = p;
  const month = monthName(m, shortMonths);
  const day = month && !isSeason(m) && d ? String(d) : '';
  if (order === 'dmy') return [day, month, String(y)].filter(Boolean).join(' ');
  if (order === 'ymd') return [String(y), [month, day].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  if (month && day) return `${month} ${day}, ${y}`;
  return [month, String(y)].filter(Boolean).join(' ');
});

/**
 * A full date or range. Ranges within one year keep one year ("March–April 1992"),
 * across years repeat everything ("Winter 2003–Spring 2004").
 */
export const formatDate = (function formatDate(date: CslDate | undefined, order: DateOrder = 'mdy', shortMonths = false): string {
  if (date?.literal) return date.literal;
  const dp = dateParts(date);
  if (!dp) return '';
  if (!dp.to) return formatOne(dp.from, order, shortMonths);
  const [y1, m1] = dp.from;
  const [y2, m2] = dp.to;
  if (y1 === y2 && m1 && m2 && order === 'mdy' && !dp.from[2] && !dp.to[2]) {
    return `${monthName(m1, shortMonths)}–${monthName(m2, shortMonths)} ${y1}`;
  }
  return `${formatOne(dp.from, order, shortMonths)}–${formatOne(dp.to, order, shortMonths)}`;
});

/** The year, or a year range "2003–2004" (`collapse`: "2003–4"). */
export const formatYear = (function formatYear(date: CslDate | undefined): string {
  const dp = dateParts(date);
  if (!dp) return '';
  if (dp.to && dp.to[0] !== dp.from[0]) return `${dp.from[0]}–${dp.to[0]}`;
  return String(dp.from[0]);
});

/**
 * The date without its year, for author-date reference lists where the year follows the
 * author: "December 7", "March", "Winter–Spring"; '' for a bare year.
 */
export const formatDateNoYear = (function formatDateNoYear(date: CslDate | undefined): string {
  const dp = dateParts(date);
  if (!dp) return '';
  const one = (p: DateParts) => {
    const month = monthName(p[1], false);
    return month && !isSeason(p[1]) && p[2] ? `${month} ${p[2]}` : month;
  };
  const a = one(dp.from);
  const b = dp.to ? one(dp.to) : '';
  return a && b ? `${a}–${b}` : a;
});
