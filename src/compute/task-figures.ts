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
  const tally = new FiguresTally();
  for (const task of tasks) tally.add(task);
  return tally.figures();
}

/**
 * The figures of a group counted one task at a time: several groups can be
 * counted in one pass over the tasks, with no list of their states made.
 */
export class FiguresTally {
  // Named counters and a switch: a record keyed by the timeliness was a keyed store per task.
  private onTime = 0;
  private late = 0;
  private overdue = 0;
  private early = 0;
  private ongoing = 0;
  private notStarted = 0;
  private cancelled = 0;
  private done = 0;
  private inProgress = 0;

  add(task: { status: TaskStatus; timeliness: Timeliness }): void {
    switch (task.timeliness) {
      case 'not-assigned':
        return;
      case 'cancelled':
        this.cancelled += 1;
        return;
      case 'done-on-time':
        this.onTime += 1;
        break;
      case 'done-late':
        this.late += 1;
        break;
      case 'overdue':
        this.overdue += 1;
        break;
      case 'done-early':
        this.early += 1;
        break;
      case 'in-progress':
        this.ongoing += 1;
        break;
      case 'not-started':
        this.notStarted += 1;
        break;
    }
    if (task.status === 'done') this.done += 1;
    else if (task.status === 'in_progress') this.inProgress += 1;
  }

  figures(): TaskFigures {
    const { done, inProgress } = this;
    const due = this.onTime + this.late + this.overdue;
    const notDue = this.early + this.ongoing + this.notStarted;
    return {
      assigned: due + notDue,
      implemented: done + inProgress,
      done,
      inProgress,
      notStarted: due + notDue - done - inProgress,
      due,
      dueDoneOnTime: this.onTime,
      dueDoneLate: this.late,
      overdue: this.overdue,
      notDue,
      notDueDone: this.early,
      notDueInProgress: this.ongoing,
      notDueNotStarted: this.notStarted,
      cancelled: this.cancelled,
      implementedRatio: { numerator: done + inProgress, denominator: due + notDue },
      dueDoneRatio: { numerator: this.onTime + this.late, denominator: due },
    };
  }
}
