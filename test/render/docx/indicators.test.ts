/**
 * The indicators (chỉ tiêu) in the Word briefing, read back from its XML:
 * the sample's 2024-H1 part I opens with them (sentence, table by pillar,
 * note, the agencies' notes), the other khoản move down one, part II opens
 * with the distance still to go to the targets; a dataset without indicators has none of it.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../src/compute/report-model.js';
import { parsePeriod } from '../../../src/model/period.js';
import { buildModel, checkDataset } from '../../../src/pipeline.js';
import { renderDocx } from '../../../src/render/docx/render-docx.js';
import { cellTexts, readDocx, type DocxBlock, type ReadDocx, BRIEFING_INPUT } from './docx-xml.js';

const SAMPLE = fileURLToPath(new URL('../../../data/', import.meta.url));
const INPUT = BRIEFING_INPUT;

async function briefing(data: string, period: string): Promise<ReadDocx> {
  const checked = await checkDataset({ data });
  expect(checked.diagnostics).toEqual([]);
  const model: ReportModel = buildModel(checked.dataset!, { period: parsePeriod(period)! });
  return readDocx((await renderDocx(model, INPUT)).bytes);
}

/** The body's blocks from the paragraph `from` up to (not including) the paragraph `to`. */
function between(docx: ReadDocx, from: string, to: string): DocxBlock[] {
  const start = docx.blocks.findIndex((block) => block.kind === 'paragraph' && block.text === from);
  const end = docx.blocks.findIndex(
    (block, index) => index > start && block.kind === 'paragraph' && block.text === to,
  );
  expect(start, from).toBeGreaterThanOrEqual(0);
  expect(end, to).toBeGreaterThan(start);
  return docx.blocks.slice(start, end);
}

const headings = (docx: ReadDocx, style: string) =>
  docx.paragraphs.filter((p) => p.style === style).map((p) => p.text);

