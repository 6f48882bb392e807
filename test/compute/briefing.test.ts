/**
 * What the briefing may cite on D (spec § Derived figures, added in 0.2):
 * plans issued by D, comparisons only with a period that had something, the
 * office's notes for the period, difficulties by theme, grade counts.
 */
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/compute-report.js';
import { parsePeriod, type Period } from '../../src/model/period.js';
import type { Notes } from '../../src/model/types.js';
import {
  agency,
  assessment,
  buildDataset,
  criterion,
  due,
  task,
  update,
  type DatasetParts,
} from './dataset-builder.js';

const period = (code: string) => parsePeriod(code) as Period;
const report = (parts: DatasetParts, code = '2024-H1') =>
  computeReport(buildDataset(parts), { period: period(code), today: '2030-01-01' });

const LATER_PLAN = {
  id: 'kh-2025',
  number: '42/KH-UBND',
  date: '2025-02-18',
  title: 'Kế hoạch năm 2025',
};

describe('only what existed on D', () => {
  const parts: DatasetParts = {
    plans: [
      { id: 'kh-1', number: '1/KH-UBND', date: '2022-07-29', title: 'Kế hoạch CĐS' },
      LATER_PLAN,
    ],
    tasks: [
      task('A-1', { plan: 'kh-1', updates: [update('2024-03-01', 'in_progress')] }),
      // Written as started in 2024, but its plan is of 2025: not assigned before then.
      task('B-1', { plan: 'kh-2025', start: '2024-01-01', deadline: due('2024-06-30') }),
    ],
  };

  it('lists no plan dated after D, and counts none of its tasks as assigned before its date', () => {
    const model = report(parts);
    expect(model.plans.map((plan) => plan.id)).toEqual(['kh-1']);
    expect(model.totals.assigned).toBe(1);
    expect(model.totals.overdue).toBe(0);
    // Only what exists on D appears (spec § Derived figures, 0.3): not even a row.
    expect(model.tasks.map((row) => row.id)).toEqual(['A-1']);
  });

  it('lists the plan and counts its tasks once D reaches its date', () => {
    const model = report(parts, '2025-H1');
    expect(model.plans.map((plan) => plan.id)).toEqual(['kh-1', 'kh-2025']);
    expect(model.totals.assigned).toBe(2);
    expect(model.totals.overdue).toBe(1);
  });

  it('makes no task comparison when nothing was assigned on the comparison day', () => {
    const first = report({
      tasks: [task('A-1', { start: '2024-02-01', updates: [update('2024-03-01', 'in_progress')] })],
    });
    expect(first.totalsComparison).toBeNull();
    expect(first.pillars.every((pillar) => pillar.comparison === null)).toBe(true);
    expect(first.agencyResults.every((row) => row.comparison === null)).toBe(true);
    const second = report(
      {
        tasks: [
          task('A-1', { start: '2024-02-01', updates: [update('2024-03-01', 'in_progress')] }),
        ],
      },
      '2024-H2',
    );
    expect(second.totalsComparison?.change.implemented).toBe(0);
  });

  it('makes no index comparison when no assessment applies to the comparison period', () => {
    const model = report({
      criteria: [criterion('NT-01', 'nt', 10)],
      components: [{ id: 'nt', name: 'Nhận thức số' }],
      assessments: [assessment('a', '2024-H1', { 'NT-01': 8 })],
    });
    expect(model.index.comparePeriod).toBeNull();
    expect(model.index.rows[0]?.change).toBeNull();
  });
});

