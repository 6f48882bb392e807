/** Near-identical wordings joined for the body (issue 27): counted and quoted once. */
import { describe, expect, it } from 'vitest';
import { alike, joinAlike } from '../../src/compute/alike-texts.js';
import type { SourcedText } from '../../src/compute/report-model.js';

const said = (text: string, agencies: string[], kind: 'task' | 'assessment' = 'assessment') => ({
  text,
  theme: null,
  sources: agencies.map((agency) => ({ agency, kind, ref: '2024-H2' })),
});

describe('alike', () => {
  it('joins a word added or dropped in a sentence', () => {
    expect(
      alike(
        'Người dân vẫn có thói quen nộp hồ sơ trực tiếp, tỷ lệ hồ sơ trực tuyến toàn trình còn thấp',
        'Người dân vẫn quen nộp hồ sơ trực tiếp, tỷ lệ hồ sơ trực tuyến toàn trình còn thấp.',
      ),
    ).toBe(true);
    expect(
      alike(
        'Các trường cao đẳng trên địa bàn chưa có chuyên ngành đào tạo về chuyển đổi số',
        'Các trường cao đẳng trên địa bàn tỉnh chưa có chuyên ngành đào tạo về chuyển đổi số',
      ),
    ).toBe(true);
  });

  it('keeps apart different complaints, short texts one letter apart, and different numbers', () => {
    expect(alike('Thiếu kinh phí triển khai', 'Thiếu nhân lực triển khai')).toBe(false);
    expect(alike('Thiếu máy quét', 'Thiếu máy tính')).toBe(false);
    expect(alike('Thiếu máy chủ', 'Thiếu máy chú')).toBe(false);
    expect(
      alike(
        'Còn 5 thôn chưa có sóng điện thoại di động ổn định',
        'Còn 12 thôn chưa có sóng điện thoại di động ổn định',
      ),
    ).toBe(false);
    expect(
      alike(
        'Kết nối internet trên đảo chưa ổn định, thường gián đoạn',
        'Kết nối internet ở vùng sâu chưa ổn định, thường gián đoạn',
      ),
    ).toBe(false);
  });
});

describe('joinAlike', () => {
  it('keeps the most raised wording with the agencies of all, each source once, most raised first', () => {
    const texts: SourcedText[] = [
      said(
        'Người dân vẫn có thói quen nộp hồ sơ trực tiếp, tỷ lệ hồ sơ trực tuyến toàn trình còn thấp',
        ['cam-lo', 'huong-hoa', 'con-co'],
      ),
      said('Kỹ năng số của người dân còn hạn chế', ['dong-ha', 'gio-linh']),
      said('Người dân vẫn quen nộp hồ sơ trực tiếp, tỷ lệ hồ sơ trực tuyến toàn trình còn thấp', [
        'van-phong',
        'cam-lo',
      ]),
    ];
    expect(joinAlike(texts)).toEqual([
      {
        text: 'Người dân vẫn có thói quen nộp hồ sơ trực tiếp, tỷ lệ hồ sơ trực tuyến toàn trình còn thấp',
        theme: null,
        sources: ['cam-lo', 'huong-hoa', 'con-co', 'van-phong'].map((agency) => ({
          agency,
          kind: 'assessment',
          ref: '2024-H2',
        })),
      },
      said('Kỹ năng số của người dân còn hạn chế', ['dong-ha', 'gio-linh']),
    ]);
    // The texts given are left as they were (the appendix lists every wording).
    expect(texts[0]!.sources).toHaveLength(3);
  });

  it('orders the joined texts by how many agencies raised them', () => {
    const joined = joinAlike([
      said('Hạ tầng công nghệ thông tin chưa đồng bộ', ['a', 'b']),
      said('Thiếu kinh phí', ['c']),
      said('Hạ tầng công nghệ thông tin còn chưa đồng bộ', ['d']),
    ]);
    expect(joined.map((entry) => [entry.text, entry.sources.length])).toEqual([
      ['Hạ tầng công nghệ thông tin chưa đồng bộ', 3],
      ['Thiếu kinh phí', 1],
    ]);
  });
});
