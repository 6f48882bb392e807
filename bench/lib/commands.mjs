/**
 * The commands the harness measures, as node arguments, run from the
 * repository root. dx-report is run through its launcher, bin/dx-report.js,
 * exactly as `npx dx-report` would.
 */
import { join } from 'node:path';

/**
 * @typedef {object} BenchCommand
 * @property {string} id stable key used in JSON results and targets
 * @property {string} label what the table shows
 * @property {string[]} args arguments after `node`
 * @property {string} [outDir] emptied before every run, so each build writes afresh
 */

const CLI = 'bin/dx-report.js';
export const REPORT_PERIOD = '2024-H1';

/**
 * Start-up rows: bare node and the two commands that must not load the pipeline.
 * @returns {BenchCommand[]}
 */
export function startupCommands() {
  return [
    { id: 'node', label: 'node -e 0', args: ['-e', '0'] },
    { id: 'version', label: 'dx-report --version', args: [CLI, '--version'] },
    { id: 'help', label: 'dx-report --help', args: [CLI, '--help'] },
  ];
}

/**
 * Rows run against one dataset: the parse floor first (every ratio refers to it),
 * then validate and the builds; the full three-format build on the province size only.
 * @param {string} size
 * @param {string} dataDir
 * @param {string} outRoot folder under which each build gets its own output folder
 * @returns {BenchCommand[]}
 */
export function datasetCommands(size, dataDir, outRoot) {
  /** @param {string} id @param {string} formats @returns {BenchCommand} */
  const build = (id, formats) => {
    const outDir = join(outRoot, size, id);
    return {
      id,
      label: `dx-report build --format ${formats}`,
      args: [
        CLI,
        'build',
        '--data',
        dataDir,
        '--period',
        REPORT_PERIOD,
        '--format',
        formats,
        '--out',
        outDir,
      ],
      outDir,
    };
  };
  return [
    { id: 'floor', label: 'floor: read + parse YAML', args: ['bench/floor.mjs', dataDir] },
    { id: 'validate', label: 'dx-report validate', args: [CLI, 'validate', '--data', dataDir] },
    build('build-md-json', 'md,json'),
    build('build-xlsx', 'xlsx'),
    ...(size === 'province' ? [build('build-all', 'md,json,xlsx')] : []),
  ];
}
