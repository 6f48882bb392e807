import path from 'node:path';
import { checkDataset, writeReports } from '../../pipeline.js';
import { checkReminderOptions, reminderContexts, renderReminders } from '../../rounds.js';
import { fileSize } from '../build-summary.js';
import { say } from '../messages.js';
import { readOptions, type CommonFlags } from '../options.js';
import { usableDataset, withProgress } from '../read-dataset.js';
import type { RunContext } from '../run-context.js';

export interface RemindFlags extends CommonFlags {
  period?: string;
  periodKind?: string;
  asOf?: string;
  format?: string;
  out?: string;
  perAgency?: boolean;
  due?: string;
  template?: string;
}

/**
 * `dx-report remind`: the reminder letter (công văn đôn đốc) to the units of
 * a period's round that have not sent everything by D (default today), or
 * one letter per unit with `--per-agency`, written from one template in
 * every format asked. Nothing to write when every unit has sent.
 */
export async function runRemind(flags: RemindFlags, context: RunContext): Promise<number> {
  const options = {
    period: flags.period as string,
    periodKind: flags.periodKind,
    asOf: flags.asOf,
    due: flags.due,
    perAgency: flags.perAgency === true,
    formats: flags.format,
    env: context.env,
    template: flags.template === undefined ? undefined : path.resolve(context.cwd, flags.template),
  };
  checkReminderOptions(options);
  const strict = flags.strict === true;
  const read = readOptions(flags, context);
  const checked = await withProgress(context, (onProgress) =>
    checkDataset({ ...read, onProgress, cwd: context.cwd }),
  );
  const dataset = usableDataset(checked, context, strict);
  if (!dataset) return 1;
  const { terminal, language } = context;
  const letters = reminderContexts(dataset, options);
  if (letters.length === 0) {
    terminal.info(say(language, 'nothingToRemind'));
    return 0;
  }
  const artifacts = await renderReminders(letters, options);
  const written = await writeReports(path.resolve(context.cwd, flags.out ?? 'reports'), artifacts, {
    data: checked.dataDir,
  });
  const shown = (file: string) => path.relative(context.cwd, file) || file;
  for (const file of written)
    terminal.info(say(language, 'wrote', shown(file.path), fileSize(file.bytes, language)));
  return 0;
}
