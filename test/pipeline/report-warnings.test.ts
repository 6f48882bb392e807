/** Warnings about what the briefing will say, found after computing it (issue 27). */
import { describe, expect, it } from 'vitest';
import type { ReportModel, ThemeGroup } from '../../src/compute/report-model.js';
import { reportWarnings } from '../../src/pipeline.js';
import { REPORT_MODEL } from '../fixtures/report-model.js';

const group = (theme: string | null, count: number): ThemeGroup => ({
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

describe('the date line (issue 27)', () => {
  const dated = (reportDate: string): ReportModel => ({ ...REPORT_MODEL, reportDate, dated: true });
  const codes = (model: ReportModel) => reportWarnings(model).map((d) => [d.code, d.args]);

  it('checks nothing when the date is left for the document system', () => {
    expect(codes({ ...REPORT_MODEL, reportDate: '2024-06-30', dated: false })).toEqual([]);
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
