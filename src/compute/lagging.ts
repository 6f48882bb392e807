/** Agencies the report names as lagging behind. */
import type { Agency } from '../model/types.js';
import type { ComputeContext } from './context.js';
import { compareRatios } from './exact-ratio.js';
import { groupOfTasks } from './task-groups.js';
import type { IndexSection, ReportModel } from './report-model.js';

/**
 * Agencies with tasks overdue on D (under the agency the task counts under, a
 * share under its holder),
 * most overdue first, then by Vietnamese name; and agencies whose overall index
 * is lower than in the comparison period (compared exactly), by name.
 */
export function lagging(context: ComputeContext, index: IndexSection): ReportModel['lagging'] {
  const overdue = new Map<string, { agency: Agency; count: number; groups: number }>();
  const isGroup = groupOfTasks(context);
  // A share of a group-led task overdue is its holder's overdue task (0.3).
  for (const view of context.holdings) {
    if (view.now.timeliness !== 'overdue') continue;
    const entry = overdue.get(view.lead.id) ?? { agency: view.lead, count: 0, groups: 0 };
    entry.count += 1;
    // Groups of tasks counted apart, as every total keeps them (issue 27).
    if (isGroup(view)) entry.groups += 1;
    overdue.set(view.lead.id, entry);
  }
  return {
    overdue: [...overdue.values()]
      .sort((a, b) => b.count - a.count || context.byAgency(a.agency, b.agency))
      .map(({ agency, count, groups }) => ({ agency: context.cite(agency), count, groups })),
    indexFell: index.rows
      .filter(
        (row) =>
          row.previous !== null && compareRatios(row.current.overall, row.previous.overall) < 0,
      )
      .map((row) => row.agency)
      .sort(context.byAgencyId),
  };
}
