/**
 * The performance targets of issue 18, checked against measured rows. A target
 * is `pass`, `fail` (missed, or its command failed) or `n/a` (a size it needs
 * was not run). Missing a target is reported, never fatal.
 *
 * Time and memory are judged against the js-yaml floor: js-yaml is the parser
 * dx-report reads clean files with, so that floor is what reading the data
 * costs at the least, and a ratio to it is what the pipeline adds.
 */
import { FLOOR_JS_YAML } from './commands.mjs';

/**
 * @typedef {import('./rows.mjs').RowResult} RowResult
 * @typedef {{ size: string, tasks: number, rows: RowResult[] }} SizeResult
 * @typedef {{ target: string, limit: string, actual: string, status: 'pass' | 'fail' | 'n/a' }} TargetResult
 */

/** How much longer than `node -e 0` each start-up command may take. */
const STARTUP_BUDGETS_MS = /** @type {const} */ ([
  ['version', 30],
  ['help', 60],
]);
/** National median time, as a multiple of the js-yaml floor's. */
const NATIONAL_TIME_LIMITS = /** @type {const} */ ([
  ['validate', 1.5],
  ['build-md-json', 2],
  ['build-xlsx', 2.5],
  ['build-docx', 2.5],
]);
/** The dx-report rows of every size: the memory and cost-per-task targets apply to each. */
const SIZE_ROWS = NATIONAL_TIME_LIMITS.map(([id]) => id);
/** Peak RSS, as a multiple of the js-yaml floor's, per size. */
const MEMORY_LIMITS = /** @type {const} */ ([
  ['national', 2],
  ['stress', 3],
]);
const PROVINCE_FULL_BUILD_MS = 800;
/** "Did you mean" for 1,000 ids of 64 characters among 1,500 (issue 23): seconds, not minutes. */
const DID_YOU_MEAN_MS = 3000;

/**
 * @param {{ startup: RowResult[], sizes: SizeResult[], cases: RowResult[] }} results
 * @returns {TargetResult[]}
 */
export function evaluateTargets(results) {
  const bySize = new Map(results.sizes.map((size) => [size.size, size]));
  const national = bySize.get('national');
  return [
    ...STARTUP_BUDGETS_MS.map(([id, budget]) => startupTarget(results.startup, id, budget)),
    ...NATIONAL_TIME_LIMITS.map(([id, limit]) =>
      ratioTarget(national, 'national', id, limit, 'time'),
    ),
    ...MEMORY_LIMITS.flatMap(([name, limit]) =>
      SIZE_ROWS.map((id) => ratioTarget(bySize.get(name), name, id, limit, 'memory')),
    ),
    ...SIZE_ROWS.map((id) => costPerTaskTarget(national, bySize.get('stress'), id)),
    provinceBuildTarget(bySize.get('province')),
    didYouMeanTarget(results.cases),
  ];
}

/**
 * @param {RowResult[]} cases
 * @returns {TargetResult}
 */
function didYouMeanTarget(cases) {
  const target = 'long-ids: validate, 1,000 "did you mean" among 1,500 ids of 64 characters';
  const limit = `< ${DID_YOU_MEAN_MS} ms`;
  const missing = unavailable(cases, ['did-you-mean']);
  const ms = cases.find((row) => row.id === 'did-you-mean')?.medianMs;
  if (missing || ms === undefined) return { target, limit, ...(missing ?? FAILED) };
  return { target, limit, actual: `${Math.round(ms)} ms`, status: verdict(ms < DID_YOU_MEAN_MS) };
}

/**
 * @param {RowResult[]} rows
 * @param {string} id
 * @param {number} budget milliseconds over `node -e 0`
 * @returns {TargetResult}
 */
function startupTarget(rows, id, budget) {
  const node = rows.find((row) => row.id === 'node');
  const row = rows.find((candidate) => candidate.id === id);
  const target = `dx-report --${id} within ${budget} ms of node -e 0`;
  const limit = `≤ +${budget} ms`;
  const missing = unavailable(rows, ['node', id]);
  if (missing || row?.medianMs === undefined || node?.medianMs === undefined) {
    return { target, limit, ...(missing ?? FAILED) };
  }
  const extra = Math.round(row.medianMs - node.medianMs);
  return {
    target,
    limit,
    actual: `${extra < 0 ? '−' : '+'}${Math.abs(extra)} ms`,
    status: verdict(extra <= budget),
  };
}

/**
 * A row's time or peak memory over the js-yaml floor's, at one size.
 * @param {SizeResult | undefined} size
 * @param {string} sizeName
 * @param {string} id
 * @param {number} limit
 * @param {'time' | 'memory'} measure
 * @returns {TargetResult}
 */
