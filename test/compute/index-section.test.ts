import { describe, expect, it } from 'vitest';
import { gradeFor } from '../../src/compute/agency-index.js';
import { computeReport } from '../../src/compute/compute-report.js';
import { ratioDifference } from '../../src/compute/exact-ratio.js';
import type { AgencyIndexRow, Ratio } from '../../src/compute/report-model.js';
import { parsePeriod, type Period } from '../../src/model/period.js';
import { agency, assessment, buildDataset, criterion } from './dataset-builder.js';

const H1 = parsePeriod('2024-H1') as Period;
const ratio = (numerator: number, denominator: number): Ratio => ({ numerator, denominator });
const soNganh = { id: 'so-nganh', name: 'Sở, ban, ngành' };
const huyen = { id: 'dia-phuong', name: 'UBND cấp huyện' };
/** The model names agencies by id; the name is written beside it for the reader of the test. */
const ref = (id: string, _name: string) => id;

const grades = [
  { name: 'Tốt', min: 80 },
  { name: 'Khá', min: 65 },
  { name: 'Trung bình', min: 50 },
  { name: 'Yếu', min: 0 },
];

const dataset = buildDataset({
  groups: [soNganh, huyen],
  agencies: [
    agency('a', 'Sở A', { group: 'so-nganh' }),
    agency('b', 'Sở B', { group: 'so-nganh' }),
    agency('c', 'Sở C', { group: 'so-nganh' }),
    agency('d', 'Sở D', { group: 'so-nganh' }),
    agency('e', 'Văn phòng E', { group: 'so-nganh', ranked: false }),
    agency('f', 'UBND huyện F', { group: 'dia-phuong' }),
    agency('g', 'Ban G'),
    agency('h', 'Sở H', { group: 'so-nganh', activeUntil: '2024-03-31' }),
    agency('i', 'Sở I', { group: 'so-nganh' }),
  ],
  components: [
    { id: 'nt', name: 'Nhận thức số' },
    { id: 'tc', name: 'Thể chế số' },
  ],
  criteria: [
    criterion('NT-01', 'nt', 10),
    criterion('NT-02', 'nt', 10),
    criterion('TC-01', 'tc', 20),
  ],
  grades,
  assessments: [
    assessment('a', '2023-H2', { 'NT-01': 7, 'NT-02': 7, 'TC-01': 16 }),
    assessment('b', '2023-H2', { 'NT-01': 8, 'NT-02': 8, 'TC-01': 12 }),
    assessment('f', '2023-H2', { 'NT-01': 10, 'NT-02': 9.9, 'TC-01': 12 }),
    assessment(
      'a',
      '2024-H1',
      { 'NT-01': 8, 'NT-02': { self: 9, verified: 7 }, 'TC-01': 17 },
      { submitted: '2024-07-05' },
    ),
    assessment('b', '2024-H1', { 'NT-01': 6, 'NT-02': 5, 'TC-01': 15 }),
    assessment('c', '2024-H1', { 'NT-01': 10, 'NT-02': 10, 'TC-01': 6 }),
    assessment('d', '2024-H1', { 'NT-01': 9.9, 'NT-02': { self: 10 } }),
    assessment('e', '2024-H1', { 'NT-01': 10, 'NT-02': 10, 'TC-01': 20 }),
    assessment('f', '2024-H1', { 'NT-01': 10, 'NT-02': 9.9, 'TC-01': 12 }),
    assessment('g', '2024-H1', { 'NT-01': { verified: 5 }, 'NT-02': 5, 'TC-01': 10 }),
  ],
});

function row(
  fields: Pick<AgencyIndexRow, 'agency' | 'group' | 'rank' | 'rankedInGroup'> & {
    nt: number;
    tc: number;
    grade: string;
    previous?: [number, number, string];
    ranked?: boolean;
    notAssessed?: string[];
    submitted?: string;
  },
): AgencyIndexRow {
  const figures = (nt: number, tc: number, grade: string) => ({
    overall: ratio(Math.round((nt + tc) * 10) / 10, 40),
    components: [
      { id: 'nt', score: ratio(nt, 20) },
      { id: 'tc', score: ratio(tc, 20) },
    ],
    grade,
  });
  const current = figures(fields.nt, fields.tc, fields.grade);
  const previous = fields.previous === undefined ? null : figures(...fields.previous);
  return {
    agency: fields.agency,
    index: null,
    group: fields.group,
    ranked: fields.ranked ?? true,
    rank: fields.rank,
    rankedInGroup: fields.rankedInGroup,
    current,
    notAssessed: (fields.notAssessed ?? []).map((id) => ({ id, name: `Tiêu chí ${id}` })),
    previous,
    change:
      previous === null
        ? null
        : {
            overall: ratioDifference(current.overall, previous.overall),
            components: current.components.map(({ id, score }, index) => ({
              id,
              change: ratioDifference(score, previous.components[index]!.score),
            })),
          },
    submitted: fields.submitted ?? null,
  };
}

