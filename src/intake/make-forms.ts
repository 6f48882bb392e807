/**
 * `intake make`: one workbook per expected agency (issue 25), named
 * `<agency-id>-<P>.xlsx`. Pure but for exceljs, which loads only here.
 */
import type { Period } from '../model/period.js';
import { suggest } from '../model/suggest.js';
import type { Agency, Dataset, IsoDate } from '../model/types.js';
import type { Artifact } from '../render/artifact.js';
import { expectedAgencies, intakeForm } from './form-model.js';
import { formFileName, writeFormWorkbook } from './form-workbook.js';

export interface Selection {
  /** Agency ids (--agency); none: every expected agency. */
  agencies?: readonly string[] | undefined;
  /** Group ids (--group): the expected agencies of these groups. */
  groups?: readonly string[] | undefined;
}

/** An id named on the command line that the dataset does not have. */
export interface UnknownSelection {
  option: '--agency' | '--group';
  id: string;
  suggestion: string | undefined;
}

/** The agencies to make forms for, in agencies.yaml order, or the first id that is not known. */
export function selectAgencies(
  dataset: Dataset,
  period: Period,
  selection: Selection,
): Agency[] | UnknownSelection {
  const agencyIds = dataset.agencies.map((agency) => agency.id);
  const groupIds = dataset.groups.map((group) => group.id);
  for (const [option, ids, known] of [
    ['--agency', selection.agencies ?? [], agencyIds],
    ['--group', selection.groups ?? [], groupIds],
  ] as const) {
    const unknown = ids.find((id) => !known.includes(id));
    if (unknown !== undefined) return { option, id: unknown, suggestion: suggest(unknown, known) };
  }
  const named = new Set(selection.agencies ?? []);
  const groups = new Set(selection.groups ?? []);
  const everyone = named.size === 0 && groups.size === 0;
  if (named.size > 0) return dataset.agencies.filter((agency) => named.has(agency.id));
  return expectedAgencies(dataset, period).filter(
    (agency) => everyone || (agency.group !== undefined && groups.has(agency.group)),
  );
}

/** The workbooks of the agencies, in their order. */
export async function makeForms(
  dataset: Dataset,
  period: Period,
  agencies: readonly Agency[],
  due: IsoDate | undefined,
): Promise<Artifact[]> {
  const artifacts: Artifact[] = [];
  for (const agency of agencies) {
    const form = intakeForm(dataset, agency, period, { due });
    artifacts.push({
      name: formFileName(form),
      bytes: await writeFormWorkbook(form, dataset.themes),
    });
  }
  return artifacts;
}
