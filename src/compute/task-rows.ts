/** The full task table: every task with its state on D. */
import type { Pillar, Plan } from '../model/types.js';
import type { ComputeContext, TaskView } from './context.js';
import { agencyRef } from './refs.js';
import type { AgencyRef, TaskRow, Transfer } from './report-model.js';

function taskRow(
  context: ComputeContext,
  view: TaskView,
  pillars: ReadonlyMap<string, Pillar>,
  plans: ReadonlyMap<string, Plan>,
): TaskRow {
  const { task, now } = view;
  const pillar = pillars.get(task.pillar);
  const plan = task.plan === undefined ? undefined : plans.get(task.plan);
  return {
    id: task.id,
    title: task.title,
    pillar: { id: task.pillar, name: pillar?.name ?? task.pillar },
    plan: plan === undefined ? null : { id: plan.id, number: plan.number },
    lead: agencyRef(view.lead),
    originalLead: view.originalLead === null ? null : agencyRef(view.originalLead),
    partners: task.partners.map((id): AgencyRef => {
      const agency = context.agencies.get(id);
      return agency === undefined ? { id, name: id, shortName: null } : agencyRef(agency);
    }),
    start: task.start ?? null,
    deadline:
      task.deadline.kind === 'date'
        ? { kind: 'date', date: task.deadline.date }
        : { kind: task.deadline.kind },
    status: now.status,
    progress: now.progress,
    completedOn: now.completedOn,
    timeliness: now.timeliness,
    lastNote: now.lastNote,
    issues: now.issues,
  };
}

/** Every task, in report order (pillar order, then natural id order). */
export function taskRows(context: ComputeContext): TaskRow[] {
  const pillars = new Map(context.dataset.pillars.map((pillar) => [pillar.id, pillar]));
  const plans = new Map(context.dataset.plans.map((plan) => [plan.id, plan]));
  return context.tasks.map((view) => taskRow(context, view, pillars, plans));
}

/**
 * Tasks whose lead was not active on D and which count under a successor, by
 * the original lead's Vietnamese name, then in report order (the sort is
 * stable). Tasks cancelled on D are left out: they count nowhere.
 */
export function transfers(context: ComputeContext): Transfer[] {
  return context.tasks
    .flatMap((view): Transfer[] =>
      view.originalLead === null || view.now.timeliness === 'cancelled'
        ? []
        : [
            {
              task: { id: view.task.id, title: view.task.title },
              from: agencyRef(view.originalLead),
              to: agencyRef(view.lead),
            },
          ],
    )
    .sort((a, b) => context.byAgency(a.from, b.from));
}
