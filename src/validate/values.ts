/** Readings of values a schema cannot check alone: statuses, deadlines, periods. */
import {
  daysInMonth,
  FIRST_YEAR,
  isoDate,
  isPlausibleYear,
  isRealDate,
  LAST_YEAR,
} from '../model/dates.js';
import { lastDay, parsePeriod, type Period } from '../model/period.js';
import type { Deadline, TaskStatus } from '../model/types.js';
import { suggest } from '../model/suggest.js';

/** Status spellings accepted by the contract: the values and their Vietnamese names, any case, NFC or NFD. */
const STATUS_SPELLINGS: Readonly<Record<string, TaskStatus>> = {
  not_started: 'not_started',
  'chưa triển khai': 'not_started',
  in_progress: 'in_progress',
  'đang triển khai': 'in_progress',
  done: 'done',
  'hoàn thành': 'done',
  cancelled: 'cancelled',
  'dừng thực hiện': 'cancelled',
};

/** Folds case, Unicode form and runs of spaces, so "Đang  Triển khai" (NFD) reads as in_progress. */
function fold(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

const STATUS_BY_SPELLING = new Map(Object.entries(STATUS_SPELLINGS));

export function parseStatus(text: string): TaskStatus | undefined {
  // Written exactly as the contract spells it, as nearly every status is: no folding needed.
  return STATUS_BY_SPELLING.get(text) ?? STATUS_BY_SPELLING.get(fold(text));
}

/** The closest accepted spelling of a mistyped status (`in_progres` → `in_progress`), for "did you mean". */
export function suggestStatus(text: string): string | undefined {
  return suggest(fold(text), Object.keys(STATUS_SPELLINGS));
}

/** A period code or a year number → Period; anything else → undefined. */
export function readPeriod(value: unknown): Period | undefined {
  return typeof value === 'string' || typeof value === 'number' ? parsePeriod(value) : undefined;
}

/**
 * A deadline: a real date; a period code or a year number (its last day);
 * `ongoing` or its Vietnamese "thường xuyên" (never due). undefined when invalid.
 */
export function parseDeadline(value: unknown): Deadline | undefined {
  if (value === undefined) return { kind: 'none' };
  if (typeof value === 'string') {
    // A date, as most deadlines are, before any folding of the text.
    const trimmed = value.trim();
    if (isRealDate(trimmed)) return { kind: 'date', date: trimmed };
    const folded = fold(value);
    if (folded === 'ongoing' || folded === 'thường xuyên') return { kind: 'ongoing' };
  }
  const period = readPeriod(value);
  return period ? { kind: 'date', date: lastDay(period), period: period.code } : undefined;
}

/**
 * What is wrong with a date that is not real, for the message: a year outside
 * 1900–2999 (with the year probably meant: 0024 → 2024), a month past 12, or a
 * day past the month's last ("tháng 2 năm 2024 chỉ có 29 ngày").
 * Nothing when the text is not even of the `YYYY-MM-DD` form.
 */
export function dateProblem(text: string): {
  month?: number;
  year?: number;
  days?: number;
  day?: number;
  firstYear?: number;
  lastYear?: number;
  meantYear?: number;
  meant?: string;
} {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  // `10/3/2026` as offices type it (day first): the date it means, written YYYY-MM-DD.
  const typed = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (typed) {
    const meant = isoDate(Number(typed[3]), Number(typed[2]), Number(typed[1]));
    return isRealDate(meant) ? { meant } : {};
  }
  if (!match) return {};
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isPlausibleYear(year)) {
    const meant = year < 100 ? { meantYear: 2000 + year } : {};
    return { year, firstYear: FIRST_YEAR, lastYear: LAST_YEAR, ...meant };
  }
  if (month < 1 || month > 12) return { month };
  const days = daysInMonth(year, month);
  return day < 1 || day > days ? { year, month, days, day } : {};
}
