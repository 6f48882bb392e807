/**
 * Turns measured rows into tables: aligned text for the terminal, or
 * Markdown ready to paste into BENCHMARKS.md. Both show the same cells.
 */
import { floorRatio } from './targets.mjs';

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
 * A dataset size's table: each command with its ratios to the parse floor.
 * @param {SizeReport} size
 * @returns {Table}
 */
export function sizeTable(size) {
  return {
    headers: ['command', ...TIME_HEADERS, 'time × floor', 'RSS × floor', 'ms / 1k tasks'],
    cells: size.rows.map((row) => {
      if (!row.ok) return [row.label, failedCell(row), '—', '—', '—', '—', '—', '—'];
      const time = floorRatio(size.rows, row.id, 'time');
      const memory = floorRatio(size.rows, row.id, 'memory');
      return [
        row.label,
        ...timeCells(row),
        time === null ? '—' : `${time.toFixed(2)}×`,
        memory === null ? '—' : `${memory.toFixed(2)}×`,
        oneDecimal.format((Number(row.medianMs) / size.tasks) * 1000),
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
 * @param {RowResult} row
 * @returns {string}
 */
function failedCell(row) {
  const how = row.failure?.signal
    ? `signal ${row.failure.signal}`
    : `exit ${row.failure?.exitCode}`;
  return `failed (${how})`;
}
