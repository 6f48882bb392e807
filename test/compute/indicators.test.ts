import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/compute-report.js';
import type { IndicatorSection } from '../../src/compute/report-model.js';
import { parsePeriod, type Period } from '../../src/model/period.js';
import type { Indicator, IndicatorValue } from '../../src/model/types.js';
import { buildDataset, type DatasetParts } from './dataset-builder.js';

const period = (code: string) => parsePeriod(code) as Period;

function indicator(id: string, fields: Partial<Indicator> = {}): Indicator {
  return { id, name: `Chỉ tiêu ${id}`, unit: '%', better: 'higher', targets: [], ...fields };
}

function value(id: string, date: string, amount: number, fields: Partial<IndicatorValue> = {}) {
  return {
    indicator: id,
    date,
    value: amount,
    source: { file: 'indicators/v.yaml', path: ['values', 0] },
    ...fields,
  } satisfies IndicatorValue;
}

function section(parts: DatasetParts, code = '2024-H1', asOf?: string): IndicatorSection {
  const indicators = computeReport(buildDataset(parts), {
    period: period(code),
    ...(asOf === undefined ? {} : { asOf }),
    today: '2030-01-01',
  }).indicators;
  if (indicators === null) throw new Error('expected an indicator section');
  return indicators;
}

const row = (parts: DatasetParts, code?: string, asOf?: string) =>
  section(parts, code, asOf).rows[0]!;

describe('an indicator on D', () => {
  const smartphone = indicator('ho-co-smartphone', { targets: [{ by: '2024', value: 90 }] });

  it('takes a value dated D itself', () => {
    const it = row({
      indicators: [smartphone],
      indicatorValues: [value('ho-co-smartphone', '2024-06-30', 92.7)],
    });
    expect(it.value).toMatchObject({ value: 92.7, date: '2024-06-30' });
    expect(it.status).toBe('reached');
  });

  it('ignores a value dated the day after D, keeping the latest one before it', () => {
    const it = row({
      indicators: [smartphone],
      indicatorValues: [
        value('ho-co-smartphone', '2023-12-31', 89.4),
        value('ho-co-smartphone', '2024-07-01', 95),
      ],
    });
    expect(it.value).toMatchObject({ value: 89.4, date: '2023-12-31' });
    expect(it.status).toBe('not-reached');
  });

  it('has no data when every value is after D, and is left out of x/y', () => {
    const result = section({
      indicators: [smartphone],
      indicatorValues: [value('ho-co-smartphone', '2024-07-01', 95)],
    });
    expect(result.rows[0]).toMatchObject({ status: 'no-data', value: null, change: null });
    expect(result.reached).toEqual({ numerator: 0, denominator: 0 });
    expect(result.noData).toBe(1);
  });

  it('follows --as-of: a value dated after the chosen day is not yet known', () => {
    const it = row(
      {
        indicators: [smartphone],
        indicatorValues: [
          value('ho-co-smartphone', '2024-03-31', 90.1),
          value('ho-co-smartphone', '2024-06-20', 92.7),
        ],
      },
      '2024-H1',
      '2024-06-14',
    );
    expect(it.value).toMatchObject({ value: 90.1, date: '2024-03-31' });
  });

  it('judges a target by the end of its period: the soonest still running, else the last', () => {
    const twoTargets = indicator('x', {
      targets: [
        { by: '2023', value: 50 },
        { by: '2025', value: 80, plan: 'kh-1' },
      ],
    });
    const values = [value('x', '2023-12-31', 55), value('x', '2026-03-31', 79)];
    // On the last day of 2023 the 2023 target is still in force (reached, 55 ≥ 50).
    expect(row({ indicators: [twoTargets], indicatorValues: values }, '2023-H2')).toMatchObject({
      status: 'reached',
      target: { value: 50, by: { code: '2023', label: 'năm 2023' }, plan: null },
    });
    // The day after it passed, the 2025 target applies (not reached, 55 < 80), with its plan.
    expect(row({ indicators: [twoTargets], indicatorValues: values }, '2024-01')).toMatchObject({
      status: 'not-reached',
      target: { value: 80, by: { code: '2025' }, plan: { id: 'kh-1', number: '1/KH-UBND' } },
    });
    // After the last target has passed, that last one still judges.
    expect(row({ indicators: [twoTargets], indicatorValues: values }, '2026-H1')).toMatchObject({
      status: 'not-reached',
      value: { value: 79 },
      target: { value: 80, by: { code: '2025' } },
    });
  });

  it('reaches a target exactly at it, in the better direction', () => {
    const higher = indicator('up', { targets: [{ by: '2024', value: 72.595 }] });
    const lower = indicator('down', {
      better: 'lower',
      targets: [{ by: '2024', value: 5 }],
    });
    const result = section({
      indicators: [higher, lower],
      indicatorValues: [value('up', '2024-06-01', 72.595), value('down', '2024-06-01', 5.1)],
    });
    expect(result.rows.map((entry) => [entry.id, entry.status])).toEqual([
      ['up', 'reached'],
      ['down', 'not-reached'],
    ]);
    const lowerReached = section({
      indicators: [lower],
      indicatorValues: [value('down', '2024-06-01', 4.9)],
    });
    expect(lowerReached.rows[0]!.status).toBe('reached');
  });

  it('counts an indicator with a value but no target apart, never in x/y', () => {
    const result = section({
      indicators: [indicator('a', { targets: [{ by: '2024', value: 1 }] }), indicator('b')],
      indicatorValues: [value('a', '2024-01-10', 2), value('b', '2024-01-10', 103.97)],
    });
    expect(result.rows.map((entry) => entry.status)).toEqual(['reached', 'no-target']);
    expect(result.reached).toEqual({ numerator: 1, denominator: 1 });
    expect(result.noTarget).toBe(1);
    expect(result.targetPeriod).toEqual({ code: '2024', label: 'năm 2024' });
  });

  it('names no target period when the judged targets are for different periods', () => {
    const result = section({
      indicators: [
        indicator('a', { targets: [{ by: '2024', value: 1 }] }),
        indicator('b', { targets: [{ by: '2025', value: 1 }] }),
      ],
      indicatorValues: [value('a', '2024-01-10', 2), value('b', '2024-01-10', 0.5)],
    });
    expect(result.targetPeriod).toBeNull();
    expect(result.reached).toEqual({ numerator: 1, denominator: 2 });
  });

  it('compares with the value as of the comparison day, exactly in decimal', () => {
    const it = row({
      indicators: [indicator('fibre')],
      indicatorValues: [
        value('fibre', '2023-06-30', 60),
        value('fibre', '2023-12-31', 68.3),
        value('fibre', '2024-06-20', 72.595),
      ],
    });
    expect(it.previous).toEqual({ value: 68.3, date: '2023-12-31' });
    // 72.595 − 68.3 in floating point is 4.295000000000002.
    expect(it.change).toBe(4.295);
  });

  it('has no previous value when nothing was measured since the comparison day', () => {
    const it = row({
      indicators: [indicator('grdp')],
      indicatorValues: [value('grdp', '2023-12-31', 9.8, { period: '2023' })],
    });
    expect(it.value).toMatchObject({ value: 9.8, date: '2023-12-31', period: '2023' });
    expect(it.previous).toBeNull();
    expect(it.change).toBeNull();
  });

  it('groups rows by pillar in pillars.yaml order and counts each pillar', () => {
    const result = section({
      indicators: [
        indicator('k', { pillar: 'kts', targets: [{ by: '2024', value: 10 }] }),
        indicator('none'),
        indicator('c1', { pillar: 'cqs', targets: [{ by: '2024', value: 10 }] }),
        indicator('c2', { pillar: 'cqs', targets: [{ by: '2024', value: 10 }] }),
      ],
      indicatorValues: [
        value('k', '2024-05-01', 11),
        value('c1', '2024-05-01', 9),
        value('c2', '2024-05-01', 10),
        value('none', '2024-05-01', 1),
      ],
    });
    expect(result.rows.map((entry) => entry.id)).toEqual(['c1', 'c2', 'k', 'none']);
    expect(result.byPillar).toEqual([
      { pillar: 'cqs', reached: { numerator: 1, denominator: 2 } },
      { pillar: 'kts', reached: { numerator: 1, denominator: 1 } },
      { pillar: null, reached: { numerator: 0, denominator: 0 } },
    ]);
  });

  it('names the responsible and reporting agencies by id, listed in the model', () => {
    const model = computeReport(
      buildDataset({
        indicators: [indicator('x', { agency: 'a' })],
        indicatorValues: [value('x', '2024-05-01', 1, { agency: 'b', note: 'Số liệu ước tính' })],
      }),
      { period: period('2024-H1'), today: '2030-01-01' },
    );
    expect(model.indicators!.rows[0]).toMatchObject({
      agency: 'a',
      value: { agency: 'b', note: 'Số liệu ước tính' },
    });
    expect(model.agencies.map((entry) => entry.id)).toEqual(['a', 'b']);
  });

  it('gives no section at all for a dataset without indicators', () => {
    const model = computeReport(buildDataset(), { period: period('2024-H1'), today: '2030-01-01' });
    expect(model.indicators).toBeNull();
  });
});