describe('index section', () => {
  const model = computeReport(dataset, { period: H1 });

  it('scores, grades and ranks every agency that filed, by group, ties sharing a rank', () => {
    const inGroup = { group: soNganh.id, rankedInGroup: 4 };
    expect(model.index.rows).toEqual([
      // Verified 7 counts over self 9: 8 + 7 + 17 = 32/40 = 80% is exactly "Tốt".
      row({
        agency: ref('a', 'Sở A'),
        ...inGroup,
        rank: 1,
        nt: 15,
        tc: 17,
        grade: 'Tốt',
        previous: [14, 16, 'Khá'],
        submitted: '2024-07-05',
      }),
      row({
        agency: ref('b', 'Sở B'),
        ...inGroup,
        rank: 2,
        nt: 11,
        tc: 15,
        grade: 'Khá',
        previous: [16, 12, 'Khá'],
      }),
      row({ agency: ref('c', 'Sở C'), ...inGroup, rank: 2, nt: 20, tc: 6, grade: 'Khá' }),
      // TC-01 missing: scored 0 and listed; 19,9/40 = 49,75% is below "Trung bình".
      row({
        agency: ref('d', 'Sở D'),
        ...inGroup,
        rank: 4,
        nt: 19.9,
        tc: 0,
        grade: 'Yếu',
        notAssessed: ['TC-01'],
      }),
      row({
        agency: ref('e', 'Văn phòng E'),
        ...inGroup,
        ranked: false,
        rank: null,
        nt: 20,
        tc: 20,
        grade: 'Tốt',
      }),
      row({
        agency: ref('f', 'UBND huyện F'),
        group: huyen.id,
        rankedInGroup: 1,
        rank: 1,
        nt: 19.9,
        tc: 12,
        grade: 'Khá',
        previous: [19.9, 12, 'Khá'],
      }),
      row({
        agency: ref('g', 'Ban G'),
        group: null,
        rankedInGroup: 1,
        rank: 1,
        nt: 10,
        tc: 10,
        grade: 'Trung bình',
      }),
    ]);
  });

  it('lists component maxima, trends over agencies that filed in both periods, and filing', () => {
    expect(model.index.indices[0]!.components).toEqual([
      { id: 'nt', name: 'Nhận thức số', max: 20 },
      { id: 'tc', name: 'Thể chế số', max: 20 },
    ]);
    // The figure of the period is over all seven agencies that filed; the trend,
    // like with like, over a, b and f, which filed for 2023-H2 and 2024-H1.
    expect(model.index.indices[0]!.componentTrends).toEqual([
      {
        id: 'nt',
        name: 'Nhận thức số',
        current: ratio(115.8, 140),
        compared: { current: ratio(45.9, 60), previous: ratio(49.9, 60), direction: 'down' },
      },
      {
        id: 'tc',
        name: 'Thể chế số',
        current: ratio(80, 140),
        compared: { current: ratio(44, 60), previous: ratio(40, 60), direction: 'up' },
      },
    ]);
    expect(model.index.indices[0]!.trendAgencies).toBe(3);
    // Sở H no longer exists on 30/6/2024, so it is not expected to file.
    expect(model.index.filing).toEqual(ratio(7, 8));
    expect(model.index.notFiled).toEqual([ref('i', 'Sở I')]);
    expect(model.index.assessmentPeriod).toEqual({
      code: '2024-H1',
      label: '6 tháng đầu năm 2024',
    });
    expect(model.index.comparePeriod).toEqual({ code: '2023-H2', label: '6 tháng cuối năm 2023' });
    expect(model.lagging.indexFell).toEqual([ref('b', 'Sở B')]);
  });

  it('compares ratios exactly: 0,1 + 0,2 ties with 0,3', () => {
    const tied = buildDataset({
      criteria: [
        criterion('NT-01', 'nt', 10),
        criterion('NT-02', 'nt', 10),
        criterion('TC-01', 'tc', 20),
      ],
      components: [
        { id: 'nt', name: 'Nhận thức số' },
        { id: 'tc', name: 'Thể chế số' },
      ],
      assessments: [
        assessment('a', '2024-H1', { 'NT-01': 0.1, 'NT-02': 0.2, 'TC-01': 0 }),
        assessment('b', '2024-H1', { 'NT-01': 0.3, 'NT-02': 0, 'TC-01': 0 }),
      ],
    });
    const rows = computeReport(tied, { period: H1 }).index.rows;
    expect(rows.map((entry) => [entry.agency, entry.rank, entry.current.overall])).toEqual([
      ['a', 1, ratio(0.3, 40)],
      ['b', 1, ratio(0.3, 40)],
    ]);
  });

  it('gives no trend when no agency filed in both periods', () => {
    const once = buildDataset({
      criteria: [criterion('NT-01', 'nt', 10)],
      components: [{ id: 'nt', name: 'Nhận thức số' }],
      assessments: [
        assessment('a', '2024-H1', { 'NT-01': 4 }),
        assessment('b', '2023-H2', { 'NT-01': 9 }),
      ],
    });
    expect(computeReport(once, { period: H1 }).index.indices[0]!.componentTrends).toEqual([
      { id: 'nt', name: 'Nhận thức số', current: ratio(4, 10), compared: null },
    ]);
  });
});

describe('gradeFor', () => {
  it.each([
    [ratio(32, 40), 'Tốt'],
    [ratio(31.9, 40), 'Khá'],
    [ratio(26, 40), 'Khá'],
    [ratio(0, 40), 'Yếu'],
    [ratio(0, 0), null],
  ])('%j → %s', (overall, expected) => {
    expect(gradeFor(overall, grades)).toBe(expected);
  });

  it('reaches a boundary that a float product misses (0,29 × 100 < 29 in binary)', () => {
    expect(
      gradeFor(ratio(0.29, 1), [
        { name: 'Đạt', min: 29 },
        { name: 'Chưa đạt', min: 0 },
      ]),
    ).toBe('Đạt');
  });

  it('picks the highest reached minimum whatever the listed order, and null without grades', () => {
    expect(
      gradeFor(ratio(7, 10), [
        { name: 'Yếu', min: 0 },
        { name: 'Khá', min: 65 },
      ]),
    ).toBe('Khá');
    expect(gradeFor(ratio(7, 10), [])).toBeNull();
  });
});
