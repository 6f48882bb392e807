import type { IsoDate } from './types.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years a date or a period of the dataset may fall in. Excel's dates
 * start in 1900, and a year before it is a typo (`0024-06-30` for 2024), which
 * would otherwise be shown as 1924 in the workbook and as "30/06/24" in the
 * briefing.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

/** Whether a year is one a dataset may name (FIRST_YEAR to LAST_YEAR). */
export const isPlausibleYear = (year: number): boolean => year >= FIRST_YEAR && year <= LAST_YEAR;

/** Days of each month in a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar (month 1–12); no Date made (every date of a dataset is checked). */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? Number.NaN);
}

/**
 * True for a real calendar day written `YYYY-MM-DD` in a plausible year
 * (2024-02-29 yes; 2023-02-29, 2024-02-30 and 0024-06-30 no).
 */
export function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isPlausibleYear(year)) return false;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Builds `YYYY-MM-DD` from numbers (no validation). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Splits a valid `YYYY-MM-DD` into numbers. */
export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/** The day `days` after (or before, when negative) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}
