/**
 * The sample's Word briefing for 2024-H1 as a filed report reads (facts §9),
 * read back from its XML: the opening citing its basis, the office's parts,
 * the difficulties by theme with each theme's name in bold, the body's
 * pointers to the appendices by their labels, the closing ending "./." right
 * before the signature block, and the four appendices, each its own section
 * from a new page, headed by its number, title and attachment line.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/model/period.js';
import { buildModel, checkDataset } from '../../../src/pipeline.js';
import { renderDocx } from '../../../src/render/docx/render-docx.js';
import {
  cellTexts,
  readDocx,
  type DocxParagraph,
  type ReadDocx,
  BRIEFING_INPUT,
} from './docx-xml.js';

const SAMPLE = fileURLToPath(new URL('../../../data/', import.meta.url));
const INPUT = BRIEFING_INPUT;

let docx: ReadDocx;
beforeAll(async () => {
  const checked = await checkDataset({ data: SAMPLE });
  const model = buildModel(checked.dataset!, { period: parsePeriod('2024-H1')! });
  docx = readDocx((await renderDocx(model, INPUT)).bytes);
});

const texts = () => docx.paragraphs.map((p) => p.text);
const find = (start: string): DocxParagraph => {
  const found = docx.paragraphs.find((p) => p.text.startsWith(start));
  if (found === undefined) throw new Error(`no paragraph starting "${start}"`);
  return found;
};
/** The bold runs of a paragraph. */
const boldRuns = (p: DocxParagraph) =>
  [...p.xml.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:b\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map(
    (match) => match[1],
  );

describe('the sample’s Word briefing for 2024-H1', () => {
  it('opens with the basis, after the title and before part I', () => {
    const opening = texts().indexOf('I. KẾT QUẢ THỰC HIỆN') - 1;
    expect(docx.paragraphs[opening]).toMatchObject({
      style: 'BodyText',
      text: 'Thực hiện Quyết định số 1982/QĐ-UBND ngày 29/7/2022 của UBND tỉnh ban hành Đề án chuyển đổi số tỉnh Quảng Trị đến năm 2025, định hướng đến năm 2030 (Quyết định 1982), Ban Chỉ đạo Chuyển đổi số tỉnh báo cáo kết quả thực hiện công tác chuyển đổi số theo Quyết định 1982 và 6 tháng đầu năm 2024, phương hướng, nhiệm vụ thời gian tới như sau:',
    });
  });

  it('has the office’s leadership and areas, an area a lettered point', () => {
    const at = texts().indexOf('3. Kết quả trên các lĩnh vực');
    expect(docx.paragraphs.slice(at + 1, at + 3).map((p) => [p.style, p.text])).toEqual([
      ['Heading3', 'a) Nhận thức số'],
      [
        'BodyText',
        'Với sự vào cuộc tích cực của các cấp, các ngành và toàn xã hội, tiến trình chuyển đổi số trên địa bàn tỉnh đạt được một số kết quả đáng ghi nhận; nhận thức số, thể chế số và hạ tầng số đều được cải thiện.',
      ],
    ]);
    expect(find('Ngày 28/6/2024, Ban Chỉ đạo').style).toBe('BodyText');
  });

  it('words the task totals without empty categories, and points at the appendices by label', () => {
    expect(find('Trong tổng số').text).toBe(
      'Trong tổng số 36 nhiệm vụ và 11 nhóm nhiệm vụ được giao, đã triển khai 17/36 nhiệm vụ (47,2%) và 11/11 nhóm nhiệm vụ (100%), trong đó hoàn thành 5 nhiệm vụ (5 đúng hạn) và 3 nhóm nhiệm vụ (2 đúng hạn, 1 trễ hạn), đang triển khai 12 nhiệm vụ và 8 nhóm nhiệm vụ; chưa triển khai 19 nhiệm vụ. Có 2 nhiệm vụ quá hạn. Tỷ lệ hoàn thành nhiệm vụ đến hạn đạt 5/7 (71,4%); tỷ lệ hoàn thành nhóm nhiệm vụ đến hạn đạt 3/3 (100%).',
    );
    expect(find('Số nhiệm vụ đã triển khai').text).toBe(
      'Số nhiệm vụ đã triển khai tăng 3 nhiệm vụ so với 6 tháng cuối năm 2023 (kỳ trước: 14/35); số nhiệm vụ hoàn thành tăng 1 nhiệm vụ; số nhiệm vụ quá hạn tăng 2 nhiệm vụ. Số nhóm nhiệm vụ hoàn thành tăng 1 nhóm nhiệm vụ; số nhóm nhiệm vụ quá hạn giảm 1 nhóm nhiệm vụ; số nhóm nhiệm vụ đã triển khai (kỳ trước: 11/11) không đổi.',
    );
    // Its own paragraph, not run into the comparison above.
    expect(find('Kết quả thực hiện nhiệm vụ của từng cơ quan').text).toBe(
      'Kết quả thực hiện nhiệm vụ của từng cơ quan tại Phụ lục II; danh sách nhiệm vụ và tình hình thực hiện tại Phụ lục IV.',
    );
    expect(texts()).toContain('Kết quả, xếp hạng của từng cơ quan tại Phụ lục I.');
    expect(texts()).toContain('Khó khăn, vướng mắc do từng cơ quan nêu tại Phụ lục III.');
  });

  it('counts grades per group in the body; the rankings are in Phụ lục I', () => {
    const at = texts().indexOf('Kết quả xếp loại:');
    expect(texts().slice(at, at + 3)).toEqual([
      'Kết quả xếp loại:',
      '- Sở, ban, ngành: 1/17 cơ quan xếp loại Tốt, 8/17 xếp loại Khá, 8/17 xếp loại Trung bình.',
      '- UBND cấp huyện: 4/8 cơ quan xếp loại Khá, 4/8 xếp loại Trung bình.',
    ]);
    const body = docx.tables.slice(
      0,
      docx.tables.findIndex((t) => cellTexts(t)[0]?.[0] === 'Hạng'),
    );
    expect(body.some((table) => cellTexts(table)[0]?.[1] === 'Cơ quan')).toBe(false);
  });

  it('sums the difficulties up by theme, each theme’s name in bold', () => {
    // The template's words (the Markdown's): a theme in bold, a text without a theme plain.
    const plain = find('- Kỹ năng số của người dân');
    expect(plain).toMatchObject({
      style: 'ListDash',
      text: '- Kỹ năng số của người dân, nhất là ở vùng sâu, vùng xa, còn hạn chế (4 cơ quan phản ánh).',
    });
    expect(boldRuns(plain)).toEqual([]);
    expect(boldRuns(find('- Nhân lực tham mưu'))).toEqual([
      'Nhân lực tham mưu chuyển đổi số chủ yếu là kiêm nhiệm, không tốt nghiệp đúng chuyên ngành công nghệ thông tin',
    ]);
  });

  it('names overdue tasks by title without their code, the lead and deadline in brackets, with their latest difficulty', () => {
    expect(find('- Số hóa hồ sơ').text).toBe(
      '- Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa các cấp (VP UBND tỉnh, thời hạn 30/6/2024; vướng mắc: bộ phận Một cửa cấp xã thiếu máy quét và nhân lực thực hiện số hóa);',
    );
  });

  it('closes part IV with the closing paragraph ending "./.", right before the signature block', () => {
    const closing = docx.blocks.findIndex(
      (block) => block.kind === 'paragraph' && block.text.startsWith('Trên đây là báo cáo'),
    );
    expect(docx.blocks[closing]).toMatchObject({
      style: 'BodyText',
      text: 'Trên đây là báo cáo kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024 của Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị./.',
    });
    expect(texts().filter((text) => text.includes('./.'))).toHaveLength(1);
    // A blank line, then Nơi nhận and the signer.
    expect(docx.blocks[closing + 2]?.kind).toBe('table');
    const signature = docx.blocks[closing + 2];
    expect(signature?.kind === 'table' && cellTexts(signature)[0]?.[0]).toMatch(/^Nơi nhận:/);
  });

  it('has the four appendices in order, each in a section of its own', () => {
    const heads = docx.paragraphs
      .filter((p) => p.style === 'PhuLuc')
      .map((p) => p.text)
      .filter((_, index) => index % 2 === 0);
    expect(heads).toEqual(['Phụ lục I', 'Phụ lục II', 'Phụ lục III', 'Phụ lục IV']);
    expect(docx.document.match(/<w:sectPr>/g)).toHaveLength(5);
    const texts = docx.tables.find((table) => cellTexts(table)[0]?.[1] === 'Nội dung')!;
    expect(cellTexts(texts).slice(0, 3)).toEqual([
      ['STT', 'Nội dung', 'Cơ quan nêu'],
      ['', 'Nhiều đơn vị chưa chú trọng việc thực hiện chuyển đổi số'],
      [
        '1',
        'Một số đơn vị trực thuộc chưa chú trọng việc thực hiện chuyển đổi số',
        'Sở NN&PTNT, Sở Tư pháp, Sở Y tế, UBND huyện Cam Lộ, UBND huyện Gio Linh, UBND TX Quảng Trị, VP UBND tỉnh',
      ],
    ]);
  });
});
