/**
 * The Word briefing of models at the edges: a first report with nothing in
 * it (no pillar, task, signer or recipient), and user text that would break
 * XML or read as markup. Both still give a document with every section.
 */
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../src/compute/report-model.js';
import { renderDocx } from '../../../src/render/docx/render-docx.js';
import { safeStrings } from '../../../src/render/safe-text.js';
import { EMPTY_MODEL, withTask } from '../xlsx/edge-models.js';
import { readDocx, BRIEFING_INPUT } from './docx-xml.js';

const INPUT = BRIEFING_INPUT;
// The model as the registry hands it to every printer: made safe once (safe-text.ts).
const render = async (model: ReportModel) =>
  readDocx((await renderDocx(safeStrings(model), INPUT)).bytes);

describe('the Word briefing of a first report with nothing in it', () => {
  it('keeps the sections with something true to say, leaves out those with no data, and has no signature table and no appendix', async () => {
    const docx = await render({
      ...EMPTY_MODEL,
      pillars: [],
      plans: [],
      withinPeriod: { finished: [], started: [] },
      transfers: [],
      lagging: { overdue: [], indexFell: [] },
      nextSteps: { ...EMPTY_MODEL.nextSteps, overdue: [], dueNext: [] },
      signer: null,
      recipients: [],
    });
    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Chưa có trụ cột nào trong dữ liệu.',
        'Các nhiệm vụ không gắn với kế hoạch nào đã ban hành đến ngày 30/6/2024.',
        'Trong kỳ không có nhiệm vụ nào hoàn thành.',
        'Chưa có cơ quan nào gửi kết quả tự đánh giá 6 tháng đầu năm 2024.',
        // Without notes/, each part only the office writes is a line to fill.
        '[Bổ sung: công tác lãnh đạo, chỉ đạo trong kỳ]',
        '[Bổ sung: nguyên nhân của tồn tại, hạn chế (khách quan, chủ quan)]',
        '[Bổ sung: đề xuất, kiến nghị của Ban Chỉ đạo]',
        'Trên đây là báo cáo kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024 của Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị./.',
      ]),
    );
    // No section negates what has no data (issue 27).
    expect(texts).not.toContain('Các cơ quan không nêu khó khăn, vướng mắc.');
    expect(texts).not.toContain('Chưa có kết quả tự đánh giá kỳ trước để so sánh.');
    expect(texts).not.toContain('Các cơ quan không có đề xuất, kiến nghị.');
    expect(texts).not.toContain('Không có nhiệm vụ quá hạn.');
    // Nothing to append: no rankings, agencies, texts or tasks, and no pointer to them.
    expect(texts.filter((text) => /phụ lục/iu.test(text))).toEqual([]);
    expect(docx.document.match(/<w:sectPr>/g)).toHaveLength(1);
    // The header and nothing else: no pillar table, no signature table.
    expect(docx.tables).toHaveLength(1);
    expect(docx.entries.some((entry) => entry.name.startsWith('word/charts/'))).toBe(false);
  });
});

describe('user text in the Word briefing', () => {
  it('is printed as written: markup characters escaped for XML, control characters shown as U+FFFD, lines joined', async () => {
    const docx = await render(
      withTask({ id: 'CQS-01', title: 'Kho <dữ liệu> & "API"\u0001\nphase *2* [x]' }),
    );
    expect(docx.document.includes('\u0001')).toBe(false);
    const row = docx.tables
      .flatMap((table) => table.rows)
      .find((cells) => cells[1]?.[0]?.text === 'CQS-01');
    expect(row?.[2]?.[0]?.text).toBe('Kho <dữ liệu> & "API"\ufffd phase *2* [x]');
    expect(docx.document).toMatch(
      /Kho &lt;dữ liệu&gt; &amp; (&quot;|")API(&quot;|")\ufffd phase \*2\* \[x\]/,
    );
  });
});
