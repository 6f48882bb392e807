/** A dataset folder of test/fixtures read as a `{ path: text }` map, to write with some files changed. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function fixtureFiles(name: string): Record<string, string> {
  const root = fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));
  const files: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(root, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
  }
  return files;
}
