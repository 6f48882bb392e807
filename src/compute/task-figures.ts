/**
 * Task counts as of a day D (spec § Derived figures): the official split of
 * due tasks (done on time, done late, overdue) and of tasks not yet due (done
 * early, in progress, not started), with the two ratios kept as counts.
 */
import type { IsoDate, Task, TaskStatus } from '../model/types.js';
import type { TaskFigures, Timeliness } from './report-model.js';

/**
 * Where a task stands on D, in this order of rules:
 * - `start` after D: not assigned yet, counted nowhere (not even as cancelled);
 * - status `cancelled` on D: counted only as cancelled;
 * - deadline on or before D (due): done on or before the deadline → on time,
 *   done after it → late, not done → overdue;
 * - otherwise (not due; `ongoing` and no deadline are never due): done →
 *   early, else in progress or not started.
 */
export function timelinessOn(
  task: Task,
  state: { status: TaskStatus; completedOn: IsoDate | null },
  day: IsoDate,
): Timeliness {
  if (task.start !== undefined && task.start > day) return 'not-assigned';
  if (state.status === 'cancelled') return 'cancelled';
  const deadline = task.deadline.kind === 'date' ? task.deadline.date : null;
  if (deadline !== null && deadline <= day) {
    if (state.status !== 'done') return 'overdue';
    return state.completedOn !== null && state.completedOn <= deadline
      ? 'done-on-time'
      : 'done-late';
  }
  if (state.status === 'done') return 'done-early';
  return state.status === 'in_progress' ? 'in-progress' : 'not-started';
}

/** Figures of an empty group: every count 0, both ratios 0/0. */
export function emptyFigures(): TaskFigures {
  return taskFigures([]);
}

/** Sums the figures of a group of tasks, each given by its status and timeliness on D. */
export function taskFigures(
  tasks: readonly { status: TaskStatus; timeliness: Timeliness }[],
): TaskFigures {
  const tally: Record<Timeliness, number> = {
    'done-on-time': 0,
    'done-late': 0,
    overdue: 0,
    'done-early': 0,
    'in-progress': 0,
    'not-started': 0,
    'not-assigned': 0,
    cancelled: 0,
  };
  let done = 0;
  let inProgress = 0;
  for (const task of tasks) {
    tally[task.timeliness] += 1;
    if (task.timeliness === 'not-assigned' || task.timeliness === 'cancelled') continue;
    if (task.status === 'done') done += 1;
    else if (task.status === 'in_progress') inProgress += 1;
  }
  const due = tally['done-on-time'] + tally['done-late'] + tally.overdue;
  const notDue = tally['done-early'] + tally['in-progress'] + tally['not-started'];
  return {
    assigned: due + notDue,
    implemented: done + inProgress,
    done,
    inProgress,
    notStarted: due + notDue - done - inProgress,
    due,
    dueDoneOnTime: tally['done-on-time'],
    dueDoneLate: tally['done-late'],
    overdue: tally.overdue,
    notDue,
    notDueDone: tally['done-early'],
    notDueInProgress: tally['in-progress'],
    notDueNotStarted: tally['not-started'],
    cancelled: tally.cancelled,
    implementedRatio: { numerator: done + inProgress, denominator: due + notDue },
    dueDoneRatio: { numerator: tally['done-on-time'] + tally['done-late'], denominator: due },
  };
}