describe('what the briefing needs to word an indicator (issue 27)', () => {
  const incidents = indicator('su-co', {
    unit: 'sự cố',
    better: 'lower',
    targets: [{ by: '2025', value: 0 }],
  });

  it('takes as baseline the latest value on or before 31 December of the year before D', () => {
    const it = row(
      {
        indicators: [incidents],
        indicatorValues: [
          value('su-co', '2023-06-30', 5),
          value('su-co', '2023-12-31', 3),
          value('su-co', '2024-06-20', 1),
        ],
      },
      '2024-Q3',
    );
    expect(it.baseline).toEqual({ value: 3, date: '2023-12-31' });
    // Measured in June: no new value in the third quarter's window.
    expect(it.value).toMatchObject({ value: 1, inPeriod: false });
    // Lower is better: 1 incident is 1 more than the target of none, whose year is still to come.
    expect(it.target).toMatchObject({ value: 0, ended: false, gap: 1 });
  });

  it('has no baseline when the value is the baseline itself, and no gap once reached', () => {
    const it = row({
      indicators: [indicator('x', { targets: [{ by: '2023', value: 50 }] })],
      indicatorValues: [value('x', '2023-12-31', 52.41)],
    });
    expect(it.baseline).toBeNull();
    expect(it.value).toMatchObject({ inPeriod: false });
    expect(it.target).toMatchObject({ value: 50, ended: true, gap: null });
  });

  it('gives the distance to a higher target exactly in decimal', () => {
    const it = row({
      indicators: [indicator('fibre', { targets: [{ by: '2025', value: 80 }] })],
      indicatorValues: [value('fibre', '2024-06-20', 72.595)],
    });
    expect(it.target).toMatchObject({ ended: false, gap: 7.405 });
    expect(it.value).toMatchObject({ inPeriod: true });
  });
});
