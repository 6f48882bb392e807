import type { ReportModel, TaskFigures } from '../../compute/report-model.js';
import {
  formatDateShort,
  formatInteger,
  formatPercent,
  formatCounts,
} from '../../render/format-vi.js';
import { buildModel, checkDataset } from '../../pipeline.js';
import { resolveReportOptions } from '../../pipeline/report-request.js';
import { say } from '../messages.js';
import { readOptions, reportOptions, type CommonFlags, type ReportFlags } from '../options.js';
import { showDiagnostics, withProgress } from '../read-dataset.js';
import { countsLine } from '../report-diagnostics.js';
import type { RunContext } from '../run-context.js';
import type { Terminal } from '../terminal.js';

export type SummaryFlags = CommonFlags & ReportFlags;

/** `dx-report summary`: the key figures as a table in the terminal. */
export async function runSummary(flags: SummaryFlags, context: RunContext): Promise<number> {
  const report = reportOptions(flags);
  resolveReportOptions(report); // a bad period is a usage error before the dataset is read
  const checked = await withProgress(context, (onProgress) =>
    checkDataset({ ...readOptions(flags), onProgress }),
  );
  const code = showDiagnostics(checked, context, flags.strict === true);
  if (!checked.dataset || code !== 0) {
    const counts = countsLine(checked.diagnostics, context.language);
    context.terminal.error(
      say(context.language, checked.dataset ? 'strictFail' : 'dataErrors', counts),
    );
    return 1;
  }
  const model = buildModel(checked.dataset, report);
  context.terminal.out(summaryTable(model, context.terminal.paintOut));
  return 0;
}

const HEADERS = [
  'Trụ cột',
  'Giao',
  'Đã triển khai',
  'Tỷ lệ',
  'Hoàn thành',
  'Quá hạn',
  'HT/đến hạn',
];

function row(name: string, figures: TaskFigures): string[] {
  return [
    name,
    formatInteger(figures.assigned),
    formatCounts(figures.implementedRatio),
    formatPercent(figures.implementedRatio),
    formatInteger(figures.done),
    formatInteger(figures.overdue),
    formatPercent(figures.dueDoneRatio),
  ];
}

/** A plain-text table (padded columns); colour only marks the header and overdue counts. */
export function summaryTable(model: ReportModel, paint: Terminal['paint']): string {
  const rows = [
    ...model.pillars.map((pillar) => row(pillar.name, pillar.figures)),
    row('Tổng cộng', model.totals),
  ];
  const widths = HEADERS.map((header, column) =>
    Math.max(header.length, ...rows.map((cells) => cells[column]!.length)),
  );
  const pad = (cells: string[]) =>
    cells.map((cell, column) =>
      column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
    );
  const lines = [
    paint.bold(
      `${model.organization.name} — ${model.period.label} (số liệu đến ${formatDateShort(model.period.asOf)})`,
    ),
    paint.bold(pad(HEADERS).join('  ')),
    ...rows.map((cells, index) => {
      const padded = pad(cells);
      if (cells[5] !== '0') padded[5] = paint.red(padded[5]!);
      const line = padded.join('  ');
      return index === rows.length - 1 ? paint.bold(line) : line;
    }),
  ];
  return lines.join('\n');
}
