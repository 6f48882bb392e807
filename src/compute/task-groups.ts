/**
 * Task figures per group (pillar, plan, lead agency, all tasks), on D and on
 * the comparison day. A group keeps the same tasks on both days (the tasks it
 * holds on D), so the comparison shows how that set of tasks moved.
 */
import { byNameThenId } from '../model/collate.js';
import type { Agency } from '../model/types.js';
import type { ComputeContext, TaskView } from './context.js';
import { agencyRef, groupRef } from './refs.js';
import type {
  AgencySummary,
  FiguresComparison,
  IndexSection,
  PillarSummary,
  PlanSummary,
  TaskFigures,
} from './report-model.js';
import { taskFigures } from './task-figures.js';

/** The comparison of two sets of figures: the earlier ones and current − previous. */
export function compareFigures(current: TaskFigures, previous: TaskFigures): FiguresComparison {
  return {
    previous,
    change: {
      assigned: current.assigned - previous.assigned,
      implemented: current.implemented - previous.implemented,
      done: current.done - previous.done,
      overdue: current.overdue - previous.overdue,
    },
  };
}

/** Figures of a group of tasks on D, and compared with the comparison day. */
export function groupFigures(tasks: readonly TaskView[]): {
  figures: TaskFigures;
  comparison: FiguresComparison;
} {
  const figures = taskFigures(tasks.map((view) => view.now));
  return { figures, comparison: compareFigures(figures, taskFigures(tasks.map((v) => v.before))) };
}

/** Every pillar, in pillars.yaml order, even one without tasks (its figures are all 0, 0/0). */
export function pillarSummaries(context: ComputeContext): PillarSummary[] {
  return context.dataset.pillars.map((pillar) => ({
    id: pillar.id,
    name: pillar.name,
    label: pillar.label,
    ...groupFigures(context.tasks.filter((view) => view.task.pillar === pillar.id)),
  }));
}

/** Plans in plans.yaml order, those that assign at least one task. */
export function planSummaries(context: ComputeContext): PlanSummary[] {
  return context.dataset.plans.flatMap((plan) => {
    const tasks = context.tasks.filter((view) => view.task.plan === plan.id);
    if (tasks.length === 0) return [];
    const { figures } = groupFigures(tasks);
    return [{ id: plan.id, number: plan.number, date: plan.date, title: plan.title, figures }];
  });
}

/**
 * One row per agency that tasks count under on D (the effective lead), when at
 * least one of its tasks is counted (assigned or cancelled); ordered by
 * Vietnamese name, then id. `index` links the agency's row of the index section.
 */
export function agencySummaries(context: ComputeContext, index: IndexSection): AgencySummary[] {
  const byLead = new Map<string, { agency: Agency; tasks: TaskView[] }>();
  for (const view of context.tasks) {
    const entry = byLead.get(view.lead.id) ?? { agency: view.lead, tasks: [] };
    entry.tasks.push(view);
    byLead.set(view.lead.id, entry);
  }
  return [...byLead.values()]
    .map(({ agency, tasks }) => ({ agency, ...groupFigures(tasks) }))
    .filter(({ figures }) => figures.assigned + figures.cancelled > 0)
    .sort((a, b) => byNameThenId(a.agency, b.agency))
    .map(({ agency, figures, comparison }) => {
      const row = index.rows.find((candidate) => candidate.agency.id === agency.id);
      return {
        agency: agencyRef(agency),
        group: groupRef(context.dataset, agency),
        figures,
        comparison,
        index:
          row === undefined
            ? null
            : {
                overall: row.current.overall,
                grade: row.current.grade,
                rank: row.rank,
                previousOverall: row.previous?.overall ?? null,
              },
      };
    });
}
