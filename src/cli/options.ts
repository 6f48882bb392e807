/** Flags → typed options. Every bad value is a UsageError (exit 2) with a message in the user's language. */
import path from 'node:path';
import { isRealDate } from '../model/dates.js';
import {
  parsePeriod,
  periodContaining,
  previousPeriod,
  type Period,
  type PeriodKind,
} from '../model/period.js';
import type { IsoDate } from '../model/types.js';
import { REPORT_FORMATS, type ReportFormat, type ReportOptions } from '../pipeline.js';
import { DEFAULT_LIMITS, type Limits } from '../validate/limits.js';
import type { GlobalFlags } from './global-flags.js';
import { UsageError } from './messages.js';

/** Flags of the commands that read a dataset. */
export interface CommonFlags extends GlobalFlags {
  data?: string;
  strict?: boolean;
  maxFileMb?: string;
  maxDatasetMb?: string;
  jobs?: string;
}

const PERIOD_KINDS: Readonly<Record<string, PeriodKind>> = {
  month: 'month',
  quarter: 'quarter',
  half: 'half',
  'nine-months': 'nine-months',
  year: 'year',
};

/** A period code, or `current`/`previous`: the period of `kind` containing today, or the one before it. */
export function parsePeriodOption(
  value: string,
  kindName: string | undefined,
  today: IsoDate,
): Period {
  const lowered = value.trim().toLowerCase();
  if (lowered === 'current' || lowered === 'previous') {
    const kind = PERIOD_KINDS[kindName ?? 'half'];
    if (!kind) throw new UsageError('badKind', kindName ?? '');
    const current = periodContaining(kind, today);
    return lowered === 'current' ? current : previousPeriod(current);
  }
  const period = parsePeriod(value);
  if (!period) throw new UsageError('badPeriod', value);
  return period;
}

export function parseDateOption(option: string, value: string | undefined): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (!isRealDate(value)) throw new UsageError('badDate', option, value);
  return value;
}

export function parseFormats(value: string | readonly string[]): ReportFormat[] {
  const names = (typeof value === 'string' ? value.split(',') : [...value])
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  for (const name of names)
    if (!REPORT_FORMATS.includes(name as ReportFormat)) throw new UsageError('badFormat', name);
  return REPORT_FORMATS.filter((format) => names.includes(format));
}

function megabytes(option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new UsageError('badNumber', option, value);
  return Math.round(number * 1024 * 1024);
}

export function parseLimits(flags: CommonFlags): Limits {
  return {
    ...DEFAULT_LIMITS,
    maxFileBytes: megabytes('--max-file-mb', flags.maxFileMb, DEFAULT_LIMITS.maxFileBytes),
    maxDatasetBytes: megabytes(
      '--max-dataset-mb',
      flags.maxDatasetMb,
      DEFAULT_LIMITS.maxDatasetBytes,
    ),
  };
}

/** --jobs: how many threads read the dataset; undefined lets dx-report choose by size. */
export function parseJobs(flags: CommonFlags): number | undefined {
  if (flags.jobs === undefined) return undefined;
  const jobs = Number(flags.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    throw new UsageError('badNumber', '--jobs', flags.jobs);
  return jobs;
}

export function dataFolder(flags: CommonFlags): string {
  return path.resolve(flags.data ?? 'data');
}

/** Today in the local time zone, `YYYY-MM-DD`: only for `--period current`. */
export function today(): IsoDate {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface ReportFlags {
  period: string;
  periodKind?: string;
  asOf?: string;
  compare?: string;
  date?: string;
}

/** The flags that choose what a report covers: --period, --period-kind, --compare, --as-of, --date. */
export function parseReportOptions(flags: ReportFlags): ReportOptions {
  const now = today();
  return {
    period: parsePeriodOption(flags.period, flags.periodKind, now),
    compare:
      flags.compare === undefined
        ? undefined
        : parsePeriodOption(flags.compare, flags.periodKind, now),
    asOf: parseDateOption('--as-of', flags.asOf),
    reportDate: parseDateOption('--date', flags.date),
  };
}
