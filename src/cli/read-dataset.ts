/** The first step of validate, build and summary: read and check the data folder, then print what was found. */
import type { Language } from '../diagnostics/messages.js';
import { formatInteger } from '../render/format-vi.js';
import { checkDataset, type CheckedDataset } from '../pipeline.js';
import { say } from './messages.js';
import { dataFolder, parseJobs, parseLimits, type CommonFlags } from './options.js';
import { createProgress } from './progress.js';
import { exitCodeFor, reportDiagnostics } from './report-diagnostics.js';
import { adoptDatasetDefaults, type RunContext } from './run-context.js';

/** A count of files in the message language: 3.006 in Vietnamese, 3006 in English. */
export function formatCount(value: number, language: Language): string {
  return language === 'vi' ? formatInteger(value) : String(value);
}

export interface ReadDataset {
  checked: CheckedDataset;
  dataDir: string;
  /** 1 when the diagnostics fail the run (errors, or warnings with --strict). */
  code: 0 | 1;
}

/**
 * Reads and validates the dataset with a progress line on a watched terminal,
 * takes the dataset's default language (so its own diagnostics already speak
 * it), and prints the diagnostics through the chosen reporter.
 */
export async function readDataset(flags: CommonFlags, context: RunContext): Promise<ReadDataset> {
  const dataDir = dataFolder(flags);
  const limits = parseLimits(flags);
  const jobs = parseJobs(flags);
  const count = (value: number) => formatCount(value, context.language);
  const progress = createProgress({
    stream: process.stderr,
    env: context.env,
    quiet: context.terminal.quiet,
    label: (done, total) =>
      done < total
        ? say(context.language, 'reading', count(done), count(total))
        : say(context.language, 'checking', count(total)),
  });
  let checked: CheckedDataset;
  try {
    checked = await checkDataset(dataDir, limits, progress.update, jobs);
  } finally {
    progress.end();
  }
  adoptDatasetDefaults(context, checked.settings);
  const strict = flags.strict === true;
  reportDiagnostics(checked.diagnostics, { ...context, dataDir, strict });
  return { checked, dataDir, code: exitCodeFor(checked.diagnostics, strict) };
}
