/**
 * The terminal writes a day in the briefing's one short form (NĐ 30: "30/6/2024",
 * "02/7/2024", "05/01/2025"), never "30/06/2024"; English keeps 2024-06-30.
 * The status board's columns stay aligned when the days differ in width.
 */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { boardTable } from '../../src/cli/commands/status.js';
import type { RoundAgencyRow, RoundBoard } from '../../src/compute/round-status.js';
import type { Settings } from '../../src/model/types.js';
import { numberStyle } from '../../src/render/number-style.js';

const plain = new Chalk({ level: 0 });

describe('terminal dates', () => {
  it('are written as the briefing writes them in Vietnamese, ISO in English', () => {
    const vi = numberStyle('vi');
    expect(
      ['2024-06-30', '2024-07-02', '2025-01-05', '2024-12-10'].map((day) => vi.date(day)),
    ).toEqual(['30/6/2024', '02/7/2024', '05/01/2025', '10/12/2024']);
    expect(numberStyle('en').date('2024-07-02')).toBe('2024-07-02');
  });

  it('keep the status board aligned when the days differ in width', () => {
    const row = (name: string, updates: string | null, assessment: string): RoundAgencyRow => ({
      agency: name,
      name,
      state: 'on-time',
      parts: [
        { part: 'updates', received: updates },
        { part: 'assessment', received: assessment },
      ],
      owes: [],
      updateRate: { numerator: 1, denominator: 1 },
      notUpdated: [],
    });
    const board: RoundBoard = {
      period: '2024',
      request: null,
      window: { first: '2024-01-01', last: '2024-12-31' },
      due: '2025-01-10',
      asOf: '2025-01-12',
      expects: ['updates', 'assessment'],
      groups: [
        {
          group: null,
          name: 'Sở, ban, ngành',
          rows: [
            row('Sở Nội vụ', '2024-12-20', '2024-09-05'),
            row('Sở Y tế', '2024-07-02', '2024-12-30'),
            row('Sở Tư pháp', null, '2025-01-09'),
          ],
        },
      ],
      totals: {
        expected: 3,
        sent: 3,
        onTime: 3,
        late: 0,
        notSent: 0,
        missing: 0,
        notYetDue: 0,
        notExpected: 0,
        sentRatio: { numerator: 3, denominator: 3 },
      },
    };
    const settings = { organization: 'Ban Chỉ đạo' } as Settings;
    expect(boardTable(board, settings, plain).split('\n')).toEqual([
      'Ban Chỉ đạo — đợt báo cáo năm 2024: hạn gửi 10/01/2025, tình hình đến 12/01/2025',
      'Đơn vị        Trạng thái  Tiến độ NV  Tự đánh giá  Cập nhật  NV chưa cập nhật',
      'Sở, ban, ngành',
      '  Sở Nội vụ   đúng hạn    20/12/2024    05/9/2024       1/1',
      '  Sở Y tế     đúng hạn     02/7/2024   30/12/2024       1/1',
      '  Sở Tư pháp  đúng hạn          chưa   09/01/2025       1/1',
      'Đã gửi 3/3 đơn vị (100%), đúng hạn 3, muộn 0; chưa gửi 0.',
    ]);
  });
});
