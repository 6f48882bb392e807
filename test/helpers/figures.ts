/** The counts of TaskFigures, for properties that add figures up across groups. */
import type { TaskFigures } from '../../src/compute/report-model.js';

export const COUNTS = [
  'assigned',
  'implemented',
  'done',
  'inProgress',
  'notStarted',
  'due',
  'dueDoneOnTime',
  'dueDoneLate',
  'overdue',
  'notDue',
  'notDueDone',
  'notDueInProgress',
  'notDueNotStarted',
  'cancelled',
] as const;

/** Each count summed over a list of figures. */
export function sumCounts(list: readonly TaskFigures[]): Record<string, number> {
  return Object.fromEntries(COUNTS.map((key) => [key, list.reduce((sum, f) => sum + f[key], 0)]));
}

/** The counts of one figures object (its ratios left out). */
export function countsOf(figures: TaskFigures): Record<string, number> {
  return sumCounts([figures]);
}
