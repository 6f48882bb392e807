/**
 * What an agency is to a task on a day (spec § updates/**, added in 0.3): the
 * one place that says which tasks an agency may report on, read by validation
 * (updates/ files) and by the intake forms (which rows an agency's workbook has).
 */
import { leadResolver, writtenLeadOn } from './lineage.js';
import { groupOf, shareHolders } from './shares.js';
import type { Agency, IsoDate, Task } from './types.js';

/** `lead`: leads it (after successors); `share`: holds a share of a group-led task; `partner`: one of its partners. */
export type TaskRole = 'lead' | 'share' | 'partner';

/** Answers, for one day, who leads a task and what an agency is to it; lineage walks are remembered. */
export interface RolesOnDay {
  /**
   * The agency leading the task on the day (its lead, or the successor it
   * counts under); for a group-led task, the group's id.
   */
  leadOf(task: Task): string;
  /** The group leading the task on the day, or undefined when an agency leads it. */
  groupOf(task: Task): string | undefined;
  /** The agencies holding a share of the task on the day (empty unless a group leads it). */
  holdersOf(task: Task): string[];
  /** The agency's role on the task, or undefined when it neither leads, shares nor partners it. */
  roleOf(task: Task, agency: string): TaskRole | undefined;
}

export function rolesOn(day: IsoDate, agencies: ReadonlyMap<string, Agency>): RolesOnDay {
  const resolve = leadResolver(day, agencies);
  const holders = shareHolders(agencies.values());
  const leadOf = (task: Task) => {
    const written = writtenLeadOn(task, day);
    if (typeof written !== 'string') return written.group;
    return resolve(written)?.id ?? written;
  };
  const holdersOf = (task: Task) => holders(task, day);
  return {
    leadOf,
    groupOf: (task) => groupOf(writtenLeadOn(task, day)),
    holdersOf,
    roleOf(task, agency) {
      if (groupOf(writtenLeadOn(task, day)) !== undefined) {
        if (holdersOf(task).includes(agency)) return 'share';
      } else if (leadOf(task) === agency) return 'lead';
      return task.partners.includes(agency) ? 'partner' : undefined;
    },
  };
}
