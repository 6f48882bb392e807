/**
 * The share arithmetic of a group-led task (spec § tasks, `lead: { group }`,
 * added in 0.3): counted once, done when every share is, implemented when one
 * is, completed on the last share's day, its progress the mean of its shares'.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupProgress, sharesDone } from '../../src/compute/group-progress.js';
import { progressFromLog, type TaskProgress } from '../../src/compute/task-status.js';
import { computeReport } from '../../src/compute/compute-report.js';
import { addDays } from '../../src/model/dates.js';
import { parsePeriod } from '../../src/model/period.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';
import { agency, buildDataset, due, task, update } from './dataset-builder.js';
import type { TaskStatus, TaskUpdate } from '../../src/model/types.js';

const share = (
  status: TaskStatus,
  progress: number | null,
  completedOn: string | null = null,
  implementedOn: string | null = null,
): TaskProgress => ({ status, progress, completedOn, implementedOn });

describe('groupProgress', () => {
  it('4 of 5 shares done, the fifth at 60%: in progress, 92%, not completed', () => {
    const shares = [
      share('done', 100, '2026-03-10', '2026-03-10'),
      share('done', 100, '2026-04-15', '2026-04-15'),
      share('done', 100, '2026-05-20', '2026-05-20'),
      share('done', 100, '2026-06-12', '2026-06-12'),
      share('in_progress', 60, null, '2026-05-05'),
    ];
    expect(groupProgress(shares)).toEqual({
      status: 'in_progress',
      completedOn: null,
      implementedOn: '2026-03-10',
      progress: 92,
    });
    expect(sharesDone(shares)).toEqual({ done: 4, total: 5 });
  });

  it('every share done: done on the last share’s day, 100%', () => {
    const shares = [
      share('done', 100, '2026-02-02', '2026-01-15'),
      share('done', 100, '2026-06-20', '2026-06-20'),
      share('done', 100, '2026-04-05', '2026-04-05'),
    ];
    expect(groupProgress(shares)).toEqual({
      status: 'done',
      completedOn: '2026-06-20',
      implementedOn: '2026-01-15',
      progress: 100,
    });
    expect(sharesDone(shares)).toEqual({ done: 3, total: 3 });
  });

  it('no share started: not started; a progress only where some share gives one (one decimal)', () => {
    expect(groupProgress([share('not_started', null), share('not_started', null)])).toEqual({
      status: 'not_started',
      completedOn: null,
      implementedOn: null,
      progress: null,
    });
    // (40 + 0 + 0) / 3 = 13,333… → 13,3.
    expect(
      groupProgress([
        share('in_progress', 40, null, '2026-06-01'),
        share('not_started', null),
        share('not_started', null),
      ]).progress,
    ).toBe(13.3);
  });

  it('a group with no agency active: not started, 0/0', () => {
    expect(groupProgress([])).toEqual({
      status: 'not_started',
      completedOn: null,
      implementedOn: null,
      progress: null,
    });
    expect(sharesDone([])).toEqual({ done: 0, total: 0 });
  });

  it('withdrawn shares are left out; every share withdrawn withdraws the task', () => {
    const shares = [share('cancelled', null), share('done', 100, '2026-05-01', '2026-05-01')];
    expect(groupProgress(shares)).toMatchObject({ status: 'done', completedOn: '2026-05-01' });
    expect(sharesDone(shares)).toEqual({ done: 1, total: 1 });
    expect(groupProgress([share('cancelled', null), share('cancelled', 20)])).toEqual({
      status: 'cancelled',
      completedOn: null,
      implementedOn: null,
      progress: null,
    });
  });
});

const day = fc.integer({ min: 0, max: 400 }).map((offset) => addDays('2026-01-01', offset));
const logEntry = fc.record({
  date: day,
  status: fc.constantFrom<TaskStatus>('not_started', 'in_progress', 'done'),
  progress: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
});
/** A share's log, in date order as the reader gives it. */
const log = fc.array(logEntry, { maxLength: 6 }).map((entries) =>
  entries
    .map((entry): TaskUpdate => ({
      date: entry.date,
      status: entry.status,
      issues: [],
      ...(entry.progress === undefined ? {} : { progress: entry.progress }),
    }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
);

describe('a group-led task’s state is the contract’s rule over its shares’ logs', () => {
  it('for random logs of 1–8 shares and any day', () => {
    fc.assert(
      fc.property(fc.array(log, { minLength: 1, maxLength: 8 }), day, (logs, on) => {
        const states = logs.map((entries) => progressFromLog(entries, on));
        const task = groupProgress(states);
        const done = states.filter((state) => state.status === 'done');
        const implemented = states.filter(
          (state) => state.status === 'in_progress' || state.status === 'done',
        );
        // Done when every share is done, on the last share's completion day.
        if (done.length === states.length) {
          expect(task.status).toBe('done');
          expect(task.completedOn).toBe(
            done
              .map((state) => state.completedOn!)
              .sort()
              .at(-1),
          );
          expect(task.progress).toBe(100);
        } else {
          // Implemented when at least one share is, not started otherwise.
          expect(task.status).toBe(implemented.length > 0 ? 'in_progress' : 'not_started');
          expect(task.completedOn).toBeNull();
          const given = states.filter((state) => state.progress !== null);
          const mean =
            states.reduce((sum, state) => sum + (state.progress ?? 0), 0) / states.length;
          expect(task.progress).toBe(given.length === 0 ? null : Math.round(mean * 10) / 10);
        }
        expect(sharesDone(states)).toEqual({ done: done.length, total: states.length });
      }),
      { numRuns: 300 },
    );
  });
});

const COMMUNES = ['x1', 'x2', 'x3', 'x4', 'x5'];
const entry = fc.record({
  agency: fc.constantFrom(...COMMUNES),
  date: day,
  status: fc.constantFrom<TaskStatus>('not_started', 'in_progress', 'done'),
});

describe('computeReport: a group-led task counts once, each share once for its holder', () => {
  it('for random share logs, on the figures day of 2026-H1', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 12 }),
        fc.constantFrom('2026-03-31', '2026-06-30', '2026-12-31'),
        (entries, deadline) => {
          const dataset = buildDataset({
            groups: [{ id: 'xa', name: 'Xã, phường' }],
            agencies: [
              ...COMMUNES.map((id) => agency(id, `UBND xã ${id}`, { group: 'xa' })),
              // Not active on D: holds no share, its log is not counted.
              agency('x0', 'UBND xã đã nhập', { group: 'xa', activeUntil: '2025-06-30' }),
            ],
            tasks: [
              task('G-1', {
                lead: { group: 'xa' },
                deadline: due(deadline),
                updates: [...entries]
                  .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
                  .map((item) => update(item.date, item.status, { agency: item.agency })),
              }),
            ],
          });
          const model = computeReport(dataset, { period: parsePeriod('2026-H1')! });
          const asOf = '2026-06-30';
          // Each share's status on D: its latest entry on or before D (the last written of a day).
          const statusOf = (id: string): TaskStatus =>
            [...entries]
              .map((item, index) => ({ ...item, index }))
              .filter((item) => item.agency === id && item.date <= asOf)
              .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index))
              .at(-1)?.status ?? 'not_started';
          const statuses = COMMUNES.map(statusOf);
          const doneCount = statuses.filter((value) => value === 'done').length;
          const expected =
            doneCount === COMMUNES.length
              ? 'done'
              : statuses.some((value) => value !== 'not_started')
                ? 'in_progress'
                : 'not_started';
          const row = model.tasks[0]!;
          expect(row.status).toBe(expected);
          expect(row.sharesDone).toEqual({ done: doneCount, total: COMMUNES.length });
          expect(row.shares.map((item) => [item.agency, item.status])).toEqual(
            COMMUNES.map((id, index) => [id, statuses[index]]),
          );
          // Province-wide the task counts once.
          expect(model.totals.assigned).toBe(1);
          expect(model.totals.done).toBe(expected === 'done' ? 1 : 0);
          expect(model.totals.overdue).toBe(deadline <= asOf && expected !== 'done' ? 1 : 0);
          // Per agency, each share is one task of its holder.
          expect(
            model.agencyResults.map((result) => [
              result.agency,
              result.figures.assigned,
              result.figures.done,
              result.shares,
            ]),
          ).toEqual(COMMUNES.map((id, index) => [id, 1, statuses[index] === 'done' ? 1 : 0, 1]));
          expect(reportSchemaErrors(model)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
