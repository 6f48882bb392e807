import { describe, expect, it } from 'vitest';
import { mergeMentions, themeOf, type Mention } from '../../src/compute/difficulties.js';
import type { Theme } from '../../src/model/types.js';

const a = 'a';
const b = 'b';
const fromTask = (text: string, agency: string, ref: string): Mention => ({
  said: { text },
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
        theme: null,
        sources: [
          { agency: a, kind: 'task', ref: 'T1' },
          { agency: a, kind: 'task', ref: 'T2' },
          { agency: b, kind: 'task', ref: 'T2' },
        ],
      },
      // d < đ < … < z in Vietnamese; a code-point sort would put "Đ" after "Z".
      { text: 'Đường truyền chậm', theme: null, sources: [{ agency: a, kind: 'task', ref: 'T1' }] },
      {
        text: 'Zalo chưa tích hợp',
        theme: null,
        sources: [{ agency: a, kind: 'task', ref: 'T1' }],
      },
    ]);
  });

  it('merges texts that differ only in case, spacing and punctuation', () => {
    const merged = mergeMentions([
      fromTask('Hạ tầng, thiết bị công nghệ thông tin chưa đồng bộ.', a, 'T1'),
      fromTask('hạ tầng thiết bị công nghệ thông tin chưa đồng bộ', b, 'T2'),
      fromTask('HẠ TẦNG; THIẾT BỊ CÔNG NGHỆ THÔNG TIN CHƯA ĐỒNG BỘ!', b, 'T3'),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.text).toBe('Hạ tầng, thiết bị công nghệ thông tin chưa đồng bộ.');
    expect(merged[0]!.sources.map((source) => source.ref)).toEqual(['T1', 'T2', 'T3']);
  });
});

describe('themeOf (spec § themes.yaml)', () => {
  const themes: Theme[] = [
    { id: 'nhan-luc', name: 'Nhân lực', keywords: ['kiêm nhiệm', 'Tham mưu'] },
    { id: 'kinh-phi', name: 'Kinh phí', keywords: ['kinh phí'] },
    { id: 'rieng', name: 'Chỉ nhận văn bản ghi chủ đề', keywords: [] },
  ];

  it('puts a text written with its theme under that theme, whatever its words', () => {
    expect(themeOf({ text: 'Thiếu kinh phí', theme: 'rieng' }, themes)).toBe('rieng');
  });

  it('else under the theme of the longest keyword it contains, catalogue order between equals, ignoring case', () => {
    expect(themeOf({ text: 'Cán bộ THAM MƯU thiếu kinh phí đi học' }, themes)).toBe('nhan-luc');
    expect(themeOf({ text: 'Thiếu Kinh Phí triển khai' }, themes)).toBe('kinh-phi');
    const specific: Theme[] = [
      { id: 'nhan-luc', name: 'Nhân lực', keywords: ['kiêm nhiệm'] },
      { id: 'to-cong-nghe', name: 'Tổ công nghệ số cộng đồng', keywords: ['tổ công nghệ số'] },
    ];
    // "tổ công nghệ số" (15 letters) is more specific than "kiêm nhiệm" (10), wherever its theme stands.
    expect(themeOf({ text: 'Thành viên tổ công nghệ số hoạt động kiêm nhiệm' }, specific)).toBe(
      'to-cong-nghe',
    );
  });

  it("leaves out a theme whose exclude phrase the text contains (themes.yaml's exclude)", () => {
    const steered: Theme[] = [
      { id: 'nhan-luc', name: 'Nhân lực', keywords: ['kiêm nhiệm'], exclude: ['thành viên tổ'] },
      { id: 'kinh-phi', name: 'Kinh phí', keywords: ['kinh phí'] },
    ];
    expect(themeOf({ text: 'Thành viên tổ hoạt động kiêm nhiệm, chưa có kinh phí' }, steered)).toBe(
      'kinh-phi',
    );
    expect(themeOf({ text: 'Cán bộ chủ yếu kiêm nhiệm' }, steered)).toBe('nhan-luc');
  });

  it('matches in NFC: a text typed in decomposed form (NFD) finds its keyword', () => {
    const decomposed = 'Cán bộ chủ yếu kiêm nhiệm'.normalize('NFD');
    expect(decomposed).not.toBe('Cán bộ chủ yếu kiêm nhiệm');
    expect(themeOf({ text: decomposed }, themes)).toBe('nhan-luc');
  });

  it('else under no theme ("khác")', () => {
    expect(themeOf({ text: 'Đường truyền chậm' }, themes)).toBeNull();
    expect(themeOf({ text: 'Thiếu kinh phí' }, [])).toBeNull();
  });

  it('gives merged texts the theme of their first mention, or a later explicit one', () => {
    const merged = mergeMentions(
      [
        { said: { text: 'Đường truyền chậm' }, source: { agency: a, kind: 'task', ref: 'T1' } },
        {
          said: { text: 'đường truyền chậm', theme: 'rieng' },
          source: { agency: b, kind: 'task', ref: 'T2' },
        },
      ],
      themes,
    );
    expect(merged.map((entry) => [entry.text, entry.theme])).toEqual([
      ['Đường truyền chậm', 'rieng'],
    ]);
  });
});
