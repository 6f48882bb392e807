/**
 * Task figures per group (pillar, plan, lead agency, all tasks), on D and on
 * the comparison day. A group keeps the same tasks on both days (the tasks it
 * holds on D), so the comparison shows how that set of tasks moved.
 */
import type { ComputeContext, DayState } from './context.js';
import type {
  AgencySummary,
  FiguresApart,
  FiguresComparison,
  IndexSection,
  KindTotals,
  PillarSummary,
  PlanSummary,
  TaskFigures,
  TotalsApart,
} from './report-model.js';
import { ratioDifference } from './exact-ratio.js';
import { FiguresTally } from './task-figures.js';

/** The comparison of two sets of figures: the earlier ones and current − previous. */
export function compareFigures(current: TaskFigures, previous: TaskFigures): FiguresComparison {
  return {
    previous,
    change: {
      assigned: current.assigned - previous.assigned,
      implemented: current.implemented - previous.implemented,
      done: current.done - previous.done,
      overdue: current.overdue - previous.overdue,
      implementedRatio: ratioDifference(current.implementedRatio, previous.implementedRatio),
    },
  };
}

/** What a group's figures read of a task: its state on D and on the comparison day. */
interface Counted {
  now: DayState;
  before: DayState;
}

function groupBy<K, T>(tasks: readonly T[], key: (view: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const view of tasks) {
    const group = groups.get(key(view));
    if (group === undefined) groups.set(key(view), [view]);
    else group.push(view);
  }
  return groups;
}

/**
 * Figures of a group of tasks on D, and compared with the comparison day;
 * no comparison when nothing at all was assigned on that day (a dataset's
 * first period), rather than a comparison with zeros.
 */
export function groupFigures(
  context: Pick<ComputeContext, 'compareHasTasks'>,
  tasks: readonly Counted[],
): { figures: TaskFigures; comparison: FiguresComparison | null } {
  return tallied(tasks).result(context);
}

/**
 * The tasks counted; a loop of its own: V8 compiles a long loop while it runs, and code
 * compiled there had no feedback for what follows the loop (a deoptimisation per long group).
 */
function tallied(tasks: readonly Counted[]): GroupTally {
  const counted = new GroupTally();
  for (const view of tasks) counted.add(view);
  return counted;
}

/** A group's tasks counted on D and on the comparison day in one pass (groupFigures). */
class GroupTally {
  private readonly now = new FiguresTally();
  private readonly before = new FiguresTally();
  count = 0;

  add(view: Counted): void {
    this.now.add(view.now);
    this.before.add(view.before);
    this.count += 1;
  }

  result(context: Pick<ComputeContext, 'compareHasTasks'>): {
    figures: TaskFigures;
    comparison: FiguresComparison | null;
  } {
    const figures = this.now.figures();
    if (!context.compareHasTasks) return { figures, comparison: null };
    return { figures, comparison: compareFigures(figures, this.before.figures()) };
  }
}

/**
 * Whether a pillar's sentence label names groups of tasks ("nhóm nhiệm vụ
 * chung") rather than tasks (spec § pillars: `label`).
 */
export function isGroupLabel(label: string): boolean {
  return /^nhóm\s/u.test(label.normalize('NFC').trim().toLocaleLowerCase('vi'));
}

/** Whether a task is a group of tasks: its pillar's label says so (`isGroupLabel`). */
export function groupOfTasks(
  context: Pick<ComputeContext, 'dataset'>,
): (view: { task: { pillar: string } }) => boolean {
  const groupPillars = new Set(
    context.dataset.pillars.filter((pillar) => isGroupLabel(pillar.label)).map((p) => p.id),
  );
  return (view) => groupPillars.has(view.task.pillar);
}

/** The groups of tasks, then the tasks, of a list of task views (pillars by `isGroupLabel`). */
function byKind<T extends { task: { pillar: string } }>(
  context: Pick<ComputeContext, 'dataset'>,
  views: readonly T[],
): [T[], T[]] {
  const isGroup = groupOfTasks(context);
  return [views.filter(isGroup), views.filter((view) => !isGroup(view))];
}

/** The figures of the tasks and of the groups of tasks among some tasks, in one pass; a kind with none is null. */
function kindFigures(
  context: ComputeContext,
  isGroup: (view: { task: { pillar: string } }) => boolean,
  views: readonly (Counted & { task: { pillar: string } })[],
): FiguresApart {
  const [groups, tasks] = talliedApart(isGroup, views);
  const figuresOf = (kind: GroupTally) => (kind.count === 0 ? null : kind.result(context));
  return { tasks: figuresOf(tasks), groups: figuresOf(groups) };
}

