/**
 * `dx-report intake make` and `intake import` (issue 25): forms out to the
 * agencies, their filled cells checked and written back as dataset files.
 */
import path from 'node:path';
import { checkDataset } from '../../pipeline.js';
import { resolveDate, resolvePeriod, localToday } from '../../options/report-request.js';
import { UsageError } from '../../errors/known-errors.js';
import { writeArtifacts } from '../../write/write-artifacts.js';
import { cleanUpOnSignals } from '../interrupts.js';
import { sayIntake } from '../intake-messages.js';
import { say } from '../messages.js';
import { readOptions, type CommonFlags } from '../options.js';
import { showDiagnostics, withProgress } from '../read-dataset.js';
import { countsLine } from '../report-diagnostics.js';
import type { RunContext } from '../run-context.js';

export interface IntakeMakeFlags extends CommonFlags {
  period?: string;
  out?: string;
  agency?: string[];
  group?: string[];
  due?: string;
}

/** `intake make`: one workbook per expected agency, in `intake/<P>/` unless --out says. */
export async function runIntakeMake(flags: IntakeMakeFlags, context: RunContext): Promise<number> {
  cleanUpOnSignals();
  if (flags.period === undefined) throw new UsageError('missingOption', '--period', '2024-11');
  const period = resolvePeriod('--period', flags.period, undefined, localToday());
  const due = resolveDate('--due', flags.due);
  const checked = await withProgress(context, (onProgress) =>
    checkDataset({ ...readOptions(flags, context), onProgress, cwd: context.cwd }),
  );
  showDiagnostics(checked, context, flags.strict === true);
  const { terminal, language } = context;
  if (!checked.dataset) {
    terminal.error(say(language, 'invalid', countsLine(checked.diagnostics, language)));
    return 1;
  }
  const { makeForms, selectAgencies } = await import('../../intake/make-forms.js');
  const selected = selectAgencies(checked.dataset, period, {
    agencies: flags.agency,
    groups: flags.group,
  });
  if (!Array.isArray(selected))
    throw new UsageError(
      'intakeUnknownAgency',
      selected.option,
      selected.id,
      selected.suggestion ?? '',
    );
  if (selected.length === 0) {
    terminal.info(sayIntake(language, 'noneExpected', period.code));
    return 0;
  }
  const out = flags.out ?? path.join('intake', period.code);
  const artifacts = await makeForms(checked.dataset, period, selected, due);
  await writeArtifacts(path.resolve(context.cwd, out), artifacts);
  terminal.info(sayIntake(language, 'made', String(artifacts.length), out));
  return 0;
}

export interface IntakeImportFlags extends CommonFlags {
  dryRun?: boolean;
  submitted?: string;
}

/** `intake import`: each workbook all or nothing; one summary at the end. */
export async function runIntakeImport(
  files: readonly string[],
  flags: IntakeImportFlags,
  context: RunContext,
): Promise<number> {
  const { runImport } = await import('../intake-import.js');
  return runImport(files, flags, context);
}
