/**
 * Task files: 1,000 tasks a file, each task with four dated updates whose
 * statuses progress (not started → in progress → done, a few cancelled),
 * deadlines of every kind the contract allows, and occasional difficulties.
 */
import {
  PILLARS,
  STATUS_VI,
  TASK_OBJECTS,
  TASK_SCOPES,
  TASK_VERBS,
  UPDATE_ISSUES,
  UPDATE_NOTES,
} from './task-phrases.mjs';
import { taskFileYaml } from './task-yaml.mjs';
import { dayNumber, isoDate, pad } from './yaml-text.mjs';

export const TASKS_PER_FILE = 1000;
const UPDATES_PER_TASK = 4;
/** Deadlines written as a period code or a year, with the last day each stands for. */
const PERIOD_DEADLINES = [
  { code: '2023-H2', lastDay: dayNumber('2023-12-31') },
  { code: '2024-H1', lastDay: dayNumber('2024-06-30') },
  { code: '2024-Q3', lastDay: dayNumber('2024-09-30') },
  { code: '2024-9M', lastDay: dayNumber('2024-09-30') },
  { code: '2024-12', lastDay: dayNumber('2024-12-31') },
  { code: '2024', lastDay: dayNumber('2024-12-31') },
  { code: '2025-H1', lastDay: dayNumber('2025-06-30') },
  { code: '2025', lastDay: dayNumber('2025-12-31') },
];

/**
 * @typedef {object} TaskContext
 * @property {import('./agencies.mjs').GeneratedAgency[]} agencies
 * @property {(province: number) => string[]} plansOf plan ids of a province
 * @property {(province: number) => string} placeOf "tỉnh Quảng Trị", "thành phố Huế", …
 */

/**
 * Yields the task files in order, `count` tasks in all.
 * @param {number} count
 * @param {TaskContext} context
 * @param {import('./prng.mjs').Random} random
 * @returns {Generator<{ path: string, text: string }>}
 */
export function* buildTaskFiles(count, context, random) {
  const leads = leadPools(context.agencies);
  for (let first = 0; first < count; first += TASKS_PER_FILE) {
    const mainPillar = random.pick(PILLARS).id;
    const tasks = [];
    for (let index = first; index < Math.min(count, first + TASKS_PER_FILE); index++) {
      tasks.push(buildTask(index + 1, mainPillar, leads, context, random));
    }
    const fileNumber = pad(first / TASKS_PER_FILE + 1, 3);
    yield { path: `tasks/nhiem-vu-${fileNumber}.yaml`, text: taskFileYaml(tasks) };
  }
}

/**
 * Leads are drawn by kind (departments mostly), then uniformly within the kind.
 * @param {import('./agencies.mjs').GeneratedAgency[]} agencies
 */
function leadPools(agencies) {
  const ofKind = (/** @type {string} */ kind) => agencies.filter((agency) => agency.kind === kind);
  const departments = ofKind('department');
  const districts = ofKind('district');
  const communes = ofKind('commune');
  return { departments, pools: [departments, departments, departments, districts, communes] };
}

/**
 * @param {number} number 1-based task number, unique across the dataset
 * @param {string} mainPillar the pillar most tasks of this file belong to
 * @param {ReturnType<typeof leadPools>} leads
 * @param {TaskContext} context
 * @param {import('./prng.mjs').Random} random
 */
function buildTask(number, mainPillar, leads, context, random) {
  const pillarId = random.chance(0.8) ? mainPillar : random.pick(PILLARS).id;
  const pillar = /** @type {(typeof PILLARS)[number]} */ (PILLARS.find((p) => p.id === pillarId));
  const pool = random.pick(leads.pools.filter((candidates) => candidates.length > 0));
  const lead = random.pick(pool);
  const sameProvince = leads.departments.filter(
    (agency) => agency.province === lead.province && agency.id !== lead.id,
  );
  const partners = random.sample(sameProvince, random.pick([0, 0, 1, 1, 2])).map((a) => a.id);
  const place = context.placeOf(lead.province);
  const object = random.pick(TASK_OBJECTS[/** @type {keyof typeof TASK_OBJECTS} */ (pillarId)]);
  const scope = random.pick(TASK_SCOPES).replace('{place}', place);
  const start = random.chance(0.85) ? dayNumber('2022-08-01') + random.int(0, 608) : undefined;
  const base = start ?? dayNumber('2023-01-01') + random.int(0, 400);
  return {
    id: `${pillar.prefix}-${pad(number, 6)}`,
    title: `${random.pick(TASK_VERBS)} ${object} ${scope}`,
    pillar: pillarId,
    // Most tasks come from the province's scheme; the rest from its yearly plan.
    plan: random.pick(weightedPlans(context.plansOf(lead.province))),
    lead: lead.id,
    partners,
    start: start === undefined ? undefined : isoDate(start),
    deadline: buildDeadline(base, random),
    updates: buildUpdates(base, random),
  };
}

