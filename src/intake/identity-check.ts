/**
 * Is this workbook this dataset's form, for this agency and period, made
 * from the rows the agency has now (issue 25)? A foreign form, another
 * period's, or a stale one is refused with what to do. Pure.
 */
import { figuresDay, parsePeriod, type Period } from '../model/period.js';
import type { Dataset } from '../model/types.js';
import { FORM_VERSION, intakeForm, type IntakeForm } from './form-model.js';
import type { FormIdentity, Problem } from './read-form.js';

/** The period being collected: the one asked for, else the latest of the forms received. */
export function collectedPeriod(
  identities: readonly FormIdentity[],
  cutoffDay?: number,
): Period | undefined {
  let latest: Period | undefined;
  for (const identity of identities) {
    const period = parsePeriod(identity.period);
    if (!period) continue;
    if (!latest || figuresDay(period, cutoffDay) > figuresDay(latest, cutoffDay)) latest = period;
  }
  return latest;
}

/** The form the workbook should be, or the problem that refuses it. */
export function checkIdentity(
  identity: FormIdentity,
  dataset: Dataset,
  period: Period,
  fileName: string,
): IntakeForm | Problem {
  const organization = dataset.settings.organization;
  if (identity.dataset !== organization)
    return {
      code: 'intake-other-dataset',
      args: { dataset: identity.dataset, expected: organization },
    };
  if (identity.version !== FORM_VERSION)
    return { code: 'intake-other-version', args: { version: identity.version } };
  const agency = dataset.agencies.find((entry) => entry.id === identity.agency);
  if (!agency) return { code: 'intake-unknown-agency', args: { agency: identity.agency } };
  const named = agencyNamed(fileName, dataset);
  if (named !== undefined && named !== agency.id)
    return { code: 'intake-file-agency', args: { named, agency: agency.id } };
  const formPeriod = parsePeriod(identity.period);
  if (!formPeriod || formPeriod.code !== period.code)
    return {
      code: 'intake-other-period',
      args: { period: identity.period, expected: period.code },
    };
  const form = intakeForm(dataset, agency, period);
  if (form.fingerprint !== identity.fingerprint)
    return { code: 'intake-stale', args: { agency: agency.id, period: period.code } };
  return form;
}

/** The agency a file's name starts with (`so-khcn-2026-11.xlsx`, `so-khcn-2026-11 (1).xlsx`), if any. */
function agencyNamed(fileName: string, dataset: Dataset): string | undefined {
  const match = /^(.+?)-(\d{4})(-[^.]*)?(\s*\(\d+\))?\.[a-z]+$/i.exec(fileName);
  if (!match) return undefined;
  return dataset.agencies.some((agency) => agency.id === match[1]) ? match[1] : undefined;
}
