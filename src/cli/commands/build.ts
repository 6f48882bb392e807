import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { buildReports } from '../../pipeline.js';
import { fileSize, jobSummary, summaryLine } from '../build-summary.js';
import { appendStepOutputs } from '../github-output.js';
import { say } from '../messages.js';
import { readOptions, reportOptions, type CommonFlags, type ReportFlags } from '../options.js';
import { showDiagnostics, withProgress } from '../read-dataset.js';
import { countsLine } from '../report-diagnostics.js';
import type { RunContext } from '../run-context.js';

export interface BuildFlags extends CommonFlags, ReportFlags {
  format?: string;
  out?: string;
  template?: string;
  docxReference?: string;
  dryRun?: boolean;
}

/**
 * `dx-report build`: the pipeline's buildReports with the flags as options,
 * then what was written (path and size) and the key figures in one line.
 * Nothing is written from bad data, and nothing at all with --dry-run.
 */
export async function runBuild(flags: BuildFlags, context: RunContext): Promise<number> {
  const strict = flags.strict === true;
  const options = readOptions(flags, context);
  const result = await withProgress(context, (onProgress) =>
    buildReports({
      ...options,
      ...reportOptions(flags),
      formats: flags.format,
      out: flags.out,
      template: flags.template,
      docxReference: flags.docxReference,
      strict,
      dryRun: flags.dryRun === true,
      onProgress,
      cwd: context.cwd,
      env: context.env,
    }),
  );
  showDiagnostics(result, context, strict);
  const { terminal, language } = context;
  if (result.status === 'invalid' || !result.model) {
    const counts = countsLine(result.diagnostics, language);
    terminal.error(say(language, result.dataset ? 'strictInvalid' : 'invalid', counts));
    return 1;
  }
  const shown = (file: string) => path.relative(context.cwd, file) || file;
  const key = result.status === 'planned' ? 'wouldWrite' : 'wrote';
  for (const file of result.files)
    terminal.info(say(language, key, shown(file.path), fileSize(file.bytes, language)));
  terminal.info(summaryLine(result.model, language));
  const stepSummary = context.env.GITHUB_STEP_SUMMARY;
  if (stepSummary)
    await appendFile(path.resolve(context.cwd, stepSummary), jobSummary(result.model, language));
  const stepOutput = context.env.GITHUB_OUTPUT;
  if (stepOutput && result.status === 'written')
    await appendStepOutputs(
      stepOutput,
      { period: result.model.period.code, files: result.files },
      context.cwd,
    );
  return 0;
}
