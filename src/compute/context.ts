/**
 * Everything the sections of the report share, worked out once: the two days
 * figures are taken (D and the comparison day), and each task's state on both
 * together with the agency it counts under on D.
 */
import { periodWindow, type Period } from '../model/period.js';
import { byNameThenId } from '../model/collate.js';
import type {
  Agency,
  AgencyGroup,
  Dataset,
  IsoDate,
  Plan,
  Task,
  TaskUpdate,
} from '../model/types.js';
import { assessmentPeriodFor } from './assessment-period.js';
import { leadResolver } from './lead-resolution.js';
import { writtenLeadOn } from '../model/lineage.js';
import { isGroupLed, leadLog, shareHolders, shareLogs } from '../model/shares.js';
import { taskOrder } from './refs.js';
import type { Timeliness } from './report-model.js';
import { timelinessOn } from './task-figures.js';
import { groupProgress } from './group-progress.js';
import {
  notesFromLog,
  notesLog,
  progressFromLog,
  updatesInOrder,
  type TaskNotes,
  type TaskProgress,
} from './task-status.js';

/** A task's state on a day with its place in the split of § Derived figures. */
export interface DayState extends TaskProgress {
  timeliness: Timeliness;
}

export interface TaskView {
  task: Task;
  /**
   * The agency the task counts under on D: its lead, or the lead's active
   * successor; null when a group leads it on D (its shares are then `shares`).
   */
  lead: Agency | null;
  /** The group leading the task on D (`lead: { group }`, 0.3), else null. */
  group: AgencyGroup | null;
  /** The lead as written, when it was not active on D and the task moved; else null. */
  originalLead: Agency | null;
  /** State on D, with the notes and issues written by then (a group-led task's: from its shares). */
  now: DayState & TaskNotes;
  /** State on the comparison period's figures day. */
  before: DayState;
  /** A group-led task's shares on D (spec § tasks, 0.3), by holder name; empty otherwise. */
  shares: TaskHolding[];
}

/**
 * A task as one agency holds it on D: a task it leads (the whole task), or its
 * share of a group-led task, which counts as one task of its holder.
 */
export interface TaskHolding {
  task: Task;
  /** The agency holding it: the task's lead on D, or the share's holder. */
  lead: Agency;
  /** True for a share of a group-led task. */
  share: boolean;
  /** The log its state is read from: the lead's updates, or the share's own. */
  log: readonly TaskUpdate[];
  now: DayState & TaskNotes;
  before: DayState;
}

export interface ComputeContext {
  dataset: Dataset;
  period: Period;
  /** D: the day the figures are taken. */
  asOf: IsoDate;
  /**
   * The first day of the window "trong kỳ" (spec § Periods, 0.3): what was
   * finished, started or raised in [windowFrom, asOf] happened within the period.
   */
  windowFrom: IsoDate;
  /**
   * Built with `--estimate` (spec § tasks, 0.3): estimated updates and
   * indicator values count; otherwise they are ignored.
   */
  estimate: boolean;
  compare: Period;
  /** The comparison period's figures day. */
  compareAsOf: IsoDate;
  /**
   * Whether any task was assigned on the comparison day (spec § Derived
   * figures, added in 0.2): without one there is no task comparison at all.
   */
  compareHasTasks: boolean;
  /** The period whose assessments the report uses (assessment-period.ts), or null when none applies. */
  assessmentPeriod: Period | null;
  /** The same for the comparison period. */
  compareAssessmentPeriod: Period | null;
  agencies: ReadonlyMap<string, Agency>;
  plans: ReadonlyMap<string, Plan>;
  /**
   * Every task assigned or cancelled on D, in report order (pillar order, then
   * natural id order), each once: what every province-wide figure counts.
   */
  tasks: TaskView[];
  /**
   * What each agency holds on D, in report order: the tasks agencies lead and
   * every share of a group-led task (one task of its holder, 0.3). What every
   * per-agency figure and list counts.
   */
  holdings: TaskHolding[];
  /** Orders agencies by Vietnamese name, then id. */
  byAgency: (a: { id: string; name: string }, b: { id: string; name: string }) => number;
  /** Orders agency ids by the agencies' Vietnamese names, then id. */
  byAgencyId: (a: string, b: string) => number;
  /**
   * The id by which the model names an agency; every agency cited this way is
   * listed once in the model's `agencies`.
   */
  cite: (agency: Agency) => string;
  /** The agencies cited so far. */
  cited: () => Agency[];
}

function dayState(task: Task, log: readonly TaskUpdate[], day: IsoDate): DayState {
  const state = progressFromLog(log, day);
  return { ...state, timeliness: timelinessOn(task, state, day) };
}

/**
 * A group-led task's state on a day (spec § tasks, 0.3), from the shares held
 * then: done when every share is done (completed on the last share's day),
 * implemented when at least one share is, not started otherwise; its progress
 * the mean of its shares' (one decimal; none when no share gives one). Shares
 * withdrawn (cancelled) are left out; the task is cancelled when all are.
 */
function groupDayState(
  task: Task,
  logOf: (holder: string) => readonly TaskUpdate[],
  day: IsoDate,
  holders: (task: Task, day: IsoDate) => string[],
): DayState {
  const state = groupProgress(holders(task, day).map((id) => progressFromLog(logOf(id), day)));
  return { ...state, timeliness: timelinessOn(task, state, day) };
}

function measuredOnly(log: readonly TaskUpdate[]): readonly TaskUpdate[] {
  return log.some((update) => update.estimate === true)
    ? log.filter((update) => update.estimate !== true)
    : log;
}

