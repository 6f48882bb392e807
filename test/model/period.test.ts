import { describe, expect, it } from 'vitest';
import { addDays, dateParts, daysInMonth, isoDate, isRealDate } from '../../src/model/dates.js';
import {
  figuresDay,
  firstDay,
  lastDay,
  nextPeriod,
  parsePeriod,
  periodContaining,
  periodLabelEn,
  periodLabelVi,
  periodWindow,
  PERIOD_KINDS,
  previousPeriod,
  type Period,
} from '../../src/model/period.js';

function period(code: string): Period {
  const parsed = parsePeriod(code);
  if (parsed === undefined) throw new Error(`bad test period ${code}`);
  return parsed;
}

describe('parsePeriod', () => {
  it.each<[string | number, Period]>([
    ['2024', { code: '2024', kind: 'year', year: 2024, index: 1 }],
    [2025, { code: '2025', kind: 'year', year: 2025, index: 1 }],
    ['2024-H1', { code: '2024-H1', kind: 'half', year: 2024, index: 1 }],
    ['2024-h2', { code: '2024-H2', kind: 'half', year: 2024, index: 2 }],
    ['2024-Q1', { code: '2024-Q1', kind: 'quarter', year: 2024, index: 1 }],
    ['2024-q4', { code: '2024-Q4', kind: 'quarter', year: 2024, index: 4 }],
    ['2024-9M', { code: '2024-9M', kind: 'nine-months', year: 2024, index: 1 }],
    ['2024-9m', { code: '2024-9M', kind: 'nine-months', year: 2024, index: 1 }],
    ['2024-01', { code: '2024-01', kind: 'month', year: 2024, index: 1 }],
    ['2024-12', { code: '2024-12', kind: 'month', year: 2024, index: 12 }],
    [' 2024-H1 ', { code: '2024-H1', kind: 'half', year: 2024, index: 1 }],
  ])('reads %j', (input, expected) => {
    expect(parsePeriod(input)).toEqual(expected);
  });

  it.each<string | number>([
    '2024-H3',
    '2024-Q5',
    '2024-Q0',
    '2024-13',
    '2024-00',
    '2024-6',
    '24-H1',
    '2024-H',
    '2024-6M',
    '2024 H1',
    '',
    'H1-2024',
    2024.5,
    Number.NaN,
    24,
  ])('rejects %j', (input) => {
    expect(parsePeriod(input)).toBeUndefined();
  });
});

describe('previousPeriod and nextPeriod', () => {
  it.each([
    ['2024-H1', '2023-H2', '2024-H2'],
    ['2024-H2', '2024-H1', '2025-H1'],
    ['2024-Q1', '2023-Q4', '2024-Q2'],
    ['2024-Q4', '2024-Q3', '2025-Q1'],
    ['2024-9M', '2023-9M', '2025-9M'],
    ['2024', '2023', '2025'],
    ['2024-01', '2023-12', '2024-02'],
    ['2024-12', '2024-11', '2025-01'],
  ])('%s: previous %s, next %s', (code, previous, next) => {
    expect(previousPeriod(period(code))).toEqual(period(previous));
    expect(nextPeriod(period(code))).toEqual(period(next));
  });
});

describe('firstDay, lastDay and figuresDay', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-H1', '2024-01-01', '2024-06-30'],
    ['2024-H2', '2024-07-01', '2024-12-31'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2024-Q2', '2024-04-01', '2024-06-30'],
    ['2024-Q3', '2024-07-01', '2024-09-30'],
    ['2024-Q4', '2024-10-01', '2024-12-31'],
    ['2024-9M', '2024-01-01', '2024-09-30'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['1900-02', '1900-02-01', '1900-02-28'],
    ['2024-04', '2024-04-01', '2024-04-30'],
  ])('%s runs from %s to %s', (code, first, last) => {
    expect([firstDay(period(code)), lastDay(period(code))]).toEqual([first, last]);
    expect(figuresDay(period(code))).toBe(last);
  });

  it.each([
    ['2024-H1', 14, '2024-06-14'],
    ['2024-9M', 14, '2024-09-14'],
    ['2024', 14, '2024-12-14'],
    ['2024-Q1', 14, '2024-03-14'],
    ['2024-02', 31, '2024-02-29'],
    ['2023-02', 30, '2023-02-28'],
    ['2024-04', 31, '2024-04-30'],
  ])('%s with cutoff_day %d is taken on %s', (code, cutoffDay, expected) => {
    expect(figuresDay(period(code), cutoffDay)).toBe(expected);
  });
});

