/** The indicators as real reviews give them (issue 27): lead sentences and the shortcomings. */
import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../src/compute/report-model.js';
import {
  baselineWhen,
  hasNewIndicatorValues,
  indicatorLead,
  indicatorShortfall,
} from '../../src/render/indicator-wording.js';

const FIBRE: IndicatorRow = {
  id: 'fibre',
  name: 'Tỷ lệ hộ gia đình có kết nối Internet cáp quang',
  unit: '%',
  pillar: null,
  better: 'higher',
  agency: null,
  value: {
    value: 72.595,
    date: '2024-06-20',
    period: null,
    agency: null,
    note: null,
    estimate: false,
    inPeriod: true,
  },
  target: {
    value: 80,
    by: { code: '2025', label: 'năm 2025' },
    plan: { id: 'qd-749', number: '749/QĐ-TTg' },
    ended: false,
    gap: 7.405,
  },
  status: 'not-reached',
  previous: null,
  change: null,
  baseline: { value: 68.3, date: '2023-12-31' },
};

/** A lower-is-better count: security incidents, none allowed by 2025. */
const INCIDENTS: IndicatorRow = {
  ...FIBRE,
  id: 'incidents',
  name: 'Số sự cố mất an toàn thông tin mạng',
  unit: 'sự cố',
  better: 'lower',
  value: { ...FIBRE.value!, value: 1 },
  target: { ...FIBRE.target!, value: 0, plan: null, gap: 1 },
  baseline: { value: 3, date: '2023-12-31' },
};

const rows = (...list: IndicatorRow[]) => ({ rows: list });

describe('indicatorLead', () => {
  it('gives the value, the end-of-last-year baseline in brackets and the target', () => {
    expect(
      indicatorLead(
        rows(
          {
            ...FIBRE,
            name: 'Tỷ lệ dịch vụ công trực tuyến toàn trình',
            value: { ...FIBRE.value!, value: 83.5 },
            target: { ...FIBRE.target!, gap: null },
            status: 'reached',
            baseline: { value: 61.3, date: '2023-12-31' },
          },
          FIBRE,
        ),
      ),
    ).toBe(
      'Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 83,5% (cuối năm 2023 là 61,3%), vượt mục tiêu 80% của năm 2025. ' +
        'Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 72,595% (cuối năm 2023 là 68,3%), mục tiêu năm 2025 là 80%.',
    );
  });

  it('says "đạt mục tiêu" at the target, "chưa đạt" once its period is over, and no baseline without one', () => {
    const at = { ...FIBRE, value: { ...FIBRE.value!, value: 80 }, baseline: null };
    expect(indicatorLead(rows({ ...at, target: { ...at.target!, gap: null } }))).toBe(
      'Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 80%, đạt mục tiêu 80% của năm 2025.',
    );
    const over = { ...FIBRE.target!, by: { code: '2023', label: 'năm 2023' }, ended: true };
    expect(indicatorLead(rows({ ...FIBRE, target: over }))).toBe(
      'Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 72,595% (cuối năm 2023 là 68,3%), chưa đạt mục tiêu 80% của năm 2023.',
    );
  });

  it('words a lower-is-better indicator as such', () => {
    expect(indicatorLead(rows(INCIDENTS))).toBe(
      'Số sự cố mất an toàn thông tin mạng là 1 sự cố (cuối năm 2023 là 3 sự cố), mục tiêu năm 2025 là không còn sự cố nào.',
    );
    expect(
      indicatorLead(
        rows({
          ...INCIDENTS,
          value: { ...INCIDENTS.value!, value: 0 },
          target: { ...INCIDENTS.target!, gap: null },
        }),
      ),
    ).toBe(
      'Số sự cố mất an toàn thông tin mạng là 0 sự cố (cuối năm 2023 là 3 sự cố), đạt mục tiêu không còn sự cố nào của năm 2025.',
    );
    expect(
      indicatorLead(rows({ ...INCIDENTS, target: { ...INCIDENTS.target!, value: 2, gap: null } })),
    ).toBe(
      'Số sự cố mất an toàn thông tin mạng là 1 sự cố (cuối năm 2023 là 3 sự cố), đạt mục tiêu không quá 2 sự cố của năm 2025.',
    );
  });

  it('says an indicator not measured in the period has no new figure, after those measured, and skips one never measured', () => {
    const stale: IndicatorRow = {
      ...FIBRE,
      name: 'Tỷ trọng kinh tế số trong GRDP của tỉnh',
      value: { ...FIBRE.value!, value: 9.8, date: '2023-12-31', inPeriod: false },
      baseline: null,
    };
    const never: IndicatorRow = { ...FIBRE, value: null, status: 'no-data', baseline: null };
    expect(indicatorLead(rows(stale, never, { ...FIBRE, target: null }))).toBe(
      'Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 72,595% (cuối năm 2023 là 68,3%). ' +
        'Tỷ trọng kinh tế số trong GRDP của tỉnh chưa có số liệu mới trong kỳ (số liệu gần nhất ngày 31/12/2023 là 9,8%).',
    );
    expect(hasNewIndicatorValues(rows(stale, never))).toBe(false);
    expect(hasNewIndicatorValues(rows(stale, FIBRE))).toBe(true);
    expect(hasNewIndicatorValues(null)).toBe(false);
  });

  it('names a baseline by its day when it is not the end of a year', () => {
    expect(baselineWhen('2023-12-31')).toBe('cuối năm 2023');
    expect(baselineWhen('2023-06-20')).toBe('ngày 20/6/2023');
  });
});

describe('indicatorShortfall', () => {
  it('lists targets whose period has ended unreached, then the distance to later ones per period', () => {
    const over: IndicatorRow = {
      ...FIBRE,
      name: 'Tỷ lệ hồ sơ nộp trực tuyến toàn trình',
      value: { ...FIBRE.value!, value: 45 },
      target: {
        ...FIBRE.target!,
        value: 50,
        by: { code: '2023', label: 'năm 2023' },
        ended: true,
        gap: 5,
      },
    };
    const reached: IndicatorRow = { ...FIBRE, target: { ...FIBRE.target!, gap: null } };
    expect(indicatorShortfall(rows(over, FIBRE, INCIDENTS, reached))).toBe(
      'Còn 1 chỉ tiêu chưa đạt mục tiêu đến hạn: tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt 45%, mục tiêu 50% của năm 2023. ' +
        'Để đạt mục tiêu của năm 2025, tỷ lệ hộ gia đình có kết nối Internet cáp quang cần tăng thêm 7,405 điểm phần trăm (hiện đạt 72,595%, mục tiêu 80%); ' +
        'số sự cố mất an toàn thông tin mạng cần giảm thêm 1 sự cố (hiện là 1 sự cố, mục tiêu không còn sự cố nào).',
    );
    expect(indicatorShortfall(rows(reached))).toBe('');
  });
});
