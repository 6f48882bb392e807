import { describe, expect, it } from 'vitest';
import { componentTrends } from '../../../src/compute/index-section.js';
import type { TaskRow, Timeliness } from '../../../src/compute/report-model.js';
import { REPORT_MODEL } from '../../fixtures/report-model.js';

/** Counts task rows by timeliness, the way the pillar figures split them. */
function tally(rows: TaskRow[]): Record<Timeliness, number> {
  const counts: Record<Timeliness, number> = {
    'done-on-time': 0,
    'done-late': 0,
    overdue: 0,
    'done-early': 0,
    'in-progress': 0,
    'not-started': 0,
    'not-assigned': 0,
    cancelled: 0,
  };
  for (const row of rows) counts[row.timeliness] += 1;
  return counts;
}

// The renderers' tests trust the fixture's figures; this keeps its rows and figures in step.
describe('the shared report-model fixture', () => {
  it('has component trends that are what compute makes of its index rows', () => {
    const [index] = REPORT_MODEL.index.indices;
    expect(componentTrends(index!.components, REPORT_MODEL.index.rows)).toEqual(
      index!.componentTrends,
    );
    expect(REPORT_MODEL.index.rows.filter((row) => row.previous !== null)).toHaveLength(
      index!.trendAgencies,
    );
  });

  it('has task rows that add up to each pillar figure', () => {
    for (const pillar of REPORT_MODEL.pillars) {
      const counts = tally(REPORT_MODEL.tasks.filter((row) => row.pillar === pillar.id));
      const f = pillar.figures;
      expect({
        assigned: f.assigned,
        onTime: f.dueDoneOnTime,
        late: f.dueDoneLate,
        overdue: f.overdue,
        early: f.notDueDone,
        inProgress: f.notDueInProgress,
        notStarted: f.notDueNotStarted,
        cancelled: f.cancelled,
      }).toEqual({
        assigned: REPORT_MODEL.tasks.filter(
          (row) => row.pillar === pillar.id && row.timeliness !== 'cancelled',
        ).length,
        onTime: counts['done-on-time'],
        late: counts['done-late'],
        overdue: counts.overdue,
        early: counts['done-early'],
        inProgress: counts['in-progress'],
        notStarted: counts['not-started'],
        cancelled: counts.cancelled,
      });
    }
  });

  it('has agency figures that add up to the totals', () => {
    const sum = (key: 'assigned' | 'implemented' | 'done' | 'overdue' | 'due') =>
      REPORT_MODEL.agencyResults.reduce((total, agency) => total + agency.figures[key], 0);
    expect({
      assigned: sum('assigned'),
      implemented: sum('implemented'),
      done: sum('done'),
      overdue: sum('overdue'),
      due: sum('due'),
    }).toEqual({ assigned: 47, implemented: 28, done: 11, overdue: 6, due: 14 });
    expect(REPORT_MODEL.totals.implementedRatio).toEqual({ numerator: 28, denominator: 47 });
  });

  it('carries the pillar ratios of the 28/6/2024 meeting', () => {
    expect(REPORT_MODEL.pillars.map((pillar) => pillar.figures.implementedRatio)).toEqual([
      { numerator: 11, denominator: 11 },
      { numerator: 11, denominator: 21 },
      { numerator: 5, denominator: 9 },
      { numerator: 1, denominator: 6 },
    ]);
  });
});
