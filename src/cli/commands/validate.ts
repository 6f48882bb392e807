import { checkDataset } from '../../pipeline.js';
import { say } from '../messages.js';
import { readOptions, type CommonFlags } from '../options.js';
import { formatCount, showDiagnostics, withProgress } from '../read-dataset.js';
import { countsLine } from '../report-diagnostics.js';
import type { RunContext } from '../run-context.js';

/** `dx-report validate`: every problem in the dataset; exit 0 clean, 1 on errors (or on warnings with --strict). */
export async function runValidate(flags: CommonFlags, context: RunContext): Promise<number> {
  const options = readOptions(flags, context);
  const checked = await withProgress(context, (onProgress) =>
    checkDataset({ ...options, onProgress, cwd: context.cwd }),
  );
  const code = showDiagnostics(checked, context, flags.strict === true);
  // A tool that asked for JSON reads the counts from the document itself.
  if (context.reporter === 'json') return code;
  const { terminal, language } = context;
  const counts = countsLine(checked.diagnostics, language);
  if (!checked.dataset) terminal.error(say(language, 'dataErrors', counts));
  else if (code === 1) terminal.error(say(language, 'strictFail', counts));
  else if (checked.diagnostics.length === 0)
    terminal.info(say(language, 'clean', formatCount(checked.fileCount, language)));
  else terminal.info(counts);
  return code;
}
