/** What build says about the figures: one line for the terminal, a table for the GitHub job summary. */
import type { ReportModel } from '../compute/report-model.js';
import type { Language } from '../diagnostics/messages.js';
import { formatDateShort, formatInteger, formatRatio } from '../render/format-vi.js';

/** One line of key figures, in the briefing's own words. */
export function summaryLine(model: ReportModel, language: Language): string {
  const { totals, period } = model;
  const implemented = formatRatio(totals.implementedRatio);
  if (language === 'en') {
    return `${period.code} as of ${period.asOf}: implemented ${implemented}, done ${totals.done}, overdue ${totals.overdue}.`;
  }
  return `${period.label} (số liệu đến ${formatDateShort(period.asOf)}): đã triển khai ${implemented} nhiệm vụ, hoàn thành ${formatInteger(totals.done)}, quá hạn ${formatInteger(totals.overdue)}.`;
}

const JOB_SUMMARY_WORDS = {
  vi: {
    from: (first: string, last: string) => `Số liệu từ ${first} đến ${last}.`,
    header: '| Trụ cột | Đã triển khai | Hoàn thành | Quá hạn | Hoàn thành/đến hạn |',
    total: '**Tổng cộng**',
  },
  en: {
    from: (first: string, last: string) => `Figures from ${first} to ${last}.`,
    header: '| Pillar | Implemented | Done | Overdue | Done/due |',
    total: '**Total**',
  },
} as const;

/**
 * Key figures as Markdown for the GitHub Actions job summary
 * ($GITHUB_STEP_SUMMARY), one row per pillar, in the run's language; names
 * come from the data, figures in the briefing's notation.
 */
export function jobSummary(model: ReportModel, language: Language): string {
  const words = JOB_SUMMARY_WORDS[language];
  const row = (name: string, figures: ReportModel['totals']) =>
    `| ${name} | ${formatRatio(figures.implementedRatio)} | ${formatInteger(figures.done)} | ${formatInteger(figures.overdue)} | ${formatRatio(figures.dueDoneRatio)} |`;
  const period = language === 'en' ? model.period.code : model.period.label;
  return [
    `### ${model.organization.name}: ${period}`,
    '',
    words.from(formatDateShort(model.period.firstDay), formatDateShort(model.period.asOf)),
    '',
    words.header,
    '|---|---|---|---|---|',
    ...model.pillars.map((pillar) => row(pillar.name, pillar.figures)),
    row(words.total, model.totals),
    '',
    '',
  ].join('\n');
}

/** A file size as people read it: `812 B`, `4,7 KB`, `1,2 MB`. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / 1024 / 1024, 'MB'];
  return `${value.toFixed(1).replace('.', ',')} ${unit}`;
}
