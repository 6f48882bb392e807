/**
 * Issue 28, a template whose output grows without bound (nested loops,
 * partials called in loops): the render stops once the output passes 64
 * million characters, at the piece that passed it, with one line; exit 2,
 * nothing written, the previous reports left as they were. A large but
 * bounded output is still written.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataset, removeTempFolders, runCli, tempFolder } from '../helpers/cli.js';
import { MINIMAL_FILES } from '../helpers/temp-dataset.js';

afterAll(removeTempFolders);

function template(text: string): string {
  const file = path.join(tempFolder(), 'mau.md.hbs');
  writeFileSync(file, text);
  return file;
}

/** `depth` loops over the two agencies, one inside the other: 2^depth lines. */
const nested = (depth: number, line: string) =>
  `# Báo cáo\n${'{{#each @root.agencies}}'.repeat(depth)}${line}\n${'{{/each}}'.repeat(depth)}\n`;

const build = (file: string, out: string, extra: string[] = []) =>
  runCli([
    'build',
    '--data',
    dataset(MINIMAL_FILES),
    '--period',
    '2024-H1',
    '--format',
    'md,json,xlsx,docx,html',
    '--out',
    out,
    '--template',
    file,
    ...extra,
  ]);

const VI = (where: string) =>
  `dx-report: Mẫu báo cáo ${where}: kết quả của mẫu vượt quá 64 triệu ký tự (một báo cáo chỉ vài trăm nghìn); hãy xem lại các vòng lặp lồng nhau và partial gọi trong vòng lặp. Không tệp nào được ghi.\n`;

describe.concurrent('a template writing without bound: exit 2 at the piece past the limit', () => {
  it('loops nested 30 deep (2^30 lines), at the value printed inside', async () => {
    const file = template(nested(30, '{{name}} — một dòng khá dài của báo cáo'));
    const out = path.join(tempFolder(), 'reports');
    const run = await build(file, out);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(VI(`${file}:2:${30 * 24 + 1}`));
    expect(run.stdout).toBe('');
    expect(readdirSync(path.dirname(out))).toEqual([]);
  });

  it("the template's own text repeated (no value printed), in English", async () => {
    const file = template(nested(40, 'Dòng chữ cố định của mẫu, lặp lại.'));
    const out = path.join(tempFolder(), 'reports');
    const run = await build(file, out, ['--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `dx-report: Template ${file}:2:${40 * 24 + 1}: the template's output exceeds 64 million characters (a briefing is a few hundred thousand); check nested loops and partials called in loops. Nothing was written.\n`,
    );
    expect(readdirSync(path.dirname(out))).toEqual([]);
  });

  it('an inline partial that calls another in loops (each level doubles)', async () => {
    const levels = Array.from(
      { length: 40 },
      (_, i) => `{{#*inline "p${i}"}}{{#each @root.agencies}}{{> p${i + 1}}}{{/each}}{{/inline}}`,
    ).join('\n');
    const file = template(
      `${levels}\n{{#*inline "p40"}}{{@root.organization.name}}{{/inline}}\n{{#with @root}}{{> p0}}{{/with}}\n`,
    );
    const out = path.join(tempFolder(), 'reports');
    const run = await build(file, out);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(VI(`${file}:41:19`));
    expect(readdirSync(path.dirname(out))).toEqual([]);
  });

  it('leaves the reports of an earlier build in place', async () => {
    const out = path.join(tempFolder(), 'reports');
    mkdirSync(out);
    writeFileSync(path.join(out, 'bao-cao-cds-2024-H1.md'), 'báo cáo trước\n');
    const run = await build(template(nested(32, '{{name}}')), out);
    expect(run.status).toBe(2);
    expect(readdirSync(out)).toEqual(['bao-cao-cds-2024-H1.md']);
    expect(readFileSync(path.join(out, 'bao-cao-cds-2024-H1.md'), 'utf8')).toBe('báo cáo trước\n');
  });
});

it('a large output under the limit is written whole (2^16 lines)', async () => {
  const out = path.join(tempFolder(), 'reports');
  const run = await runCli([
    'build',
    '--data',
    dataset(MINIMAL_FILES),
    '--period',
    '2024-H1',
    '--out',
    out,
    '--quiet',
    '--template',
    template(nested(16, '- {{name}}')),
  ]);
  expect(run.status).toBe(0);
  const lines = readFileSync(path.join(out, 'bao-cao-cds-2024-H1.md'), 'utf8').split('\n');
  expect(lines.filter((line) => line === '- Sở Y tế')).toHaveLength(2 ** 15);
  expect(lines.filter((line) => line === '- Sở Khoa học và Công nghệ')).toHaveLength(2 ** 15);
});