/** Builds the shared context for a period, D and a comparison period. */
export function buildContext(
  dataset: Dataset,
  period: Period,
  asOf: IsoDate,
  compare: Period,
  compareAsOf: IsoDate,
  estimate = false,
): ComputeContext {
  const agencies = new Map(dataset.agencies.map((agency) => [agency.id, agency]));
  const assessed = new Set(dataset.assessments.map((assessment) => assessment.period));
  const planDates = new Map(dataset.plans.map((plan) => [plan.id, plan.date]));
  // A task cannot be assigned before the decision that assigns it (spec § Derived figures, 0.2).
  const assignedFrom = (task: Task): Task => {
    const planDate = task.plan === undefined ? undefined : planDates.get(task.plan);
    return planDate !== undefined && (task.start === undefined || task.start < planDate)
      ? { ...task, start: planDate }
      : task;
  };
  const effectiveLead = leadResolver(asOf, agencies);
  const holders = shareHolders(dataset.agencies);
  const groups = new Map(dataset.groups.map((group) => [group.id, group]));
  const withNotes = (task: Task, state: DayState, log: readonly TaskUpdate[]) => ({
    ...state,
    ...notesFromLog(notesLog(task, log), asOf),
  });
  // Only what exists on D appears in a report (spec § Derived figures, 0.3): a task
  // not yet assigned on D (its plan or its start after D) is left out of every list.
  const tasks = [...dataset.tasks].sort(taskOrder(dataset.pillars)).flatMap((task): TaskView[] => {
    // The figures count the task from its plan's date; the task row shows its start as written.
    const counted = assignedFrom(task);
    // Estimates count only in a report built with --estimate (spec § tasks, 0.3).
    const ordered = updatesInOrder(task);
    const log = estimate ? ordered : measuredOnly(ordered);
    // Each share's log, split once (a group of 124 communes reads the task's log once).
    const logOf = isGroupLed(task) ? shareLogs(log) : () => [];
    // The task's own state on a day: its shares' when a group leads it then, else its lead's log.
    const stateOn = (day: IsoDate): DayState =>
      typeof writtenLeadOn(task, day) === 'string'
        ? dayState(counted, leadLog(log), day)
        : groupDayState(counted, logOf, day, holders);
    const transferred = writtenLeadOn(task, asOf);
    if (typeof transferred !== 'string') {
      const shares = holders(task, asOf).map((id): TaskHolding => {
        const own = logOf(id);
        return {
          task,
          lead: agencies.get(id)!,
          share: true,
          log: own,
          now: withNotes(task, dayState(counted, own, asOf), own),
          before: dayState(counted, own, compareAsOf),
        };
      });
      const now = stateOn(asOf);
      if (now.timeliness === 'not-assigned') return [];
      return [
        {
          task,
          lead: null,
          group: groups.get(transferred.group) ?? {
            id: transferred.group,
            name: transferred.group,
          },
          originalLead: null,
          now: withNotes(task, now, log),
          before: stateOn(compareAsOf),
          shares,
        },
      ];
    }
    // A lead missing from the catalogue cannot pass validation; show it by its id.
    const writtenId = typeof task.lead === 'string' ? task.lead : transferred;
    const written = agencies.get(writtenId) ?? { id: writtenId, name: writtenId, ranked: true };
    // From a transfer's date the task is led by its lead, whatever the successors say (0.3).
    const lead = effectiveLead(transferred) ?? written;
    const own = leadLog(log);
    const now = stateOn(asOf);
    if (now.timeliness === 'not-assigned') return [];
    return [
      {
        task,
        lead,
        group: null,
        originalLead: lead.id === written.id ? null : written,
        now: withNotes(task, now, own),
        before: stateOn(compareAsOf),
        shares: [],
      },
    ];
  });
  // Collating once and comparing positions keeps long sorts by agency cheap.
  const position = new Map(
    [...dataset.agencies].sort(byNameThenId).map((agency, index) => [agency.id, index]),
  );
  const byAgency = (a: { id: string; name: string }, b: { id: string; name: string }) => {
    const [pa, pb] = [position.get(a.id), position.get(b.id)];
    return pa !== undefined && pb !== undefined ? pa - pb : byNameThenId(a, b);
  };
  const byAgencyId = (a: string, b: string) =>
    (position.get(a) ?? Number.MAX_SAFE_INTEGER) - (position.get(b) ?? Number.MAX_SAFE_INTEGER) ||
    (a < b ? -1 : a > b ? 1 : 0);
  const cited = new Map<string, Agency>();
  const cite = (agency: Agency) => {
    cited.set(agency.id, agency);
    return agency.id;
  };
  // Each task's shares by their holders' names (the sort is stable: report order otherwise).
  for (const view of tasks) view.shares.sort((a, b) => byAgency(a.lead, b.lead));
  const holdings = tasks.flatMap((view): TaskHolding[] =>
    view.lead === null
      ? view.shares
      : [
          {
            task: view.task,
            lead: view.lead,
            share: false,
            log: leadLog(updatesInOrder(view.task)),
            now: view.now,
            before: view.before,
          },
        ],
  );
  return {
    dataset,
    period,
    asOf,
    windowFrom: periodWindow(period, dataset.settings.cutoffDay).from,
    estimate,
    compare,
    compareAsOf,
    compareHasTasks: tasks.some(
      (view) => view.before.timeliness !== 'not-assigned' && view.before.timeliness !== 'cancelled',
    ),
    assessmentPeriod: assessmentPeriodFor(period, assessed),
    compareAssessmentPeriod: assessmentPeriodFor(compare, assessed),
    agencies,
    plans: new Map(dataset.plans.map((plan) => [plan.id, plan])),
    tasks,
    holdings,
    byAgency,
    byAgencyId,
    cite,
    cited: () => [...cited.values()].sort(byAgency),
  };
}
