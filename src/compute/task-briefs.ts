/**
 * Short task lists of the report: what finished or started within the period,
 * what is overdue on D and what falls due next.
 */
import { compareIds } from '../model/collate.js';
import { figuresDay, lastDay, nextPeriod } from '../model/period.js';
import type { IsoDate } from '../model/types.js';
import type { ComputeContext, TaskHolding, TaskView } from './context.js';
import { periodInfo } from './refs.js';
import { tidyText } from './text-key.js';
import { shareCount } from './task-rows.js';
import type { ReportModel, TaskBrief } from './report-model.js';

function deadlineOf(view: Pick<TaskView, 'task'>): IsoDate | null {
  return view.task.deadline.kind === 'date' ? view.task.deadline.date : null;
}

/** A task listed once: under its lead, or, led by a group, with its shares done of held. */
function brief(context: ComputeContext, view: TaskView, date: IsoDate | null): TaskBrief {
  return {
    id: view.task.id,
    title: view.task.title,
    lead: view.lead === null ? null : context.cite(view.lead),
    leadGroup: view.group?.id ?? null,
    sharesDone: shareCount(view),
    deadline: deadlineOf(view),
    date,
    issue: view.now.latestIssue === null ? null : tidyText(view.now.latestIssue),
  };
}

/** A task as an agency holds it (a share as its holder's task), in a list by agency. */
function heldBrief(context: ComputeContext, held: TaskHolding): TaskBrief {
  return {
    id: held.task.id,
    title: held.task.title,
    lead: context.cite(held.lead),
    leadGroup: null,
    sharesDone: null,
    deadline: deadlineOf(held),
    date: null,
    issue: held.now.latestIssue === null ? null : tidyText(held.now.latestIssue),
  };
}

function isAssigned(view: Pick<TaskView, 'now'>): boolean {
  return view.now.timeliness !== 'not-assigned' && view.now.timeliness !== 'cancelled';
}

/** By the agency holding the task (name, then id), then deadline, then natural id. */
function byAgencyThenDeadline(context: ComputeContext): (a: TaskHolding, b: TaskHolding) => number {
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

/** Group-led tasks by group id, then deadline, then natural id. */
function byGroupThenDeadline(a: TaskView, b: TaskView): number {
  const [groupA, groupB] = [a.group?.id ?? '', b.group?.id ?? ''];
  const [deadlineA, deadlineB] = [deadlineOf(a) ?? '', deadlineOf(b) ?? ''];
  return (
    (groupA < groupB ? -1 : groupA > groupB ? 1 : 0) ||
    (deadlineA < deadlineB ? -1 : deadlineA > deadlineB ? 1 : 0) ||
    compareIds(a.task.id, b.task.id)
  );
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
 * (`dueNext`). Every list is by agency, then deadline, id; `date` is null.
 * A share of a group-led task overdue is listed under its holder (0.3); a
 * group-led task falling due is listed once, after the agencies' tasks, with
 * its shares done (`leadGroup`, `sharesDone`).
 */
export function nextSteps(context: ComputeContext): ReportModel['nextSteps'] {
  const next = nextPeriod(context.period);
  const [end, until] = [lastDay(context.period), lastDay(next)];
  const pending = context.holdings.filter(
    (held) =>
      !held.share && isAssigned(held) && held.now.status !== 'done' && deadlineOf(held) !== null,
  );
  // A group-led task falls due once for all its shares: listed once, with its shares done.
  const pendingGroups = context.tasks.filter(
    (view) =>
      view.group !== null &&
      isAssigned(view) &&
      view.now.status !== 'done' &&
      deadlineOf(view) !== null,
  );
  const between = (after: IsoDate, last: IsoDate) => (view: Pick<TaskView, 'task'>) => {
    const deadline = deadlineOf(view)!;
    return after < deadline && deadline <= last;
  };
  const dueBetween = (after: IsoDate, last: IsoDate) => [
    ...pending
      .filter(between(after, last))
      .sort(byAgencyThenDeadline(context))
      .map((held) => heldBrief(context, held)),
    ...pendingGroups
      .filter(between(after, last))
      .sort(byGroupThenDeadline)
      .map((view) => brief(context, view, null)),
  ];
  const cutoffDay = context.dataset.settings.cutoffDay;
  return {
    nextPeriod: periodInfo(next, figuresDay(next, cutoffDay), cutoffDay),
    overdue: context.holdings
      .filter((held) => held.now.timeliness === 'overdue')
      .sort(byAgencyThenDeadline(context))
      .map((held) => heldBrief(context, held)),
    dueRest: dueBetween(context.asOf, end),
    dueNext: dueBetween(end < context.asOf ? context.asOf : end, until),
  };
}
