/** init, schema and summary through the built CLI. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ANSI,
  REPO,
  SAMPLE_DATA,
  removeTempFolders,
  tempFolder,
  read,
  runCli,
} from '../helpers/cli.js';

afterAll(removeTempFolders);

const SCHEMA_FILES = [
  'agencies.schema.json',
  'assessment.schema.json',
  'criteria.schema.json',
  'indicator-values.schema.json',
  'indicators.schema.json',
  'notes.schema.json',
  'pillars.schema.json',
  'plans.schema.json',
  'report.schema.json',
  'rounds.schema.json',
  'settings.schema.json',
  'tasks.schema.json',
  'themes.schema.json',
  'updates.schema.json',
];

describe.concurrent('init', () => {
  it('writes a starter dataset that validates, then refuses to overwrite it', async () => {
    const cwd = tempFolder();
    const init = await runCli(['init', 'du-lieu'], { cwd });
    expect(init).toEqual({
      status: 0,
      stdout: '',
      stderr: 'Đã tạo bộ dữ liệu mẫu tại du-lieu. Chạy: dx-report validate --data du-lieu\n',
    });
    expect(readdirSync(path.join(cwd, 'du-lieu', '_schemas')).sort()).toEqual(SCHEMA_FILES);

    const [validate, again] = await Promise.all([
      runCli(['validate', '--data', 'du-lieu'], { cwd }),
      runCli(['init', 'du-lieu'], { cwd }),
    ]);
    expect(validate.status).toBe(0);
    expect(validate.stderr).toMatch(/^Dữ liệu hợp lệ: \d+ tệp, không có lỗi\.\n$/);
    expect(again).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'dx-report: `du-lieu/dx-report.yaml` đã tồn tại; dx-report init không ghi đè. Chọn thư mục khác.\n',
    });
  });

  it('writes a neutral starter: no province of ours, and every group it uses declared', async () => {
    const cwd = tempFolder();
    await runCli(['init', 'du-lieu'], { cwd });
    const settings = readFileSync(path.join(cwd, 'du-lieu', 'dx-report.yaml'), 'utf8');
    expect(settings).toContain('organization: Ban Chỉ đạo Chuyển đổi số tỉnh (tên tỉnh)');
    expect(settings).toContain('place: (tên tỉnh)');
    const all = ['dx-report.yaml', 'agencies.yaml', 'plans.yaml', 'tasks/nhiem-vu.yaml']
      .map((file) => readFileSync(path.join(cwd, 'du-lieu', file), 'utf8'))
      .join('\n');
    expect(all).not.toContain('Quảng Trị');
    const agencies = readFileSync(path.join(cwd, 'du-lieu', 'agencies.yaml'), 'utf8');
    const declared = [...agencies.matchAll(/\{ id: ([a-z-]+), name:/g)].map((match) => match[1]);
    const used = [...new Set([...agencies.matchAll(/^\s+group: ([a-z-]+)/gm)].map((m) => m[1]))];
    expect(declared).toEqual(['so-nganh', 'cap-xa']);
    expect(used).toEqual(['so-nganh', 'cap-xa']);
  });
});

describe.concurrent('schema', () => {
  it('--out DIR writes the fourteen schemas, equal to the ones shipped in schemas/', async () => {
    const cwd = tempFolder();
    const result = await runCli(['schema', '--out', 'so-do'], { cwd });
    expect(result).toEqual({
      status: 0,
      stdout: '',
      stderr: 'Đã ghi 14 tệp JSON Schema vào so-do\n',
    });
    expect(readdirSync(path.join(cwd, 'so-do')).sort()).toEqual(SCHEMA_FILES);
    for (const name of SCHEMA_FILES) {
      expect(read(path.join(cwd, 'so-do', name))).toBe(read(path.join(REPO, 'schemas', name)));
    }
  });
});

describe.concurrent('summary', () => {
  const args = ['summary', '--data', SAMPLE_DATA, '--period', '2024-H1'];

  it('prints the key figures of the sample as a table on stdout', async () => {
    const result = await runCli(args, { cwd: tempFolder(), env: { NO_COLOR: '1' } });
    expect(result).toEqual({
      status: 0,
      stderr: '',
      stdout: [
        'Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị — 6 tháng đầu năm 2024 (số liệu đến 30/6/2024)',
        'Trụ cột             Giao  Đã triển khai  Tỷ lệ  Hoàn thành  Quá hạn  HT/đến hạn',
        'Nhiệm vụ chung        11          11/11   100%           3        0        100%',
        'Chính quyền số        21          11/21  52,4%           5        2       71,4%',
        'Kinh tế số             9            5/9  55,6%           0        0           —',
        'Xã hội số              6            1/6  16,7%           0        0           —',
        // Tasks and groups of tasks apart, the body's totals sentence's figures; never 47 added.
        'Cộng nhiệm vụ         36          17/36  47,2%           5        2       71,4%',
        'Cộng nhóm nhiệm vụ    11          11/11   100%           3        0        100%',
        'Có 2/4 chỉ tiêu đã đạt mục tiêu đề ra; 5 chỉ tiêu chưa có mục tiêu.',
        '',
      ].join('\n'),
    });
  });

  it('FORCE_COLOR=1 marks the header and overdue counts', async () => {
    const result = await runCli(args, { cwd: tempFolder(), env: { FORCE_COLOR: '1' } });
    expect(result.stdout).toMatch(ANSI);
    expect(result.stdout.split('\n')[3]).toBe(
      'Chính quyền số        21          11/21  52,4%           5  \u001b[31m      2\u001b[39m       71,4%',
    );
  });
});
