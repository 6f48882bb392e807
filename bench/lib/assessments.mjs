/**
 * criteria.yaml and the assessment files: every n-th agency assesses itself
 * for each period, with bare scores, `{ self, verified, evidence }` scores and
 * unassessed criteria mixed as staff write them.
 */
import {
  COMPONENTS,
  CRITERION_MAXIMA,
  DIFFICULTIES,
  EVIDENCE_KINDS,
  GRADES,
  PROPOSALS,
} from './index-phrases.mjs';
import { dayNumber, isoDate, pad, scalar } from './yaml-text.mjs';

/** The periods assessed, oldest first; each is the other's "previous period". */
export const ASSESSED_PERIODS = [
  { code: '2023-H2', submitFrom: '2024-01-03' },
  { code: '2024-H1', submitFrom: '2024-07-01' },
];

/**
 * @typedef {object} GeneratedCriterion
 * @property {string} id
 * @property {string} component
 * @property {string} name
 * @property {number} max
 */

/**
 * The 80 criteria, with maxima drawn from the seeded stream.
 * @param {import('./prng.mjs').Random} random
 * @returns {GeneratedCriterion[]}
 */
export function buildCriteria(random) {
  return COMPONENTS.flatMap((component) =>
    component.criteria.map((name, index) => ({
      id: `${component.code}-${pad(index + 1, 2)}`,
      component: component.id,
      name,
      max: random.pick(CRITERION_MAXIMA),
    })),
  );
}

/**
 * The text of criteria.yaml.
 * @param {GeneratedCriterion[]} criteria
 * @returns {string}
 */
export function criteriaYaml(criteria) {
  const lines = ['components:'];
  for (const component of COMPONENTS) {
    lines.push(`  - id: ${component.id}`, `    name: ${scalar(component.name)}`);
  }
  lines.push('criteria:');
  for (const criterion of criteria) {
    lines.push(
      `  - id: ${criterion.id}`,
      `    component: ${criterion.component}`,
      `    name: ${scalar(criterion.name)}`,
      `    max: ${criterion.max}`,
    );
  }
  lines.push('grades:', ...GRADES.map((grade) => `  - { name: ${grade.name}, min: ${grade.min} }`));
  return `${lines.join('\n')}\n`;
}

/**
 * The assessment files of every `every`-th agency (in catalogue order) for each period.
 * @param {import('./agencies.mjs').GeneratedAgency[]} agencies
 * @param {GeneratedCriterion[]} criteria
 * @param {number} every
 * @param {import('./prng.mjs').Random} random
 * @returns {Array<{ path: string, text: string }>}
 */
export function buildAssessmentFiles(agencies, criteria, every, random) {
  const files = [];
  for (let index = 0; index < agencies.length; index += every) {
    const agency = /** @type {import('./agencies.mjs').GeneratedAgency} */ (agencies[index]);
    let quality = 0.35 + random.next() * 0.6;
    for (const period of ASSESSED_PERIODS) {
      files.push({
        path: `assessments/${period.code}/${agency.id}.yaml`,
        text: assessmentYaml(agency.id, period, criteria, quality, random),
      });
      quality = Math.min(0.98, quality + random.next() * 0.08);
    }
  }
  return files;
}

/**
 * @param {string} agencyId
 * @param {{ code: string, submitFrom: string }} period
 * @param {GeneratedCriterion[]} criteria
 * @param {number} quality the agency's mean share of the maximum
 * @param {import('./prng.mjs').Random} random
 * @returns {string}
 */
function assessmentYaml(agencyId, period, criteria, quality, random) {
  const lines = [`agency: ${agencyId}`, `period: ${period.code}`];
  if (random.chance(0.9)) {
    lines.push(`submitted: ${isoDate(dayNumber(period.submitFrom) + random.int(0, 17))}`);
  }
  lines.push('scores:');
  const evidenceCode = agencyId.replace(/-/g, '').toUpperCase().slice(0, 12);
  for (const criterion of criteria) {
    if (random.chance(0.08)) continue;
    const share = Math.min(1, Math.max(0, quality + (random.next() - 0.5) * 0.4));
    const self = Math.round(criterion.max * share * 2) / 2;
    if (random.chance(0.75)) {
      lines.push(`  ${criterion.id}: ${self}`);
      continue;
    }
    const verified = Math.max(0, self - random.pick([0, 0, 0.5, 1]));
    const evidence = `${random.pick(EVIDENCE_KINDS)} số ${random.int(1, 250)}/${evidenceCode}`;
    const verifiedPart = random.chance(0.8) ? `, verified: ${verified}` : '';
    lines.push(`  ${criterion.id}: { self: ${self}${verifiedPart}, evidence: ${evidence} }`);
  }
  appendList(lines, 'difficulties', random.sample(DIFFICULTIES, random.int(0, 3)));
  appendList(lines, 'proposals', random.sample(PROPOSALS, random.int(0, 2)));
  return `${lines.join('\n')}\n`;
}

/**
 * @param {string[]} lines
 * @param {string} key
 * @param {string[]} items
 */
function appendList(lines, key, items) {
  if (items.length === 0) return;
  lines.push(`${key}:`, ...items.map((item) => `  - ${scalar(item)}`));
}
