/**
 * Indices per agency group (spec § criteria.yaml, added in 0.3) through the
 * real pipeline: test/fixtures/two-indices scores four sở on a 3-criterion
 * index (40 points) and four xã, phường on a 4-criterion one (50 points).
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/compute/report-model.js';
import { parsePeriod } from '../../src/model/period.js';
import { buildModel, checkDataset } from '../../src/pipeline.js';
import { appendixLabel } from '../../src/render/outline.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/two-indices/', import.meta.url));
const ratio = (numerator: number, denominator: number) => ({ numerator, denominator });
let model: ReportModel;

beforeAll(async () => {
  const checked = await checkDataset({ data: FIXTURE });
  expect(checked.diagnostics).toEqual([]);
  model = buildModel(checked.dataset!, { period: parsePeriod('2026-H1')! });
});

describe('two indices, sở and xã', () => {
  it('scores each agency on its own index and ranks it within index and group (1, 2, 2, 4)', () => {
    expect(
      model.index.rows.map((row) => [
        row.agency,
        row.index,
        row.group,
        row.rank,
        row.rankedInGroup,
        row.current.overall,
        row.current.grade,
      ]),
    ).toEqual([
      ['so-khcn', 'chi-so-so', 'so-nganh', 1, 4, ratio(35, 40), 'Tốt'],
      ['so-gddt', 'chi-so-so', 'so-nganh', 2, 4, ratio(28, 40), 'Khá'],
      ['so-yte', 'chi-so-so', 'so-nganh', 2, 4, ratio(28, 40), 'Khá'],
      // verified 10 counts, not self 12
      ['so-tc', 'chi-so-so', 'so-nganh', 4, 4, ratio(20, 40), 'Trung bình'],
      ['p-dong-ha', 'chi-so-xa', 'xa-phuong', 1, 3, ratio(45, 50), 'Tốt'],
      ['p-nam-dong-ha', 'chi-so-xa', 'xa-phuong', 2, 3, ratio(37, 50), 'Khá'],
      // 38% against the xã grades (Yếu below 50); a missing criterion counts 0
      ['x-cam-lo', 'chi-so-xa', 'xa-phuong', 3, 3, ratio(19, 50), 'Yếu'],
    ]);
  });

  it('lists a missing criterion of the agency’s own index only as not assessed', () => {
    const notAssessed = Object.fromEntries(
      model.index.rows.map((row) => [row.agency, row.notAssessed.map((entry) => entry.id)]),
    );
    expect(notAssessed).toEqual({
      'so-khcn': [],
      'so-gddt': [],
      'so-yte': [],
      'so-tc': [],
      'p-dong-ha': [],
      'p-nam-dong-ha': [],
      'x-cam-lo': ['XA-04'],
    });
  });

  it('compares each agency with its previous assessment on the same index', () => {
    const changes = model.index.rows
      .filter((row) => row.change !== null)
      .map((row) => [row.agency, row.previous!.overall, row.change!.overall]);
    // 87,5% − 77,5% and 90% − 80%: 10 percentage points each.
    expect(changes).toEqual([
      ['so-khcn', ratio(31, 40), ratio(160, 1600)],
      ['p-dong-ha', ratio(40, 50), ratio(250, 2500)],
    ]);
  });

  it('gives each index its components, trends and grade counts', () => {
    expect(
      model.index.indices.map(({ id, name, groups, components, assessed, trendAgencies }) => ({
        id,
        name,
        groups,
        components,
        assessed,
        trendAgencies,
      })),
    ).toEqual([
      {
        id: 'chi-so-so',
        name: 'Chỉ số chuyển đổi số cấp sở',
        groups: ['so-nganh'],
        components: [
          { id: 'so-nhan-thuc', name: 'Nhận thức số', max: 20 },
          { id: 'so-chinh-quyen', name: 'Chính quyền số', max: 20 },
        ],
        assessed: 4,
        trendAgencies: 1,
      },
      {
        id: 'chi-so-xa',
        name: 'Chỉ số chuyển đổi số cấp xã',
        groups: ['xa-phuong'],
        components: [
          { id: 'xa-nhan-thuc', name: 'Nhận thức số', max: 20 },
          { id: 'xa-xa-hoi', name: 'Xã hội số', max: 30 },
        ],
        assessed: 3,
        trendAgencies: 1,
      },
    ]);
    const [so, xa] = model.index.indices;
    expect(so!.componentTrends.map((trend) => [trend.id, trend.current, trend.compared])).toEqual([
      [
        'so-nhan-thuc',
        ratio(55, 80),
        { current: ratio(17, 20), previous: ratio(15, 20), direction: 'up' },
      ],
      [
        'so-chinh-quyen',
        ratio(56, 80),
        { current: ratio(18, 20), previous: ratio(16, 20), direction: 'up' },
      ],
    ]);
    expect(xa!.componentTrends.map((trend) => [trend.id, trend.current])).toEqual([
      ['xa-nhan-thuc', ratio(44, 60)],
      ['xa-xa-hoi', ratio(57, 90)],
    ]);
    expect(so!.gradeCounts).toEqual([
      {
        group: 'so-nganh',
        assessed: 4,
        grades: [
          { name: 'Tốt', count: 1 },
          { name: 'Khá', count: 2 },
          { name: 'Trung bình', count: 1 },
          { name: 'Yếu', count: 0 },
        ],
      },
    ]);
    expect(xa!.gradeCounts).toEqual([
      {
        group: 'xa-phuong',
        assessed: 3,
        grades: [
          { name: 'Tốt', count: 1 },
          { name: 'Khá', count: 1 },
          { name: 'Trung bình', count: 0 },
          { name: 'Yếu', count: 1 },
        ],
      },
    ]);
  });

  it('expects every agency to file, on whichever index', () => {
    expect(model.index.filing).toEqual(ratio(7, 8));
    expect(model.index.notFiled).toEqual(['x-hieu-giang']);
  });

  it('gives each index its rankings appendix, before the agencies’ one', () => {
    expect([
      appendixLabel(model, 'rankings', 'chi-so-so'),
      appendixLabel(model, 'rankings', 'chi-so-xa'),
      appendixLabel(model, 'agencies'),
      appendixLabel(model, 'tasks'),
    ]).toEqual(['Phụ lục I', 'Phụ lục II', 'Phụ lục III', 'Phụ lục IV']);
  });
});
