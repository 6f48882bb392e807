/**
 * The options of `status` and `remind` (spec § rounds.yaml), checked before
 * anything is read: the round's period, the day D the board is taken on
 * (default today, never after it) and, for the reminder, the new deadline
 * (default D + 3 working days).
 */
import { addDays, dateParts } from '../model/dates.js';
import type { IsoDate } from '../model/types.js';
import type { Period } from '../model/period.js';
import { localToday, resolveDate, resolvePeriod } from './report-request.js';
import { UsageError } from '../errors/known-errors.js';

export interface RoundOptions {
  /** A period code (any case), `current`/`previous`, or a Period. Required. */
  period: string | Period;
  /** For `current`/`previous`: month, quarter, half, nine-months or year; default half. */
  periodKind?: string | undefined;
  /** D, `YYYY-MM-DD`; default today; never after today. */
  asOf?: string | undefined;
  /** Today, `YYYY-MM-DD`; default: the local date. */
  today?: string | undefined;
  /** The reminder's new deadline, `YYYY-MM-DD`; default D + 3 working days. */
  due?: string | undefined;
}

export interface RoundRequest {
  period: Period;
  asOf: IsoDate;
  /** The reminder's new deadline. */
  due: IsoDate;
}

/** The day `count` working days (Monday to Friday) after `day`. */
export function addWorkingDays(day: IsoDate, count: number): IsoDate {
  let current = day;
  for (let left = count; left > 0;) {
    current = addDays(current, 1);
    const { year, month, day: date } = dateParts(current);
    const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return current;
}

/** Checks the options of a round's board or reminder. */
export function resolveRoundOptions(options: RoundOptions): RoundRequest {
  if (options === null || typeof options !== 'object')
    throw new UsageError('badOption', 'options', 'an object');
  const today = resolveDate('today', options.today) ?? localToday();
  if (options.period === undefined) throw new UsageError('missingOption', '--period', '2024-H1');
  const period = resolvePeriod('--period', options.period, options.periodKind, today);
  const asOf = resolveDate('--as-of', options.asOf) ?? today;
  if (asOf > today) throw new UsageError('asOfInFuture', asOf, today);
  const due = resolveDate('--due', options.due) ?? addWorkingDays(asOf, 3);
  if (due <= asOf) throw new UsageError('dueNotAfterAsOf', due, asOf);
  return { period, asOf, due };
}