/**
 * A deadline as YAML text: a date, a period code, a year (a YAML number), `ongoing`, or none.
 * @param {number} base day the task's work starts from
 * @param {import('./prng.mjs').Random} random
 * @returns {string | undefined}
 */
function buildDeadline(base, random) {
  const roll = random.next();
  // Period deadlines are drawn among those at least three months after the work starts.
  const periods = PERIOD_DEADLINES.filter((period) => period.lastDay >= base + 90);
  if (roll < 0.5 || periods.length === 0) return isoDate(base + random.int(180, 900));
  if (roll < 0.7) return random.pick(periods).code;
  if (roll < 0.9) return 'ongoing';
  return undefined;
}

/**
 * Four updates, dated in order, each status reachable from the previous one.
 * @param {number} base
 * @param {import('./prng.mjs').Random} random
 */
function buildUpdates(base, random) {
  const updates = [];
  let day = base + random.int(10, 60);
  let status = random.chance(0.5) ? 'not_started' : 'in_progress';
  let progress = status === 'in_progress' ? random.int(10, 40) : 0;
  for (let step = 0; step < UPDATES_PER_TASK; step++) {
    const last = step === UPDATES_PER_TASK - 1;
    if (step > 0) {
      day += random.int(30, 150);
      [status, progress] = nextStatus(status, progress, last, random);
    }
    const notes = UPDATE_NOTES[/** @type {keyof typeof UPDATE_NOTES} */ (status)];
    const canHaveIssues = status === 'not_started' || status === 'in_progress';
    /** @type {number} */
    const previousDay = updates.at(-1)?.day ?? -Infinity;
    const half = halfOf(day);
    // Now and then the last update is filed for a period rather than a day, as the contract
    // allows; only when the previous update lies before that period, so the log stays in order.
    /** @type {boolean} */
    const byPeriod = last && previousDay < half.firstDay && random.chance(0.05);
    updates.push({
      day,
      period: byPeriod ? half.code : undefined,
      status: random.chance(0.1) ? vietnameseStatus(status, random) : status,
      progress: status === 'cancelled' || random.chance(0.15) ? undefined : progress,
      note: random.pick(notes),
      issues:
        canHaveIssues && random.chance(0.2)
          ? random.sample(UPDATE_ISSUES, random.pick([1, 1, 2]))
          : [],
    });
  }
  return updates;
}

/**
 * @param {string} status
 * @param {number} progress
 * @param {boolean} last
 * @param {import('./prng.mjs').Random} random
 * @returns {[string, number]}
 */
function nextStatus(status, progress, last, random) {
  if (status === 'done') return ['done', 100];
  if (last && random.chance(0.03)) return ['cancelled', progress];
  if (status === 'not_started') {
    return random.chance(0.65) ? ['in_progress', random.int(10, 40)] : ['not_started', 0];
  }
  if (random.chance(0.35)) return ['done', 100];
  return ['in_progress', Math.min(95, progress + random.int(10, 30))];
}

/**
 * The half-year a day falls in.
 * @param {number} day
 * @returns {{ code: string, firstDay: number }}
 */
function halfOf(day) {
  const date = isoDate(day);
  const year = date.slice(0, 4);
  const firstHalf = date.slice(5, 7) <= '06';
  return {
    code: `${year}-${firstHalf ? 'H1' : 'H2'}`,
    firstDay: dayNumber(`${year}-${firstHalf ? '01' : '07'}-01`),
  };
}

/**
 * A status in its Vietnamese spelling, sometimes capitalised as typed at a line start.
 * @param {string} status
 * @param {import('./prng.mjs').Random} random
 * @returns {string}
 */
function vietnameseStatus(status, random) {
  const text = STATUS_VI[/** @type {keyof typeof STATUS_VI} */ (status)];
  return random.chance(0.3) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/**
 * The first plan (the scheme) twice as likely as each later one.
 * @param {string[]} plans
 * @returns {string[]}
 */
function weightedPlans(plans) {
  return plans.length > 1 ? [plans[0] ?? '', ...plans] : plans;
}