/** The groups of tasks and the tasks counted apart, in a loop of its own (see tallied). */
function talliedApart(
  isGroup: (view: { task: { pillar: string } }) => boolean,
  views: readonly (Counted & { task: { pillar: string } })[],
): [GroupTally, GroupTally] {
  const [groups, tasks] = [new GroupTally(), new GroupTally()];
  for (const view of views) (isGroup(view) ? groups : tasks).add(view);
  return [groups, tasks];
}

/**
 * Tasks and groups of tasks apart (ReportModel.totalsApart): null unless
 * the tasks on D include both groups and tasks. `finishedWithin` counts
 * the tasks done in the window, as `withinPeriod.finished` lists them.
 */
export function totalsApart(
  context: ComputeContext,
  finishedWithin: readonly { id: string }[],
): TotalsApart | null {
  const [groups, tasks] = byKind(context, context.tasks);
  if (groups.length === 0 || tasks.length === 0) return null;
  const finished = new Set(finishedWithin.map((brief) => brief.id));
  const kind = (views: typeof context.tasks): KindTotals => ({
    ...groupFigures(context, views),
    finishedWithin: views.filter((view) => finished.has(view.task.id)).length,
  });
  return { tasks: kind(tasks), groups: kind(groups) };
}

/** Every pillar, in pillars.yaml order, even one without tasks (its figures are all 0, 0/0). */
export function pillarSummaries(context: ComputeContext): PillarSummary[] {
  const byPillar = groupBy(context.tasks, (view) => view.task.pillar);
  return context.dataset.pillars.map((pillar) => ({
    id: pillar.id,
    name: pillar.name,
    label: pillar.label,
    ...groupFigures(context, byPillar.get(pillar.id) ?? []),
  }));
}

/**
 * Plans in plans.yaml order that assign at least one task and were issued by
 * D: a June-2024 briefing cites no plan of 2025 (spec § Derived figures, 0.2).
 * With `apart` (the report counts tasks and groups of tasks apart), each
 * plan's figures of each kind it holds, as `totalsApart` counts them.
 */
export function planSummaries(context: ComputeContext, apart: boolean): PlanSummary[] {
  const byPlan = groupBy(context.tasks, (view) => view.task.plan);
  const isGroup = groupOfTasks(context);
  return context.dataset.plans.flatMap((plan) => {
    const tasks = byPlan.get(plan.id) ?? [];
    if (tasks.length === 0 || plan.date > context.asOf) return [];
    const { figures } = groupFigures(context, tasks);
    const figuresApart = apart ? kindFigures(context, isGroup, tasks) : null;
    const { id, number, date, title } = plan;
    return [{ id, number, date, title, issuer: plan.issuer ?? null, figures, figuresApart }];
  });
}

/**
 * One row per agency that tasks count under on D (the effective lead, or the
 * holder of a share of a group-led task: one task of its own, 0.3), when at
 * least one of its tasks is counted (assigned or cancelled), and per agency
 * that filed an assessment, with or without tasks; ordered by Vietnamese name,
 * then id. `index` links the agency's row of the index section. With `apart`,
 * its tasks and groups of tasks apart, as the plans'.
 */
export function agencySummaries(
  context: ComputeContext,
  index: IndexSection,
  apart: boolean,
): AgencySummary[] {
  const byLead = groupBy(context.holdings, (held) => held.lead.id);
  const isGroup = groupOfTasks(context);
  const indexRows = new Map(index.rows.map((row) => [row.agency, row]));
  const withTasks = [...byLead.values()]
    .flatMap((tasks) => {
      const agency = tasks[0]?.lead;
      const shares = tasks.filter(
        (held) => held.share && held.now.timeliness !== 'not-assigned',
      ).length;
      if (agency === undefined) return [];
      const figuresApart = apart ? kindFigures(context, isGroup, tasks) : null;
      return [{ agency, shares, ...groupFigures(context, tasks), figuresApart }];
    })
    .filter(({ figures }) => figures.assigned + figures.cancelled > 0);
  const listed = new Set(withTasks.map(({ agency }) => agency.id));
  const assessedOnly = index.rows
    .filter((row) => !listed.has(row.agency))
    .flatMap((row) => {
      const agency = context.agencies.get(row.agency);
      if (agency === undefined) return [];
      const figuresApart = apart ? kindFigures(context, isGroup, []) : null;
      return [{ agency, shares: 0, ...groupFigures(context, []), figuresApart }];
    });
  return [...withTasks, ...assessedOnly]
    .sort((a, b) => context.byAgency(a.agency, b.agency))
    .map(({ agency, figures, shares, comparison, figuresApart }) => {
      const row = indexRows.get(agency.id);
      return {
        agency: context.cite(agency),
        figures,
        shares,
        comparison,
        figuresApart,
        index:
          row === undefined
            ? null
            : {
                index: row.index,
                overall: row.current.overall,
                grade: row.current.grade,
                rank: row.rank,
                previousOverall: row.previous?.overall ?? null,
                change: row.change?.overall ?? null,
              },
      };
    });
}
