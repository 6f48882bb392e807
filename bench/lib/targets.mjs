/**
 * The performance targets of issue 6, checked against measured rows. A target
 * is `pass`, `fail` (missed, or its command failed) or `n/a` (a size it needs
 * was not run). Missing a target is reported, never fatal.
 */

/**
 * @typedef {import('./rows.mjs').RowResult} RowResult
 * @typedef {{ size: string, tasks: number, rows: RowResult[] }} SizeResult
 * @typedef {{ target: string, limit: string, actual: string, status: 'pass' | 'fail' | 'n/a' }} TargetResult
 */

const STARTUP_BUDGET_MS = 60;
const NATIONAL_TIME_LIMITS = [
  ['validate', 1.3],
  ['build-md-json', 1.6],
  ['build-xlsx', 2.5],
];
const MEMORY_LIMIT = 2;
/** Marginal cost per task may rise this much from province→national to national→stress. */
const LINEAR_TOLERANCE = 1.25;
const PROVINCE_FULL_BUILD_MS = 1000;
const GROWTH_ROWS = ['validate', 'build-md-json', 'build-xlsx'];

/**
 * @param {{ startup: RowResult[], sizes: SizeResult[] }} results
 * @returns {TargetResult[]}
 */
export function evaluateTargets(results) {
  const bySize = new Map(results.sizes.map((size) => [size.size, size]));
  const national = bySize.get('national');
  const province = bySize.get('province');
  return [
    ...['version', 'help'].map((id) => startupTarget(results.startup, id)),
    ...NATIONAL_TIME_LIMITS.map(([id, limit]) =>
      ratioTarget(national, String(id), Number(limit), 'time'),
    ),
    ...NATIONAL_TIME_LIMITS.map(([id]) =>
      ratioTarget(national, String(id), MEMORY_LIMIT, 'memory'),
    ),
    ...GROWTH_ROWS.map((id) => growthTarget(results.sizes, id)),
    provinceBuildTarget(province),
  ];
}

/**
 * @param {RowResult[]} rows
 * @param {string} id
 * @returns {TargetResult}
 */
function startupTarget(rows, id) {
  const node = rows.find((row) => row.id === 'node');
  const row = rows.find((candidate) => candidate.id === id);
  const target = `dx-report --${id} within ${STARTUP_BUDGET_MS} ms of node -e 0`;
  const limit = `≤ +${STARTUP_BUDGET_MS} ms`;
  const missing = unavailable(rows, ['node', id]);
  if (missing || row?.medianMs === undefined || node?.medianMs === undefined) {
    return { target, limit, ...(missing ?? FAILED) };
  }
  const extra = row.medianMs - node.medianMs;
  return {
    target,
    limit,
    actual: `+${Math.round(extra)} ms`,
    status: verdict(extra <= STARTUP_BUDGET_MS),
  };
}

/**
 * A national row's time or peak memory over the floor's.
 * @param {SizeResult | undefined} size
 * @param {string} id
 * @param {number} limit
 * @param {'time' | 'memory'} measure
 * @returns {TargetResult}
 */
function ratioTarget(size, id, limit, measure) {
  const target = `national: ${labelOf(id)} ${measure} vs floor`;
  const limitText = `≤ ${limit}×`;
  const missing = unavailable(size?.rows, ['floor', id]);
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
 * A row's figure divided by the floor's, or null when either is missing.
 * @param {RowResult[]} rows
 * @param {string} id
 * @param {'time' | 'memory'} measure
 * @returns {number | null}
 */
export function floorRatio(rows, id, measure) {
  const pick = (/** @type {RowResult | undefined} */ row) =>
    measure === 'time' ? row?.medianMs : row?.rssMb;
  const floor = pick(rows.find((row) => row.id === 'floor'));
  const value = pick(rows.find((row) => row.id === id));
  return floor === undefined || value === undefined || floor === 0 ? null : value / floor;
}

/**
 * Linear growth: the cost of each extra 1,000 tasks from national to stress
 * may not exceed LINEAR_TOLERANCE × the cost from province to national. The
 * floor's own figure is shown alongside, since parsing sets the pace.
 * @param {SizeResult[]} sizes
 * @param {string} id
 * @returns {TargetResult}
 */
function growthTarget(sizes, id) {
  const target = `linear growth of ${labelOf(id)}`;
  const limit = `ms per extra 1k tasks: national→stress ≤ ${LINEAR_TOLERANCE}× province→national`;
  const missing = ['province', 'national', 'stress']
    .map((name) => unavailable(sizes.find((size) => size.size === name)?.rows, [id]))
    .find((problem) => problem !== null);
  const row = marginalSlopes(sizes, id);
  if (missing || row === null) return { target, limit, ...(missing ?? FAILED) };
  const floor = marginalSlopes(sizes, 'floor');
  const floorNote = floor ? `; floor ${(floor.second / floor.first).toFixed(2)}×` : '';
  const actual = `${row.first.toFixed(0)} → ${row.second.toFixed(0)} (${(row.second / row.first).toFixed(2)}×${floorNote})`;
  return { target, limit, actual, status: verdict(row.second <= row.first * LINEAR_TOLERANCE) };
}

/**
 * Milliseconds per extra 1,000 tasks between province and national (`first`)
 * and between national and stress (`second`); null when a run is missing.
 * @param {SizeResult[]} sizes
 * @param {string} id
 * @returns {{ first: number, second: number } | null}
 */
function marginalSlopes(sizes, id) {
  const points = ['province', 'national', 'stress'].map((name) => {
    const size = sizes.find((candidate) => candidate.size === name);
    return { tasks: size?.tasks ?? 0, ms: size?.rows.find((row) => row.id === id)?.medianMs };
  });
  const [small, middle, large] = points;
  if (!small?.ms || !middle?.ms || !large?.ms) return null;
  return {
    first: ((middle.ms - small.ms) / (middle.tasks - small.tasks)) * 1000,
    second: ((large.ms - middle.ms) / (large.tasks - middle.tasks)) * 1000,
  };
}

/**
 * @param {SizeResult | undefined} size
 * @returns {TargetResult}
 */
function provinceBuildTarget(size) {
  const target = 'province: build --format md,json,xlsx';
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
    { validate: 'validate', 'build-md-json': 'build md,json', 'build-xlsx': 'build xlsx' }[id] ?? id
  );
}

/**
 * @param {boolean} met
 * @returns {'pass' | 'fail'}
 */
function verdict(met) {
  return met ? 'pass' : 'fail';
}
