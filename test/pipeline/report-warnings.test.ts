/** Warnings about what the briefing will say, found after computing it (issue 27). */
import { describe, expect, it } from 'vitest';
import type { ReportModel, ThemeGroup } from '../../src/compute/report-model.js';
import { formatText } from '../../src/diagnostics/reporters.js';
import { pdfFontWarnings, reportWarnings } from '../../src/pipeline.js';
import { REPORT_MODEL, withGist } from '../fixtures/report-model.js';
import { describe as describeDiagnostic } from '../../src/diagnostics/messages.js';

const group = (theme: string | null, count: number): ThemeGroup =>
  withGist({
    theme,
    agencies: ['a'],
    texts: Array.from({ length: count }, (_, index) => ({
      text: `Ý kiến ${theme ?? 'khác'} ${index}`,
      theme,
      sources: [{ agency: 'a', kind: 'assessment', ref: '2024-H1' }],
    })),
  });
const withTexts = (themed: number, unthemed: number): ReportModel => ({
  ...REPORT_MODEL,
  themes: [{ id: 't', name: 'Chủ đề' }],
  difficulties: [group('t', themed), group(null, unthemed)],
  proposals: [],
});

describe('reportWarnings', () => {
  it('warns, on themes.yaml, when more texts belong to no theme than to one', () => {
    expect(reportWarnings(withTexts(2, 3)).filter((d) => d.code === 'themes-unmatched')).toEqual([
      {
        code: 'themes-unmatched',
        severity: 'warning',
        file: 'themes.yaml',
        line: 0,
        column: 0,
        args: { themed: 2, unthemed: 3 },
      },
    ]);
    expect(reportWarnings(withTexts(3, 3)).filter((d) => d.code === 'themes-unmatched')).toEqual(
      [],
    );
  });

  it('says nothing of themes when the dataset has none', () => {
    const model = { ...withTexts(0, 5), themes: [] };
    expect(reportWarnings(model).filter((d) => d.code === 'themes-unmatched')).toEqual([]);
  });
});

const NOTES: ReportModel['notes'] = {
  basis: [],
  leadership: ['Ban Chỉ đạo họp ngày 28/6/2024.'],
  areas: [],
  causes: [],
  directions: [],
  proposals: [],
  closing: [],
};

describe('the parts only the office writes (issue 27)', () => {
  it('warns, on notes/, naming every part the draft leaves to fill, when the period has no notes', () => {
    expect(reportWarnings({ ...REPORT_MODEL, notes: null, dated: false })).toEqual([
      {
        code: 'notes-missing',
        severity: 'warning',
        file: 'notes/',
        line: 0,
        column: 0,
        args: { period: '2024-H1', parts: 'leadership,areas,causes,directions,proposals' },
      },
    ]);
    expect(reportWarnings({ ...REPORT_MODEL, notes: NOTES, dated: false })).toEqual([]);
    // A run of data only (json, xlsx) has no draft to fill.
    expect(
      reportWarnings({ ...REPORT_MODEL, notes: null, dated: false }, ['json', 'xlsx']),
    ).toEqual([]);
    expect(
      reportWarnings({ ...REPORT_MODEL, notes: null, dated: false }, ['xlsx', 'docx']),
    ).toHaveLength(1);
  });

  it('names the parts in the language of the messages', () => {
    const [warning] = reportWarnings({ ...REPORT_MODEL, notes: null, dated: false });
    expect(describeDiagnostic(warning!, 'vi')).toBe(
      'Chưa có notes/ cho kỳ 2024-H1: bản dự thảo để một dòng [Bổ sung: …] trong ngoặc vuông ở mỗi phần chỉ văn phòng viết được (công tác lãnh đạo, chỉ đạo; kết quả trên các lĩnh vực; nguyên nhân; nhiệm vụ, giải pháp trọng tâm; đề xuất, kiến nghị).',
    );
    expect(describeDiagnostic(warning!, 'en')).toBe(
      'No notes/ for 2024-H1: the draft leaves a bracketed line [Bổ sung: …] for each part only the office can write (leadership and direction; results by area; causes; key tasks and solutions; proposals).',
    );
  });
});

describe('the date line (issue 27)', () => {
  const dated = (reportDate: string): ReportModel => ({
    ...REPORT_MODEL,
    notes: NOTES,
    reportDate,
    dated: true,
  });
  const codes = (model: ReportModel) => reportWarnings(model).map((d) => [d.code, d.args]);

  it('checks nothing when the date is left for the document system', () => {
    expect(
      codes({ ...REPORT_MODEL, notes: NOTES, reportDate: '2024-06-30', dated: false }),
    ).toEqual([]);
  });

  it('warns when a given date is on a weekend, or before a figure it uses', () => {
    // The fixture's latest self-assessment was submitted on 10/7/2024; 30/6/2024 was a Sunday.
    expect(codes(dated('2024-06-30'))).toEqual([
      ['report-date-early', { date: '2024-06-30', latest: '2024-07-10' }],
      ['report-date-weekend', { date: '2024-06-30', weekday: 'Chủ nhật' }],
    ]);
    expect(codes(dated('2024-07-15'))).toEqual([]);
    expect(codes(dated('2024-07-13'))).toEqual([
      ['report-date-weekend', { date: '2024-07-13', weekday: 'thứ Bảy' }],
    ]);
  });
});

describe('pdfFontWarnings (--format pdf)', () => {
  const artifacts = [
    { name: 'bao-cao-cds-2024-H1.docx', bytes: new Uint8Array() },
    { name: 'bao-cao-cds-2024-H1.pdf', bytes: new Uint8Array() },
  ];

  it('warns on the PDF, naming the font LibreOffice sets it in, when Times New Roman is missing', () => {
    expect(pdfFontWarnings(artifacts, () => 'Liberation Serif')).toEqual([
      {
        code: 'pdf-font-substituted',
        severity: 'warning',
        file: 'bao-cao-cds-2024-H1.pdf',
        line: 0,
        column: 0,
        args: { wanted: 'Times New Roman', used: 'Liberation Serif' },
      },
    ]);
    expect(formatText(pdfFontWarnings(artifacts, () => 'DejaVu Serif')[0]!, 'vi')).toBe(
      'bao-cao-cds-2024-H1.pdf  cảnh báo  Máy này chưa cài phông Times New Roman (phông Nghị định 30/2020 quy định): bản PDF được in bằng phông DejaVu Serif thay thế. Hãy cài phông Times New Roman (ví dụ gói ttf-mscorefonts-installer) rồi tạo lại bản PDF, hoặc gửi bản .docx.  [pdf-font-substituted]',
    );
    expect(formatText(pdfFontWarnings(artifacts, () => 'DejaVu Serif')[0]!, 'en')).toBe(
      'bao-cao-cds-2024-H1.pdf  warning  Times New Roman (the font Decree 30/2020 prescribes) is not installed on this machine: the PDF is set in DejaVu Serif instead. Install Times New Roman (e.g. the ttf-mscorefonts-installer package) and build the PDF again, or send the .docx.  [pdf-font-substituted]',
    );
  });

  it('says nothing when Times New Roman is there, without fontconfig, or without a PDF', () => {
    expect(pdfFontWarnings(artifacts, () => 'Times New Roman')).toEqual([]);
    expect(pdfFontWarnings(artifacts, () => null)).toEqual([]);
    expect(pdfFontWarnings(artifacts.slice(0, 1), () => 'Liberation Serif')).toEqual([]);
  });
});
