/**
 * Flags → pipeline options. The pipeline checks every value (a bad one is a
 * UsageError, exit 2); here only the command line's own forms are read:
 * megabytes for the limits, a number for --jobs.
 */
import type { Limits } from '../dataset/limits.js';
import { DEFAULT_LIMITS } from '../dataset/limits.js';
import type { ReadOptions, ReportOptions } from '../pipeline.js';
import { UsageError } from '../pipeline/usage-error.js';
import type { GlobalFlags } from './global-flags.js';

/** Flags of the commands that read a dataset. */
export interface CommonFlags extends GlobalFlags {
  data?: string;
  strict?: boolean;
  maxFileMb?: string;
  maxDatasetMb?: string;
  jobs?: string;
}

/** Flags that choose what a report covers. */
export interface ReportFlags {
  /** Required: when absent the pipeline says so (`missingOption`), after commander's own checks. */
  period?: string;
  periodKind?: string;
  asOf?: string;
  compare?: string;
  date?: string;
}

function megabytes(option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0)
    throw new UsageError('badNumber', option, value);
  return Math.round(number * 1024 * 1024);
}

/** The size limits given on the command line; the pipeline fills in the rest (resolveLimits). */
function limitsFrom(flags: CommonFlags): Partial<Limits> {
  return {
    maxFileBytes: megabytes('--max-file-mb', flags.maxFileMb, DEFAULT_LIMITS.maxFileBytes),
    maxDatasetBytes: megabytes(
      '--max-dataset-mb',
      flags.maxDatasetMb,
      DEFAULT_LIMITS.maxDatasetBytes,
    ),
  };
}

function jobsFrom(flags: CommonFlags): number | undefined {
  if (flags.jobs === undefined) return undefined;
  const jobs = Number(flags.jobs);
  // A number that is not whole (or not a number) goes on as written, for the pipeline's message.
  return flags.jobs.trim() !== '' && Number.isFinite(jobs) ? jobs : Number.NaN;
}

/** --data, --max-file-mb, --max-dataset-mb, --jobs as the pipeline's read options. */
export function readOptions(flags: CommonFlags): ReadOptions {
  return { data: flags.data ?? 'data', limits: limitsFrom(flags), jobs: jobsFrom(flags) };
}

/** --period, --period-kind, --as-of, --compare, --date as the pipeline's report options. */
export function reportOptions(flags: ReportFlags): ReportOptions {
  return {
    period: flags.period as string,
    periodKind: flags.periodKind,
    asOf: flags.asOf,
    compare: flags.compare,
    reportDate: flags.date,
  };
}
