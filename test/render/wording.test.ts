import { describe, expect, it } from 'vitest';
import type {
  ComponentTrend,
  IndicatorSection,
  PillarSummary,
} from '../../src/compute/report-model.js';
import {
  componentTrendSentence,
  groupBy,
  indicatorSentence,
  lowerFirst,
  overviewSentence,
} from '../../src/render/wording.js';
import { AGENCIES, REPORT_MODEL } from '../fixtures/report-model.js';

const pillars = REPORT_MODEL.pillars;
const relabel = (pillar: PillarSummary, label: string): PillarSummary => ({ ...pillar, label });

describe('overviewSentence', () => {
  it('phrases "nhóm" pillars as already implemented and lists the others in one clause', () => {
    expect(overviewSentence(pillars, '2024-06-30')).toBe(
      'Tính đến ngày 30/6/2024, 11/11 nhóm nhiệm vụ chung đã được triển khai; ' +
        'đã triển khai 11/21 nhiệm vụ phát triển chính quyền số, 5/9 nhiệm vụ phát triển kinh tế số, ' +
        '1/6 nhiệm vụ phát triển xã hội số.',
    );
  });

  it('puts every pillar in the "đã triển khai" clause when none is a group of tasks', () => {
    const [, ...others] = pillars;
    expect(overviewSentence(others, '2025-01-05')).toBe(
      'Tính đến ngày 05/01/2025, đã triển khai 11/21 nhiệm vụ phát triển chính quyền số, ' +
        '5/9 nhiệm vụ phát triển kinh tế số, 1/6 nhiệm vụ phát triển xã hội số.',
    );
  });

  it('recognises a "Nhóm" label in any case and keeps several of them together', () => {
    const [chung, cqs] = pillars as [PillarSummary, PillarSummary];
    expect(
      overviewSentence([relabel(cqs, 'Nhóm nhiệm vụ chính quyền số'), chung], '2024-06-30'),
    ).toBe(
      'Tính đến ngày 30/6/2024, 11/21 Nhóm nhiệm vụ chính quyền số, 11/11 nhóm nhiệm vụ chung ' +
        'đã được triển khai.',
    );
  });

  it('says nothing was assigned when there is no pillar', () => {
    expect(overviewSentence([], '2024-06-30')).toBe(
      'Tính đến ngày 30/6/2024, chưa có nhiệm vụ nào được giao.',
    );
  });
});

describe('componentTrendSentence', () => {
  const half = { numerator: 1, denominator: 2 };
  const trend = (name: string, direction: 'up' | 'down' | 'same' | null): ComponentTrend => ({
    id: name,
    name,
    current: half,
    compared: direction === null ? null : { current: half, previous: half, direction },
  });
  const section = (componentTrends: ComponentTrend[], trendAgencies = 3) => ({
    componentTrends,
    trendAgencies,
  });
  const H2_2023 = { code: '2023-H2', label: '6 tháng cuối năm 2023' };

  it('groups components by direction, in criteria order, naming the period and the agencies compared', () => {
    expect(componentTrendSentence(REPORT_MODEL.index.indices[0]!, H2_2023)).toBe(
      'So với 6 tháng cuối năm 2023 (tính trên 5 cơ quan có kết quả tự đánh giá cả hai kỳ), ' +
        'các chỉ số thành phần nhận thức số, thể chế số và hạ tầng số đều tăng; ' +
        'chỉ số thành phần nhân lực số giảm.',
    );
  });

  it('words a single component and components that held', () => {
    expect(
      componentTrendSentence(
        section(
          [
            trend('An toàn thông tin mạng', 'down'),
            trend('Nhận thức số', 'same'),
            trend('Thể chế số', 'same'),
            trend('Dữ liệu số', null),
          ],
          1_024,
        ),
        H2_2023,
      ),
    ).toBe(
      'So với 6 tháng cuối năm 2023 (tính trên 1.024 cơ quan có kết quả tự đánh giá cả hai kỳ), ' +
        'chỉ số thành phần an toàn thông tin mạng giảm; ' +
        'các chỉ số thành phần nhận thức số và thể chế số đều không đổi.',
    );
  });

  it('says there is nothing to compare with when no component has a previous figure', () => {
    expect(componentTrendSentence(section([trend('Nhận thức số', null)], 0), H2_2023)).toBe(
      'Chưa có số liệu kỳ trước để so sánh các chỉ số thành phần.',
    );
  });
});

describe('lowerFirst', () => {
  it('lowers the first letter of a name but not of an acronym', () => {
    expect(lowerFirst('Nhận thức số')).toBe('nhận thức số');
    expect(lowerFirst('Đô thị thông minh')).toBe('đô thị thông minh');
    expect(lowerFirst('CNTT và dữ liệu')).toBe('CNTT và dữ liệu');
  });
});

describe('groupBy', () => {
  it('groups by id in order of first appearance, keeping item order', () => {
    const groups = groupBy(REPORT_MODEL.nextSteps.overdue, 'lead');
    expect(groups.map((group) => [group.key, group.items.map((item) => item.id)])).toEqual([
      [AGENCIES.congThuong.id, ['KTS-02', 'KTS-03']],
      [AGENCIES.soTttt.id, ['CQS-05', 'CQS-08']],
      [AGENCIES.dongHa.id, ['CQS-09']],
      [AGENCIES.vanPhong.id, ['CQS-06']],
    ]);
  });

  it('puts items without the property in a null group', () => {
    const groups = groupBy([{ id: 'a', group: null }, { id: 'b' }], 'group');
    expect(groups).toEqual([{ key: null, items: [{ id: 'a', group: null }, { id: 'b' }] }]);
  });
});

describe('indicator sentences', () => {
  const section = (fields: Partial<IndicatorSection>): IndicatorSection => ({
    reached: { numerator: 7, denominator: 10 },
    noData: 0,
    noTarget: 0,
    estimated: 0,
    targetPeriod: { code: '2024', label: 'năm 2024' },
    byPillar: [],
    rows: [],
    ...fields,
  });

  it('count the indicators reached, naming the target period they share', () => {
    expect(indicatorSentence(section({ noData: 2 }))).toBe(
      'Có 7/10 chỉ tiêu đã đạt mục tiêu năm 2024; 2 chỉ tiêu chưa có số liệu.',
    );
  });

  it('say "mục tiêu đề ra" for targets of several periods, and count those without a target', () => {
    expect(indicatorSentence(section({ targetPeriod: null, noTarget: 5, noData: 1 }))).toBe(
      'Có 7/10 chỉ tiêu đã đạt mục tiêu đề ra; 1 chỉ tiêu chưa có số liệu; 5 chỉ tiêu chưa có mục tiêu.',
    );
  });

  it('say so when no indicator can be judged', () => {
    expect(
      indicatorSentence(
        section({ reached: { numerator: 0, denominator: 0 }, targetPeriod: null, noData: 3 }),
      ),
    ).toBe(
      'Chưa có chỉ tiêu nào có cả mục tiêu và số liệu để đánh giá; 3 chỉ tiêu chưa có số liệu.',
    );
  });
});
