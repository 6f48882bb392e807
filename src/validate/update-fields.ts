/**
 * The fields an update shares wherever it is written: in a task file's
 * `updates` (read-records.ts) or in an updates/ file (read-updates.ts, 0.3).
 * One reader, so both places accept, refuse and keep the same things.
 */
import { isRealDate } from '../model/dates.js';
import { figuresDay } from '../model/period.js';
import type { IsoDate, TaskStatus } from '../model/types.js';
import { number, text, type Collected } from './collected.js';
import { diagnostic } from './pending.js';
import { parseStatus, readPeriod, suggestStatus } from './values.js';
import type { Locator, ValuePath } from './where.js';

export interface UpdateFields {
  /** Its day: `date`, else the figures day of its `period`; undefined when neither reads. */
  date: IsoDate | undefined;
  /** True when written with `date:` (its place), false with `period:`. */
  hasDate: boolean;
  /** Set when written with `period:` instead of `date:`. */
  period?: string;
  /** Undefined when not written, or not a status (reported: see statusInvalid). */
  status?: TaskStatus;
  statusInvalid: boolean;
  progress?: number;
  note?: string;
  estimate?: true;
  evidence?: string;
}

/**
 * Reads an update's shared fields, reporting an unknown status (with a
 * suggestion), a date and a period written together, and neither. A date or a
 * period that is not one is the schema's error: the day is then undefined and
 * nothing follows from it (no follow-on warning). Its `issues` are read by
 * the caller, once it keeps the update, so a refused one reports nothing more.
 */
export function readUpdateFields(
  source: Record<string, unknown>,
  at: ValuePath,
  file: string,
  locate: Locator,
  into: Collected,
  cutoffDay: number | undefined,
): UpdateFields {
  const rawStatus = text(source.status);
  const status = rawStatus === undefined ? undefined : parseStatus(rawStatus);
  const statusInvalid = rawStatus !== undefined && !status;
  if (statusInvalid)
    into.diagnostics.push(
      diagnostic('status-invalid', file, locate([...at, 'status']), {
        value: rawStatus,
        suggestion: suggestStatus(rawStatus),
      }),
    );
  const hasDate = source.date !== undefined;
  const hasPeriod = source.period !== undefined;
  if (hasDate && hasPeriod)
    into.diagnostics.push(diagnostic('update-date-and-period', file, locate([...at, 'period'])));
  if (!hasDate && !hasPeriod)
    into.diagnostics.push(diagnostic('update-date-missing', file, locate(at)));
  const period = hasPeriod ? readPeriod(source.period) : undefined;
  const written = hasDate ? text(source.date) : undefined;
  const date = hasDate
    ? written !== undefined && isRealDate(written)
      ? written
      : undefined
    : period
      ? figuresDay(period, cutoffDay)
      : undefined;
  const fields: UpdateFields = { date, hasDate, statusInvalid };
  if (period && !hasDate) fields.period = period.code;
  if (status) fields.status = status;
  const progress = number(source.progress);
  if (progress !== undefined) fields.progress = progress;
  if (text(source.note)) fields.note = text(source.note)!;
  if (source.estimate === true) fields.estimate = true;
  if (text(source.evidence)) fields.evidence = text(source.evidence)!;
  return fields;
}
