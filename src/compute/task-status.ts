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

/**
 * The progress as of the end of `day`, from a log already in {@link updatesInOrder} order.
 * One pass over the updates up to the day, nothing copied (20,000 tasks, each read on two days).
 */
export function progressFromLog(ordered: readonly TaskUpdate[], day: IsoDate): TaskProgress {
  let status: TaskStatus = 'not_started';
  let firstDone: IsoDate | null = null;
  let implementedOn: IsoDate | null = null;
  let latestProgress: number | null = null;
  for (const update of ordered) {
    if (update.date > day) break;
    status = update.status;
    if (status === 'done') firstDone ??= update.date;
    if (status === 'in_progress' || status === 'done') implementedOn ??= update.date;
    if (update.progress !== undefined) latestProgress = update.progress;
  }
  return {
    status,
    completedOn: status === 'done' ? firstDone : null,
    implementedOn,
    // Done means complete, whatever percentage an earlier update gave.
    progress: status === 'done' ? 100 : latestProgress,
  };
}

/** The notes and issues as of the end of `day`, from a log already in {@link updatesInOrder} order. */
export function notesFromLog(ordered: readonly NoteEntry[], day: IsoDate): TaskNotes {
  let lastNote: string | null = null;
  let latestIssue: string | null = null;
  let lastEvidence: string | null = null;
  const issues: string[] = [];
  for (const update of ordered) {
    if (update.date > day) break;
    if (update.note !== undefined) lastNote = update.note;
    if (update.evidence !== undefined) lastEvidence = update.evidence;
    for (const issue of update.issues) {
      issues.push(issue.text);
      latestIssue = issue.text;
    }
  }
  return { lastNote, issues: distinctTexts(issues), latestIssue, lastEvidence };
}
