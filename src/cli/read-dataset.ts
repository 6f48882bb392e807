/** What validate, build and summary share: a progress line while the dataset is read, then its diagnostics printed. */
import type { Language } from '../diagnostics/messages.js';
import type { CheckedDataset } from '../pipeline.js';
import { formatInteger } from '../render/format-vi.js';
import { say } from './messages.js';
import { createProgress } from './progress.js';
import { countsLine, exitCodeFor, reportDiagnostics } from './report-diagnostics.js';
import { adoptDatasetDefaults, type RunContext } from './run-context.js';

/** A count of files in the message language: 3.006 in Vietnamese, 3006 in English. */
export function formatCount(value: number, language: Language): string {
  return language === 'vi' ? formatInteger(value) : String(value);
}

/** Runs a step that reads the dataset with a progress line on a watched terminal. */
export async function withProgress<T>(
  context: RunContext,
  step: (onProgress: (done: number, total: number) => void) => Promise<T>,
): Promise<T> {
  const count = (value: number) => formatCount(value, context.language);
  const progress = createProgress({
    stream: context.stderr,
    env: context.env,
    quiet: context.terminal.quiet,
    label: (done, total) =>
      done < total
        ? say(context.language, 'reading', count(done), count(total))
        : say(context.language, 'checking', count(total)),
  });
  try {
    return await step((done, total) => progress.update(done, total));
  } finally {
    progress.end();
  }
}

/**
 * Takes the dataset's default language (so its diagnostics already speak it),
 * prints the diagnostics through the chosen reporter, and returns 1 when they
 * fail the run (errors, or warnings with --strict), else 0.
 */
export function showDiagnostics(
  checked: CheckedDataset,
  context: RunContext,
  strict: boolean,
): 0 | 1 {
  adoptDatasetDefaults(context, checked.settings);
  reportDiagnostics(checked.diagnostics, { ...context, dataDir: checked.dataDir, strict });
  return exitCodeFor(checked.diagnostics, strict);
}

/**
 * showDiagnostics, then, when they fail the run, the one closing line that says
 * nothing was made (errors, or warnings with --strict). Returns the dataset to
 * go on with, or undefined: the command then exits 1.
 */
export function usableDataset(
  checked: CheckedDataset,
  context: RunContext,
  strict: boolean,
): NonNullable<CheckedDataset['dataset']> | undefined {
  const code = showDiagnostics(checked, context, strict);
  if (checked.dataset && code === 0) return checked.dataset;
  const counts = countsLine(checked.diagnostics, context.language);
  context.terminal.error(
    say(context.language, checked.dataset ? 'strictFail' : 'dataErrors', counts),
  );
  return undefined;
}