describe('period labels', () => {
  it.each([
    ['2024-H1', '6 tháng đầu năm 2024', 'first half of 2024'],
    ['2024-H2', '6 tháng cuối năm 2024', 'second half of 2024'],
    ['2024-Q1', 'quý I năm 2024', 'Q1 2024'],
    ['2024-Q2', 'quý II năm 2024', 'Q2 2024'],
    ['2024-Q3', 'quý III năm 2024', 'Q3 2024'],
    ['2024-Q4', 'quý IV năm 2024', 'Q4 2024'],
    ['2024-9M', '9 tháng đầu năm 2024', 'first nine months of 2024'],
    ['2024-06', 'tháng 6 năm 2024', '2024-06'],
    ['2024-12', 'tháng 12 năm 2024', '2024-12'],
    ['2024', 'năm 2024', '2024'],
  ])('%s reads "%s" / "%s"', (code, vi, en) => {
    expect(periodLabelVi(period(code))).toBe(vi);
    expect(periodLabelEn(period(code))).toBe(en);
  });
});

describe('periodContaining', () => {
  it.each([
    ['half', '2024-06-30', '2024-H1'],
    ['half', '2024-07-01', '2024-H2'],
    ['quarter', '2024-04-01', '2024-Q2'],
    ['quarter', '2024-12-31', '2024-Q4'],
    ['month', '2024-02-29', '2024-02'],
    ['year', '2024-05-05', '2024'],
    ['nine-months', '2024-11-05', '2024-9M'],
  ] as const)('the %s containing %s is %s', (kind, day, code) => {
    expect(periodContaining(kind, day)).toEqual(period(code));
  });
});

describe('dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-02-30', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2024-04-31', false],
    ['2024-12-31', true],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-01-00', false],
    ['2024-2-01', false],
    ['2024/02/01', false],
  ])('isRealDate(%s) is %s', (text, expected) => {
    expect(isRealDate(text)).toBe(expected);
  });

  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2024, 1, 31],
    [2024, 4, 30],
    [2024, 12, 31],
    [1900, 2, 28],
    [2000, 2, 29],
    [2100, 2, 28],
  ])('%d-%d has %d days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it('gives every month of 1900–2999 the days the calendar of Date gives it', () => {
    const wrong: string[] = [];
    for (let year = 1900; year <= 2999; year += 1)
      for (let month = 1; month <= 12; month += 1)
        if (daysInMonth(year, month) !== new Date(Date.UTC(year, month, 0)).getUTCDate())
          wrong.push(`${year}-${month}`);
    expect(wrong).toEqual([]);
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-01-01', 366, '2025-01-01'],
  ])('addDays(%s, %d) is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('builds and splits YYYY-MM-DD', () => {
    expect(isoDate(2024, 6, 5)).toBe('2024-06-05');
    expect(dateParts('2024-06-05')).toEqual({ year: 2024, month: 6, day: 5 });
  });
});

describe('periodWindow (spec § Periods, added in 0.3)', () => {
  it.each<[string, number | undefined, string, string]>([
    ['2026-Q3', undefined, '2026-07-01', '2026-09-30'],
    ['2026-Q3', 14, '2026-06-15', '2026-09-14'],
    ['2026-11', 14, '2026-10-15', '2026-11-14'],
    ['2026', 14, '2025-12-15', '2026-12-14'],
    ['2026-H1', 14, '2025-12-15', '2026-06-14'],
    ['2026-H2', 14, '2026-06-15', '2026-12-14'],
    ['2026-9M', 14, '2025-12-15', '2026-09-14'],
    ['2026-9M', undefined, '2026-01-01', '2026-09-30'],
    ['2026-01', 14, '2025-12-15', '2026-01-14'],
    ['2026-03', 31, '2026-03-01', '2026-03-31'],
    ['2024-03', 30, '2024-03-01', '2024-03-30'],
  ])('%s with cutoff_day %s runs %s – %s', (code, cutoff, from, to) => {
    expect(periodWindow(period(code), cutoff)).toEqual({ from, to });
  });

  it('tiles: each window starts the day after the one before it ends, for every kind', () => {
    for (const cutoff of [undefined, 1, 14, 28, 30, 31])
      for (const kind of ['month', 'quarter', 'half', 'year'] as const) {
        let current = periodContaining(kind, '2023-01-10');
        for (let step = 0; step < 30; step++) {
          const next = nextPeriod(current);
          expect(addDays(periodWindow(current, cutoff).to, 1)).toBe(
            periodWindow(next, cutoff).from,
          );
          current = next;
        }
      }
  });

  it('knows every kind from one table: its count, suffix and months', () => {
    expect(
      Object.entries(PERIOD_KINDS).map(([kind, rules]) => [kind, rules.count, rules.suffix(1)]),
    ).toEqual([
      ['year', 1, ''],
      ['nine-months', 1, '9M'],
      ['half', 2, 'H1'],
      ['quarter', 4, 'Q1'],
      ['month', 12, '01'],
    ]);
  });
});
