import type { ReportModel, TaskFigures } from '../../compute/report-model.js';
import type { Language } from '../../diagnostics/messages.js';
import { formatJson } from '../../diagnostics/reporters.js';
import { visibleText } from '../../diagnostics/visible-text.js';
import { buildModel, checkDataset } from '../../pipeline.js';
import { resolveReportOptions } from '../../options/report-request.js';
import { numberStyle } from '../../render/number-style.js';
import { readOptions, reportOptions, type CommonFlags, type ReportFlags } from '../options.js';
import { usableDataset, withProgress } from '../read-dataset.js';
import { indicatorLine } from '../build-summary.js';
import { exitCodeFor } from '../report-diagnostics.js';
import type { RunContext } from '../run-context.js';
import { adoptDatasetDefaults } from '../run-context.js';
import type { Terminal } from '../terminal.js';

export type SummaryFlags = CommonFlags & ReportFlags;

/**
 * `dx-report summary`: the key figures as a table in the terminal, in the
 * run's language; with `--reporter json`, one JSON document holding the
 * diagnostics and the figures (nothing else on stdout).
 */
export async function runSummary(flags: SummaryFlags, context: RunContext): Promise<number> {
  const report = reportOptions(flags);
  resolveReportOptions(report); // a bad period is a usage error before the dataset is read
  const strict = flags.strict === true;
  const options = readOptions(flags, context);
  const checked = await withProgress(context, (onProgress) =>
    checkDataset({ ...options, onProgress, cwd: context.cwd }),
  );
  if (context.reporter === 'json') {
    adoptDatasetDefaults(context, checked.settings);
    const code = exitCodeFor(checked.diagnostics, strict);
    const model = checked.dataset && code === 0 ? buildModel(checked.dataset, report) : undefined;
    const figures = model === undefined ? null : summaryFigures(model);
    context.terminal.out(formatJson(checked.diagnostics, context.language, { summary: figures }));
    return code;
  }
  const dataset = usableDataset(checked, context, strict);
  if (!dataset) return 1;
  const model = buildModel(dataset, report);
  context.terminal.out(summaryTable(model, context.terminal.paintOut, context.language));
  return 0;
}

const HEADERS: Record<Language, string[]> = {
  vi: ['Trụ cột', 'Giao', 'Đã triển khai', 'Tỷ lệ', 'Hoàn thành', 'Quá hạn', 'HT/đến hạn'],
  en: ['Pillar', 'Assigned', 'Implemented', 'Rate', 'Done', 'Overdue', 'Done/due'],
};

/** The figures of the table as data, for `--reporter json`. */
function summaryFigures(model: ReportModel) {
  const figures = (figures: TaskFigures) => ({
    assigned: figures.assigned,
    implemented: figures.implemented,
    implementedRatio: figures.implementedRatio,
    done: figures.done,
    overdue: figures.overdue,
    due: figures.due,
    dueDoneRatio: figures.dueDoneRatio,
  });
  return {
    organization: model.organization.name,
    period: { code: model.period.code, label: model.period.label, asOf: model.period.asOf },
    pillars: model.pillars.map((pillar) => ({
      id: pillar.id,
      name: pillar.name,
      ...figures(pillar.figures),
    })),
    totals: figures(model.totals),
    // Tasks and groups of tasks apart, as the table's two total rows give them; null without groups.
    totalsApart:
      model.totalsApart === null
        ? null
        : {
            tasks: figures(model.totalsApart.tasks.figures),
            groups: figures(model.totalsApart.groups.figures),
          },
    indicators:
      model.indicators === null
        ? null
        : {
            reached: model.indicators.reached,
            noData: model.indicators.noData,
            noTarget: model.indicators.noTarget,
          },
  };
}

const TOTAL_WORDS = {
  vi: { total: 'Tổng cộng', tasks: 'Cộng nhiệm vụ', groups: 'Cộng nhóm nhiệm vụ' },
  en: { total: 'Total', tasks: 'Total tasks', groups: 'Total task groups' },
} as const;

/**
 * The table's total rows: one per kind when the model counts tasks and groups
 * of tasks apart, as the briefing's pillar table ("Cộng nhiệm vụ", "Cộng nhóm
 * nhiệm vụ"), else "Tổng cộng" over every task.
 */
function totalRows(model: ReportModel, language: Language) {
  const words = TOTAL_WORDS[language];
  if (model.totalsApart === null) return [{ label: words.total, figures: model.totals }];
  return [
    { label: words.tasks, figures: model.totalsApart.tasks.figures },
    { label: words.groups, figures: model.totalsApart.groups.figures },
  ];
}

/** A plain-text table (padded columns); colour only marks the header, the total rows and overdue counts. */
export function summaryTable(
  model: ReportModel,
  paint: Terminal['paint'],
  language: Language = 'vi',
): string {
  const n = numberStyle(language);
  // Names from the data, each on one line with every control character visible.
  const row = (name: string, figures: TaskFigures): string[] => [
    visibleText(name),
    n.integer(figures.assigned),
    n.counts(figures.implementedRatio),
    n.percent(figures.implementedRatio),
    n.integer(figures.done),
    n.integer(figures.overdue),
    n.percent(figures.dueDoneRatio),
  ];
  const headers = HEADERS[language];
  const pillars = model.pillars.map((pillar) => row(pillar.name, pillar.figures));
  const totals = totalRows(model, language).map((total) => row(total.label, total.figures));
  const rows = [...pillars, ...totals];
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((cells) => cells[column]!.length)),
  );
  const pad = (cells: string[]) =>
    cells.map((cell, column) =>
      column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
    );
  const organization = visibleText(model.organization.name);
  const title =
    language === 'vi'
      ? `${organization} — ${model.period.label} (số liệu đến ${n.date(model.period.asOf)})`
      : `${organization} — ${model.period.code} (figures as of ${n.date(model.period.asOf)})`;
  const lines = [
    paint.bold(title),
    paint.bold(pad(headers).join('  ')),
    ...rows.map((cells, index) => {
      const padded = pad(cells);
      if (cells[5] !== '0') padded[5] = paint.red(padded[5]!);
      const line = padded.join('  ');
      return index >= pillars.length ? paint.bold(line) : line;
    }),
  ];
  const indicators = indicatorLine(model, language);
  if (indicators !== null) lines.push(indicators);
  return lines.join('\n');
}
