import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../src/compute/report-model.js';
import { renderMarkdown } from '../../../src/render/markdown/render-markdown.js';
import { REPORT_MODEL } from '../../fixtures/report-model.js';
import { emptyFigures } from '../../../src/compute/task-figures.js';

const TEMPLATE = readFileSync(
  new URL('../../../templates/bao-cao.md.hbs', import.meta.url),
  'utf8',
);

/** Figures of a group with no task: 0 counts, 0/0 ratios. */
const NOTHING = emptyFigures();

/** A first report: no tasks, no assessments, nothing to compare with, no signer. */
const EMPTY: ReportModel = {
  ...REPORT_MODEL,
  organization: {
    name: 'Sở Khoa học và Công nghệ tỉnh Quảng Trị',
    lines: ['Sở Khoa học và Công nghệ tỉnh Quảng Trị'],
    parent: null,
  },
  signer: null,
  recipients: [],
  compare: null,
  totals: NOTHING,
  totalsComparison: null,
  totalsApart: null,
  pillars: [],
  plans: [],
  agencies: [],
  agencyResults: [],
  transfers: [],
  withinPeriod: { finished: [], started: [] },
  index: {
    assessmentPeriod: null,
    comparePeriod: null,
    indices: [],
    rows: [],
    filing: { numerator: 0, denominator: 0 },
    notFiled: [],
  },
  difficulties: [],
  proposals: [],
  lagging: { overdue: [], indexFell: [] },
  nextSteps: { ...REPORT_MODEL.nextSteps, overdue: [], dueNext: [] },
  tasks: [],
};

const lines = new TextDecoder()
  .decode(
    (await renderMarkdown(EMPTY, { template: { text: TEMPLATE, file: 'bao-cao.md.hbs' } })).bytes,
  )
  .split('\n');

describe('a briefing with nothing to report', () => {
  it('starts with the issuing body when there is no parent organisation', () => {
    expect(lines.slice(0, 2)).toEqual(['**SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG TRỊ**', '']);
  });

  it('prints a short true sentence for the task figures, and leaves out each part with no data', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        'Tính đến ngày 30/6/2024, chưa có nhiệm vụ nào được giao.',
        'Trong tổng số 0 nhiệm vụ được giao, đã triển khai 0/0 nhiệm vụ (—). Không có nhiệm vụ quá hạn. Chưa có nhiệm vụ đến hạn.',
        'Chưa có trụ cột nào trong dữ liệu.',
        'Các nhiệm vụ không gắn với kế hoạch nào đã ban hành đến ngày 30/6/2024.',
        'Trong kỳ không có nhiệm vụ nào hoàn thành.',
        'Trong kỳ không có nhiệm vụ nào bắt đầu triển khai.',
      ]),
    );
    // No assessment, difficulty, overdue task, task due or proposal: no section to negate them (issue 27).
    for (const gone of [
      'Kết quả tự đánh giá mức độ chuyển đổi số',
      'Khó khăn, vướng mắc',
      'Cơ quan có nhiệm vụ quá hạn',
      'Cơ quan có kết quả tự đánh giá giảm',
      'Cơ quan chưa tự đánh giá',
      'Tập trung hoàn thành các nhiệm vụ quá hạn',
      'Nhiệm vụ đến hạn',
      'Các cơ quan không',
      'Chưa có kỳ tự đánh giá',
      'Chưa có kết quả tự đánh giá kỳ trước',
    ])
      expect(lines.filter((line) => line.includes(gone))).toEqual([]);
    // The parts only the office writes, left to fill without notes/.
    expect(lines.filter((line) => line.startsWith('[Bổ sung:'))).toEqual([
      '[Bổ sung: công tác lãnh đạo, chỉ đạo trong kỳ]',
      '[Bổ sung: kết quả trên các lĩnh vực (nhận thức số, thể chế số, hạ tầng số, …)]',
      '[Bổ sung: nguyên nhân của tồn tại, hạn chế (khách quan, chủ quan)]',
      '[Bổ sung: nhiệm vụ, giải pháp trọng tâm thời gian tới]',
      '[Bổ sung: đề xuất, kiến nghị của Ban Chỉ đạo]',
    ]);
  });

  it('opens and closes with sentences worded from the settings, and has no appendix', () => {
    expect(lines).toContain(
      'Sở Khoa học và Công nghệ tỉnh Quảng Trị báo cáo kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024 như sau:',
    );
    expect(lines).toContain(
      'Trên đây là báo cáo kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024 của Sở Khoa học và Công nghệ tỉnh Quảng Trị./.',
    );
    expect(lines.some((line) => line.startsWith('## Phụ lục'))).toBe(false);
    expect(lines.some((line) => line.includes('Phụ lục'))).toBe(false);
  });

  it('prints no table, chart, comparison, transfer, signature or recipient list', () => {
    expect(lines.filter((line) => line.startsWith('|'))).toEqual([]);
    expect(lines).not.toContain('```mermaid');
    expect(lines.some((line) => line.startsWith('Số nhiệm vụ đã triển khai'))).toBe(false);
    expect(lines).not.toContain('**c) Nhiệm vụ chuyển giao cơ quan chủ trì**');
    expect(lines).not.toContain('***Nơi nhận:***');
    expect(lines.some((line) => line.startsWith('Ngoài ra'))).toBe(false);
  });
});
