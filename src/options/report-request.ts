/**
 * The options that choose what a report covers, checked and turned into
 * typed values before anything is read: a period code or `current`/`previous`,
 * the comparison period, the figures day and the date line. Strings (as the
 * command line gives them) and typed values (as a library caller may) are
 * both accepted; anything else is a UsageError naming the option.
 */
import { isRealDate } from '../model/dates.js';
import {
  firstDay,
  lastDay,
  parsePeriod,
  periodContaining,
  previousPeriod,
  type Period,
  type PeriodKind,
} from '../model/period.js';
import type { IsoDate } from '../model/types.js';
import { shown } from './build-options.js';
import { UsageError } from '../errors/known-errors.js';

export interface ReportOptions {
  /** A period code (`2024-H1`, any case), `current` or `previous`, or a Period. Required. */
  period: string | Period;
  /** For `current`/`previous`: month, quarter, half, nine-months or year; default half. */
  periodKind?: string | undefined;
  /** The figures day D, `YYYY-MM-DD`, inside the period and not after today; default: the period's figures day, or today while the period runs. */
  asOf?: string | undefined;
  /** The period to compare with (code, `current`/`previous` or a Period); default: the previous period of the same kind. */
  compare?: string | Period | undefined;
  /** The date on the date line, `YYYY-MM-DD`; default: none, the date line leaves day and month blank (the model's `reportDate` is then D, for the workbook). */
  reportDate?: string | undefined;
  /** Today, `YYYY-MM-DD`: for `current`/`previous`, and so that no figure is taken after it; default: the local date. */
  today?: string | undefined;
  /**
   * Figures as of the period's last day, counting estimates (`estimate: true`)
   * dated on or before it (spec § tasks, 0.3): "ước thực hiện". Default false.
   */
  estimate?: boolean | undefined;
  /**
   * `--plan ID[,ID]`: the task figures count only the tasks of these plans
   * (an annual report on the year's plan). Default: every task.
   */
  plans?: string | readonly string[] | undefined;
}

/** ReportOptions checked and typed. */
export interface ReportRequest {
  period: Period;
  compare: Period | undefined;
  asOf: IsoDate | undefined;
  reportDate: IsoDate | undefined;
  today: IsoDate;
  estimate: boolean;
  /** Plan ids the task figures are limited to; undefined: every task. */
  plans: string[] | undefined;
}

const PERIOD_KINDS: Readonly<Record<string, PeriodKind>> = {
  month: 'month',
  quarter: 'quarter',
  half: 'half',
  'nine-months': 'nine-months',
  year: 'year',
};

/** Today in the local time zone, `YYYY-MM-DD`. */
export function localToday(): IsoDate {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function isPeriod(value: unknown): value is Period {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as Period).code === 'string' &&
    parsePeriod((value as Period).code)?.kind === (value as Period).kind
  );
}

/** A period code, `current`/`previous` (the period of `kind` containing today, or the one before), or a Period. */
export function resolvePeriod(
  option: string,
  value: unknown,
  kindName: string | undefined,
  today: IsoDate,
): Period {
  if (isPeriod(value)) return parsePeriod(value.code)!;
  if (typeof value !== 'string') throw new UsageError('badOption', option, 'a period code');
  const lowered = value.trim().toLowerCase();
  if (lowered === 'current' || lowered === 'previous') {
    const kind = PERIOD_KINDS[kindName ?? 'half'];
    if (!kind) throw new UsageError('badPeriodKind', kindName ?? '');
    const current = periodContaining(kind, today);
    return lowered === 'current' ? current : previousPeriod(current);
  }
  const period = parsePeriod(value);
  if (!period) throw new UsageError('badPeriod', value);
  return period;
}

/** A `YYYY-MM-DD` option: a real day, or undefined when not given. */
export function resolveDate(option: string, value: unknown): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isRealDate(value))
    throw new UsageError('badDate', option, shown(value));
  return value;
}

/**
 * Checks the report options. The figures day may not lie outside the period
 * nor after today, and a period that has not begun has nothing to report.
 */
export function resolveReportOptions(options: ReportOptions): ReportRequest {
  if (options === null || typeof options !== 'object')
    throw new UsageError('badOption', 'options', 'an object');
  const today = resolveDate('today', options.today) ?? localToday();
  if (options.period === undefined) throw new UsageError('missingOption', '--period', '2024-H1');
  const period = resolvePeriod('--period', options.period, options.periodKind, today);
  const compare =
    options.compare === undefined
      ? undefined
      : resolvePeriod('--compare', options.compare, options.periodKind, today);
  const asOf = resolveDate('--as-of', options.asOf);
  const reportDate = resolveDate('--date', options.reportDate);
  const [first, last] = [firstDay(period), lastDay(period)];
  if (asOf !== undefined && (asOf < first || asOf > last))
    throw new UsageError('asOfOutsidePeriod', asOf, period.code, first, last);
  if (asOf !== undefined && asOf > today) throw new UsageError('asOfInFuture', asOf, today);
  if (asOf === undefined && first > today)
    throw new UsageError('periodInFuture', period.code, first);
  if (options.estimate !== undefined && typeof options.estimate !== 'boolean')
    throw new UsageError('badOption', 'estimate', 'true or false');
  return {
    period,
    compare,
    asOf,
    reportDate,
    today,
    estimate: options.estimate === true,
    plans: resolvePlans(options.plans),
  };
}

/** `--plan a,b` or a list of ids: the ids, each once, in the order given. */
export function resolvePlans(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const items = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(items)) throw new UsageError('badOption', '--plan', 'plan ids');
  const ids = items.map((item) => (typeof item === 'string' ? item.trim() : ''));
  if (ids.length === 0 || ids.some((id) => !/^[A-Za-z0-9._-]{1,64}$/.test(id)))
    throw new UsageError('badOption', '--plan', 'plan ids separated by commas');
  return [...new Set(ids)];
}
