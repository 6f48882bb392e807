/**
 * Periods tile (spec § Periods, added in 0.3): for random datasets, with and
 * without a cutoff day, the tasks finished in the windows of a year's twelve
 * months are exactly those finished in the year's window, each once; likewise
 * its four quarters and its two halves. The same holds for tasks started.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/compute-report.js';
import { addDays } from '../../src/model/dates.js';
import { periodOf, type Period, type PeriodKind } from '../../src/model/period.js';
import type { Dataset, TaskStatus } from '../../src/model/types.js';
import { buildDataset, task, update } from './dataset-builder.js';

const YEAR = 2026;
// From mid-2025 to early 2027: around every edge of the year's windows.
const day = fc.integer({ min: 0, max: 600 }).map((offset) => addDays('2025-06-01', offset));

/** A sensible log: every update on or after the start, nothing after the first `done`. */
const taskFields = fc.record({
  start: fc.option(day, { nil: undefined }),
  steps: fc.array(
    fc.tuple(day, fc.constantFrom<TaskStatus>('not_started', 'in_progress', 'done')),
    {
      maxLength: 4,
    },
  ),
});

const datasets = fc
  .record({
    cutoffDay: fc.constantFrom(undefined, 14, 20, 28, 31),
    tasks: fc.array(taskFields, { maxLength: 15 }),
  })
  .map(({ cutoffDay, tasks }): Dataset =>
    buildDataset({
      settings: cutoffDay === undefined ? {} : { cutoffDay },
      tasks: tasks.map(({ start, steps }, index) => {
        const dated = steps
          .filter(([date]) => start === undefined || date >= start)
          .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
        const doneAt = dated.findIndex(([, status]) => status === 'done');
        const log = doneAt === -1 ? dated : dated.slice(0, doneAt + 1);
        return task(`T-${index + 1}`, {
          ...(start === undefined ? {} : { start }),
          updates: log.map(([date, status]) => update(date, status)),
        });
      }),
    }),
  );

const within = (dataset: Dataset, period: Period) => {
  const model = computeReport(dataset, { period, today: '2030-01-01' });
  return {
    finished: model.withinPeriod.finished.map((brief) => brief.id),
    started: model.withinPeriod.started.map((brief) => brief.id),
  };
};

const sorted = (ids: string[]) => [...ids].sort();

describe('the windows of a year tile it', () => {
  it.each<[PeriodKind, number]>([
    ['month', 12],
    ['quarter', 4],
    ['half', 2],
  ])('the %s windows together hold the year window, each task once', (kind, count) => {
    fc.assert(
      fc.property(datasets, (dataset) => {
        const year = within(dataset, periodOf('year', YEAR, 1));
        const parts = Array.from({ length: count }, (_, at) =>
          within(dataset, periodOf(kind, YEAR, at + 1)),
        );
        expect(sorted(parts.flatMap((part) => part.finished))).toEqual(sorted(year.finished));
        expect(sorted(parts.flatMap((part) => part.started))).toEqual(sorted(year.started));
      }),
      { numRuns: 60 },
    );
  });
});
