/** Small conversions from the dataset to the report model's references, and shared orders. */
import { compareIds } from '../model/collate.js';
import { firstDay, lastDay, periodLabelVi, type Period } from '../model/period.js';
import type { Agency, Dataset, IsoDate, Pillar, Task } from '../model/types.js';
import type { AgencyRef, PeriodInfo } from './report-model.js';

/** An agency as printed: id, name and short name. */
export function agencyRef(agency: Agency): AgencyRef {
  return { id: agency.id, name: agency.name, shortName: agency.shortName ?? null };
}

/** The agency's group as printed, or null when it has none. */
export function groupRef(dataset: Dataset, agency: Agency): { id: string; name: string } | null {
  const group = dataset.groups.find((candidate) => candidate.id === agency.group);
  return group === undefined ? null : { id: group.id, name: group.name };
}

/** A period with its Vietnamese label, its bounds and the day its figures are taken. */
export function periodInfo(period: Period, asOf: IsoDate): PeriodInfo {
  return {
    code: period.code,
    kind: period.kind,
    label: periodLabelVi(period),
    firstDay: firstDay(period),
    lastDay: lastDay(period),
    asOf,
  };
}

/** The report order of tasks: pillars in pillars.yaml order, then ids in natural order. */
export function taskOrder(pillars: readonly Pillar[]): (a: Task, b: Task) => number {
  const position = new Map(pillars.map((pillar, index) => [pillar.id, index]));
  const rank = (task: Task) => position.get(task.pillar) ?? pillars.length;
  return (a, b) => rank(a) - rank(b) || compareIds(a.id, b.id);
}
