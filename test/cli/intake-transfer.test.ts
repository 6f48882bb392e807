/**
 * The intake loop on a dataset with a transferred task (issue 25, contract
 * 0.3): the form of the agency the task was transferred to has its row, the
 * former lead's has not; the new lead's filled form imports into the task; a
 * form made before the transfer is stale and refused with what to do; the
 * same dataset makes the same bytes twice.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempFolders, runCli, tempFolder } from '../helpers/cli.js';
import { MINIMAL_FILES, writeDataset } from '../helpers/temp-dataset.js';
import { findPython } from '../readers/openpyxl.js';

afterAll(removeTempFolders);

const python = findPython();
const FILL = path.join(path.dirname(new URL(import.meta.url).pathname), '../intake/fill-forms.py');

const TASKS = (transfer: string) =>
  'plan: qd-1\npillar: cqs\ntasks:\n' +
  '  - id: T-1\n    title: Kho dữ liệu dùng chung\n    lead: so-khcn\n    deadline: 2024-12-31\n' +
  transfer +
  '  - id: T-2\n    title: Hồ sơ sức khỏe điện tử\n    lead: so-yte\n    deadline: 2024-12-31\n';
const TRANSFER =
  '    transfers:\n      - { date: 2024-03-01, lead: so-yte, decision: Quyết định số 15/QĐ-UBND }\n';

describe.skipIf(python === null)('intake with a transferred task', () => {
  it('gives the task to its new lead, refuses a form made before the transfer', async () => {
    const cwd = tempFolder();
    const data = writeDataset({ 'tasks/a.yaml': TASKS('') }, MINIMAL_FILES);
    // The form made before the office recorded the transfer.
    expect(
      (await runCli(['intake', 'make', '-p', '2024-H1', '-d', data, '-o', 'cu'], { cwd })).status,
    ).toBe(0);
    const withTransfer = writeDataset({ 'tasks/a.yaml': TASKS(TRANSFER) }, MINIMAL_FILES);
    const made = await runCli(
      ['intake', 'make', '-p', '2024-H1', '-d', withTransfer, '-o', 'moi'],
      { cwd },
    );
    expect(made).toEqual({ status: 0, stdout: '', stderr: 'Đã lập 2 biểu mẫu trong moi\n' });
    const again = await runCli(
      ['intake', 'make', '-p', '2024-H1', '-d', withTransfer, '-o', 'lai'],
      { cwd },
    );
    expect(again.status).toBe(0);
    for (const name of readdirSync(path.join(cwd, 'moi')))
      expect(readFileSync(path.join(cwd, 'lai', name))).toEqual(
        readFileSync(path.join(cwd, 'moi', name)),
      );

    execFileSync(python!, [FILL], {
      cwd,
      timeout: 120_000,
      input: JSON.stringify([
        {
          in: 'moi/so-yte-2024-H1.xlsx',
          out: 'so-yte-2024-H1.xlsx',
          edits: [
            { sheet: 'Nhiệm vụ', code: 'T-1', set: { H: 'Hoàn thành', J: { date: '2024-06-20' } } },
            { sheet: 'Nhiệm vụ', code: 'T-2', set: { H: 'Đang triển khai', I: 40 } },
          ],
        },
        { in: 'cu/so-khcn-2024-H1.xlsx', out: 'so-khcn-2024-H1.xlsx', edits: [] },
      ]),
    });
    const rows = execFileSync(
      python!,
      [
        '-c',
        `import openpyxl
b = openpyxl.load_workbook('moi/so-khcn-2024-H1.xlsx')
print([c.value for c in b['Nhiệm vụ']['A'][4:]])`,
      ],
      { cwd, encoding: 'utf8' },
    );
    expect(rows.trim()).toBe('[]');

    const imported = await runCli(
      [
        'intake',
        'import',
        'so-yte-2024-H1.xlsx',
        'so-khcn-2024-H1.xlsx',
        '-d',
        withTransfer,
        '--submitted',
        '2024-07-01',
      ],
      { cwd, env: { NO_COLOR: '1' } },
    );
    expect(imported.status).toBe(1);
    expect(imported.stderr.split('\n')).toEqual([
      'Ngày nhận ghi vào tệp: 01/7/2024 (--submitted).',
      'so-yte-2024-H1.xlsx: đã nhập (so-yte) → updates/2024-H1/so-yte.yaml',
      'so-khcn-2024-H1.xlsx  lỗi  Nhiệm vụ, chỉ tiêu của `so-khcn` đã thay đổi từ khi lập biểu mẫu (nhiệm vụ mới, chuyển giao). Hãy lập lại biểu mẫu (dx-report intake make --period 2024-H1 --agency so-khcn) và điền vào biểu mẫu mới.  [intake-stale]',
      'so-khcn-2024-H1.xlsx: trả lại, 1 lỗi; không ghi gì cho cơ quan này',
      '  Phiếu trả lại: intake/2024-H1/tra-lai/so-khcn-2024-H1.xlsx',
      'Tổng hợp: nhận 2 tệp, nhập 1, trả lại 1.',
      'Mọi cơ quan đã lập biểu mẫu đều đã gửi.',
      '',
    ]);
    const summary = await runCli(['summary', '-p', '2024-H1', '-d', withTransfer], {
      cwd,
      env: { NO_COLOR: '1' },
    });
    expect(summary.stdout.split('\n')[2]).toBe(
      'Chính quyền số     2            2/2   100%           1        0           —',
    );
  }, 300_000);
});
