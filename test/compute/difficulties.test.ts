import { describe, expect, it } from 'vitest';
import { mergeMentions, type Mention } from '../../src/compute/difficulties.js';

const a = 'a';
const b = 'b';
const fromTask = (text: string, agency: string, ref: string): Mention => ({
  text,
  source: { agency, kind: 'task', ref },
});

describe('mergeMentions', () => {
  it('lists each agency once per ref, and orders ties by Vietnamese collation', () => {
    expect(
      mergeMentions([
        fromTask('Đường truyền chậm', a, 'T1'),
        fromTask('Zalo chưa tích hợp', a, 'T1'),
        fromTask('Dữ liệu phân tán', a, 'T1'),
        fromTask('dữ liệu  phân tán;', a, 'T1'),
        fromTask('Dữ liệu phân tán', a, 'T2'),
        fromTask('Dữ liệu phân tán', b, 'T2'),
        fromTask('   ', b, 'T2'),
      ]),
    ).toEqual([
      {
        text: 'Dữ liệu phân tán',
        sources: [
          { agency: a, kind: 'task', ref: 'T1' },
          { agency: a, kind: 'task', ref: 'T2' },
          { agency: b, kind: 'task', ref: 'T2' },
        ],
      },
      // d < đ < … < z in Vietnamese; a code-point sort would put "Đ" after "Z".
      { text: 'Đường truyền chậm', sources: [{ agency: a, kind: 'task', ref: 'T1' }] },
      { text: 'Zalo chưa tích hợp', sources: [{ agency: a, kind: 'task', ref: 'T1' }] },
    ]);
  });
});
