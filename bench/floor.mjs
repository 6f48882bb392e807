/**
 * The parse floor: read every YAML file of a dataset and parse it with
 * `yaml`'s parseDocument, nothing else. Every dx-report command on the same
 * dataset is measured against this script (time and peak memory).
 *
 * Usage: node bench/floor.mjs DIR
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { listYamlFiles } from './lib/dataset-files.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/floor.mjs DIR');
  process.exit(2);
}

let bytes = 0;
let errors = 0;
const files = listYamlFiles(dir);
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  bytes += text.length;
  // Each document is dropped after parsing: the floor holds one file's tree at a time.
  errors += parseDocument(text).errors.length;
}
console.log(`${files.length} files, ${bytes} characters, ${errors} YAML errors`);
if (errors > 0) process.exitCode = 1;
