/**
 * The Word briefing of the fixture model read back from its XML: the NĐ
 * 30/2020 page, the named styles and their sizes, the two-column header with
 * the number and date lines, the heading hierarchy, the tables, the
 * signature block beside "Nơi nhận", page numbers from page 2, the appendix.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../src/compute/report-model.js';
import { renderDocx } from '../../../src/render/docx/render-docx.js';
import { DOCUMENT_MODEL, UNNUMBERED_MODEL } from '../../fixtures/document-model.js';
import { REPORT_MODEL } from '../../fixtures/report-model.js';
import { cellTexts, readDocx, type DocxTable, type ReadDocx, BRIEFING_INPUT } from './docx-xml.js';

const INPUT = BRIEFING_INPUT;
const render = async (model: ReportModel) => readDocx((await renderDocx(model, INPUT)).bytes);

let docx: ReadDocx;
beforeAll(async () => {
  docx = await render(DOCUMENT_MODEL);
});

/** The XML of one style of styles.xml. */
function style(id: string): string {
  const found = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(
    docx.part('word/styles.xml'),
  );
  if (found === null) throw new Error(`no style ${id}`);
  return found[0];
}

const sections = () =>
  [...docx.document.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((match) => match[0]);

describe('the page (NĐ 30/2020, Phụ lục I)', () => {
  it('is A4 portrait with margins 20, 15, 20 and 30 mm, numbered from 1 with a first page of its own', () => {
    const body = sections()[0] ?? '';
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(body).toContain(
      '<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>',
    );
    expect(body).toContain('<w:pgNumType w:start="1"/>');
    expect(body).toContain('<w:titlePg/>');
  });

  it('puts each appendix on a new page, numbered on its own; the wide tables (agencies, tasks) landscape', () => {
    const [, ...appendices] = sections();
    expect(appendices).toHaveLength(4);
    for (const appendix of appendices) {
      expect(appendix).toContain('<w:type w:val="nextPage"/>');
      expect(appendix).toContain('<w:pgNumType w:start="1"/>');
      expect(appendix).toContain('<w:titlePg/>');
    }
    // The fixture's difficulties and proposals are short: their three columns fit a portrait page.
    expect(appendices.map((appendix) => /w:orient="(\w+)"/.exec(appendix)?.[1])).toEqual([
      'portrait',
      'landscape',
      'portrait',
      'landscape',
    ]);
    expect(appendices[3]).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
  });

  it('numbers pages in the top margin, centred, from the second page: the first page header is empty', () => {
    const rels = docx.part('word/_rels/document.xml.rels');
    const target = (type: 'default' | 'first') => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"/>`).exec(
        sections()[0] ?? '',
      )?.[1];
      const file = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
      return docx.part(`word/${file}`);
    };
    expect(target('default')).toMatch(
      /<w:pStyle w:val="Header"\/>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>/,
    );
    expect(target('first')).not.toContain('PAGE');
    expect(style('Header')).toContain('<w:jc w:val="center"/>');
    expect(style('Header')).toContain('<w:sz w:val="26"/>');
  });
});

