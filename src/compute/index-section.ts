/**
 * The index section: every agency that filed an assessment for the report's
 * assessment period (assessment-period.ts), scored on the index of its group
 * (spec § criteria.yaml, 0.3: one index per level), ranked within its index and
 * group, compared with its assessment of the comparison period; per index, the
 * components over every agency that filed, their trend over the agencies that
 * filed in both, and the grade counts per group; and who was expected to file
 * and did not.
 */
import { periodLabelVi, type Period } from '../model/period.js';
import { assessmentIndices, indexOfAgency } from '../model/assessment-index.js';
import type { Agency, Assessment, AssessmentIndex, Dataset } from '../model/types.js';
import { scoreAssessment } from './agency-index.js';
import type { ComputeContext } from './context.js';
import { compareRatios, ratioDifference, sumDecimals } from './exact-ratio.js';
import { isActiveOn } from './lead-resolution.js';
import { groupOf } from './refs.js';
import type {
  AgencyIndexFigures,
  AgencyIndexRow,
  ComponentTrend,
  GradeCount,
  IndexChange,
  IndexSection,
  IndexSummary,
  Ratio,
} from './report-model.js';

/** An index row before ranking. */
export type UnrankedRow = Omit<AgencyIndexRow, 'rank' | 'rankedInGroup'>;

function assessmentsOf(assessments: readonly Assessment[], period: Period | null) {
  return new Map(assessments.filter((a) => a.period === period?.code).map((a) => [a.agency, a]));
}

const periodRef = (period: Period | null) =>
  period === null ? null : { code: period.code, label: periodLabelVi(period) };

/** The peers an agency is ranked among: its index and its group. */
const peerKey = (row: UnrankedRow) => `${row.index ?? ''}\u0000${row.group ?? ''}`;

/**
 * Ranks rows within their index and group (agencies without a group form one
 * group of their own) by overall ratio, compared exactly: an agency's rank is
 * 1 + the number of ranked agencies of its index and group with a strictly
 * higher ratio, so ties share a rank and the next rank skips (1, 2, 2, 4).
 * `ranked: false` agencies get no rank and are not counted in `rankedInGroup`.
 */
export function rankRows(rows: readonly UnrankedRow[]): AgencyIndexRow[] {
  const groups = new Map<string, UnrankedRow[]>();
  for (const row of rows.filter((candidate) => candidate.ranked)) {
    const key = peerKey(row);
    const peers = groups.get(key);
    if (peers === undefined) groups.set(key, [row]);
    else peers.push(row);
  }
  const ranks = new Map<UnrankedRow, number>();
  for (const peers of groups.values()) {
    // Best first; a row equal to the one before it shares that row's rank.
    const ordered = [...peers].sort((a, b) => compareRatios(b.current.overall, a.current.overall));
    ordered.forEach((row, position) => {
      const before = ordered[position - 1];
      const tied =
        before !== undefined && compareRatios(before.current.overall, row.current.overall) === 0;
      ranks.set(row, tied ? (ranks.get(before) ?? position + 1) : position + 1);
    });
  }
  return rows.map((row) => ({
    ...row,
    rank: ranks.get(row) ?? null,
    rankedInGroup: groups.get(peerKey(row))?.length ?? 0,
  }));
}

/**
 * Rows by index (criteria.yaml order), then group (agencies.yaml order, no
 * group last), then rank, unranked after, then name.
 */
function orderRows(
  rows: AgencyIndexRow[],
  indexIds: readonly (string | null)[],
  groupIds: readonly string[],
  byAgencyId: ComputeContext['byAgencyId'],
): AgencyIndexRow[] {
  const groupPosition = (row: AgencyIndexRow) => {
    const position = row.group === null ? -1 : groupIds.indexOf(row.group);
    return position === -1 ? groupIds.length : position;
  };
  return rows.sort(
    (a, b) =>
      indexIds.indexOf(a.index) - indexIds.indexOf(b.index) ||
      groupPosition(a) - groupPosition(b) ||
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
      byAgencyId(a.agency, b.agency),
  );
}

function sumRatios(ratios: readonly Ratio[]): Ratio {
  return {
    numerator: sumDecimals(ratios.map((ratio) => ratio.numerator)),
    denominator: sumDecimals(ratios.map((ratio) => ratio.denominator)),
  };
}

/**
 * Per component, points over max summed across every agency that filed (the
 * figure of the period), and, compared like with like, the same sum over the
 * agencies that filed in both periods, now and then, with its direction.
 * Without an agency in both, there is no comparison.
 */
export function componentTrends(
  components: readonly { id: string; name: string }[],
  rows: readonly AgencyIndexRow[],
): ComponentTrend[] {
  const both = rows.filter((row) => row.previous !== null);
  return components.map((component) => {
    const scoreIn = (figures: AgencyIndexRow['current'] | null) =>
      figures?.components.find((entry) => entry.id === component.id)?.score ?? {
        numerator: 0,
        denominator: 0,
      };
    const current = sumRatios(rows.map((row) => scoreIn(row.current)));
    const { id, name } = component;
    if (both.length === 0) return { id, name, current, compared: null };
    const now = sumRatios(both.map((row) => scoreIn(row.current)));
    const before = sumRatios(both.map((row) => scoreIn(row.previous)));
    const order = compareRatios(now, before);
    const direction = order > 0 ? 'up' : order < 0 ? 'down' : 'same';
    return { id, name, current, compared: { current: now, previous: before, direction } };
  });
}

