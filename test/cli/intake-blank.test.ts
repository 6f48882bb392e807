/**
 * A form returned with nothing filled in (issue 25): received, but nothing
 * sent. The import says so for the file, writes nothing, counts it apart in
 * the summary ("chưa điền"), exits 0 (it is no error), and keeps the agency
 * in the list of those that have not sent, marked, so the office chases it.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempFolders, runCli, tempFolder } from '../helpers/cli.js';
import { MINIMAL_FILES, writeDataset } from '../helpers/temp-dataset.js';
import { findPython } from '../readers/openpyxl.js';

afterAll(removeTempFolders);

const python = findPython();
const FILL = path.join(path.dirname(new URL(import.meta.url).pathname), '../intake/fill-forms.py');

const TASKS =
  'plan: qd-1\npillar: cqs\ntasks:\n' +
  '  - id: T-1\n    title: Kho dữ liệu dùng chung\n    lead: so-khcn\n    deadline: 2024-12-31\n' +
  '  - id: T-2\n    title: Hồ sơ sức khỏe điện tử\n    lead: so-yte\n    deadline: 2024-12-31\n' +
  '  - id: T-3\n    title: Nền tảng họp trực tuyến\n    lead: so-tc\n    deadline: 2024-12-31\n';
const AGENCIES =
  `${MINIMAL_FILES['agencies.yaml']}` + '  - id: so-tc\n    name: Sở Tài chính\n    group: so\n';

describe.skipIf(python === null)('intake import: a form returned blank', () => {
  it('is received, not imported, and its agency is still to chase', async () => {
    const cwd = tempFolder();
    const data = writeDataset({ 'tasks/a.yaml': TASKS, 'agencies.yaml': AGENCIES }, MINIMAL_FILES);
    expect((await runCli(['intake', 'make', '-p', '2024-H1', '-d', data], { cwd })).stderr).toBe(
      'Đã lập 3 biểu mẫu trong intake/2024-H1\n',
    );
    mkdirSync(path.join(cwd, 'nhan'));
    // One returned as it was sent, one opened and saved with nothing typed, one filled.
    copyFileSync(
      path.join(cwd, 'intake', '2024-H1', 'so-yte-2024-H1.xlsx'),
      path.join(cwd, 'nhan', 'so-yte-2024-H1.xlsx'),
    );
    execFileSync(python!, [FILL], {
      cwd,
      timeout: 120_000,
      input: JSON.stringify([
        { in: 'intake/2024-H1/so-tc-2024-H1.xlsx', out: 'nhan/so-tc-2024-H1.xlsx', edits: [] },
        {
          in: 'intake/2024-H1/so-khcn-2024-H1.xlsx',
          out: 'nhan/so-khcn-2024-H1.xlsx',
          edits: [{ sheet: 'Nhiệm vụ', code: 'T-1', set: { H: 'Đang triển khai', I: 20 } }],
        },
      ]),
    });
    const files = ['so-khcn', 'so-tc', 'so-yte'].map((agency) => `nhan/${agency}-2024-H1.xlsx`);
    const result = await runCli(
      ['intake', 'import', ...files, '-d', data, '--submitted', '2024-07-02'],
      { cwd, env: { NO_COLOR: '1' } },
    );
    expect(result).toEqual({
      status: 0,
      stdout: '',
      stderr: [
        'Ngày nhận ghi vào tệp: 02/7/2024 (--submitted).',
        'nhan/so-khcn-2024-H1.xlsx: đã nhập (so-khcn) → updates/2024-H1/so-khcn.yaml',
        'nhan/so-tc-2024-H1.xlsx: đã nhận biểu mẫu của so-tc nhưng chưa điền ô nào; không ghi gì (biểu mẫu trống không tính là đã gửi)',
        'nhan/so-yte-2024-H1.xlsx: đã nhận biểu mẫu của so-yte nhưng chưa điền ô nào; không ghi gì (biểu mẫu trống không tính là đã gửi)',
        'Tổng hợp: nhận 3 tệp, nhập 1, chưa điền 2, trả lại 0.',
        'Chưa gửi (2): so-tc (biểu mẫu trống), so-yte (biểu mẫu trống)',
        '',
      ].join('\n'),
    });
    expect(existsSync(path.join(data, 'updates', '2024-H1', 'so-yte.yaml'))).toBe(false);
    expect(existsSync(path.join(data, 'updates', '2024-H1', 'so-tc.yaml'))).toBe(false);
    expect(existsSync(path.join(cwd, 'intake', '2024-H1', 'tra-lai'))).toBe(false);

    const english = await runCli(
      ['intake', 'import', files[2]!, '-d', data, '--lang', 'en', '--dry-run'],
      { cwd, env: { NO_COLOR: '1' } },
    );
    expect(english.stderr.split('\n').slice(1)).toEqual([
      'nhan/so-yte-2024-H1.xlsx: received the form of so-yte with no cell filled; nothing written (a blank form does not count as sent)',
      'Summary: received 1 files, imported 0, blank 1, returned 0.',
      'Not sent (2): so-tc, so-yte (blank form)',
      '',
    ]);
  }, 300_000);
});
