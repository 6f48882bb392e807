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
