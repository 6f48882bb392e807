/**
 * Issue 28, tiny values: an indicator measured at 0,0004% against a target
 * of 0,0005% printed "0% … mục tiêu 0%, chưa đạt", and a rise of 0,0001
 * printed "không đổi". Values, targets and changes now print as written in
 * the briefing (Markdown) and show every decimal in the workbook.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { dataset, removeTempFolders, runCli, tempFolder } from '../helpers/cli.js';
import { MINIMAL_FILES } from '../helpers/temp-dataset.js';

afterAll(removeTempFolders);

const files = (unit: string, before: string, now: string, target: string) => ({
  ...MINIMAL_FILES,
  'indicators.yaml': `indicators:\n  - id: dvc\n    name: Dịch vụ công\n    unit: "${unit}"\n    agency: so-khcn\n    targets:\n      - { by: 2024, value: ${target} }\n`,
  'indicators/2023-H2/so-khcn.yaml': `agency: so-khcn\nvalues:\n  - { indicator: dvc, date: 2023-12-20, value: ${before} }\n`,
  'indicators/2024-H1/so-khcn.yaml': `agency: so-khcn\nvalues:\n  - { indicator: dvc, date: 2024-06-20, value: ${now} }\n`,
});

async function build(data: Record<string, string>) {
  const out = path.join(tempFolder(), 'reports');
  const run = await runCli([
    'build',
    '--data',
    dataset(data),
    '--period',
    '2024-H1',
    '--format',
    'md,xlsx',
    '--out',
    out,
    '--quiet',
  ]);
  const markdown = readFileSync(path.join(out, 'bao-cao-cds-2024-H1.md'), 'utf8');
  return { run, markdown, workbook: path.join(out, 'bao-cao-cds-2024-H1.xlsx') };
}

const row = (markdown: string) =>
  markdown.split('\n').find((line) => line.startsWith('| Dịch vụ công |'));

describe.concurrent('tiny values print as written', () => {
  it('a share of 0,0004% against 0,0005%, up 0,0001 point', async () => {
    const { run, markdown } = await build(files('%', '0.0003', '0.0004', '0.0005'));
    expect(run.status).toBe(0);
    expect(row(markdown)).toBe(
      '| Dịch vụ công | % | 0,0005 (năm 2024) | 0,0004 | 0,0003 | tăng 0,0001 điểm phần trăm | chưa đạt |',
    );
    expect(markdown).toContain(
      'Dịch vụ công đạt 0,0004% (ngày 20/12/2023 là 0,0003%), mục tiêu năm 2024 là 0,0005%.',
    );
    expect(markdown).toContain(
      'Để đạt mục tiêu của năm 2024, dịch vụ công cần tăng thêm 0,0001 điểm phần trăm (hiện đạt 0,0004%, mục tiêu 0,0005%).',
    );
  });

  it('a count just under its target, up a ten-thousandth', async () => {
    const { run, markdown } = await build(files('hồ sơ', '49.9998', '49.9999', '50'));
    expect(run.status).toBe(0);
    expect(row(markdown)).toBe(
      '| Dịch vụ công | hồ sơ | 50 (năm 2024) | 49,9999 | 49,9998 | tăng 0,0001 hồ sơ | chưa đạt |',
    );
  });

  it('the workbook shows every decimal of the value and the change', async () => {
    const { run, workbook } = await build(files('%', '0.0003', '0.0004', '0.0005'));
    expect(run.status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(workbook);
    const sheet = book.worksheets.find((each) => each.name === 'Chỉ tiêu')!;
    const formats = new Set<string>();
    sheet.eachRow((line) => line.eachCell((cell) => formats.add(cell.numFmt)));
    expect(formats).toContain(`0.0${'#'.repeat(15)}%`);
    expect(formats).toContain(`+0.0${'#'.repeat(15)};-0.0${'#'.repeat(15)};0.0`);
  });
});