describe("the office's notes", () => {
  const notes: Notes = {
    period: '2024-H1',
    basis: ['Thực hiện Kế hoạch số 1/KH-UBND, Sở báo cáo như sau:'],
    leadership: ['Ban hành 05 văn bản chỉ đạo.'],
    areas: [
      { id: 'kts', paragraphs: ['Kinh tế số có chuyển biến.'] },
      { id: 'nt', paragraphs: ['Tổ chức Ngày Chuyển đổi số.'] },
    ],
    causes: [],
    directions: ['Rà soát nhiệm vụ.'],
    proposals: [],
    closing: [],
    source: { file: 'notes/2024-H1.yaml', path: [] },
  };
  const parts: DatasetParts = {
    components: [{ id: 'nt', name: 'Nhận thức số' }],
    notes: [notes, { ...notes, period: '2024-H2', leadership: ['Khác kỳ.'] }],
  };

  it('are those of the report period, areas named, components before pillars', () => {
    expect(report(parts).notes).toEqual({
      basis: ['Thực hiện Kế hoạch số 1/KH-UBND, Sở báo cáo như sau:'],
      leadership: ['Ban hành 05 văn bản chỉ đạo.'],
      areas: [
        {
          id: 'nt',
          kind: 'component',
          name: 'Nhận thức số',
          paragraphs: ['Tổ chức Ngày Chuyển đổi số.'],
        },
        {
          id: 'kts',
          kind: 'pillar',
          name: 'Kinh tế số',
          paragraphs: ['Kinh tế số có chuyển biến.'],
        },
      ],
      causes: [],
      directions: ['Rà soát nhiệm vụ.'],
      proposals: [],
      closing: [],
    });
  });

  it('are null for a period without a notes file', () => {
    expect(report(parts, '2024-Q1').notes).toBeNull();
  });
});

describe('difficulties by theme', () => {
  it('groups texts by theme in catalogue order, "khác" last, counting distinct agencies', () => {
    const model = report({
      agencies: [agency('a', 'Sở A'), agency('b', 'Sở B'), agency('c', 'Sở C')],
      themes: [
        { id: 'kinh-phi', name: 'Kinh phí còn hạn chế', keywords: ['kinh phí', 'vốn'] },
        { id: 'nhan-luc', name: 'Nhân lực còn thiếu', keywords: ['kiêm nhiệm'] },
      ],
      assessments: [
        assessment('a', '2024-H1', {}, { difficulties: ['Cán bộ kiêm nhiệm', 'Thiếu kinh phí'] }),
        assessment('b', '2024-H1', {}, { difficulties: ['Thiếu kinh phí.', 'Mạng chậm'] }),
        assessment(
          'c',
          '2024-H1',
          {},
          {
            difficulties: [{ text: 'Chậm giải ngân vốn', theme: 'nhan-luc' }, 'Thiếu VỐN đối ứng'],
          },
        ),
      ],
    });
    expect(
      model.difficulties.map((group) => [
        group.theme,
        group.agencies,
        group.texts.map((t) => t.text),
      ]),
    ).toEqual([
      ['kinh-phi', ['a', 'b', 'c'], ['Thiếu kinh phí', 'Thiếu VỐN đối ứng']],
      ['nhan-luc', ['a', 'c'], ['Cán bộ kiêm nhiệm', 'Chậm giải ngân vốn']],
      [null, ['b'], ['Mạng chậm']],
    ]);
    expect(model.themes).toEqual([
      { id: 'kinh-phi', name: 'Kinh phí còn hạn chế' },
      { id: 'nhan-luc', name: 'Nhân lực còn thiếu' },
    ]);
  });
});

describe('grade counts per group', () => {
  it('count each group’s assessed agencies by grade, in criteria.yaml order', () => {
    const model = report({
      groups: [{ id: 'so', name: 'Sở, ban, ngành' }],
      agencies: [
        agency('a', 'Sở A', { group: 'so' }),
        agency('b', 'Sở B', { group: 'so' }),
        agency('c', 'UBND xã C'),
      ],
      components: [{ id: 'nt', name: 'Nhận thức số' }],
      criteria: [criterion('NT-01', 'nt', 10)],
      grades: [
        { name: 'Tốt', min: 80 },
        { name: 'Khá', min: 65 },
        { name: 'Yếu', min: 0 },
      ],
      assessments: [
        assessment('a', '2024-H1', { 'NT-01': 9 }),
        assessment('b', '2024-H1', { 'NT-01': 7 }),
        assessment('c', '2024-H1', { 'NT-01': 8 }),
      ],
    });
    expect(model.index.indices[0]!.gradeCounts).toEqual([
      {
        group: 'so',
        assessed: 2,
        grades: [
          { name: 'Tốt', count: 1 },
          { name: 'Khá', count: 1 },
          { name: 'Yếu', count: 0 },
        ],
      },
      {
        group: null,
        assessed: 1,
        grades: [
          { name: 'Tốt', count: 1 },
          { name: 'Khá', count: 0 },
          { name: 'Yếu', count: 0 },
        ],
      },
    ]);
  });
});
