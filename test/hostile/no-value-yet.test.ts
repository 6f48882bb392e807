/**
 * Issue 28: an indicator with no value yet made the bundled template fail
 * ("sai cú pháp Handlebars" at 1:1), so the sample failed for 2023-H1 and
 * init's starter for 2023-H2. The sample builds every period it covers and
 * the starter every half-year of its plan, in every format (PDF too where
 * LibreOffice is installed); and an error raised while rendering is the
 * template's syntax only when it is.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  dataset,
  read,
  removeTempFolders,
  runCli,
  SAMPLE_DATA,
  STACK_TRACE,
  tempFolder,
} from '../helpers/cli.js';
import { MINIMAL_FILES } from '../helpers/temp-dataset.js';
import { findSoffice } from '../readers/libreoffice.js';

afterAll(removeTempFolders);

const FORMATS = 'md,json,xlsx,docx,html';
const build = (data: string, period: string, extra: readonly string[] = []) =>
  runCli([
    'build',
    '--data',
    data,
    '--period',
    period,
    '--format',
    FORMATS,
    '--out',
    path.join(tempFolder(), 'reports'),
    ...extra,
  ]);

describe('the bundled sample builds every period it covers', () => {
  it.each(['2022-H2', '2023-H1', '2023-H2', '2024-H1', '2024-H2', '2025-H1', '2025-H2'])(
    '%s',
    { timeout: 120_000 },
    async (period) => {
      const run = await build(SAMPLE_DATA, period, ['--quiet']);
      expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
    },
  );
});

describe.skipIf(findSoffice() === null)(
  'and in PDF, every period of the sample and the starter',
  () => {
    it('2022-H2 to 2025-H2', { timeout: 900_000 }, async () => {
      const cwd = tempFolder();
      expect((await runCli(['init', 'du-lieu'], { cwd })).status).toBe(0);
      const starter = path.join(cwd, 'du-lieu');
      const runs = [];
      for (const period of [
        '2022-H2',
        '2023-H1',
        '2023-H2',
        '2024-H1',
        '2024-H2',
        '2025-H1',
        '2025-H2',
      ])
        runs.push([
          period,
          await build(SAMPLE_DATA, period, ['--quiet', '--format', 'pdf']),
        ] as const);
      for (const period of ['2023-H2', '2024-H1', '2024-H2', '2025-H1', '2025-H2'])
        runs.push([period, await build(starter, period, ['--quiet', '--format', 'pdf'])] as const);
      expect(runs.map(([period, run]) => [period, run.status, run.stderr])).toEqual(
        runs.map(([period]) => [period, 0, '']),
      );
    });
  },
);

describe('init’s starter builds every half-year around its plan', () => {
  it('2023-H2 to 2025-H2', { timeout: 300_000 }, async () => {
    const cwd = tempFolder();
    expect((await runCli(['init', 'du-lieu'], { cwd })).status).toBe(0);
    const data = path.join(cwd, 'du-lieu');
    const runs = [];
    for (const period of ['2023-H2', '2024-H1', '2024-H2', '2025-H1', '2025-H2'])
      runs.push(await build(data, period, ['--quiet']));
    expect(runs.map((run) => [run.status, run.stderr])).toEqual(runs.map(() => [0, '']));
  });
});

const INDICATORS = {
  'indicators.yaml':
    'indicators:\n  - id: dvc\n    name: Tỷ lệ dịch vụ công trực tuyến\n    unit: "%"\n    pillar: cqs\n    agency: so-khcn\n',
};

/** A template in a fresh folder; returns its path. */
function template(text: string): string {
  const file = path.join(tempFolder(), 'mau.md.hbs');
  writeFileSync(file, text);
  return file;
}

describe.concurrent('a path through a field with no value yet', () => {
  it.each([
    [
      '{{#each indicators.rows}}[{{value.note}}|{{value.value}}|{{measure value.value}}]{{/each}}',
      '[||—]',
    ],
    ['{{#each indicators.rows}}{{#if value.note}}có{{else}}không{{/if}}{{/each}}', 'không'],
    ['{{#each indicators.rows}}{{#with value}}{{note}}{{else}}trống{{/with}}{{/each}}', 'trống'],
  ])('%s renders %j', async (text, expected) => {
    const out = path.join(tempFolder(), 'reports');
    const run = await runCli([
      'build',
      '--data',
      dataset({ ...MINIMAL_FILES, ...INDICATORS }),
      '--period',
      '2024-H1',
      '--out',
      out,
      '--template',
      template(`${text}\n`),
      '--quiet',
    ]);
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(read(path.join(out, 'bao-cao-cds-2024-H1.md'))).toBe(`${expected}\n`);
  });
});

describe.concurrent('errors while rendering say what they are, where', () => {
  it.each([
    [
      'a\n{{> phan}}\n',
      ':2:1: không có partial `phan`. Một mẫu chỉ dùng được partial nó tự định nghĩa bằng `{{#*inline "phan"}} … {{/inline}}`.',
    ],
    [
      '{{#*inline "r"}}x{{> r}}{{/inline}}\n{{> r}}\n',
      ':1:18: các partial gọi nhau không có điểm dừng (đệ quy vô hạn).',
    ],
    [
      '{{#*inline "a"}}{{> b}}{{/inline}}{{#*inline "b"}}{{> a}}{{/inline}}{{> a}}\n',
      ':1:17: các partial gọi nhau không có điểm dừng (đệ quy vô hạn).',
    ],
    ['{{#if}}x{{/if}}\n', ': dùng khối Handlebars không đúng: #if requires exactly one argument.'],
    ['a\n{{period.code.x}}\n', ':2:3: mô hình báo cáo không có trường `x`.'],
    [
      '{{#each indicators.rows}}{{valeu.note}}{{/each}}\n',
      ':1:28: mô hình báo cáo không có trường `valeu`.',
    ],
  ])('%j', async (text, message) => {
    const file = template(text);
    const run = await runCli([
      'build',
      '--data',
      dataset({ ...MINIMAL_FILES, ...INDICATORS }),
      '--period',
      '2024-H1',
      '--out',
      path.join(tempFolder(), 'reports'),
      '--template',
      file,
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toContain(`Mẫu báo cáo ${file}${message}`);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});
