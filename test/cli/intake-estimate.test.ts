/**
 * Ước thực hiện through the intake form (issue 25, contract 0.3 estimates):
 * with figures taken on the 15th, a row marked "Có" in the estimate column
 * may say what will be done by the period's last day and is imported as
 * `estimate: true`, counted only by a report built with --estimate; the same
 * completion date without the mark is after the figures day and refused at
 * its cell; a word that is not a choice of the column is named.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
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
  '    updates:\n      - date: 2024-03-15\n        status: in_progress\n        progress: 40\n' +
  '  - id: T-2\n    title: Hồ sơ sức khỏe điện tử\n    lead: so-yte\n    deadline: 2024-06-30\n' +
  '  - id: T-3\n    title: Nền tảng họp trực tuyến\n    lead: so-khcn\n    deadline: 2024-12-31\n';

describe.skipIf(python === null)('intake: ước thực hiện', () => {
  it('imports a row marked as an estimate up to the last day, refuses a measured one after the figures day', async () => {
    const cwd = tempFolder();
    const data = writeDataset(
      {
        'dx-report.yaml': `${MINIMAL_FILES['dx-report.yaml']}cutoff_day: 15\n`,
        'tasks/a.yaml': TASKS,
        'indicators.yaml':
          'indicators:\n  - id: ho-so-truc-tuyen\n    name: Tỷ lệ hồ sơ trực tuyến\n    unit: "%"\n    agency: so-yte\n' +
          '    targets:\n      - { by: 2024-H1, value: 45 }\n' +
          '  - id: benh-an-dien-tu\n    name: Bệnh viện có bệnh án điện tử\n    unit: bệnh viện\n    agency: so-yte\n',
        'indicators/so-lieu-cu.yaml':
          'values:\n  - { indicator: ho-so-truc-tuyen, date: 2024-06-10, value: 41.5 }\n',
      },
      MINIMAL_FILES,
    );
    expect((await runCli(['intake', 'make', '-p', '2024-H1', '-d', data], { cwd })).status).toBe(0);
    mkdirSync(path.join(cwd, 'lan-2'));
    const form = (agency: string) => `intake/2024-H1/${agency}-2024-H1.xlsx`;
    execFileSync(python!, [FILL], {
      cwd,
      timeout: 120_000,
      input: JSON.stringify([
        {
          in: form('so-yte'),
          out: 'so-yte-2024-H1.xlsx',
          edits: [
            { sheet: 'Nhiệm vụ', code: 'T-2', set: { H: 'Hoàn thành', J: '25/06/2024', K: 'Có' } },
            // A value expected by 30/6 (no day: the period's last), and one measured.
            { sheet: 'Chỉ tiêu', code: 'ho-so-truc-tuyen', set: { G: '46,2', J: 'Có' } },
            { sheet: 'Chỉ tiêu', code: 'benh-an-dien-tu', set: { G: 3 } },
          ],
        },
        {
          in: form('so-khcn'),
          out: 'so-khcn-2024-H1.xlsx',
          edits: [
            { sheet: 'Nhiệm vụ', code: 'T-1', set: { H: 'Hoàn thành', J: '20/06/2024' } },
            { sheet: 'Nhiệm vụ', code: 'T-3', set: { H: 'Đang triển khai', I: 90, K: 'x' } },
          ],
        },
        {
          in: form('so-khcn'),
          out: 'lan-2/so-khcn-2024-H1.xlsx',
          edits: [{ sheet: 'Nhiệm vụ', code: 'T-3', set: { H: 'Đang triển khai', K: 'có lẽ' } }],
        },
      ]),
    });
    const args = ['-d', data, '--submitted', '2024-06-16'];
    const first = await runCli(
      ['intake', 'import', 'so-yte-2024-H1.xlsx', 'so-khcn-2024-H1.xlsx', ...args],
      { cwd, env: { NO_COLOR: '1' } },
    );
    expect(first.status).toBe(1);
    expect(first.stderr.split('\n').slice(1, 5)).toEqual([
      'so-yte-2024-H1.xlsx: đã nhập (so-yte) → updates/2024-H1/so-yte.yaml, indicators/2024-H1/so-yte.yaml',
      'so-khcn-2024-H1.xlsx › Nhiệm vụ!J5  lỗi  Cập nhật ngày 20/6/2024 sau ngày lấy số liệu 15/6/2024 của kỳ 2024-H1. Hãy ghi ngày trong kỳ, hoặc báo cáo ở kỳ sau.  [update-after-figures-day]',
      'so-khcn-2024-H1.xlsx: trả lại, 1 lỗi; không ghi gì cho cơ quan này',
      '  Phiếu trả lại: intake/2024-H1/tra-lai/so-khcn-2024-H1.xlsx',
    ]);
    expect(readFileSync(path.join(data, 'updates', '2024-H1', 'so-yte.yaml'), 'utf8')).toBe(
      'agency: so-yte\nperiod: 2024-H1\nsubmitted: 2024-06-16\n' +
        `source:\n  file: so-yte-2024-H1.xlsx\n  sha256: ${sha256(path.join(cwd, 'so-yte-2024-H1.xlsx'))}\n` +
        'updates:\n  - task: T-2\n    date: 2024-06-25\n    status: done\n    estimate: true\n',
    );
    expect(readFileSync(path.join(data, 'indicators', '2024-H1', 'so-yte.yaml'), 'utf8')).toContain(
      'values:\n  - indicator: ho-so-truc-tuyen\n    date: 2024-06-30\n    value: 46.2\n    estimate: true\n' +
        '  - indicator: benh-an-dien-tu\n    period: 2024-H1\n    value: 3\n',
    );

    const second = await runCli(['intake', 'import', 'lan-2/so-khcn-2024-H1.xlsx', ...args], {
      cwd,
      env: { NO_COLOR: '1' },
    });
    expect(second.status).toBe(1);
    expect(second.stderr.split('\n')[1]).toBe(
      'lan-2/so-khcn-2024-H1.xlsx › Nhiệm vụ!K6  lỗi  "có lẽ" không phải lựa chọn của cột ước thực hiện: chọn "Có" khi trạng thái, tiến độ hoặc số liệu là số dự kiến đạt được đến hết kỳ, hoặc để trống.  [intake-estimate]',
    );

    expect((await runCli(['validate', '-d', data], { cwd })).status).toBe(0);
    // Counted only as an estimate: done by 30/6 with --estimate, not started on the figures day without.
    const summary = async (...extra: string[]) =>
      (
        await runCli(['summary', '-p', '2024-H1', '-d', data, ...extra], {
          cwd,
          env: { NO_COLOR: '1' },
        })
      ).stdout;
    expect(await summary()).toBe(
      'Ban Chỉ đạo Chuyển đổi số tỉnh — 6 tháng đầu năm 2024 (số liệu đến 15/6/2024)\n' +
        'Trụ cột         Giao  Đã triển khai  Tỷ lệ  Hoàn thành  Quá hạn  HT/đến hạn\n' +
        'Chính quyền số     3            1/3  33,3%           0        0           —\n' +
        'Tổng cộng          3            1/3  33,3%           0        0           —\n' +
        // 41,5% measured on 10/6; the 46,2% expected by 30/6 counts only as an estimate.
        'Có 0/1 chỉ tiêu đã đạt mục tiêu 6 tháng đầu năm 2024; 1 chỉ tiêu chưa có mục tiêu.\n',
    );
    expect(await summary('--estimate')).toBe(
      'Ban Chỉ đạo Chuyển đổi số tỉnh — 6 tháng đầu năm 2024 (số liệu đến 30/6/2024)\n' +
        'Trụ cột         Giao  Đã triển khai  Tỷ lệ  Hoàn thành  Quá hạn  HT/đến hạn\n' +
        'Chính quyền số     3            2/3  66,7%           1        0        100%\n' +
        'Tổng cộng          3            2/3  66,7%           1        0        100%\n' +
        'Có 1/1 chỉ tiêu đã đạt mục tiêu 6 tháng đầu năm 2024; 1 chỉ tiêu chưa có mục tiêu.\n',
    );
  }, 300_000);
});

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
