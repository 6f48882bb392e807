/**
 * The fast-parser floor: read every YAML file of a dataset and parse it with
 * js-yaml's `load` (the parser dx-report reads clean files with), nothing
 * else. Beside floor.mjs (`yaml`'s parser, which keeps positions), this is
 * what reading the data costs at the least: every dx-report command is shown
 * as a ratio to both (time and peak memory).
 *
 * Usage: node bench/floor-js-yaml.mjs DIR
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { listYamlFiles } from './lib/dataset-files.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/floor-js-yaml.mjs DIR');
  process.exit(2);
}

let bytes = 0;
let documents = 0;
const files = listYamlFiles(dir);
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  bytes += text.length;
  // Each document is dropped after parsing: the floor holds one file's tree at a time.
  if (load(text) !== undefined) documents++;
}
console.log(`${files.length} files, ${bytes} characters, ${documents} documents`);
