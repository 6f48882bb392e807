/** Who the reminder is written to, and its new deadline (spec § rounds.yaml). */
import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../../src/options/round-request.js';
import { addresseeLines, type ReminderUnit } from '../../../src/render/letter/reminder-context.js';

const unit = (name: string, group: string | null): ReminderUnit => ({
  agency: name,
  name,
  group,
  owes: ['assessment'],
  owed: ['kết quả tự đánh giá chuyển đổi số'],
  owedCell: 'Kết quả tự đánh giá chuyển đổi số',
  overdueTasks: [],
  overdue: { count: 0, groups: 0 },
});

describe('addresseeLines', () => {
  it('names up to five units one by one', () => {
    const units = ['Sở A', 'Sở B', 'UBND xã C', 'UBND xã D', 'Sở E'].map((name) =>
      unit(name, name.startsWith('Sở') ? 'Sở, ban, ngành' : 'UBND cấp xã'),
    );
    expect(addresseeLines(units)).toEqual(['Sở A', 'Sở B', 'UBND xã C', 'UBND xã D', 'Sở E']);
  });

  it('groups more than five, a group of one and units of no group by name', () => {
    const units = [
      unit('Sở A', 'Sở, ban, ngành'),
      unit('Sở B', 'Sở, ban, ngành'),
      unit('UBND xã C', 'UBND các xã, phường'),
      unit('UBND xã D', 'UBND các xã, phường'),
      unit('UBND phường E', 'UBND các xã, phường'),
      unit('Công an tỉnh', 'Lực lượng vũ trang'),
      unit('Ban Dân tộc', null),
    ];
    expect(addresseeLines(units)).toEqual([
      'Sở, ban, ngành: Sở A, Sở B',
      'UBND các xã, phường: UBND xã C, UBND xã D, UBND phường E',
      'Công an tỉnh',
      'Ban Dân tộc',
    ]);
  });
});

describe('addWorkingDays', () => {
  it('skips Saturdays and Sundays', () => {
    expect(addWorkingDays('2024-07-12', 3)).toBe('2024-07-17'); // Friday → Wednesday
    expect(addWorkingDays('2024-07-10', 3)).toBe('2024-07-15'); // Wednesday → Monday
    expect(addWorkingDays('2024-07-13', 1)).toBe('2024-07-15'); // Saturday → Monday
    expect(addWorkingDays('2024-12-31', 3)).toBe('2025-01-03');
  });
});
