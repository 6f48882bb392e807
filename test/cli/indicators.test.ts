/**
 * Indicators end to end through the CLI: the sample's section first in part I,
 * a mistyped value refused at its place with nothing written, and a dataset
 * without indicators free of any indicator part.
 */
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_DATA, removeTempFolders, runCli, workspace } from '../helpers/cli.js';

afterAll(removeTempFolders);

/** A copy of the bundled sample inside a fresh workspace. */
function sampleCopy(): string {
  const cwd = workspace();
  const data = path.join(cwd, 'sample');
  cpSync(SAMPLE_DATA, data, { recursive: true });
  return data;
}

describe.concurrent('indicators through the CLI', () => {
  it('the sample shows the meeting values first in part I, in md, json and xlsx', async () => {
    const data = sampleCopy();
    const out = path.join(path.dirname(data), 'reports');
    const result = await runCli([
      'build',
      '--data',
      data,
      '--period',
      '2024-H1',
      '--format',
      'md,json,xlsx',
      '--out',
      out,
    ]);
    expect(result.status).toBe(0);
    const briefing = readFileSync(path.join(out, 'bao-cao-cds-2024-H1.md'), 'utf8');
    const partOne = briefing.indexOf('## I. KẾT QUẢ THỰC HIỆN');
    expect(briefing.indexOf('### 1. Kết quả thực hiện các chỉ tiêu')).toBeGreaterThan(partOne);
    expect(briefing.indexOf('### 1. Kết quả thực hiện các chỉ tiêu')).toBeLessThan(
      briefing.indexOf('### 2. Công tác lãnh đạo, chỉ đạo, điều hành'),
    );
    for (const value of ['| 92,7 |', '| 72,595 |', '| 4.327 |', '| 103,97 |'])
      expect(briefing).toContain(value);
    expect(briefing).toContain(
      'Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 72,595% (cuối năm 2023 là 68,3%), mục tiêu năm 2025 là 80%.',
    );
    const model = JSON.parse(readFileSync(path.join(out, 'bao-cao-cds-2024-H1.json'), 'utf8')) as {
      indicators: { reached: unknown; rows: { id: string; value: { value: number } | null }[] };
    };
    expect(model.indicators.reached).toEqual({ numerator: 2, denominator: 4 });
    expect(
      model.indicators.rows.find((row) => row.id === 'ho-internet-cap-quang')?.value?.value,
    ).toBe(72.595);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, 'bao-cao-cds-2024-H1.xlsx'));
    expect(workbook.getWorksheet('Chỉ tiêu')?.getCell('E5').value).toBe(1);
  });

  it('a value typed 9x.7 fails at its file:line:col and writes nothing', async () => {
    const data = sampleCopy();
    const file = path.join(data, 'indicators', '2024-H1', 'so-tttt.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('value: 92.7', 'value: 9x.7'));
    const out = path.join(path.dirname(data), 'reports');
    const result = await runCli(['build', '--data', data, '--period', '2024-H1', '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'indicators/2024-H1/so-tttt.yaml:5:61  lỗi  Trường `value` phải là một số, nhưng đang là một chuỗi văn bản.  [wrong-type]',
    );
    expect(existsSync(out)).toBe(false);
    const english = await runCli(['validate', '--data', data, '--lang', 'en']);
    expect(english.stderr).toContain(
      'indicators/2024-H1/so-tttt.yaml:5:61  error  Field `value` must be a number, but is a text.',
    );
  });

  it('a dataset without indicators has no indicator section, table or sheet', async () => {
    const cwd = workspace();
    const result = await runCli(
      ['build', '--data', 'data', '--period', '2024-H1', '--format', 'md,xlsx', '--out', 'out'],
      { cwd },
    );
    expect(result.status).toBe(0);
    const briefing = readFileSync(path.join(cwd, 'out', 'bao-cao-cds-2024-H1.md'), 'utf8');
    expect(briefing).not.toContain('chỉ tiêu');
    // Without notes/, the office's two parts come first, to fill; then the task figures.
    expect(briefing).toContain('### 1. Công tác lãnh đạo, chỉ đạo, điều hành');
    expect(briefing).toContain('### 3. Kết quả thực hiện nhiệm vụ');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(cwd, 'out', 'bao-cao-cds-2024-H1.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).not.toContain('Chỉ tiêu');
    expect(readdirSync(path.join(cwd, 'out'))).toHaveLength(2);
  });
});
