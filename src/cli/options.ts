/**
 * Flags → pipeline options. The pipeline checks every value (a bad one is a
 * UsageError, exit 2); here only the command line's own forms are read:
 * megabytes for the limits.
 */
import type { Limits } from '../dataset/limits.js';
import { DEFAULT_LIMITS } from '../dataset/limits.js';
import type { ReadOptions, ReportOptions } from '../pipeline.js';
import { UsageError } from '../errors/known-errors.js';
import type { GlobalFlags } from './global-flags.js';
import { say } from './messages.js';
import type { RunContext } from './run-context.js';

/** Flags of the commands that read a dataset. */
export interface CommonFlags extends GlobalFlags {
  data?: string;
  strict?: boolean;
  maxFileMb?: string;
  maxDatasetMb?: string;
  /** Accepted and ignored (the worker threads are gone), so CI commands that pass it still run. */
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
  /** --estimate: figures as of the period's last day, counting estimates (0.3). */
  estimate?: boolean;
  /** --plan ID[,ID]: only these plans' tasks. */
  plan?: string;
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

/**
 * --data, --max-file-mb, --max-dataset-mb as the pipeline's read options;
 * --jobs is said on stderr to be ignored (silenced by --quiet, like any note).
 */
export function readOptions(flags: CommonFlags, context: RunContext): ReadOptions {
  if (flags.jobs !== undefined)
    context.terminal.info(say(context.language, 'jobsIgnored', flags.jobs));
  return { data: flags.data ?? 'data', limits: limitsFrom(flags) };
}

/** --period, --period-kind, --as-of, --compare, --date as the pipeline's report options. */
export function reportOptions(flags: ReportFlags): ReportOptions {
  return {
    period: flags.period as string,
    periodKind: flags.periodKind,
    asOf: flags.asOf,
    compare: flags.compare,
    reportDate: flags.date,
    estimate: flags.estimate === true,
    plans: flags.plan,
  };
}
