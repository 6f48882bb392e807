import { checkDataset } from '../../pipeline.js';
import { say } from '../messages.js';
import { dataFolder, parseLimits, type CommonFlags } from '../options.js';
import { countsLine, exitCodeFor, reportDiagnostics, type ReportContext } from '../report-diagnostics.js';

/** `dx-report validate`: every problem in the dataset; exit 0 clean, 1 on errors (or on warnings with --strict). */
export async function runValidate(flags: CommonFlags, context: Omit<ReportContext, 'dataDir'>): Promise<number> {
  const dataDir = dataFolder(flags);
  const result = await checkDataset(dataDir, parseLimits(flags));
  reportDiagnostics(result.diagnostics, { ...context, dataDir });
  const code = exitCodeFor(result.diagnostics, flags.strict === true);
  if (context.reporter === 'json') return code;
  const { terminal, language } = context;
  const counts = countsLine(result.diagnostics, language);
  if (!result.dataset) terminal.error(say(language, 'dataErrors', counts));
  else if (code === 1) terminal.error(say(language, 'strictFail', counts));
  else if (result.diagnostics.length === 0) terminal.info(say(language, 'clean', String(result.fileCount)));
  else terminal.info(counts);
  return code;
}
