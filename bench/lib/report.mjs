/**
 * Turns measured rows into tables: aligned text for the terminal, or
 * Markdown ready to paste into BENCHMARKS.md. Both show the same cells.
 */
import { isAbsolute, relative } from 'node:path';
import { FLOOR_JS_YAML, FLOOR_YAML } from './commands.mjs';
import { topModules } from './profile.mjs';
import { floorRatio, msPerThousandTasks } from './targets.mjs';

/**
 * @typedef {import('./rows.mjs').RowResult} RowResult
 * @typedef {import('./targets.mjs').TargetResult} TargetResult
 * @typedef {{ size: string, tasks: number, files: number, bytes: number, rows: RowResult[] }} SizeReport
 * @typedef {{ headers: string[], cells: string[][], leftColumns?: number }} Table  leftColumns: how many leading columns are text (left-aligned); default 1
 */

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/**
 * The start-up table: each command against bare `node -e 0`.
 * @param {RowResult[]} rows
 * @returns {Table}
 */
export function startupTable(rows) {
  const node = rows.find((row) => row.id === 'node');
  return {
    headers: ['command', ...TIME_HEADERS, 'over node -e 0'],
    cells: rows.map((row) => {
      if (!row.ok) return [row.label, failedCell(row), '—', '—', '—', '—'];
      const extra =
        row.id === 'node' || node?.medianMs === undefined
          ? '—'
          : `+${integer.format(Number(row.medianMs) - node.medianMs)} ms`;
      return [row.label, ...timeCells(row), extra];
    }),
  };
}

/**
 * The cases' table: each one cost, measured on a dataset made for it.
 * @param {RowResult[]} rows
 * @returns {Table}
 */
export function caseTable(rows) {
  return {
    headers: ['command', ...TIME_HEADERS],
    cells: rows.map((row) =>
      row.ok ? [row.label, ...timeCells(row)] : [row.label, failedCell(row), '—', '—', '—'],
    ),
  };
}

/** The ratio columns of a size table: each row against each floor, js-yaml's first. */
const RATIO_COLUMNS = /** @type {const} */ ([
  ['time × js-yaml floor', 'time', FLOOR_JS_YAML],
  ['RSS × js-yaml floor', 'memory', FLOOR_JS_YAML],
  ['time × yaml floor', 'time', FLOOR_YAML],
  ['RSS × yaml floor', 'memory', FLOOR_YAML],
]);

/**
 * A dataset size's table: each command with its ratios to both parse floors.
 * @param {SizeReport} size
 * @returns {Table}
 */
export function sizeTable(size) {
  const headers = [
    'command',
    ...TIME_HEADERS,
    ...RATIO_COLUMNS.map(([header]) => header),
    'ms / 1k tasks',
  ];
  return {
    headers,
    cells: size.rows.map((row) => {
      if (!row.ok) return [row.label, failedCell(row), ...headers.slice(2).map(() => '—')];
      const perThousand = msPerThousandTasks(size, row.id);
      return [
        row.label,
        ...timeCells(row),
        ...RATIO_COLUMNS.map(([, measure, floorId]) => {
          const ratio = floorRatio(size.rows, row.id, measure, floorId);
          return ratio === null ? '—' : `${ratio.toFixed(2)}×`;
        }),
        perThousand === null ? '—' : oneDecimal.format(perThousand),
      ];
    }),
  };
}

/**
 * @param {TargetResult[]} targets
 * @returns {Table}
 */
export function targetsTable(targets) {
  return {
    headers: ['target', 'limit', 'measured', 'result'],
    leftColumns: 4,
    cells: targets.map((t) => [
      t.target,
      t.limit,
      t.actual,
      t.status === 'n/a' ? 'n/a' : t.status.toUpperCase(),
    ]),
  };
}

/**
 * A command's CPU profile: its largest modules over all threads, then each
 * thread's total.
 * @param {import('./profile.mjs').ProfileResult} profile
 * @param {number} count how many modules to show
 * @returns {Table}
 */
export function profileTable(profile, count) {
  const percent = (/** @type {number} */ share) => `${oneDecimal.format(share * 100)}%`;
  return {
    headers: ['thread', 'module', 'self ms', 'share of thread'],
    leftColumns: 2,
    cells: [
      ...topModules(profile.threads, count).map((entry) => [
        entry.thread,
        entry.module,
        integer.format(entry.ms),
        percent(entry.share),
      ]),
      ...profile.threads.map((thread) => [
        thread.thread,
        `all ${thread.modules.length} modules`,
        integer.format(thread.totalMs),
        percent(1),
      ]),
    ],
  };
}

/**
 * The line above a profile's table: what was run and where its files are.
 * @param {import('./profile.mjs').ProfileResult} profile
 * @returns {string}
 */
export function profileCaption(profile) {
  if (!profile.ok) return `The profiled run failed (${failedCell(profile)}).`;
  const threads = profile.threads
    .map((thread) => `${thread.thread} ${integer.format(thread.totalMs)} ms`)
    .join(', ');
  return (
    `One run under \`node --cpu-prof\`: ${integer.format(Number(profile.wallMs))} ms wall; ` +
    `sampled ${threads || 'nothing (no profile written)'}. Files in ${shortPath(profile.dir)}.`
  );
}

/**
 * The heading line of a size: tasks, files and megabytes of YAML.
 * @param {SizeReport} size
 * @returns {string}
 */
export function sizeHeading(size) {
  const megabytes = oneDecimal.format(size.bytes / 1e6);
  return `${size.size}: ${integer.format(size.tasks)} tasks, ${size.files} files, ${megabytes} MB of YAML`;
}

/**
 * @param {Table} table
 * @returns {string}
 */
export function renderText(table) {
  const widths = table.headers.map((header, column) =>
    Math.max(header.length, ...table.cells.map((cells) => (cells[column] ?? '').length)),
  );
  const line = (/** @type {string[]} */ cells) =>
    cells
      .map((cell, column) =>
        column < (table.leftColumns ?? 1)
          ? cell.padEnd(widths[column] ?? 0)
          : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [
    line(table.headers),
    line(widths.map((width) => '-'.repeat(width))),
    ...table.cells.map(line),
  ].join('\n');
}

/**
 * @param {Table} table
 * @returns {string}
 */
export function renderMarkdown(table) {
  const line = (/** @type {string[]} */ cells) =>
    `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  const align = table.headers.map((_, column) =>
    column < (table.leftColumns ?? 1) ? '---' : '---:',
  );
  return [line(table.headers), `|${align.join('|')}|`, ...table.cells.map(line)].join('\n');
}

/**
 * A path relative to the working folder when it lies inside it, else as it is.
 * @param {string} path
 * @returns {string}
 */
function shortPath(path) {
  const inside = relative(process.cwd(), path);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

const TIME_HEADERS = ['median ms', 'min–max ms', 'CPU ms', 'peak RSS MB'];

/**
 * @param {RowResult} row
 * @returns {string[]} the cells under TIME_HEADERS
 */
function timeCells(row) {
  return [
    integer.format(Number(row.medianMs)),
    `${integer.format(Number(row.minMs))}–${integer.format(Number(row.maxMs))}`,
    row.medianCpuMs === undefined ? '—' : integer.format(row.medianCpuMs),
    row.rssMb === undefined ? '—' : oneDecimal.format(row.rssMb),
  ];
}

/**
 * @param {Pick<RowResult, 'failure'>} row
 * @returns {string}
 */
function failedCell(row) {
  const how = row.failure?.signal
    ? `signal ${row.failure.signal}`
    : `exit ${row.failure?.exitCode}`;
  return `failed (${how})`;
}
