/**
 * Which assessments a report uses (spec § Derived figures, added in 0.2):
 * those for the report period itself; otherwise those for the latest period
 * whose last day falls within it, the longer period on a tie. A year report
 * thus uses H2, a nine-month, Q2 or June report H1; a Q1 report, with
 * half-year assessments only, uses none.
 */
import { firstDay, lastDay, parsePeriod, type Period } from '../model/period.js';

/** Days a period covers, to break a tie between periods that end on one day. */
function length(period: Period): number {
  return Date.parse(lastDay(period)) - Date.parse(firstDay(period));
}

/** The period whose assessments a report for `period` uses, among the periods that have any; null if none applies. */
export function assessmentPeriodFor(period: Period, assessed: Iterable<string>): Period | null {
  const [first, last] = [firstDay(period), lastDay(period)];
  let best: Period | null = null;
  for (const code of assessed) {
    const candidate = parsePeriod(code);
    if (candidate === undefined) continue;
    if (candidate.code === period.code) return candidate;
    const end = lastDay(candidate);
    if (end < first || end > last) continue;
    const bestEnd = best === null ? '' : lastDay(best);
    if (best === null || end > bestEnd || (end === bestEnd && length(candidate) > length(best)))
      best = candidate;
  }
  return best;
}
