/**
 * The sample's Word briefing opened by a second implementation: python-docx,
 * as an office's own script opens it. It must read without a warning and find
 * the NĐ 30/2020 page, fonts and sizes, the two-column header and signature
 * tables, the number line, the italic date line, the opening, the headings,
 * the key figures (11/11, 11/21, 5/9, 1/6), the indicator table, the themes
 * in bold, the closing "./." and the four appendices. Skipped, with a
 * warning, where no python3 on PATH can import docx (apt-get install python3-docx).
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPythonDocx, readWithPythonDocx, type PyDocument } from './python-docx.js';
import { writeSampleBriefing } from './word-briefing.js';

const python = findPythonDocx();
if (python === null) {
  console.warn(
    'No python3 with python-docx on PATH (apt-get install python3-docx): the python-docx check of the .docx is skipped.',
  );
}

describe.skipIf(python === null)('the Word briefing as python-docx reads it', () => {
  let folder = '';
  let read: PyDocument;
  beforeAll(async () => {
    const written = await writeSampleBriefing();
    folder = written.folder;
    read = await readWithPythonDocx(python ?? 'python3', written.file);
  });
  afterAll(async () => {
    if (folder !== '') await rm(folder, { recursive: true, force: true });
  });

  it('has an A4 portrait body and four appendices (the wide ones landscape), margins 20/20/30/15 mm, a first page of their own', () => {
    const portrait = {
      width: 11906,
      height: 16838,
      orientation: 'PORTRAIT (0)',
      top: 1134,
      bottom: 1134,
      left: 1701,
      right: 850,
      different_first_page: true,
    };
    const landscape = {
      width: 16838,
      height: 11906,
      orientation: 'LANDSCAPE (1)',
      top: 1701,
      bottom: 850,
      left: 1134,
      right: 1134,
      different_first_page: true,
    };
    expect(read.sections.map(({ header: _header, first_page_header: _first, ...page }) => page)).toEqual([
      portrait, portrait, landscape, landscape, landscape,
    ]); // prettier-ignore
  });

  it('sets Times New Roman 14 pt, the body justified with a 1,27 cm first line, 6 pt after, 1,15 lines', () => {
    expect(read.styles.Normal).toMatchObject({ font: 'Times New Roman', size: 14 });
    expect(read.styles.BodyText).toMatchObject({
      alignment: 'JUSTIFY (3)',
      first_line_indent: 720,
      space_after: 6,
      line_spacing: 1.15,
    });
    expect(read.styles.QuocHieu).toMatchObject({ size: 12, bold: true, alignment: 'CENTER (1)' });
    expect(read.styles.TieuNgu).toMatchObject({ size: 13, bold: true });
    expect(read.styles.DiaDanhNgayThang).toMatchObject({ size: 13, italic: true });
    expect(read.styles.NoiNhan).toMatchObject({ size: 12, bold: true, italic: true });
    expect(read.styles.NoiNhanDanhSach).toMatchObject({ size: 11 });
  });

  it('opens with the header as two columns: bodies and number line left, nation and italic date line right', () => {
    const header = read.tables[0]!;
    const texts = header.map((row) => row.map((cell) => cell.map((p) => p.text).filter(Boolean)));
    expect(texts).toEqual([
      [
        ['ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', 'BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH QUẢNG TRỊ'],
        ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
      ],
      [
        ['Số: \u00a0\u00a0\u00a0\u00a0\u00a0/BC-BCĐ'],
        [
          'Quảng Trị, ngày \u00a0\u00a0\u00a0\u00a0\u00a0tháng \u00a0\u00a0\u00a0\u00a0\u00a0năm 2024',
        ],
      ],
    ]);
    expect(header[1]?.[1]?.[0]?.style).toBe('Địa danh, ngày tháng');
    expect(read.styles.DiaDanhNgayThang?.italic).toBe(true);
  });

  it('has the headings of the NĐ 30 hierarchy and the figures of the briefing', () => {
    const headings = read.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text);
    expect(headings).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      'II. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(read.paragraphs.find((p) => p.text.startsWith('Thực hiện'))?.text).toBe(
      'Thực hiện Quyết định số 1982/QĐ-UBND ngày 29/7/2022 của UBND tỉnh ban hành Đề án chuyển đổi số tỉnh Quảng Trị đến năm 2025, định hướng đến năm 2030 (Quyết định 1982), Ban Chỉ đạo Chuyển đổi số tỉnh báo cáo kết quả thực hiện công tác chuyển đổi số theo Quyết định 1982 và 6 tháng đầu năm 2024, phương hướng, nhiệm vụ thời gian tới như sau:',
    );
    expect(read.paragraphs.find((p) => p.text.startsWith('Tính đến'))?.text).toBe(
      'Tính đến ngày 30/6/2024, 11/11 nhóm nhiệm vụ chung đã được triển khai; đã triển khai 11/21 nhiệm vụ phát triển chính quyền số, 5/9 nhiệm vụ phát triển kinh tế số, 1/6 nhiệm vụ phát triển xã hội số.',
    );
    const pillars = read.tables.find((table) => table[0]?.[0]?.[0]?.text === 'Trụ cột')!;
    expect(pillars.map((row) => row.map((cell) => cell[0]?.text))[2]).toEqual([
      'Chính quyền số', '21', '11', '52,4%', '5 (5/0)', '2', '7', '71,4%',
    ]); // prettier-ignore
  });

  it('reads the indicator table: its header, a pillar as one bold cell across, the fibre row', () => {
    const table = read.tables.find((found) => found[0]?.[0]?.[0]?.text === 'Chỉ tiêu')!;
    const texts = table.map((row) => row.map((cell) => cell.map((p) => p.text).join('\n')));
    expect(texts[0]).toEqual([
      'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Kết quả', 'Kỳ trước', 'Tăng, giảm', 'Đánh giá',
    ]); // prettier-ignore
    // python-docx gives a merged cell once per grid column it spans.
    expect(texts[1]).toEqual(Array(7).fill('Nhiệm vụ chung'));
    expect(table[1]?.[0]?.[0]?.bold).toEqual([true]);
    expect(texts).toContainEqual([
      'Tỷ lệ hộ gia đình có kết nối Internet cáp quang', '%', '80 (năm 2025, 749/QĐ-TTg)',
      '72,595', '68,3', 'tăng 4,295 điểm phần trăm', 'chưa đạt',
    ]); // prettier-ignore
    expect(texts).toHaveLength(14);
  });

  it('sums difficulties up by theme, the theme in a bold run, and closes with "./." before the signature', () => {
    // The template's words: each theme in a bold run, then how many agencies raised it.
    const theme = read.paragraphs.find((p) => p.text.startsWith('- Kinh phí bố trí'))!;
    expect(theme).toMatchObject({
      style: 'Gạch đầu dòng',
      text: '- Kinh phí bố trí cho chuyển đổi số còn hạn chế (13 cơ quan phản ánh), như: kinh phí bố trí cho chuyển đổi số còn hạn chế, chưa đáp ứng yêu cầu; chưa được bố trí kinh phí; ngân sách tỉnh còn hạn hẹp, chưa đáp ứng nhu cầu kinh phí chuyển đổi số của các đơn vị.',
      bold: [null, true, null],
    });
    const texts = read.paragraphs.map((p) => p.text);
    const closing = texts.findIndex((text) => text.startsWith('Trên đây'));
    expect(texts[closing]).toBe(
      'Trên đây là báo cáo kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024 của Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị./.',
    );
    expect(texts.filter((text) => text.endsWith('./.'))).toHaveLength(1);
  });

  it('heads the appendices Phụ lục I to IV, each with its title and attachment line', () => {
    const heads = read.paragraphs
      .map((p, index) => [p, index] as const)
      .filter(([p]) => p.style === 'Phụ lục' && p.text.startsWith('Phụ lục'))
      .map(([p, index]) => [
        p.text,
        read.paragraphs[index + 1]?.text,
        read.paragraphs[index + 2]?.style,
      ]);
    expect(heads).toEqual([
      ['Phụ lục I', 'KẾT QUẢ TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CỦA CÁC CƠ QUAN 6 THÁNG ĐẦU NĂM 2024', 'Kèm theo'],
      ['Phụ lục II', 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ VÀ TỰ ĐÁNH GIÁ THEO CƠ QUAN ĐẾN NGÀY 30/6/2024', 'Kèm theo'],
      ['Phụ lục III', 'KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ CỦA CÁC CƠ QUAN', 'Kèm theo'],
      ['Phụ lục IV', 'DANH SÁCH NHIỆM VỤ VÀ TÌNH HÌNH THỰC HIỆN ĐẾN NGÀY 30/6/2024', 'Kèm theo'],
    ]); // prettier-ignore
    expect(read.paragraphs.find((p) => p.style === 'Kèm theo')?.text).toBe(
      '(Kèm theo Báo cáo số \u00a0\u00a0\u00a0\u00a0\u00a0/BC-BCĐ ngày \u00a0\u00a0\u00a0\u00a0\u00a0tháng \u00a0\u00a0\u00a0\u00a0\u00a0năm 2024 của Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị)',
    );
    // The texts appendix: a theme's name in bold across the text and agency columns.
    const texts = read.tables.find((table) => table[0]?.[1]?.[0]?.text === 'Nội dung')!;
    expect(texts[1]?.map((cell) => cell[0]?.text)).toEqual([
      '',
      'Nhiều đơn vị chưa chú trọng việc thực hiện chuyển đổi số',
      'Nhiều đơn vị chưa chú trọng việc thực hiện chuyển đổi số',
    ]);
    expect(texts[1]?.[1]?.[0]?.bold).toEqual([true]);
  });

  it('ends the body with Nơi nhận and the signer as two columns of one row', () => {
    const signature = read.tables.find((table) => table[0]?.[0]?.[0]?.text === 'Nơi nhận:')!;
    expect(signature).toHaveLength(1);
    const [left, right] = signature[0]!;
    expect(left?.map((p) => p.text)).toEqual([
      'Nơi nhận:',
      '- Thường trực Tỉnh ủy;',
      '- Thường trực HĐND tỉnh;',
      '- Chủ tịch, các Phó Chủ tịch UBND tỉnh;',
      '- Thành viên Ban Chỉ đạo Chuyển đổi số tỉnh;',
      '- Các sở, ban, ngành cấp tỉnh;',
      '- UBND các huyện, thị xã, thành phố;',
      '- Lưu: VT, Sở KH&CN.',
    ]);
    expect(right?.map((p) => p.text)).toEqual([
      'TM. BAN CHỈ ĐẠO',
      'TRƯỞNG BAN',
      'CHỦ TỊCH UBND TỈNH',
      'Võ Văn Hưng',
    ]);
  });
});
