/** Small conversions from the dataset to the report model's references, and shared orders. */
import { compareIds } from '../model/collate.js';
import { firstDay, lastDay, periodLabelVi, periodWindow, type Period } from '../model/period.js';
import type { Agency, Dataset, IsoDate, Pillar, Task } from '../model/types.js';
import type { AgencyInfo, PeriodInfo } from './report-model.js';

/** An agency as the model's catalogue lists it. */
export function agencyInfo(dataset: Dataset, agency: Agency): AgencyInfo {
  return {
    id: agency.id,
    name: agency.name,
    shortName: agency.shortName ?? null,
    group: groupOf(dataset, agency),
  };
}

/** The id of the agency's group, or null when it has none (or names a group that is not listed). */
export function groupOf(dataset: Dataset, agency: Agency): string | null {
  return dataset.groups.some((group) => group.id === agency.group) ? (agency.group ?? null) : null;
}

/**
 * A period with its Vietnamese label, its bounds, the first day of its window
 * (spec § Periods, 0.3) and the day its figures are taken.
 */
export function periodInfo(period: Period, asOf: IsoDate, cutoffDay?: number): PeriodInfo {
  return {
    code: period.code,
    kind: period.kind,
    label: periodLabelVi(period),
    firstDay: firstDay(period),
    lastDay: lastDay(period),
    windowFrom: periodWindow(period, cutoffDay).from,
    asOf,
  };
}

/** The report order of tasks: pillars in pillars.yaml order, then ids in natural order. */
export function taskOrder(pillars: readonly Pillar[]): (a: Task, b: Task) => number {
  const position = new Map(pillars.map((pillar, index) => [pillar.id, index]));
  const rank = (task: Task) => position.get(task.pillar) ?? pillars.length;
  return (a, b) => rank(a) - rank(b) || compareIds(a.id, b.id);
}
