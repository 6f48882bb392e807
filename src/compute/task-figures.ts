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
  const count = (test: (task: { status: TaskStatus; timeliness: Timeliness }) => boolean) =>
    tasks.filter(test).length;
  const tally = (timeliness: Timeliness) => count((task) => task.timeliness === timeliness);
  const isAssigned = (task: { timeliness: Timeliness }) =>
    task.timeliness !== 'not-assigned' && task.timeliness !== 'cancelled';

  const assigned = count(isAssigned);
  const done = count((task) => isAssigned(task) && task.status === 'done');
  const inProgress = count((task) => isAssigned(task) && task.status === 'in_progress');
  const dueDoneOnTime = tally('done-on-time');
  const dueDoneLate = tally('done-late');
  const overdue = tally('overdue');
  const notDueDone = tally('done-early');
  const notDueInProgress = tally('in-progress');
  const notDueNotStarted = tally('not-started');
  const due = dueDoneOnTime + dueDoneLate + overdue;
  return {
    assigned,
    implemented: done + inProgress,
    done,
    inProgress,
    notStarted: assigned - done - inProgress,
    due,
    dueDoneOnTime,
    dueDoneLate,
    overdue,
    notDue: notDueDone + notDueInProgress + notDueNotStarted,
    notDueDone,
    notDueInProgress,
    notDueNotStarted,
    cancelled: tally('cancelled'),
    implementedRatio: { numerator: done + inProgress, denominator: assigned },
    dueDoneRatio: { numerator: dueDoneOnTime + dueDoneLate, denominator: due },
  };
}
