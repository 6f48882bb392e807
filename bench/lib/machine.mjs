/** A description of the machine a benchmark ran on, for BENCHMARKS.md. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';

/**
 * @param {string} rssMethod how peak memory was measured
 * @returns {{ date: string, cpu: string, cores: number, memoryGb: number, os: string, node: string, yaml: string, jsYaml: string, rssMethod: string, loadAverage: number }}
 */
export function describeMachine(rssMethod) {
  const require = createRequire(import.meta.url);
  // The two parsers set the two floors, so their versions belong with the figures.
  const version = (/** @type {string} */ name) =>
    String(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version);
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
    yaml: version('yaml'),
    jsYaml: version('js-yaml'),
    rssMethod,
    // Other work on the machine slows every row alike but widens the spread; worth recording.
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}
