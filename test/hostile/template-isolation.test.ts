/**
 * Issue 28: one build's template cannot affect another format's output. A
 * hostile template (prototype paths, lookups of `__proto__` and
 * `constructor`, groupBy, block params, partials calling partials) builds
 * md, json, xlsx, docx and html in one run; its JSON and workbook are those
 * of a default build, byte for byte, before it and after it in the same
 * process, and `Object.prototype` is as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { removeTempFolders, runCli, SAMPLE_DATA, tempFolder } from '../helpers/cli.js';

afterAll(removeTempFolders);

const HOSTILE = `{{#*inline "walk"}}{{#each this as |value key|}}[{{key}}]{{/each}}{{/inline}}
{{#*inline "deep"}}{{> walk}}{{#with (lookup this "__proto__")}}{{> walk}}{{/with}}{{/inline}}
# {{organization.name}}
{{> deep}}
{{#with (lookup this "constructor")}}{{> walk}}{{/with}}
{{#with (lookup organization "__proto__")}}{{lookup this "constructor"}}{{/with}}
{{#each (groupBy pillars "id") as |group|}}{{group.key}}: {{#each group.items}}{{> deep}}{{/each}}{{/each}}
{{#each tasks}}{{#with (lookup this "__defineGetter__")}}x{{/with}}{{lookup this "hasOwnProperty"}}{{/each}}
{{#with period}}{{#each this}}{{@key}}={{this}};{{/each}}{{/with}}
`;

async function build(format: string, template?: string) {
  const out = path.join(tempFolder(), 'reports');
  const run = await runCli([
    'build',
    '--data',
    SAMPLE_DATA,
    '--period',
    '2024-H2',
    '--format',
    format,
    '--out',
    out,
    '--quiet',
    ...(template === undefined ? [] : ['--template', template]),
  ]);
  const bytes = (extension: string) =>
    readFileSync(path.join(out, `bao-cao-cds-2024-H2.${extension}`));
  return { run, bytes };
}

it(
  'a hostile template in one run changes neither the JSON nor the workbook',
  { timeout: 300_000 },
  async () => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    // Handlebars warns on the console (not through the CLI's streams) when not told its policy.
    const console = vi.spyOn(globalThis.console, 'error');
    const template = path.join(tempFolder(), 'mau.md.hbs');
    writeFileSync(template, HOSTILE);
    const before = await build('json,xlsx');
    const hostile = await build('md,json,xlsx,docx,html', template);
    const after = await build('json,xlsx');
    expect([before.run, hostile.run, after.run]).toEqual(
      [0, 1, 2].map(() => ({ status: 0, stdout: '', stderr: '' })),
    );
    // The template did run: its own text and what it walked are in the briefing.
    expect(hostile.bytes('md').toString('utf8')).toContain('# Ban Chỉ đạo');
    for (const extension of ['json', 'xlsx']) {
      expect(hostile.bytes(extension).equals(before.bytes(extension))).toBe(true);
      expect(after.bytes(extension).equals(before.bytes(extension))).toBe(true);
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(console).not.toHaveBeenCalled();
    console.mockRestore();
  },
);