/** How an index moved between two assessments (components matched by id; a missing one counts 0/0). */
function indexChange(current: AgencyIndexFigures, previous: AgencyIndexFigures): IndexChange {
  const before = new Map(previous.components.map((entry) => [entry.id, entry.score]));
  return {
    overall: ratioDifference(current.overall, previous.overall),
    components: current.components.map(({ id, score }) => ({
      id,
      change: ratioDifference(score, before.get(id) ?? { numerator: 0, denominator: 0 }),
    })),
  };
}

/**
 * How many agencies of each group earned each grade of their index ("3/17 sở
 * xếp loại Tốt"): groups in agencies.yaml order (agencies of no group last),
 * grades in criteria.yaml order, grades nobody earned included with 0.
 */
function gradeCounts(
  dataset: Dataset,
  index: AssessmentIndex,
  rows: readonly AgencyIndexRow[],
): GradeCount[] {
  if (index.grades.length === 0) return [];
  const groups = [...dataset.groups.map((group) => group.id), null];
  return groups.flatMap((group) => {
    const inGroup = rows.filter((row) => row.group === group);
    if (inGroup.length === 0) return [];
    return [
      {
        group,
        assessed: inGroup.length,
        grades: index.grades.map((grade) => ({
          name: grade.name,
          count: inGroup.filter((row) => row.current.grade === grade.name).length,
        })),
      },
    ];
  });
}

/** The model's id of an index: null for the single form's one index. */
const modelId = (index: AssessmentIndex) => (index.id === '' ? null : index.id);

/** One index's components, their trends, and its grade counts, over its rows. */
function indexSummary(
  dataset: Dataset,
  index: AssessmentIndex,
  allRows: readonly AgencyIndexRow[],
): IndexSummary {
  const rows = allRows.filter((row) => row.index === modelId(index));
  return {
    id: modelId(index),
    name: index.name,
    groups: index.groups,
    components: index.components.map((component) => ({
      id: component.id,
      name: component.name,
      max: sumDecimals(
        index.criteria
          .filter((criterion) => criterion.component === component.id)
          .map((criterion) => criterion.max),
      ),
    })),
    assessed: rows.length,
    componentTrends: componentTrends(index.components, rows),
    trendAgencies: rows.filter((row) => row.previous !== null).length,
    gradeCounts: gradeCounts(dataset, index, rows),
  };
}

/** Builds the index section for the context's period and comparison period. */
export function indexSection(context: ComputeContext): IndexSection {
  const { dataset, asOf, assessmentPeriod } = context;
  const current = assessmentsOf(dataset.assessments, assessmentPeriod);
  const previous = assessmentsOf(dataset.assessments, context.compareAssessmentPeriod);
  const indices = assessmentIndices(dataset);
  const score = (assessment: Assessment, index: AssessmentIndex) =>
    scoreAssessment(assessment, index.components, index.criteria, index.grades);

  const unranked = dataset.agencies.flatMap((agency): UnrankedRow[] => {
    const assessment = current.get(agency.id);
    const index = indexOfAgency(indices, agency).index;
    // Validation refuses an agency that files without an index of its own.
    if (assessment === undefined || index === null) return [];
    const scored = score(assessment, index);
    const earlier = previous.get(agency.id);
    const before = earlier === undefined ? null : score(earlier, index).figures;
    return [
      {
        agency: context.cite(agency),
        index: modelId(index),
        group: groupOf(dataset, agency),
        ranked: agency.ranked,
        current: scored.figures,
        notAssessed: scored.notAssessed,
        previous: before,
        change: before === null ? null : indexChange(scored.figures, before),
        submitted: assessment.submitted ?? null,
      },
    ];
  });
  const rows = orderRows(
    rankRows(unranked),
    indices.map(modelId),
    dataset.groups.map((group) => group.id),
    context.byAgencyId,
  );

  // Every agency that exists on D is expected to file, none exempt; nobody is, when no assessment period applies.
  const expected =
    assessmentPeriod === null ? [] : dataset.agencies.filter((agency) => isActiveOn(agency, asOf));
  const notFiled: Agency[] = expected.filter((agency) => !current.has(agency.id));
  return {
    assessmentPeriod: periodRef(assessmentPeriod),
    comparePeriod: previous.size === 0 ? null : periodRef(context.compareAssessmentPeriod),
    indices: indices.map((index) => indexSummary(dataset, index, rows)),
    rows,
    filing: { numerator: expected.length - notFiled.length, denominator: expected.length },
    notFiled: notFiled.sort(context.byAgency).map(context.cite),
  };
}
