import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportSchemaErrors } from '../helpers/report-schema.js';
import { computeReport } from '../../src/compute/compute-report.js';
import type { Ratio, TaskFigures } from '../../src/compute/report-model.js';
import { addDays } from '../../src/model/dates.js';
import { parsePeriod, type Period } from '../../src/model/period.js';
import type { Dataset, Deadline, Task } from '../../src/model/types.js';
import { agency, assessment, buildDataset, criterion, task, update } from './dataset-builder.js';
import { countsOf, sumCounts } from '../helpers/figures.js';

const day = fc.integer({ min: 0, max: 1000 }).map((offset) => addDays('2023-01-01', offset));
const status = fc.constantFrom('not_started', 'in_progress', 'done', 'cancelled' as const);
const deadline: fc.Arbitrary<Deadline> = fc.oneof(
  fc.constant<Deadline>({ kind: 'none' }),
  fc.constant<Deadline>({ kind: 'ongoing' }),
  day.map((date): Deadline => ({ kind: 'date', date })),
);
const agencyIds = ['a', 'b', 'c', 'old'];

const taskFields = fc.record({
  pillar: fc.constantFrom('chung', 'cqs', 'kts'),
  lead: fc.constantFrom(...agencyIds),
  plan: fc.option(fc.constant('kh-1'), { nil: undefined }),
  start: fc.option(day, { nil: undefined }),
  deadline,
  updates: fc.array(fc.tuple(day, status), { maxLength: 4 }),
});

const score = fc.integer({ min: 0, max: 20 }).map((half) => half / 2);

const datasets: fc.Arbitrary<Dataset> = fc
  .record({
    tasks: fc.array(taskFields, { maxLength: 12 }),
    scores: fc.array(
      fc.tuple(fc.constantFrom(...agencyIds), fc.constantFrom('2024-H1', '2023-H2'), score),
      {
        maxLength: 8,
      },
    ),
  })
  .map(({ tasks, scores }) =>
    buildDataset({
      groups: [{ id: 'g', name: 'Sở, ban, ngành' }],
      agencies: [
        agency('a', 'Sở A', { group: 'g' }),
        agency('b', 'Sở B', { group: 'g', ranked: false }),
        agency('c', 'Ủy ban C'),
        agency('old', 'Sở Cũ', { group: 'g', activeUntil: '2024-02-29', successor: 'a' }),
      ],
      components: [{ id: 'nt', name: 'Nhận thức số' }],
      criteria: [criterion('NT-01', 'nt', 10), criterion('NT-02', 'nt', 5)],
      tasks: tasks.map((fields, index): Task =>
        task(`T-${index + 1}`, {
          pillar: fields.pillar,
          lead: fields.lead,
          deadline: fields.deadline,
          updates: [...fields.updates]
            .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
            .map(([date, value]) => update(date, value)),
          ...(fields.plan === undefined ? {} : { plan: fields.plan }),
          ...(fields.start === undefined ? {} : { start: fields.start }),
        }),
      ),
      // One assessment per agency and period, as the contract requires.
      assessments: [
        ...new Map(
          scores.map(([id, code, value]) => [`${id}/${code}`, { id, code, value }]),
        ).values(),
      ].map(({ id, code, value }) => assessment(id, code, { 'NT-01': value })),
    }),
  );

const periods = fc
  .constantFrom('2024-H1', '2024-Q2', '2024-9M', '2024', '2024-03')
  .map((code) => parsePeriod(code) as Period);

function isProperRatio(ratio: Ratio): boolean {
  return (
    (ratio.numerator === 0 && ratio.denominator === 0) ||
    (ratio.denominator > 0 && ratio.numerator >= 0 && ratio.numerator <= ratio.denominator)
  );
}

