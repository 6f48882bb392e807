/**
 * Reader of updates/**\/*.yaml (spec § updates, added in 0.3): one agency's
 * task progress for one period. Entries are kept with their places; the rules
 * that need the tasks (update-rules.ts) run once every file is read.
 */
import { figuresDay, lastDay } from '../model/period.js';
import type { IsoDate, ReportedText, TaskStatus } from '../model/types.js';
import { list, record, reportedTexts, text, type Collected } from './collected.js';
import { readPeriod } from './values.js';
import { readUpdateFields } from './update-fields.js';
import type { Locator, Place, ValuePath, Where } from './where.js';

/** One entry of an updates/ file, as read. */
export interface UpdateEntryRead {
  task: string;
  date: IsoDate;
  /** Set when written with `period:` instead of `date:`. */
  period?: string;
  status?: TaskStatus;
  progress?: number;
  note?: string;
  issues: ReportedText[];
  /** An expected state (0.3 `estimate: true`): counted only by `build --estimate`. */
  estimate?: true;
  evidence?: string;
  /** Where its task id and its day were written. */
  taskAt: Where;
  dateAt: Where;
  /** Where the entry starts (a missing status is reported there). */
  at: Where;
}

/** An updates/ file, as read. */
export interface UpdateFileRead {
  agency: string;
  /** Upper-case period code. */
  period: string;
  /** The period's figures day, and its last day (an estimate's limit). */
  figuresDay: IsoDate;
  lastDay: IsoDate;
  submitted?: IsoDate;
  imported?: { file: string; sha256: string };
  file: string;
  /** Where the file names its agency and its period. */
  agencyAt: Place;
  periodAt: Place;
  entries: UpdateEntryRead[];
}

export function readUpdateFile(
  value: unknown,
  file: string,
  locate: Locator,
  into: Collected,
): void {
  const root = record(value);
  const agency = text(root.agency);
  const period = readPeriod(root.period);
  if (agency) into.references.push({ kind: 'agency', id: agency, file, at: locate(['agency']) });
  if (!agency || !period) return;
  const cutoffDay = into.settings?.cutoffDay;
  const entries: UpdateEntryRead[] = [];
  list(root.updates).forEach((item, index) => {
    const entry = readEntry(record(item), ['updates', index], file, locate, into, cutoffDay);
    if (entry) entries.push(entry);
  });
  const read: UpdateFileRead = {
    agency,
    period: period.code,
    figuresDay: figuresDay(period, cutoffDay),
    lastDay: lastDay(period),
    file,
    agencyAt: { file, at: locate(['agency']) },
    periodAt: { file, at: locate(['period']) },
    entries,
  };
  if (text(root.submitted)) read.submitted = text(root.submitted)!;
  const source = record(root.source);
  if (text(source.file) && text(source.sha256))
    read.imported = { file: text(source.file)!, sha256: text(source.sha256)! };
  into.updateFiles.push(read);
}

function readEntry(
  source: Record<string, unknown>,
  path: ValuePath,
  file: string,
  locate: Locator,
  into: Collected,
  cutoffDay: number | undefined,
): UpdateEntryRead | undefined {
  const task = text(source.task);
  const fields = readUpdateFields(source, path, file, locate, into, cutoffDay);
  const { date, hasDate, statusInvalid, period, status, progress, note, estimate, evidence } =
    fields;
  if (!task || !date || statusInvalid) return undefined;
  const entry: UpdateEntryRead = {
    task,
    date,
    issues: reportedTexts(source.issues, [...path, 'issues'], file, locate, into),
    taskAt: locate([...path, 'task']),
    dateAt: locate([...path, hasDate ? 'date' : 'period']),
    at: locate(path),
  };
  if (period !== undefined) entry.period = period;
  if (status) entry.status = status;
  if (progress !== undefined) entry.progress = progress;
  if (note !== undefined) entry.note = note;
  if (estimate) entry.estimate = true;
  if (evidence !== undefined) entry.evidence = evidence;
  return entry;
}
