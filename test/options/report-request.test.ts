/**
 * What a report covers (options/report-request.ts and the figures day in
 * compute): `current` is the period containing today, and no figure is ever
 * taken after today; an --as-of outside the period, or in the future, is a
 * usage error, not silently accepted.
 */
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/compute-report.js';
import { resolveReportOptions } from '../../src/options/report-request.js';
import { UsageError } from '../../src/errors/known-errors.js';
import { buildDataset, due, task, update } from '../compute/dataset-builder.js';

const TODAY = '2026-12-01';

describe('the period and its figures day', () => {
  it('takes `current` and `previous` from today, half-years by default', () => {
    const current = resolveReportOptions({ period: 'current', today: TODAY });
    expect([current.period.code, current.asOf, current.today]).toEqual([
      '2026-H2',
      undefined,
      TODAY,
    ]);
    expect(resolveReportOptions({ period: 'previous', today: TODAY }).period.code).toBe('2026-H1');
    expect(
      resolveReportOptions({ period: 'current', periodKind: 'quarter', today: TODAY }).period.code,
    ).toBe('2026-Q4');
  });

  it('counts a period still running as of today, and dates the report today', () => {
    const dataset = buildDataset({
      tasks: [
        task('T-1', {
          deadline: due('2026-12-20'),
          updates: [update('2026-10-01', 'in_progress')],
        }),
        task('T-2', { deadline: due('2026-11-30') }),
      ],
    });
    const model = computeReport(dataset, resolveReportOptions({ period: 'current', today: TODAY }));
    expect([model.period.asOf, model.reportDate, model.compare?.asOf]).toEqual([
      TODAY,
      TODAY,
      '2026-06-30',
    ]);
    // Due on 20/12/2026, after today: not overdue; due on 30/11: overdue.
    expect(model.tasks.map((row) => [row.id, row.timeliness])).toEqual([
      ['T-1', 'in-progress'],
      ['T-2', 'overdue'],
    ]);
  });

  it('refuses an --as-of outside the period or after today, and a period not begun', () => {
    const attempt = (options: Parameters<typeof resolveReportOptions>[0]) => {
      try {
        resolveReportOptions(options);
        return null;
      } catch (error) {
        return error instanceof UsageError ? [error.code, ...error.args] : error;
      }
    };
    expect(attempt({ period: '2024-H2', asOf: '2024-03-01', today: TODAY })).toEqual([
      'asOfOutsidePeriod',
      '2024-03-01',
      '2024-H2',
      '2024-07-01',
      '2024-12-31',
    ]);
    expect(attempt({ period: '2026-H2', asOf: '2026-12-20', today: TODAY })).toEqual([
      'asOfInFuture',
      '2026-12-20',
      TODAY,
    ]);
    expect(attempt({ period: '2027-Q1', today: TODAY })).toEqual([
      'periodInFuture',
      '2027-Q1',
      '2027-01-01',
    ]);
    expect(attempt({ period: '2024-H2', asOf: '2024-02-30', today: TODAY })).toEqual([
      'badDate',
      '--as-of',
      '2024-02-30',
    ]);
    expect(attempt({ period: '2024-H2', asOf: '2024-12-31', today: TODAY })).toBeNull();
  });
});
