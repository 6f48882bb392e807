/**
 * One agency's self-assessment index for one period (spec § Derived figures,
 * last item; facts.md §1.2: a component's value is points earned over points
 * possible, the overall value the points-weighted mean of all criteria).
 */
import type { Assessment, Component, Criterion, Grade } from '../model/types.js';
import { compareRatios, sumDecimals } from './exact-ratio.js';
import type { AgencyIndexFigures, Ratio } from './report-model.js';

/** An assessment's figures, and the criteria it left without a score. */
export interface ScoredAssessment {
  figures: AgencyIndexFigures;
  notAssessed: { id: string; name: string }[];
}

/**
 * The grade of an overall ratio: of the grades whose `min` is at most the
 * percentage (compared exactly: 80/100 is "at least 80"), the one with the
 * highest `min`. Null when no grades are defined, none applies, or the ratio
 * is 0/0 (no criteria).
 */
export function gradeFor(overall: Ratio, grades: readonly Grade[]): string | null {
  if (overall.denominator === 0) return null;
  let best: Grade | undefined;
  for (const grade of grades) {
    const reached = compareRatios(overall, { numerator: grade.min, denominator: 100 }) >= 0;
    if (reached && (best === undefined || grade.min > best.min)) best = grade;
  }
  return best?.name ?? null;
}

/** Points counted per criterion: `verified` where given, else `self`; unscored ones are absent. */
function countedPoints(assessment: Assessment): Map<string, number> {
  const points = new Map<string, number>();
  for (const score of assessment.scores) {
    const value = score.verified ?? score.self;
    if (value !== undefined) points.set(score.criterion, value);
  }
  return points;
}

function ratioOf(criteria: readonly Criterion[], points: ReadonlyMap<string, number>): Ratio {
  return {
    numerator: sumDecimals(criteria.map((criterion) => points.get(criterion.id) ?? 0)),
    denominator: sumDecimals(criteria.map((criterion) => criterion.max)),
  };
}

/**
 * Scores an assessment: per component (criteria.yaml order) the sum of its
 * criteria's counted points over the sum of their `max`; overall the same over
 * every criterion; a criterion without a score counts 0 and is listed as not
 * assessed.
 */
export function scoreAssessment(
  assessment: Assessment,
  components: readonly Component[],
  criteria: readonly Criterion[],
  grades: readonly Grade[],
): ScoredAssessment {
  const points = countedPoints(assessment);
  const overall = ratioOf(criteria, points);
  return {
    figures: {
      overall,
      components: components.map((component) => ({
        id: component.id,
        score: ratioOf(
          criteria.filter((criterion) => criterion.component === component.id),
          points,
        ),
      })),
      grade: gradeFor(overall, grades),
    },
    notAssessed: criteria
      .filter((criterion) => !points.has(criterion.id))
      .map((criterion) => ({ id: criterion.id, name: criterion.name })),
  };
}
