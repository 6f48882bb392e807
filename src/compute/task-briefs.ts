/**
 * Short task lists of the report: what finished or started within the period,
 * what is overdue on D and what falls due next.
 */
import { compareIds } from '../model/collate.js';
import { figuresDay, lastDay, nextPeriod } from '../model/period.js';
import type { IsoDate } from '../model/types.js';
import type { ComputeContext, TaskView } from './context.js';
import { periodInfo } from './refs.js';
import { tidyText } from './text-key.js';
import type { ReportModel, TaskBrief } from './report-model.js';

function deadlineOf(view: TaskView): IsoDate | null {
  return view.task.deadline.kind === 'date' ? view.task.deadline.date : null;
}

function brief(context: ComputeContext, view: TaskView, date: IsoDate | null): TaskBrief {
  return {
    id: view.task.id,
    title: view.task.title,
    lead: context.cite(view.lead),
    deadline: deadlineOf(view),
    date,
    issue: view.now.latestIssue === null ? null : tidyText(view.now.latestIssue),
  };
}

function isAssigned(view: TaskView): boolean {
  return view.now.timeliness !== 'not-assigned' && view.now.timeliness !== 'cancelled';
}

/** By the agency the task counts under (name, then id), then deadline, then natural id. */
function byAgencyThenDeadline(context: ComputeContext): (a: TaskView, b: TaskView) => number {
  return (a, b) => {
    const deadlineA = deadlineOf(a) ?? '';
    const deadlineB = deadlineOf(b) ?? '';
    return (
      context.byAgency(a.lead, b.lead) ||
      (deadlineA < deadlineB ? -1 : deadlineA > deadlineB ? 1 : 0) ||
      compareIds(a.task.id, b.task.id)
    );
  };
}

/**
 * Assigned tasks whose completion date (finished) or first `in_progress` or
 * `done` update (started) lies in the period's window [windowFrom, D] (spec §
 * Periods, 0.3), in report order; `date` is that day.
 */
export function withinPeriod(context: ComputeContext): ReportModel['withinPeriod'] {
  const from = context.windowFrom;
  const inWindow = (day: IsoDate | null): day is IsoDate =>
    day !== null && from <= day && day <= context.asOf;
  const assigned = context.tasks.filter(isAssigned);
  return {
    finished: assigned
      .filter((view) => inWindow(view.now.completedOn))
      .map((view) => brief(context, view, view.now.completedOn)),
    started: assigned
      .filter((view) => inWindow(view.now.implementedOn))
      .map((view) => brief(context, view, view.now.implementedOn)),
  };
}

/**
 * The next period, the tasks overdue on D, and the tasks not done that fall
 * due after D: by the period's own last day (`dueRest`; with a cutoff day or
 * `--as-of`, D comes before the period's end) and within the next period
 * (`dueNext`). Every list: by agency, deadline, id; `date` is null.
 */
export function nextSteps(context: ComputeContext): ReportModel['nextSteps'] {
  const next = nextPeriod(context.period);
  const [end, until] = [lastDay(context.period), lastDay(next)];
  const pending = context.tasks.filter(
    (view) => isAssigned(view) && view.now.status !== 'done' && deadlineOf(view) !== null,
  );
  const dueBetween = (after: IsoDate, last: IsoDate) =>
    pending
      .filter((view) => {
        const deadline = deadlineOf(view)!;
        return after < deadline && deadline <= last;
      })
      .sort(byAgencyThenDeadline(context))
      .map((view) => brief(context, view, null));
  const cutoffDay = context.dataset.settings.cutoffDay;
  return {
    nextPeriod: periodInfo(next, figuresDay(next, cutoffDay), cutoffDay),
    overdue: context.tasks
      .filter((view) => view.now.timeliness === 'overdue')
      .sort(byAgencyThenDeadline(context))
      .map((view) => brief(context, view, null)),
    dueRest: dueBetween(context.asOf, end),
    dueNext: dueBetween(end < context.asOf ? context.asOf : end, until),
  };
}