function isConsistent(f: TaskFigures): boolean {
  return (
    f.implemented <= f.assigned &&
    f.done <= f.implemented &&
    f.assigned === f.done + f.inProgress + f.notStarted &&
    f.assigned === f.due + f.notDue &&
    f.due === f.dueDoneOnTime + f.dueDoneLate + f.overdue &&
    f.notDue === f.notDueDone + f.notDueInProgress + f.notDueNotStarted &&
    isProperRatio(f.implementedRatio) &&
    isProperRatio(f.dueDoneRatio)
  );
}

describe('computeReport properties on random small datasets', () => {
  it('keeps every group consistent, and pillars and agencies add up to the totals', () => {
    fc.assert(
      fc.property(datasets, periods, (dataset, period) => {
        const model = computeReport(dataset, { period });
        const groups = [
          model.totals,
          ...model.pillars.map((pillar) => pillar.figures),
          ...model.plans.map((plan) => plan.figures),
          ...model.agencyResults.map((row) => row.figures),
        ];
        expect(groups.every(isConsistent)).toBe(true);
        expect(sumCounts(model.pillars.map((pillar) => pillar.figures))).toEqual(
          countsOf(model.totals),
        );
        expect(sumCounts(model.agencyResults.map((row) => row.figures))).toEqual(
          countsOf(model.totals),
        );
        // Tasks and groups of tasks, apart, add up to the totals; the window's finished, too.
        const apart = model.totalsApart;
        if (apart !== null) {
          expect(sumCounts([apart.tasks.figures, apart.groups.figures])).toEqual(
            countsOf(model.totals),
          );
          expect(apart.tasks.finishedWithin + apart.groups.finishedWithin).toBe(
            model.withinPeriod.finished.length,
          );
        }
        // So do each plan's and agency's kinds, apart exactly when the totals are.
        for (const row of [...model.plans, ...model.agencyResults]) {
          expect(row.figuresApart === null).toBe(apart === null);
          if (row.figuresApart === null) continue;
          const kinds = [row.figuresApart.tasks?.figures, row.figuresApart.groups?.figures];
          expect(kinds.every((kind) => kind === undefined || isConsistent(kind))).toBe(true);
          expect(sumCounts(kinds.filter((kind) => kind !== undefined))).toEqual(
            countsOf(row.figures),
          );
        }
        // Every task that exists on D (assigned or cancelled) has its row; no other.
        expect(model.tasks).toHaveLength(
          dataset.tasks.filter(
            (task) => task.start === undefined || task.start <= model.period.asOf,
          ).length,
        );
        expect(reportSchemaErrors(model)).toEqual([]);
      }),
    );
  });

  it('ranks 1 + the number of better agencies of the group, never ranked: false ones', () => {
    fc.assert(
      fc.property(datasets, (dataset) => {
        const rows = computeReport(dataset, { period: parsePeriod('2024-H1') as Period }).index
          .rows;
        for (const row of rows) {
          // Every agency has the same maximum here, so numerators order the ratios.
          const peers = rows.filter((other) => other.ranked && other.group === row.group);
          const above = peers.filter(
            (other) => other.current.overall.numerator > row.current.overall.numerator,
          );
          expect([row.rank, row.rankedInGroup]).toEqual([
            row.ranked ? above.length + 1 : null,
            peers.length,
          ]);
        }
      }),
    );
  });

  it('does not depend on the order of tasks and assessments in the input', () => {
    const shuffled = datasets.chain((dataset) =>
      fc
        .tuple(
          fc.shuffledSubarray(dataset.tasks, { minLength: dataset.tasks.length }),
          fc.shuffledSubarray(dataset.assessments, { minLength: dataset.assessments.length }),
        )
        .map(([tasks, assessments]) => [dataset, { ...dataset, tasks, assessments }] as const),
    );
    fc.assert(
      fc.property(shuffled, periods, ([original, reordered], period) => {
        expect(computeReport(reordered, { period })).toEqual(computeReport(original, { period }));
      }),
    );
  });

  it('produces plain JSON data', () => {
    fc.assert(
      fc.property(datasets, periods, (dataset, period) => {
        const model = computeReport(dataset, { period });
        expect(JSON.parse(JSON.stringify(model))).toEqual(model);
      }),
    );
  });
});