describe('the sample’s Word briefing for 2024-H1', () => {
  let docx: ReadDocx;
  beforeAll(async () => {
    docx = await briefing(SAMPLE, '2024-H1');
  });

  it('opens part I with the indicators and numbers the other khoản after them', () => {
    expect(headings(docx, 'Heading2').slice(0, 8)).toEqual([
      '1. Kết quả thực hiện các chỉ tiêu',
      '2. Công tác lãnh đạo, chỉ đạo, điều hành',
      '3. Kết quả trên các lĩnh vực',
      '4. Kết quả thực hiện nhiệm vụ',
      '5. Kết quả theo trụ cột',
      '6. Kết quả theo kế hoạch',
      '7. Nhiệm vụ hoàn thành, triển khai mới trong kỳ',
      '8. Kết quả tự đánh giá mức độ chuyển đổi số của các cơ quan',
    ]);
    const first = docx.blocks.findIndex(
      (block) => block.kind === 'paragraph' && block.text === 'I. KẾT QUẢ THỰC HIỆN',
    );
    expect(docx.blocks[first + 1]).toMatchObject({
      style: 'Heading2',
      text: '1. Kết quả thực hiện các chỉ tiêu',
    });
  });

  it('has the lead sentences, the table by pillar and the agencies’ notes, in that order', () => {
    const part = between(
      docx,
      '1. Kết quả thực hiện các chỉ tiêu',
      '2. Công tác lãnh đạo, chỉ đạo, điều hành',
    );
    expect(part.map((block) => block.kind)).toEqual([
      'paragraph', 'paragraph', 'table', 'paragraph', 'paragraph',
    ]); // prettier-ignore
    // No method note under the table: docs/briefing-figures.md says how the figures are read.
    const [, sentence, table, ...notes] = part;
    expect(sentence).toMatchObject({
      style: 'BodyText',
      text: 'Tỷ lệ cơ quan, đơn vị có cán bộ chuyên trách hoặc kiêm nhiệm chuyển đổi số đạt 100% (cuối năm 2023 là 96,4%). Tỷ lệ dịch vụ công trực tuyến mức độ 4 (toàn trình) đạt 83,5% (cuối năm 2023 là 61,3%), vượt mục tiêu 80% của năm 2025. Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình đạt 52,41% (cuối năm 2023 là 38,6%), vượt mục tiêu 50% của năm 2023. Tỷ lệ cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng đạt 100% (cuối năm 2023 là 100%). Tỷ lệ hộ gia đình có điện thoại thông minh đạt 92,7% (cuối năm 2023 là 89,4%). Tỷ lệ người dân sử dụng Internet (cố định và di động) trên dân số đạt 103,97% (cuối năm 2023 là 98,62%). Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 72,595% (cuối năm 2023 là 68,3%), mục tiêu năm 2025 là 80%. Thành viên Tổ công nghệ số cộng đồng đạt 4.327 thành viên (cuối năm 2023 là 3.915 thành viên). Tỷ trọng kinh tế số trong GRDP của tỉnh chưa có số liệu mới trong kỳ (số liệu gần nhất ngày 31/12/2023 là 9,8%).',
    });
    expect(table?.kind === 'table' && cellTexts(table)).toEqual([
      ['Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Kết quả', 'Kỳ trước', 'Tăng, giảm', 'Đánh giá'],
      ['Nhiệm vụ chung'],
      ['Tỷ lệ cơ quan, đơn vị có cán bộ chuyên trách hoặc kiêm nhiệm chuyển đổi số', '%', '—', '100', '96,4', 'tăng 3,6 điểm phần trăm', 'chưa có mục tiêu'],
      ['Chính quyền số'],
      ['Tỷ lệ dịch vụ công trực tuyến mức độ 4 (toàn trình)', '%', '80 (năm 2025, 749/QĐ-TTg)', '83,5', '61,3', 'tăng 22,2 điểm phần trăm', 'đạt'],
      ['Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình', '%', '50 (năm 2023)', '52,41', '38,6', 'tăng 13,81 điểm phần trăm', 'đạt'],
      ['Tỷ lệ cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng', '%', '—', '100', '100', 'không đổi', 'chưa có mục tiêu'],
      ['Kinh tế số'],
      ['Tỷ trọng kinh tế số trong GRDP của tỉnh', '%', '20 (năm 2025)', '9,8 (số liệu ngày 31/12/2023)', '—', '—', 'chưa đạt'],
      ['Xã hội số'],
      ['Tỷ lệ hộ gia đình có điện thoại thông minh', '%', '—', '92,7', '89,4', 'tăng 3,3 điểm phần trăm', 'chưa có mục tiêu'],
      ['Tỷ lệ người dân sử dụng Internet (cố định và di động) trên dân số', '%', '—', '103,97', '98,62', 'tăng 5,35 điểm phần trăm', 'chưa có mục tiêu'],
      ['Tỷ lệ hộ gia đình có kết nối Internet cáp quang', '%', '80 (năm 2025, 749/QĐ-TTg)', '72,595', '68,3', 'tăng 4,295 điểm phần trăm', 'chưa đạt'],
      ['Thành viên Tổ công nghệ số cộng đồng', 'thành viên', '—', '4.327', '3.915', 'tăng 412 thành viên', 'chưa có mục tiêu'],
    ]); // prettier-ignore
    expect(notes.map((p) => p.kind === 'paragraph' && [p.style, p.text])).toEqual([
      ['ListDash', '- Tỷ trọng kinh tế số trong GRDP của tỉnh: số ước tính cả năm.'],
      ['ListDash', '- Thành viên Tổ công nghệ số cộng đồng: tổ công nghệ số cộng đồng tại 100 xã và 715 thôn.'],
    ]); // prettier-ignore
  });

  it('prints a pillar as one bold cell across the table, and the header on every page', () => {
    const table = between(
      docx,
      '1. Kết quả thực hiện các chỉ tiêu',
      '2. Công tác lãnh đạo, chỉ đạo, điều hành',
    )[2]!;
    if (table.kind !== 'table') throw new Error('no indicator table');
    const pillar = table.rows[1]!;
    expect(pillar).toHaveLength(1);
    const cell = /<w:tc>[\s\S]*?<\/w:tc>/.exec(table.xml.split('<w:tr>')[2] ?? '')?.[0] ?? '';
    expect(cell).toContain('<w:gridSpan w:val="7"/>');
    expect(pillar[0]?.[0]?.xml).toContain('<w:b/>');
    expect(table.xml.split('<w:tr>')[1]).toContain('<w:tblHeader/>');
    // The numbers right-aligned, the words left.
    const row = table.rows[2]!;
    expect(row.map((found) => found[0]?.style)).toEqual([
      'TableText', 'TableText', 'TableText', 'TableNumber', 'TableNumber', 'TableText', 'TableText',
    ]); // prettier-ignore
  });

  it('opens part II with the distance still to go to the 2025 targets', () => {
    const part = between(
      docx,
      'II. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC',
      '1. Khó khăn, vướng mắc',
    );
    expect(part.slice(1).map((p) => p.kind === 'paragraph' && [p.style, p.text])).toEqual([
      [
        'BodyText',
        'Để đạt mục tiêu của năm 2025, tỷ trọng kinh tế số trong GRDP của tỉnh cần tăng thêm 10,2 điểm phần trăm (số liệu gần nhất ngày 31/12/2023 là 9,8%, mục tiêu 20%); tỷ lệ hộ gia đình có kết nối Internet cáp quang cần tăng thêm 7,405 điểm phần trăm (hiện đạt 72,595%, mục tiêu 80%).',
      ],
    ]);
  });
});

describe('the Word briefing of a dataset without indicators', () => {
  let folder = '';
  let docx: ReadDocx;
  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'dx-report-no-indicators-'));
    cpSync(SAMPLE, folder, {
      recursive: true,
      filter: (source) => !path.relative(SAMPLE, source).startsWith('indicators'),
    });
    docx = await briefing(folder, '2024-H1');
  });
  afterAll(() => {
    if (folder !== '') rmSync(folder, { recursive: true, force: true });
  });

  it('has no indicator part, numbers part I from the leadership, and opens part II with its first khoản', () => {
    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts.some((text) => /chỉ tiêu/u.test(text))).toBe(false);
    expect(docx.tables.some((table) => cellTexts(table)[0]?.[0] === 'Chỉ tiêu')).toBe(false);
    expect(headings(docx, 'Heading2').slice(0, 7)).toEqual([
      '1. Công tác lãnh đạo, chỉ đạo, điều hành',
      '2. Kết quả trên các lĩnh vực',
      '3. Kết quả thực hiện nhiệm vụ',
      '4. Kết quả theo trụ cột',
      '5. Kết quả theo kế hoạch',
      '6. Nhiệm vụ hoàn thành, triển khai mới trong kỳ',
      '7. Kết quả tự đánh giá mức độ chuyển đổi số của các cơ quan',
    ]);
    const second = texts.indexOf('II. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC');
    expect(texts[second + 1]).toBe('1. Khó khăn, vướng mắc');
  });
});
