/**
 * The YAML files of a dataset folder, found the way the contract says
 * dx-report finds them: `.yaml`/`.yml` at any depth, skipping names that
 * start with `.` or `_` (drafts, and the generator's stamp).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every dataset YAML file under `dir`, as absolute paths in sorted order.
 * @param {string} dir
 * @returns {string[]}
 */
export function listYamlFiles(dir) {
  /** @type {string[]} */
  const found = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listYamlFiles(path));
    else if (/\.ya?ml$/.test(entry.name)) found.push(path);
  }
  return found;
}

/**
 * How many YAML files a dataset has and how many bytes they weigh.
 * @param {string} dir
 * @returns {{ files: number, bytes: number }}
 */
export function measureDataset(dir) {
  const files = listYamlFiles(dir);
  return { files: files.length, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) };
}
