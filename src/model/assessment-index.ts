/**
 * Which self-assessment index an agency is assessed on (spec § criteria.yaml,
 * added in 0.3): the index whose `groups` holds the agency's group; in the
 * single form, the one index, for everyone.
 */
import type { Agency, AssessmentIndex, Dataset } from './types.js';

/** The dataset's indices, in criteria.yaml order: the single form as one; none without criteria. */
export function assessmentIndices(dataset: Dataset): AssessmentIndex[] {
  if (dataset.indices !== undefined) return dataset.indices;
  if (dataset.criteria.length === 0 && dataset.components.length === 0) return [];
  const { components, criteria, grades } = dataset;
  return [{ id: '', name: null, groups: [], components, criteria, grades }];
}

/** The agency's index, or why it has none: no index names its group, or several do. */
export type IndexOfAgency =
  | { index: AssessmentIndex }
  | { index: null; problem: 'none' }
  | { index: null; problem: 'several'; indices: AssessmentIndex[] };

/** The index an agency is assessed on, among `indices` (assessmentIndices). */
export function indexOfAgency(indices: readonly AssessmentIndex[], agency: Agency): IndexOfAgency {
  const single = indices.length === 1 && indices[0]!.groups.length === 0;
  if (single) return { index: indices[0]! };
  const group = agency.group;
  const matching =
    group === undefined ? [] : indices.filter((index) => index.groups.includes(group));
  if (matching.length === 1) return { index: matching[0]! };
  return matching.length === 0
    ? { index: null, problem: 'none' }
    : { index: null, problem: 'several', indices: matching };
}
