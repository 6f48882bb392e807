/**
 * A task's state on a day, read from its status log (spec § tasks, § Derived
 * figures): the log is read in date order, and an update counts from the end
 * of its day, so an update dated D counts on D and one dated D + 1 does not.
 */
import type { IsoDate, Task, TaskStatus, TaskUpdate } from '../model/types.js';
import { distinctTexts } from './text-key.js';

/** What the status log says about a task's progress as of the end of a day: what the figures count. */
export interface TaskProgress {
  /** Status of the latest update on or before the day; `not_started` without one. */
  status: TaskStatus;
  /** Date of the first `done` update, when the status on the day is `done`; else null. */
  completedOn: IsoDate | null;
  /** Date of the first `in_progress` or `done` update on or before the day. */
  implementedOn: IsoDate | null;
  /** 100 when done; else the latest progress given on or before the day; null if none. */
  progress: number | null;
}

/** What the status log says in words as of the end of a day: only the report's day needs it. */
export interface TaskNotes {
  /** The latest note written on or before the day. */
  lastNote: string | null;
  /** Issues reported on or before the day, in date order, without repeats. */
  issues: string[];
  /** The last issue of the latest update that reported any, on or before the day. */
  latestIssue: string | null;
  /** The evidence of the latest update that gave any, on or before the day (0.3). */
  lastEvidence: string | null;
}

/** Both, as of the end of a day. */
export type TaskOnDay = TaskProgress & TaskNotes;

/**
 * The task's updates in date order. The sort is stable, so updates of the same
 * day keep their file order and the last one written on a day wins.
 */
export function updatesInOrder(task: Task): readonly TaskUpdate[] {
  const { updates } = task;
  // Logs are nearly always written in date order: then they are used as they are.
  let ordered = true;
  for (let index = 1; index < updates.length && ordered; index++)
    ordered = updates[index - 1]!.date <= updates[index]!.date;
  return ordered
    ? updates
    : [...updates].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** What a log entry says in words: an update, or a partner's note (spec § updates). */
export type NoteEntry = Pick<TaskUpdate, 'date' | 'note' | 'issues' | 'evidence'>;

/**
 * The entries whose words count for the task: its updates, and its partners'
 * notes among them by date (each after the updates of its day).
 */
export function notesLog(task: Task, ordered: readonly TaskUpdate[]): readonly NoteEntry[] {
  if (task.partnerNotes === undefined) return ordered;
  return [...ordered, ...task.partnerNotes].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
}

/** The task's state as of the end of `day`. */
export function taskOnDay(task: Task, day: IsoDate): TaskOnDay {
  const ordered = updatesInOrder(task);
  return { ...progressFromLog(ordered, day), ...notesFromLog(notesLog(task, ordered), day) };
}

/** The updates on or before the end of `day`, from a log in {@link updatesInOrder} order. */
function logUpTo<T extends { date: IsoDate }>(ordered: readonly T[], day: IsoDate): readonly T[] {
  let count = 0;
  while (count < ordered.length && ordered[count]!.date <= day) count += 1;
  return count === ordered.length ? ordered : ordered.slice(0, count);
}

/** The progress as of the end of `day`, from a log already in {@link updatesInOrder} order. */
export function progressFromLog(ordered: readonly TaskUpdate[], day: IsoDate): TaskProgress {
  const log = logUpTo(ordered, day);
  const status = log.at(-1)?.status ?? 'not_started';
  const firstDone = log.find((update) => update.status === 'done');
  const firstImplemented = log.find(
    (update) => update.status === 'in_progress' || update.status === 'done',
  );
  const latestProgress = log.findLast((update) => update.progress !== undefined)?.progress;
  return {
    status,
    completedOn: status === 'done' ? (firstDone?.date ?? null) : null,
    implementedOn: firstImplemented?.date ?? null,
    // Done means complete, whatever percentage an earlier update gave.
    progress: status === 'done' ? 100 : (latestProgress ?? null),
  };
}

/** The notes and issues as of the end of `day`, from a log already in {@link updatesInOrder} order. */
export function notesFromLog(ordered: readonly NoteEntry[], day: IsoDate): TaskNotes {
  const log = logUpTo(ordered, day);
  return {
    lastNote: log.findLast((update) => update.note !== undefined)?.note ?? null,
    issues: distinctTexts(log.flatMap((update) => update.issues.map((issue) => issue.text))),
    latestIssue: log.findLast((update) => update.issues.length > 0)?.issues.at(-1)?.text ?? null,
    lastEvidence: log.findLast((update) => update.evidence !== undefined)?.evidence ?? null,
  };
}
