/**
 * Group-led tasks (spec § tasks, `lead: { group: G }`, added in 0.3): on a day
 * D every agency of group G active on D holds one share of the task, with its
 * own status log (the task's updates that name it with `agency`). The one
 * place that says who holds the shares, read by validation (who may report),
 * the figures (compute/) and the intake forms.
 */
import { isActiveOn, writtenLeadOn } from './lineage.js';
import type { Agency, IsoDate, Task, TaskLead, TaskUpdate } from './types.js';

/** The group a lead names, or undefined for an agency. */
export function groupOf(lead: TaskLead): string | undefined {
  return typeof lead === 'string' ? undefined : lead.group;
}

/** The group leading the task on the day (after transfers), or undefined when an agency leads it. */
export function leadGroupOn(
  task: Pick<Task, 'lead' | 'transfers'>,
  day: IsoDate,
): string | undefined {
  return groupOf(writtenLeadOn(task, day));
}

/** True when some day the task is led by a group (its own `lead` or a transfer's). */
export function isGroupLed(task: Pick<Task, 'lead' | 'transfers'>): boolean {
  return (
    groupOf(task.lead) !== undefined ||
    task.transfers.some((transfer) => groupOf(transfer.lead) !== undefined)
  );
}

/**
 * Who holds the shares of group-led tasks, for any task and day: each group's
 * members indexed once (catalogue order), so asking for many tasks costs the
 * members of their groups, not the whole catalogue each time.
 */
export function shareHolders(
  agencies: Iterable<Agency>,
): (task: Pick<Task, 'lead' | 'transfers'>, day: IsoDate) => string[] {
  const members = new Map<string, Agency[]>();
  for (const agency of agencies) {
    if (agency.group === undefined) continue;
    const list = members.get(agency.group);
    if (list === undefined) members.set(agency.group, [agency]);
    else list.push(agency);
  }
  const answers = new Map<string, string[]>();
  return (task, day) => {
    const group = leadGroupOn(task, day);
    if (group === undefined) return [];
    const key = `${group}\u0000${day}`;
    let holders = answers.get(key);
    if (holders === undefined) {
      holders = (members.get(group) ?? [])
        .filter((agency) => isActiveOn(agency, day))
        .map((agency) => agency.id);
      answers.set(key, holders);
    }
    return holders;
  };
}

/**
 * The agencies holding a share of the task on the day (catalogue order):
 * every agency of the group leading it then that is active then; empty when
 * an agency leads it. For many tasks, use {@link shareHolders} once.
 */
export function sharesOn(
  task: Pick<Task, 'lead' | 'transfers'>,
  day: IsoDate,
  agencies: Iterable<Agency>,
): string[] {
  return shareHolders(agencies)(task, day);
}

/** A share's own status log: the task's updates that name its holder, in log order. */
export function shareLog(updates: readonly TaskUpdate[], holder: string): TaskUpdate[] {
  return updates.filter((update) => update.agency === holder);
}

/**
 * Every share's log at once (one pass over the task's log, whatever the
 * number of holders): `of(holder)` is {@link shareLog} of that holder.
 */
export function shareLogs(updates: readonly TaskUpdate[]): (holder: string) => TaskUpdate[] {
  const logs = new Map<string, TaskUpdate[]>();
  for (const update of updates) {
    if (update.agency === undefined) continue;
    const log = logs.get(update.agency);
    if (log === undefined) logs.set(update.agency, [update]);
    else log.push(update);
  }
  return (holder) => logs.get(holder) ?? [];
}

/** The lead's own log: the updates that name no share holder. */
export function leadLog(updates: readonly TaskUpdate[]): readonly TaskUpdate[] {
  return updates.some((update) => update.agency !== undefined)
    ? updates.filter((update) => update.agency === undefined)
    : updates;
}
