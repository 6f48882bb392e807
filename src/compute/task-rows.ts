/** The full task table: every task with its state on D. */
import type { ComputeContext, TaskView } from './context.js';
import { sharesDone } from './group-progress.js';
import type { ShareCount, ShareRow, TaskRow, Transfer } from './report-model.js';

/** A group-led task's shares done of held on D; null for a task an agency leads. */
export function shareCount(view: TaskView): ShareCount | null {
  return view.group === null ? null : sharesDone(view.shares.map((share) => share.now));
}

function taskRow(context: ComputeContext, view: TaskView): TaskRow {
  const { task, now } = view;
  return {
    id: task.id,
    title: task.title,
    pillar: task.pillar,
    plan: task.plan ?? null,
    lead: view.lead === null ? null : context.cite(view.lead),
    leadGroup: view.group?.id ?? null,
    sharesDone: shareCount(view),
    shares: view.shares.map((share): ShareRow => ({
      agency: context.cite(share.lead),
      status: share.now.status,
      progress: share.now.progress,
      completedOn: share.now.completedOn,
      timeliness: share.now.timeliness,
    })),
    originalLead: view.originalLead === null ? null : context.cite(view.originalLead),
    // A partner missing from the catalogue cannot pass validation; it is cited by its id alone.
    // One that does not exist yet on D is not named (spec § Derived figures, 0.3).
    partners: task.partners.flatMap((id) => {
      const partner = context.agencies.get(id) ?? { id, name: id, ranked: true };
      return partner.activeFrom !== undefined && partner.activeFrom > context.asOf
        ? []
        : [context.cite(partner)];
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
    evidence: now.lastEvidence,
    issues: now.issues,
  };
}

/** Every task, in report order (pillar order, then natural id order). */
export function taskRows(context: ComputeContext): TaskRow[] {
  return context.tasks.map((view) => taskRow(context, view));
}

/**
 * Tasks whose lead was not active on D and which count under a successor, by
 * the original lead's Vietnamese name, then in report order (the sort is
 * stable). Tasks cancelled on D are left out: they count nowhere.
 */
export function transfers(context: ComputeContext): Transfer[] {
  return context.tasks
    .flatMap((view): Transfer[] =>
      view.originalLead === null || view.lead === null || view.now.timeliness === 'cancelled'
        ? []
        : [
            {
              task: { id: view.task.id, title: view.task.title },
              from: context.cite(view.originalLead),
              to: context.cite(view.lead),
            },
          ],
    )
    .sort((a, b) => context.byAgencyId(a.from, b.from));
}
