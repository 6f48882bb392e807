import { daysInMonth, isoDate, isPlausibleYear } from './dates.js';
import type { IsoDate } from './types.js';

/** The kinds of reporting period of the contract (spec § Periods). */
export type PeriodKind = 'year' | 'half' | 'quarter' | 'nine-months' | 'month';

/**
 * A reporting period. `index` is the half (1–2), quarter (1–4) or month (1–12);
 * 1 for a year and for the first nine months.
 */
export interface Period {
  code: string;
  kind: PeriodKind;
  year: number;
  index: number;
}

const PERIOD_CODE = /^(\d{4})(?:-(H[12]|Q[1-4]|9M|0[1-9]|1[0-2]))?$/i;
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/**
 * Parses a period code, case-insensitively (`2024-h1` → `2024-H1`). A year written
 * as a YAML number is accepted as a number. Returns undefined for anything else
 * (`2024-H3`, `2024-Q5`, `2024-13`, `24-H1`).
 */
export function parsePeriod(input: string | number): Period | undefined {
  const text =
    typeof input === 'number' ? (Number.isInteger(input) ? String(input) : '') : input.trim();
  const match = PERIOD_CODE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (!isPlausibleYear(year)) return undefined;
  const suffix = match[2]?.toUpperCase();
  if (suffix === undefined) return { code: String(year), kind: 'year', year, index: 1 };
  if (suffix === '9M') return { code: `${year}-9M`, kind: 'nine-months', year, index: 1 };
  const letter = suffix[0];
  if (letter === 'H')
    return { code: `${year}-${suffix}`, kind: 'half', year, index: Number(suffix[1]) };
  if (letter === 'Q')
    return { code: `${year}-${suffix}`, kind: 'quarter', year, index: Number(suffix[1]) };
  return { code: `${year}-${suffix}`, kind: 'month', year, index: Number(suffix) };
}

function periodOf(kind: PeriodKind, year: number, index: number): Period {
  const code =
    kind === 'year'
      ? String(year)
      : kind === 'nine-months'
        ? `${year}-9M`
        : kind === 'half'
          ? `${year}-H${index}`
          : kind === 'quarter'
            ? `${year}-Q${index}`
            : `${year}-${String(index).padStart(2, '0')}`;
  return { code, kind, year, index };
}

/** First and last month (1–12) a period covers. */
function monthSpan(period: Period): [number, number] {
  switch (period.kind) {
    case 'year':
      return [1, 12];
    case 'nine-months':
      return [1, 9];
    case 'half':
      return period.index === 1 ? [1, 6] : [7, 12];
    case 'quarter':
      return [period.index * 3 - 2, period.index * 3];
    case 'month':
      return [period.index, period.index];
  }
}

export function firstDay(period: Period): IsoDate {
  return isoDate(period.year, monthSpan(period)[0], 1);
}

export function lastDay(period: Period): IsoDate {
  const month = monthSpan(period)[1];
  return isoDate(period.year, month, daysInMonth(period.year, month));
}

/**
 * The day a period's figures are taken: its last day, or with a `cutoff_day`
 * that day of its last month (the 15th–14th reporting window of NĐ 09/2019),
 * capped at the month's length.
 */
export function figuresDay(period: Period, cutoffDay?: number): IsoDate {
  if (cutoffDay === undefined) return lastDay(period);
  const month = monthSpan(period)[1];
  return isoDate(period.year, month, Math.min(cutoffDay, daysInMonth(period.year, month)));
}

/** The period of the same kind just before (2024-H1 → 2023-H2, 2024-9M → 2023-9M). */
export function previousPeriod(period: Period): Period {
  const count =
    period.kind === 'half' ? 2 : period.kind === 'quarter' ? 4 : period.kind === 'month' ? 12 : 1;
  return period.index > 1
    ? periodOf(period.kind, period.year, period.index - 1)
    : periodOf(period.kind, period.year - 1, count);
}

/** The period of the same kind just after. */
export function nextPeriod(period: Period): Period {
  const count =
    period.kind === 'half' ? 2 : period.kind === 'quarter' ? 4 : period.kind === 'month' ? 12 : 1;
  return period.index < count
    ? periodOf(period.kind, period.year, period.index + 1)
    : periodOf(period.kind, period.year + 1, 1);
}

/** The period of a kind that contains a day (for `--period current`). */
export function periodContaining(kind: PeriodKind, day: IsoDate): Period {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  switch (kind) {
    case 'year':
    case 'nine-months':
      return periodOf(kind, year, 1);
    case 'half':
      return periodOf(kind, year, month <= 6 ? 1 : 2);
    case 'quarter':
      return periodOf(kind, year, Math.ceil(month / 3));
    case 'month':
      return periodOf(kind, year, month);
  }
}

/** Vietnamese wording: "6 tháng đầu năm 2024", "quý II năm 2024", "tháng 6 năm 2024", "năm 2024". */
export function periodLabelVi(period: Period): string {
  switch (period.kind) {
    case 'year':
      return `năm ${period.year}`;
    case 'nine-months':
      return `9 tháng đầu năm ${period.year}`;
    case 'half':
      return `6 tháng ${period.index === 1 ? 'đầu' : 'cuối'} năm ${period.year}`;
    case 'quarter':
      return `quý ${ROMAN[period.index - 1]} năm ${period.year}`;
    case 'month':
      return `tháng ${period.index} năm ${period.year}`;
  }
}

/** English wording, for `--lang en` messages: "first half of 2024", "Q2 2024". */
export function periodLabelEn(period: Period): string {
  switch (period.kind) {
    case 'year':
      return String(period.year);
    case 'nine-months':
      return `first nine months of ${period.year}`;
    case 'half':
      return `${period.index === 1 ? 'first' : 'second'} half of ${period.year}`;
    case 'quarter':
      return `Q${period.index} ${period.year}`;
    case 'month':
      return `${period.year}-${String(period.index).padStart(2, '0')}`;
  }
}
