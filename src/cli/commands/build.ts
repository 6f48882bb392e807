import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '../../model/types.js';
import { TemplateError } from '../../render/markdown/template-error.js';
import { buildModel, preloadRenderers, renderReports, writeReports } from '../../pipeline.js';
import { fileSize, jobSummary, summaryLine } from '../build-summary.js';
import { say, UsageError } from '../messages.js';
import {
  parseFormats,
  parseReportOptions,
  type CommonFlags,
  type ReportFlags,
} from '../options.js';
import { checkOutputFolder } from '../output-safety.js';
import { readDataset } from '../read-dataset.js';
import { countsLine } from '../report-diagnostics.js';
import type { RunContext } from '../run-context.js';

export interface BuildFlags extends CommonFlags, ReportFlags {
  format?: string;
  out?: string;
  template?: string;
  dryRun?: boolean;
}

/**
 * `dx-report build`: validate, compute and write the reports, then say what was
 * written (path and size) and the key figures in one line. Nothing is written
 * from bad data, and nothing at all with --dry-run.
 */
export async function runBuild(flags: BuildFlags, context: RunContext): Promise<number> {
  const reportOptions = parseReportOptions(flags);
  const explicitFormats = flags.format === undefined ? undefined : parseFormats(flags.format);
  preloadRenderers(explicitFormats ?? ['md']);

  const { checked, dataDir, code } = await readDataset(flags, context);
  const { terminal, language } = context;
  if (!checked.dataset || code !== 0) {
    const counts = countsLine(checked.diagnostics, language);
    terminal.error(say(language, checked.dataset ? 'strictInvalid' : 'invalid', counts));
    return 1;
  }
  const dataset = checked.dataset;
  const formats = explicitFormats ?? parseFormats(dataset.settings.defaults.formats ?? ['md']);
  const { outDir, templateFile } = resolvePaths(flags, dataset, dataDir);
  if (templateFile) await assertReadable(templateFile);

  const model = buildModel(dataset, reportOptions);
  const artifacts = await renderReports(model, {
    formats,
    ...(templateFile ? { templateFile } : {}),
  }).catch((error: unknown) => {
    // The user's template is at fault, not the program: a usage error without a stack.
    if (error instanceof TemplateError && templateFile) {
      throw new UsageError('badTemplate', templateFile, error.message.split('\n')[0] ?? '');
    }
    throw error;
  });
  const shown = (file: string) => path.relative(process.cwd(), file) || file;
  if (flags.dryRun) {
    for (const artifact of artifacts) {
      const target = shown(path.join(outDir, artifact.name));
      terminal.info(say(language, 'wouldWrite', target, fileSize(artifact.bytes.byteLength)));
    }
  } else {
    await checkOutputFolder(outDir, dataDir);
    const written = await writeReports(outDir, artifacts);
    for (const file of written)
      terminal.info(say(language, 'wrote', shown(file.path), fileSize(file.bytes)));
  }
  terminal.info(summaryLine(model, language));
  const stepSummary = context.env.GITHUB_STEP_SUMMARY;
  if (stepSummary) await appendFile(stepSummary, jobSummary(model, language));
  return 0;
}

/** Flags win; otherwise dx-report.yaml's `defaults`, whose relative paths start at the dataset folder. */
function resolvePaths(
  flags: BuildFlags,
  dataset: Dataset,
  dataDir: string,
): { outDir: string; templateFile?: string } {
  const defaults = dataset.settings.defaults;
  const outDir = flags.out
    ? path.resolve(flags.out)
    : defaults.out
      ? path.resolve(dataDir, defaults.out)
      : path.resolve('reports');
  const templateFile = flags.template
    ? path.resolve(flags.template)
    : defaults.template
      ? path.resolve(dataDir, defaults.template)
      : undefined;
  return templateFile ? { outDir, templateFile } : { outDir };
}

async function assertReadable(templateFile: string): Promise<void> {
  await readFile(templateFile, 'utf8').catch(() => {
    throw new UsageError('noTemplate', templateFile);
  });
}
