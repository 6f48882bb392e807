/**
 * Issue 28, messages that misled: a value with a line break in an option
 * lost its message and the list of choices; template helpers given nonsense
 * printed it ("45/13/2024", "ngày 00 tháng 00 năm NaN").
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataset, removeTempFolders, runCli, tempFolder } from '../helpers/cli.js';

afterAll(removeTempFolders);

describe.concurrent('--period-kind with a value commander cannot take', () => {
  it.each([
    ['half\nx', 'half\\u000Ax'],
    ["it's", "it's"],
    ["'", "'"],
    ['year\r', 'year\\u000D'],
  ])('%j: the value shown, and the kinds', async (value, shown) => {
    const run = await runCli([
      'build',
      '--data',
      dataset(),
      '--period',
      'current',
      '--period-kind',
      value,
      '--out',
      path.join(tempFolder(), 'reports'),
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `dx-report: Giá trị \`${shown}\` của \`--period-kind <kind>\` không hợp lệ. Chọn một trong: month, quarter, half, nine-months, year.\n`,
    );
  });
});

describe.concurrent('date helpers given what is not a day', () => {
  it.each([
    ['{{date "2024-13-45"}}', 'date', '"2024-13-45"'],
    ['{{longDate "x"}}', 'longDate', '"x"'],
    ['{{textDate "2023-02-29"}}', 'textDate', '"2023-02-29"'],
    ['{{date 20240630}}', 'date', '20240630'],
    ['{{longDate period}}', 'longDate', ''],
  ])('%s: exit 2, saying so', async (text, helper, value) => {
    const file = path.join(tempFolder(), 'mau.md.hbs');
    writeFileSync(file, `${text}\n`);
    const run = await runCli([
      'build',
      '--data',
      dataset(),
      '--period',
      '2024-H1',
      '--out',
      path.join(tempFolder(), 'reports'),
      '--template',
      file,
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `dx-report: Mẫu báo cáo ${file}:1:1: helper \`${helper}\` cần một ngày có thật dạng YYYY-MM-DD, nhưng nhận \`${value}`,
    );
  });
});
