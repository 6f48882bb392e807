/** Tasks and groups of tasks apart in the totals' words (issue 27). */
import { describe, expect, it } from 'vitest';
import type { Ratio, TaskFigures } from '../../src/compute/report-model.js';
import { emptyFigures } from '../../src/compute/task-figures.js';
import {
  tasksAndGroups,
  totalsChangeSentences,
  type CountedKind,
} from '../../src/render/totals-wording.js';

const ratio = (numerator: number, denominator: number): Ratio => ({ numerator, denominator });

describe('tasksAndGroups', () => {
  it('says each kind, a kind with none left out', () => {
    expect(tasksAndGroups(3, 0)).toBe('3 nhiệm vụ');
    expect(tasksAndGroups(3, 1)).toBe('2 nhiệm vụ và 1 nhóm nhiệm vụ');
    expect(tasksAndGroups(1, 1)).toBe('1 nhóm nhiệm vụ');
    expect(tasksAndGroups(0, 0)).toBe('0 nhiệm vụ');
  });
});

describe('totalsChangeSentences', () => {
  const figures = (implemented: number, assigned: number): TaskFigures => ({
    ...emptyFigures(),
    assigned,
    implemented,
    implementedRatio: ratio(implemented, assigned),
  });
  const kind = (
    noun: string,
    previous: TaskFigures,
    change: { implemented: number; done: number; overdue: number },
  ): CountedKind => ({
    noun,
    figures: previous,
    finishedWithin: 0,
    comparison: {
      previous,
      change: { ...change, assigned: 0, implementedRatio: ratio(0, 1) },
    },
  });

  it('says what moved, then what did not in one clause, "so với" once', () => {
    expect(
      totalsChangeSentences(
        [
          kind('nhiệm vụ', figures(17, 36), { implemented: 11, done: 0, overdue: 0 }),
          kind('nhóm nhiệm vụ', figures(11, 11), { implemented: 0, done: 0, overdue: 0 }),
        ],
        'quý II năm 2024',
      ),
    ).toEqual([
      'Số nhiệm vụ đã triển khai tăng 11 nhiệm vụ so với quý II năm 2024 (kỳ trước: 17/36); số nhiệm vụ hoàn thành và quá hạn không đổi.',
      'Số nhóm nhiệm vụ đã triển khai (kỳ trước: 11/11), hoàn thành và quá hạn không đổi.',
    ]);
    expect(
      totalsChangeSentences(
        [kind('nhiệm vụ', figures(14, 35), { implemented: 0, done: 2, overdue: -1 })],
        '6 tháng cuối năm 2023',
      ),
    ).toEqual([
      'Số nhiệm vụ hoàn thành tăng 2 nhiệm vụ so với 6 tháng cuối năm 2023; số nhiệm vụ quá hạn giảm 1 nhiệm vụ; số nhiệm vụ đã triển khai (kỳ trước: 14/35) không đổi.',
    ]);
  });
});