function ratioTarget(size, sizeName, id, limit, measure) {
  const target = `${sizeName}: ${labelOf(id)} ${measure === 'time' ? 'time' : 'peak RSS'} vs js-yaml floor`;
  const limitText = `≤ ${limit}×`;
  const missing = unavailable(size?.rows, [FLOOR_JS_YAML, id]);
  const ratio = size ? floorRatio(size.rows, id, measure) : null;
  if (missing || ratio === null) return { target, limit: limitText, ...(missing ?? FAILED) };
  return {
    target,
    limit: limitText,
    actual: `${ratio.toFixed(2)}×`,
    status: verdict(ratio <= limit),
  };
}

/**
 * A row's figure divided by a floor's (the js-yaml floor unless told), or null
 * when either is missing.
 * @param {RowResult[]} rows
 * @param {string} id
 * @param {'time' | 'memory'} measure
 * @param {string} [floorId]
 * @returns {number | null}
 */
export function floorRatio(rows, id, measure, floorId = FLOOR_JS_YAML) {
  const pick = (/** @type {RowResult | undefined} */ row) =>
    measure === 'time' ? row?.medianMs : row?.rssMb;
  const floor = pick(rows.find((row) => row.id === floorId));
  const value = pick(rows.find((row) => row.id === id));
  return floor === undefined || value === undefined || floor === 0 ? null : value / floor;
}

/**
 * Milliseconds per 1,000 tasks of a row at one size: its median time divided
 * by the size's task count, times 1,000 (start-up included, so a small size
 * costs more per task); null when the row is missing or failed.
 * @param {SizeResult | undefined} size
 * @param {string} id
 * @returns {number | null}
 */
export function msPerThousandTasks(size, id) {
  const ms = size?.rows.find((row) => row.id === id)?.medianMs;
  return size === undefined || ms === undefined || size.tasks === 0
    ? null
    : (ms / size.tasks) * 1000;
}

/**
 * No dearer per task at stress size than at national: ms per 1,000 tasks at
 * stress ≤ at national. The js-yaml floor's own ratio is shown beside it,
 * since parsing sets the pace.
 * @param {SizeResult | undefined} national
 * @param {SizeResult | undefined} stress
 * @param {string} id
 * @returns {TargetResult}
 */
function costPerTaskTarget(national, stress, id) {
  const target = `${labelOf(id)}: ms per 1k tasks, stress vs national`;
  const limit = 'stress ≤ national';
  const missing = unavailable(national?.rows, [id]) ?? unavailable(stress?.rows, [id]);
  const before = msPerThousandTasks(national, id);
  const after = msPerThousandTasks(stress, id);
  if (missing || before === null || after === null)
    return { target, limit, ...(missing ?? FAILED) };
  const floorBefore = msPerThousandTasks(national, FLOOR_JS_YAML);
  const floorAfter = msPerThousandTasks(stress, FLOOR_JS_YAML);
  const floorNote =
    floorBefore && floorAfter ? `; js-yaml floor ${(floorAfter / floorBefore).toFixed(2)}×` : '';
  return {
    target,
    limit,
    actual: `${before.toFixed(1)} → ${after.toFixed(1)} (${(after / before).toFixed(2)}×${floorNote})`,
    status: verdict(after <= before),
  };
}

/**
 * @param {SizeResult | undefined} size
 * @returns {TargetResult}
 */
function provinceBuildTarget(size) {
  const target = 'province: build --format md,json,xlsx,docx';
  const limit = `< ${PROVINCE_FULL_BUILD_MS} ms`;
  const missing = unavailable(size?.rows, ['build-all']);
  const ms = size?.rows.find((row) => row.id === 'build-all')?.medianMs;
  if (missing || ms === undefined) return { target, limit, ...(missing ?? FAILED) };
  return {
    target,
    limit,
    actual: `${Math.round(ms)} ms`,
    status: verdict(ms < PROVINCE_FULL_BUILD_MS),
  };
}

/** @type {Pick<TargetResult, 'actual' | 'status'>} */
const FAILED = { actual: 'command failed', status: 'fail' };

/**
 * Why a target cannot be judged: a row it needs was not run (its size or the
 * command was left out: n/a) or failed (the target is missed); null when all ran.
 * @param {RowResult[] | undefined} rows
 * @param {string[]} ids
 * @returns {Pick<TargetResult, 'actual' | 'status'> | null}
 */
function unavailable(rows, ids) {
  const needed = ids.map((id) => rows?.find((row) => row.id === id));
  if (needed.some((row) => row === undefined)) return { actual: 'not run', status: 'n/a' };
  return needed.every((row) => row?.ok) ? null : FAILED;
}

/**
 * @param {string} id
 * @returns {string}
 */
function labelOf(id) {
  return (
    /** @type {Record<string, string>} */ ({
      validate: 'validate',
      'build-md-json': 'build md,json',
      'build-xlsx': 'build xlsx',
      'build-docx': 'build docx',
    })[id] ?? id
  );
}

/**
 * @param {boolean} met
 * @returns {'pass' | 'fail'}
 */
function verdict(met) {
  return met ? 'pass' : 'fail';
}
