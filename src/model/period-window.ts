/**
 * A period's window, "trong kỳ" (spec § Periods, added in 0.3): from the day
 * after the previous period's figures day to its own figures day. Nine months
 * start with the year, so their window follows the previous year's figures day.
 */
import { addDays } from './dates.js';
import { figuresDay, parsePeriod, previousPeriod, type Period } from './period.js';
import type { IsoDate } from './types.js';

/** The first day of the period's window. */
export function windowStart(period: Period, cutoffDay?: number): IsoDate {
  const before =
    period.kind === 'nine-months' ? parsePeriod(period.year - 1)! : previousPeriod(period);
  return addDays(figuresDay(before, cutoffDay), 1);
}
