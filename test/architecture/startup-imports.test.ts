/**
 * `--version` and `--help` stay fast because main.ts reaches nothing heavy
 * through static imports: command modules, the pipeline, yaml, ajv, Handlebars
 * and exceljs load only with a command (`await import(…)`). This walks the static
 * import graph from main.ts, so a new top-level import that drags the pipeline
 * into the start-up path fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';

// Value imports only: `import type` is erased, `await import()` is lazy.
const STATIC_IMPORT = /^import\s+(?!type\s)[^;]*?\sfrom\s+'([^']+)';/gm;

function staticImportGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (specifier!.startsWith('.')) {
        pending.push(path.resolve(path.dirname(file), specifier!.replace(/\.js$/, '.ts')));
      } else {
        packages.add(specifier!);
      }
    }
  }
  const relative = [...files].map((file) => path.relative(REPO, file).split(path.sep).join('/'));
  return { files: relative.sort(), packages: [...packages].sort() };
}

describe('the start-up path', () => {
  it('main.ts statically reaches only the small CLI modules and commander', () => {
    expect(staticImportGraph(path.join(REPO, 'src', 'cli', 'main.ts'))).toEqual({
      files: [
        'src/cli/failure.ts',
        'src/cli/global-flags.ts',
        'src/cli/main.ts',
        'src/cli/messages.ts',
        'src/cli/terminal.ts',
        'src/cli/usage-errors.ts',
        'src/diagnostics/visible-text.ts',
        'src/errors/known-errors.ts',
        'src/errors/usage-messages.ts',
        'src/model/report-formats.ts',
      ],
      // chalk loads only when a stream will be coloured (prepareColour).
      packages: ['commander', 'node:fs'],
    });
  });
});
