/**
 * Writes generated tasks as one task file: the file's most common plan and
 * pillar go to the top as defaults, and a task repeats them only where it differs.
 */
import { isoDate, scalar } from './yaml-text.mjs';

/**
 * @typedef {object} GeneratedUpdate
 * @property {number} day
 * @property {string} [period] written instead of the date when set
 * @property {string} status as written (English value or Vietnamese spelling)
 * @property {number} [progress]
 * @property {string} note
 * @property {string[]} issues
 */

/**
 * @typedef {object} GeneratedTask
 * @property {string} id
 * @property {string} title
 * @property {string} pillar
 * @property {string} plan
 * @property {string} lead
 * @property {string[]} partners
 * @property {string} [start]
 * @property {string} [deadline] YAML text of the deadline
 * @property {GeneratedUpdate[]} updates
 */

/**
 * @param {GeneratedTask[]} tasks
 * @returns {string}
 */
export function taskFileYaml(tasks) {
  const plan = mostCommon(tasks.map((task) => task.plan));
  const pillar = mostCommon(tasks.map((task) => task.pillar));
  const lines = [`plan: ${plan}`, `pillar: ${pillar}`, 'tasks:'];
  for (const task of tasks) {
    lines.push(`  - id: ${task.id}`, `    title: ${scalar(task.title)}`);
    if (task.pillar !== pillar) lines.push(`    pillar: ${task.pillar}`);
    if (task.plan !== plan) lines.push(`    plan: ${task.plan}`);
    lines.push(`    lead: ${task.lead}`);
    if (task.partners.length > 0) lines.push(`    partners: [${task.partners.join(', ')}]`);
    if (task.start !== undefined) lines.push(`    start: ${task.start}`);
    if (task.deadline !== undefined) lines.push(`    deadline: ${task.deadline}`);
    lines.push('    updates:');
    for (const update of task.updates) {
      lines.push(
        update.period === undefined
          ? `      - date: ${isoDate(update.day)}`
          : `      - period: ${update.period}`,
        `        status: ${scalar(update.status)}`,
      );
      if (update.progress !== undefined) lines.push(`        progress: ${update.progress}`);
      lines.push(`        note: ${scalar(update.note)}`);
      if (update.issues.length === 1)
        lines.push(`        issues: ${scalar(update.issues[0] ?? '')}`);
      if (update.issues.length > 1) {
        lines.push(
          '        issues:',
          ...update.issues.map((issue) => `          - ${scalar(issue)}`),
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The value met most often; ties go to the one met first.
 * @param {string[]} values
 * @returns {string}
 */
function mostCommon(values) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = values[0] ?? '';
  for (const [value, count] of counts) if (count > (counts.get(best) ?? 0)) best = value;
  return best;
}