describe('the named styles', () => {
  it('default to Times New Roman 14 pt, Vietnamese', () => {
    const defaults =
      /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(docx.part('word/styles.xml'))?.[0] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('w:hAnsi="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('<w:lang w:val="vi-VN"/>');
  });

  it('set the body justified, first line indented 1,27 cm, 6 pt after, line spacing 1,15', () => {
    const body = style('BodyText');
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toContain('<w:ind w:firstLine="720"/>');
    expect(body).toMatch(
      /<w:spacing(?= )(?=[^>]* w:before="0")(?=[^>]* w:after="120")(?=[^>]* w:line="276")(?=[^>]* w:lineRule="auto")[^>]*\/>/,
    );
  });

  it('give each header element its NĐ 30 size and look', () => {
    expect(style('QuocHieu')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(style('TieuNgu')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
    expect(style('CoQuanChuQuan')).not.toContain('<w:b/>');
    expect(style('CoQuanBanHanh')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(style('SoKyHieu')).toContain('<w:sz w:val="26"/>');
    expect(style('DiaDanhNgayThang')).toMatch(/<w:i\/>[\s\S]*<w:sz w:val="26"\/>/);
    expect(style('NoiNhan')).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(style('NoiNhanDanhSach')).toContain('<w:sz w:val="22"/>');
    expect(style('ChucVuNguoiKy')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
  });

  it('style every paragraph of the body by name, none by hand', () => {
    const unstyled = docx.paragraphs.filter((p) => p.style === null && p.text !== '');
    expect(unstyled).toEqual([]);
  });
});

describe('the header', () => {
  it('is a borderless two-column table: the bodies and the number line left, the nation and the date line right', () => {
    const header = docx.blocks[0];
    expect(header?.kind).toBe('table');
    const table = header as DocxTable;
    expect(table.xml).toMatch(/<w:tblBorders><w:top w:val="none"/);
    expect(table.xml.match(/<w:gridCol /g)).toHaveLength(2);
    expect(cellTexts(table)).toEqual([
      [
        'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nBAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH QUẢNG TRỊ\n',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n',
      ],
      ['Số: 125/BC-BCĐ', 'Quảng Trị, ngày 30 tháng 6 năm 2024'],
    ]);
    expect(table.rows[1]?.map((cell) => cell[0]?.style)).toEqual(['SoKyHieu', 'DiaDanhNgayThang']);
    // The rules: an empty paragraph with a top border under the issuing body and under the motto.
    expect(
      table.rows[0]?.map((cell) => cell.at(-1)?.xml.includes('<w:top w:val="single"')),
    ).toEqual([true, true]);
  });

  it('leaves the number blank for the document system, and drops the line without document:', async () => {
    const unnumbered = await render(UNNUMBERED_MODEL);
    // The template's blank: no-break spaces, which Word keeps as they are.
    expect(cellTexts(unnumbered.blocks[0] as DocxTable)[1]?.[0]).toBe(
      'Số: \u00a0\u00a0\u00a0\u00a0\u00a0/BC-BCĐ',
    );
    const plain = await render(REPORT_MODEL);
    expect(cellTexts(plain.blocks[0] as DocxTable)[1]).toEqual([
      '',
      'Quảng Trị, ngày 30 tháng 6 năm 2024',
    ]);
  });

  it('is followed by BÁO CÁO, the title, its rule and the Kính gửi lines', async () => {
    const next = docx.blocks
      .slice(1, 6)
      .map((block) => (block.kind === 'paragraph' ? [block.style, block.text] : ['table']));
    expect(next).toEqual([
      ['TenLoai', 'BÁO CÁO'],
      ['TrichYeu', 'Kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024'],
      ['DuongKe', ''],
      ['KinhGui', 'Kính gửi:\t- Ban Thường vụ Tỉnh ủy;'],
      ['KinhGui', '\t- Ủy ban nhân dân tỉnh Quảng Trị.'],
    ]);
    const single = await render(UNNUMBERED_MODEL);
    expect(single.paragraphs.filter((p) => p.style === 'KinhGui').map((p) => p.text)).toEqual([
      'Kính gửi: Ủy ban nhân dân tỉnh Quảng Trị.',
    ]);
  });
});

describe('the body', () => {
  const headings = (level: number) =>
    docx.paragraphs.filter((p) => p.style === `Heading${level}`).map((p) => p.text);

  it('has the sections I–IV in capitals, then numbered parts, no lettered points for lists the body counts', () => {
    expect(headings(1)).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      'II. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(headings(2)).toEqual([
      // Without notes/, the parts only the office writes are there to fill ("[Bổ sung: …]").
      '1. Công tác lãnh đạo, chỉ đạo, điều hành',
      '2. Kết quả trên các lĩnh vực',
      '3. Kết quả thực hiện nhiệm vụ',
      '4. Kết quả theo trụ cột',
      '5. Kết quả theo kế hoạch',
      '6. Nhiệm vụ hoàn thành, triển khai mới trong kỳ',
      '7. Kết quả tự đánh giá mức độ chuyển đổi số của các cơ quan',
      '1. Khó khăn, vướng mắc',
      '2. Nguyên nhân',
      '3. Cơ quan có nhiệm vụ quá hạn',
      '4. Cơ quan có kết quả tự đánh giá giảm',
      '5. Cơ quan chưa tự đánh giá',
      '1. Nhiệm vụ, giải pháp trọng tâm',
      '2. Tập trung hoàn thành các nhiệm vụ quá hạn',
      '3. Nhiệm vụ đến hạn trong 6 tháng cuối năm 2024',
      // The appendices' parts.
      '1. Khó khăn, vướng mắc',
      '2. Đề xuất, kiến nghị',
      '1. Nhiệm vụ chung',
      '2. Chính quyền số',
      '3. Kinh tế số',
      '4. Xã hội số',
    ]);
    expect(headings(3)).toEqual([]);
  });

  it('opens with the figures of the briefing: 11/11, 11/21, 5/9, 1/6', () => {
    expect(docx.paragraphs.find((p) => p.text.startsWith('Tính đến'))?.text).toBe(
      'Tính đến ngày 30/6/2024, 11/11 nhóm nhiệm vụ chung đã được triển khai; đã triển khai 11/21 nhiệm vụ phát triển chính quyền số, 5/9 nhiệm vụ phát triển kinh tế số, 1/6 nhiệm vụ phát triển xã hội số.',
    );
  });

  it('lays the pillar table out with a repeated header row, right-aligned numbers and a bold total', () => {
    const pillars = docx.tables.find((table) => table.rows[0]?.[0]?.[0]?.text === 'Trụ cột');
    expect(pillars).toBeDefined();
    expect(pillars!.xml).toMatch(
      /^<w:tbl>[\s\S]*?<w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/,
    );
    expect(cellTexts(pillars!)[2]).toEqual([
      'Chính quyền số',
      '21',
      '11',
      '52,4%',
      '5 (3/1)',
      '4',
      '8',
      '50%',
    ]);
    expect(pillars!.rows[2]?.map((cell) => cell[0]?.style)).toEqual([
      'TableText', 'TableNumber', 'TableNumber', 'TableNumber', 'TableNumber', 'TableNumber', 'TableNumber', 'TableNumber',
    ]); // prettier-ignore
    expect(pillars!.rows.at(-1)?.[0]?.[0]?.xml).toContain('<w:b/>');
    // Fitted widths filling the text width: the names wide, the counts narrow.
    const widths = [...pillars!.xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) =>
      Number(match[1]),
    );
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(9355);
    expect([1, 5, 6]).toContain(widths.indexOf(Math.min(...widths)));
    expect(widths[0]).toBeGreaterThan(2.5 * Math.min(...widths));
  });

  it('centres every cell of a table of figures vertically by its table style, the widths by its grid', () => {
    const pillars = docx.tables.find((table) => table.rows[0]?.[0]?.[0]?.text === 'Trụ cột');
    expect(pillars?.xml).toMatch(/^<w:tbl><w:tblPr><w:tblStyle w:val="DataTable"\/>/);
    // No cell of its own properties: 180,000 of them made a quarter of a national briefing's XML.
    expect(pillars?.xml).not.toContain('<w:tcPr>');
    expect(style('DataTable')).toBe(
      '<w:style w:type="table" w:styleId="DataTable"><w:name w:val="Data Table"/><w:tblPr/><w:tcPr><w:vAlign w:val="center"/></w:tcPr></w:style>',
    );
  });

  it("draws the pillar chart as a native Word chart with the text's rounded figures", () => {
    const chart = docx.part('word/charts/chart1.xml');
    expect(chart).toContain('Tỷ lệ nhiệm vụ đã triển khai theo trụ cột (%)');
    expect([...chart.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((match) => match[1])).toEqual(
      expect.arrayContaining(['Nhiệm vụ chung', 'Chính quyền số', '100', '52.4', '55.6', '16.7']),
    );
    expect(chart).toContain('52,4%');
  });

  it('ends with the end mark, then Nơi nhận and the signer side by side', () => {
    const last = docx.blocks.findLastIndex(
      (block) => block.kind === 'paragraph' && block.text.endsWith('./.'),
    );
    expect(last).toBeGreaterThan(0);
    const signature = docx.blocks
      .slice(last + 1)
      .find((block) => block.kind === 'table') as DocxTable;
    expect(signature.xml).toMatch(/<w:tblBorders><w:top w:val="none"/);
    expect(signature.rows).toHaveLength(1);
    const [left, right] = signature.rows[0] ?? [];
    expect(left?.map((p) => [p.style, p.text])).toEqual([
      ['NoiNhan', 'Nơi nhận:'],
      ['NoiNhanDanhSach', '- Thường trực Tỉnh ủy;'],
      ['NoiNhanDanhSach', '- Thường trực HĐND tỉnh;'],
      ['NoiNhanDanhSach', '- Thành viên Ban Chỉ đạo Chuyển đổi số tỉnh;'],
      ['NoiNhanDanhSach', '- Các sở, ban, ngành cấp tỉnh;'],
      ['NoiNhanDanhSach', '- Lưu: VT, Sở TT&TT.'],
    ]);
    expect(right?.map((p) => [p.style, p.text])).toEqual([
      ['ChucVuNguoiKy', 'TM. BAN CHỈ ĐẠO'],
      ['ChucVuNguoiKy', 'TRƯỞNG BAN'],
      ['ChucVuNguoiKy', 'CHỦ TỊCH UBND TỈNH'],
      ['HoTenNguoiKy', 'Võ Văn Hưng'],
    ]);
    // Room for the signature above the position line.
    expect(right?.[2]?.xml).toContain('<w:spacing w:before="1440"/>');
  });

  it('heads each appendix with its number, its title and the line naming the briefing', () => {
    const attached =
      '(Kèm theo Báo cáo số 125/BC-BCĐ ngày 30 tháng 6 năm 2024 của Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị)';
    const heads = docx.paragraphs
      .map((p, index) => [p, index] as const)
      .filter(([p]) => p.style === 'PhuLuc' && p.text.startsWith('Phụ lục'))
      .map(([, index]) => docx.paragraphs.slice(index, index + 3).map((p) => [p.style, p.text]));
    expect(heads).toEqual([
      [
        ['PhuLuc', 'Phụ lục I'],
        ['PhuLuc', 'KẾT QUẢ TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CỦA CÁC CƠ QUAN 6 THÁNG ĐẦU NĂM 2024'],
        ['KemTheo', attached],
      ],
      [
        ['PhuLuc', 'Phụ lục II'],
        ['PhuLuc', 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ VÀ TỰ ĐÁNH GIÁ THEO CƠ QUAN ĐẾN NGÀY 30/6/2024'],
        ['KemTheo', attached],
      ],
      [
        ['PhuLuc', 'Phụ lục III'],
        ['PhuLuc', 'KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ CỦA CÁC CƠ QUAN'],
        ['KemTheo', attached],
      ],
      [
        ['PhuLuc', 'Phụ lục IV'],
        ['PhuLuc', 'DANH SÁCH NHIỆM VỤ VÀ TÌNH HÌNH THỰC HIỆN ĐẾN NGÀY 30/6/2024'],
        ['KemTheo', attached],
      ],
    ]);
  });

  it('prints a theme of the texts appendix in bold across the text and agency columns', async () => {
    const themed = await render({
      ...DOCUMENT_MODEL,
      themes: [{ id: 'kinh-phi', name: 'Kinh phí' }],
      difficulties: DOCUMENT_MODEL.difficulties.map((group) => ({ ...group, theme: 'kinh-phi' })),
    });
    const table = themed.tables.find((found) => cellTexts(found)[0]?.[1] === 'Nội dung')!;
    const theme = table.rows[1]!;
    expect(cellTexts(table)[1]).toEqual(['', 'Kinh phí']);
    expect(theme[1]?.[0]?.xml).toContain('<w:b/>');
    expect(table.xml).toContain('<w:gridSpan w:val="2"/>');
  });
});
