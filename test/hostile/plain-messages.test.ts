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

describe('a { theme, text } entry or a text that is wrong: which field, once, where', () => {
  it('{ theme: b }, an empty text, a number', async () => {
    const data = dataset({
      'themes.yaml': 'themes:\n  - id: b\n    name: Nhân lực\n    keywords: []\n',
      'tasks/a.yaml':
        'plan: qd-1\npillar: cqs\ntasks:\n  - id: T-1\n    title: Kho dữ liệu dùng chung\n    lead: so-khcn\n    deadline: 2024-12-31\n    updates:\n      - date: 2024-03-15\n        status: in_progress\n        issues:\n          - { theme: b }\n          - ""\n          - 5\n',
    });
    const run = await runCli(['validate', '--data', data]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      [
        'tasks/a.yaml:12:13  lỗi  Thiếu trường bắt buộc `text`.  [missing-field]',
        'tasks/a.yaml:13:13  lỗi  Trường `issues` không được để trống.  [text-empty]',
        'tasks/a.yaml:14:13  lỗi  Trường `issues` phải là một chuỗi văn bản hoặc một danh sách (các dòng bắt đầu bằng `- `), nhưng đang là một số nguyên.  [wrong-type]',
        'Dữ liệu có lỗi: 3 lỗi, 0 cảnh báo.',
        '',
      ].join('\n'),
    );
  });
});
