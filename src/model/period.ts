import { addDays, daysInMonth, isoDate, isPlausibleYear } from './dates.js';
import type { IsoDate } from './types.js';

/**
 * The grammar of reporting periods (spec § Periods), written once: each kind's
 * code suffix, how many there are in a year, the months each covers and its
 * wording. `PERIOD_KINDS` is keyed by every `PeriodKind`, so the compiler
 * refuses a kind added to the union without its rules.
 */
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

interface KindRules {
  /** How many periods of the kind a year holds (their `index` runs 1…count). */
  count: number;
  /** The code's suffix after `YYYY-` for an index; '' for the year itself. */
  suffix: (index: number) => string;
  /** First and last month (1–12) covered. */
  months: (index: number) => readonly [number, number];
  vi: (year: number, index: number) => string;
  en: (year: number, index: number) => string;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const pad2 = (value: number) => String(value).padStart(2, '0');

export const PERIOD_KINDS: { readonly [kind in PeriodKind]: KindRules } = {
  year: {
    count: 1,
    suffix: () => '',
    months: () => [1, 12],
    vi: (year) => `năm ${year}`,
    en: (year) => String(year),
  },
  'nine-months': {
    count: 1,
    suffix: () => '9M',
    months: () => [1, 9],
    vi: (year) => `9 tháng đầu năm ${year}`,
    en: (year) => `first nine months of ${year}`,
  },
  half: {
    count: 2,
    suffix: (index) => `H${index}`,
    months: (index) => (index === 1 ? [1, 6] : [7, 12]),
    vi: (year, index) => `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm ${year}`,
    en: (year, index) => `${index === 1 ? 'first' : 'second'} half of ${year}`,
  },
  quarter: {
    count: 4,
    suffix: (index) => `Q${index}`,
    months: (index) => [index * 3 - 2, index * 3],
    vi: (year, index) => `quý ${ROMAN[index - 1]} năm ${year}`,
    en: (year, index) => `Q${index} ${year}`,
  },
  month: {
    count: 12,
    suffix: (index) => pad2(index),
    months: (index) => [index, index],
    vi: (year, index) => `tháng ${index} năm ${year}`,
    en: (year, index) => `${year}-${pad2(index)}`,
  },
};

const KIND_LIST = Object.keys(PERIOD_KINDS) as PeriodKind[];

/** Every suffix a code may carry, upper case, with its kind and index (built from the table). */
const SUFFIXES: ReadonlyMap<string, { kind: PeriodKind; index: number }> = new Map(
  KIND_LIST.flatMap((kind) =>
    Array.from({ length: PERIOD_KINDS[kind].count }, (_, at) => {
      const index = at + 1;
      return [PERIOD_KINDS[kind].suffix(index), { kind, index }] as const;
    }),
  ),
);

const PERIOD_CODE = /^(\d{4})(?:-([0-9A-Za-z]{2}))?$/;

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
  const found = SUFFIXES.get(match[2]?.toUpperCase() ?? '');
  return found === undefined ? undefined : periodOf(found.kind, year, found.index);
}

/** The period of a kind, year and index (the index within 1…count of the kind). */
export function periodOf(kind: PeriodKind, year: number, index: number): Period {
  const suffix = PERIOD_KINDS[kind].suffix(index);
  return { code: suffix === '' ? String(year) : `${year}-${suffix}`, kind, year, index };
}

/** First and last month (1–12) a period covers. */
function monthSpan(period: Period): readonly [number, number] {
  return PERIOD_KINDS[period.kind].months(period.index);
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

/** A span of days, both ends included. */
export interface DayWindow {
  from: IsoDate;
  to: IsoDate;
}

/**
 * The period's window, "trong kỳ" (spec § Periods, added in 0.3): from the day
 * after the figures day of the period of the same kind before it (for nine
 * months, of the year before, since 9M starts with the year) to its own figures
 * day. Without a cutoff day this is the calendar period; with `cutoff_day: 14`
 * Q3 2026 runs 15/6–14/9 and the year 2026 15/12/2025–14/12/2026. Consecutive
 * periods of one kind tile the days.
 */
export function periodWindow(period: Period, cutoffDay?: number): DayWindow {
  const before =
    period.kind === 'nine-months' ? periodOf('year', period.year - 1, 1) : previousPeriod(period);
  return { from: addDays(figuresDay(before, cutoffDay), 1), to: figuresDay(period, cutoffDay) };
}

/** The period of the same kind just before (2024-H1 → 2023-H2, 2024-9M → 2023-9M). */
export function previousPeriod(period: Period): Period {
  return period.index > 1
    ? periodOf(period.kind, period.year, period.index - 1)
    : periodOf(period.kind, period.year - 1, PERIOD_KINDS[period.kind].count);
}

/** The period of the same kind just after. */
export function nextPeriod(period: Period): Period {
  return period.index < PERIOD_KINDS[period.kind].count
    ? periodOf(period.kind, period.year, period.index + 1)
    : periodOf(period.kind, period.year + 1, 1);
}

/** The period of a kind that contains a day (for `--period current`). */
export function periodContaining(kind: PeriodKind, day: IsoDate): Period {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const rules = PERIOD_KINDS[kind];
  for (let index = 1; index <= rules.count; index++) {
    const [first, last] = rules.months(index);
    if (first <= month && month <= last) return periodOf(kind, year, index);
  }
  // Nine months do not reach October to December: the year's nine months are meant.
  return periodOf(kind, year, 1);
}

/** Vietnamese wording: "6 tháng đầu năm 2024", "quý II năm 2024", "tháng 6 năm 2024", "năm 2024". */
export function periodLabelVi(period: Period): string {
  return PERIOD_KINDS[period.kind].vi(period.year, period.index);
}

/** English wording, for `--lang en` messages: "first half of 2024", "Q2 2024". */
export function periodLabelEn(period: Period): string {
  return PERIOD_KINDS[period.kind].en(period.year, period.index);
}
