/**
 * The "did you mean" case: 1,500 agencies whose ids are 64 characters long
 * (the longest an id may be) and 1,000 tasks each led by one of them misspelt
 * (one letter changed, or one dropped). Every misspelt id is distinct, so
 * validation looks each one up: 1,000 look-ups against the 1,500 ids of about
 * their length, every one answered with its suggestion.
 */
import { pillarsYaml, settingsYaml } from './catalogues.mjs';
import { createRandom } from './prng.mjs';
import { slugify } from './yaml-text.mjs';

export const LONG_ID_AGENCIES = 1500;
export const LONG_ID_TYPOS = 1000;
export const LONG_ID_LENGTH = 64;
const TASKS_PER_FILE = 100;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** What fills an id between its department and its number, as long slugs do. */
const UNIT = 'phong-chuyen-doi-so-va-cong-nghe-thong-tin-truc-thuoc';
const PROVINCE = 'tỉnh Quảng Trị';
const DEPARTMENT = 'so-khcn';

/**
 * An id of exactly LONG_ID_LENGTH characters, as a generated catalogue names
 * the units of one department: province, department, unit, then a number.
 * The ids share everything but their last characters: the worst case for a
 * distance that gives up once two ids differ by more than the budget.
 * @param {number} index
 * @returns {string}
 */
function longId(index) {
  const number = `.${String(index).padStart(4, '0')}`;
  const stem = `${slugify(PROVINCE)}.${DEPARTMENT}.${UNIT}${UNIT}`;
  return stem.slice(0, LONG_ID_LENGTH - number.length) + number;
}

/**
 * The id with one typo before its number: a letter changed, or (every third
 * one) a letter dropped. Never another known id: the numbers differ.
 * @param {string} id
 * @param {number} index
 * @param {import('./prng.mjs').Random} random
 * @returns {string}
 */
function misspelt(id, index, random) {
  const at = random.int(20, LONG_ID_LENGTH - 6);
  if (index % 3 === 2) return id.slice(0, at) + id.slice(at + 1);
  const original = id[at];
  let replacement = original;
  while (replacement === original) replacement = ALPHABET[random.int(0, ALPHABET.length - 1)];
  return id.slice(0, at) + replacement + id.slice(at + 1);
}

/**
 * The dataset's files, and which id each misspelt lead should be suggested.
 * @param {number} seed
 * @returns {{ files: Array<{ path: string, text: string }>, expected: Map<string, string> }}
 */
export function longIdDataset(seed) {
  const random = createRandom(seed, 'long-ids');
  const ids = Array.from({ length: LONG_ID_AGENCIES }, (_, index) => longId(index));
  const agencies = ['agencies:'];
  ids.forEach((id, index) => agencies.push(`  - id: ${id}`, `    name: Cơ quan ${index + 1}`));
  /** @type {Map<string, string>} */
  const expected = new Map();
  /** @type {Array<{ path: string, text: string }>} */
  const taskFiles = [];
  let lines = [];
  for (let index = 0; index < LONG_ID_TYPOS; index++) {
    const target = ids[Math.floor((index * LONG_ID_AGENCIES) / LONG_ID_TYPOS)] ?? '';
    const lead = misspelt(target, index, random);
    expected.set(lead, target);
    lines.push(
      `  - id: T-${index + 1}`,
      `    title: Nhiệm vụ ${index + 1}`,
      `    lead: ${lead}`,
      '    deadline: 2024-12-31',
    );
    if ((index + 1) % TASKS_PER_FILE === 0) {
      const number = String(taskFiles.length + 1).padStart(2, '0');
      taskFiles.push({
        path: `tasks/t${number}.yaml`,
        text: `plan: qd-1\npillar: chinh-quyen-so\ntasks:\n${lines.join('\n')}\n`,
      });
      lines = [];
    }
  }
  return {
    files: [
      { path: 'dx-report.yaml', text: settingsYaml(false) },
      { path: 'pillars.yaml', text: pillarsYaml() },
      { path: 'agencies.yaml', text: `${agencies.join('\n')}\n` },
      {
        path: 'plans.yaml',
        text: 'plans:\n  - id: qd-1\n    number: 1/QĐ-UBND\n    date: 2022-07-29\n    title: Đề án chuyển đổi số\n',
      },
      ...taskFiles,
    ],
    expected,
  };
}
