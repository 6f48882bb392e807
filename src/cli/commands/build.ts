import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReportModel } from '../../compute/report-model.js';
import type { Language } from '../../diagnostics/messages.js';
import type { Dataset } from '../../model/types.js';
import { formatDateShort, formatInteger, formatRatio } from '../../render/format-vi.js';
import { buildModel, checkDataset, renderReports, writeReports, type ReportFormat } from '../../pipeline.js';
import { say, UsageError } from '../messages.js';
import {
  dataFolder,
  parseDateOption,
  parseFormats,
  parseLimits,
  parsePeriodOption,
  today,
  type CommonFlags,
} from '../options.js';
import { checkOutputFolder } from '../output-safety.js';
import { countsLine, exitCodeFor, reportDiagnostics, type ReportContext } from '../report-diagnostics.js';

export interface BuildFlags extends CommonFlags {
  period: string;
  periodKind?: string;
  asOf?: string;
  compare?: string;
  date?: string;
  format?: string;
  out?: string;
  template?: string;
  dryRun?: boolean;
}

/** `dx-report build`: validate, compute and write the reports; nothing is written from bad data. */
export async function runBuild(flags: BuildFlags, context: Omit<ReportContext, 'dataDir'>): Promise<number> {
  const now = today();
  const period = parsePeriodOption(flags.period, flags.periodKind, now);
  const compare = flags.compare === undefined ? undefined : parsePeriodOption(flags.compare, flags.periodKind, now);
  const asOf = parseDateOption('--as-of', flags.asOf);
  const reportDate = parseDateOption('--date', flags.date);
  const explicitFormats = flags.format === undefined ? undefined : parseFormats(flags.format);
  const dataDir = dataFolder(flags);

  const checked = await checkDataset(dataDir, parseLimits(flags));
  reportDiagnostics(checked.diagnostics, { ...context, dataDir });
  const { terminal, language } = context;
  const code = exitCodeFor(checked.diagnostics, flags.strict === true);
  if (!checked.dataset || code !== 0) {
    terminal.error(say(language, 'invalid', countsLine(checked.diagnostics, language)));
    return 1;
  }
  const dataset = checked.dataset;
  const settingsDefaults = dataset.settings.defaults;
  const formats: ReportFormat[] = explicitFormats ?? parseFormats(settingsDefaults.formats ?? ['md']);
  const outDir = flags.out ? path.resolve(flags.out) : settingsDefaults.out ? path.resolve(dataDir, settingsDefaults.out) : path.resolve('reports');
  const templateFile = flags.template ? path.resolve(flags.template) : settingsDefaults.template ? path.resolve(dataDir, settingsDefaults.template) : undefined;
  if (templateFile) await readFile(templateFile, 'utf8').catch(() => Promise.reject(new UsageError('noTemplate', templateFile)));

  const model = buildModel(dataset, {
    period,
    ...(asOf ? { asOf } : {}),
    ...(compare ? { compare } : {}),
    ...(reportDate ? { reportDate } : {}),
  });
  const artifacts = await renderReports(model, { formats, ...(templateFile ? { templateFile } : {}) }).catch((error: unknown) => {
    if (templateFile && formats.includes('md')) throw new UsageError('badTemplate', templateFile, firstLine(error));
    throw error;
  });
  const shown = (file: string) => path.relative(process.cwd(), file) || file;
  if (flags.dryRun) {
    for (const artifact of artifacts) terminal.info(say(language, 'wouldWrite', shown(path.join(outDir, artifact.name)), size(artifact.bytes.byteLength)));
  } else {
    await checkOutputFolder(outDir, dataDir);
    const written = await writeReports(outDir, artifacts);
    for (const file of written) terminal.info(say(language, 'wrote', shown(file.path), size(file.bytes)));
  }
  terminal.info(summaryLine(model, language));
  if (context.env.GITHUB_STEP_SUMMARY) await appendFile(context.env.GITHUB_STEP_SUMMARY, jobSummary(model, dataset));
  return 0;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1).replace('.', ',')} KB`;
}

/** One line of key figures, in the briefing's own words. */
export function summaryLine(model: ReportModel, language: Language): string {
  const { totals, period } = model;
  if (language === 'en') {
    return `${period.code} as of ${period.asOf}: implemented ${formatRatio(totals.implementedRatio)}, done ${totals.done}, overdue ${totals.overdue}.`;
  }
  return `${period.label} (số liệu đến ${formatDateShort(period.asOf)}): đã triển khai ${formatRatio(totals.implementedRatio)} nhiệm vụ, hoàn thành ${formatInteger(totals.done)}, quá hạn ${formatInteger(totals.overdue)}.`;
}

/** Key figures as Markdown for the GitHub Actions job summary. */
function jobSummary(model: ReportModel, dataset: Dataset): string {
  const rows = model.pillars.map(
    (pillar) =>
      `| ${pillar.name} | ${formatRatio(pillar.figures.implementedRatio)} | ${pillar.figures.done} | ${pillar.figures.overdue} | ${formatRatio(pillar.figures.dueDoneRatio)} |`,
  );
  return [
    `### ${dataset.settings.organization}: ${model.period.label}`,
    '',
    `Số liệu từ ${formatDateShort(model.period.firstDay)} đến ${formatDateShort(model.period.asOf)}.`,
    '',
    '| Trụ cột | Đã triển khai | Hoàn thành | Quá hạn | Hoàn thành/đến hạn |',
    '|---|---|---|---|---|',
    ...rows,
    `| **Tổng cộng** | ${formatRatio(model.totals.implementedRatio)} | ${model.totals.done} | ${model.totals.overdue} | ${formatRatio(model.totals.dueDoneRatio)} |`,
    '',
    '',
  ].join('\n');
}
