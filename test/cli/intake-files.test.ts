/**
 * Returned files that are not a plain .xlsx form (issue 25): an .xls or .ods
 * is converted by LibreOffice when it is installed and refused with what to
 * do when it is not; a password-protected workbook, a file over the size
 * limit and a file that is no workbook at all are each one clear line. Every
 * refusal: exit code 1, nothing written in the dataset and no phiếu trả lại
 * (there is no form to mark).
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../src/convert/pdf.js';
import { removeTempFolders, runCli, tempFolder } from '../helpers/cli.js';
import { encryptedWorkbook, oleWorkbook } from '../helpers/ole-file.js';
import { MINIMAL_FILES, writeDataset } from '../helpers/temp-dataset.js';
import { findPython } from '../readers/openpyxl.js';

afterAll(removeTempFolders);

const python = findPython();
const soffice = findSoffice();
const FILL = path.join(path.dirname(new URL(import.meta.url).pathname), '../intake/fill-forms.py');

const TASKS =
  'plan: qd-1\npillar: cqs\ntasks:\n' +
  '  - id: T-1\n    title: Kho dữ liệu dùng chung\n    lead: so-khcn\n    deadline: 2024-12-31\n' +
  '  - id: T-2\n    title: Hồ sơ sức khỏe điện tử\n    lead: so-yte\n    deadline: 2024-12-31\n';

/** Every file under a folder with its size: what "nothing written" compares. */
function listing(root: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, name.name);
      if (name.isDirectory()) walk(full);
      else out.push(`${path.relative(root, full)} ${statSync(full).size}`);
    }
  };
  walk(root);
  return out.sort();
}

const NO_SOFFICE = { NO_COLOR: '1', PATH: '/nonexistent' };

describe('intake import: files that are not a plain .xlsx form', () => {
  it('a password, a file too large, a file that is no workbook: one line each, nothing written', async () => {
    const cwd = tempFolder();
    const data = writeDataset({ 'tasks/a.yaml': TASKS }, MINIMAL_FILES);
    const before = listing(data);
    mkdirSync(path.join(cwd, 'nhan'));
    const put = (name: string, bytes: Uint8Array | string) =>
      writeFileSync(path.join(cwd, 'nhan', name), bytes);
    put('so-khcn-2024-H1.xlsx', encryptedWorkbook());
    put('so-yte-2024-H1.xlsx', '');
    truncateSync(path.join(cwd, 'nhan', 'so-yte-2024-H1.xlsx'), 10 * 1024 * 1024 + 1);
    put('so-lon-2024-H1.xlsx', '');
    truncateSync(path.join(cwd, 'nhan', 'so-lon-2024-H1.xlsx'), 12 * 1024 * 1024);
    put('bao-cao.xlsx', '%PDF-1.7\n1 0 obj\n<< >>\nendobj\n');
    put('ghi-chu.xlsx', 'Sở Y tế xin gửi báo cáo.\n');
    // An old .xls and no LibreOffice.
    put('so-yte-2024-H1.xls', oleWorkbook());
    const files = readdirSync(path.join(cwd, 'nhan'))
      .sort()
      .map((name) => `nhan/${name}`);
    const result = await runCli(
      ['intake', 'import', ...files, '-d', data, '--submitted', '2024-07-01'],
      {
        cwd,
        env: NO_SOFFICE,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      'Ngày nhận ghi vào tệp: 01/7/2024 (--submitted).',
      'nhan/bao-cao.xlsx  lỗi  Tệp không đọc được như một bảng tính Excel (.xlsx). Hãy gửi lại biểu mẫu .xlsx đã nhận.  [intake-not-workbook]',
      'nhan/bao-cao.xlsx: trả lại, 1 lỗi; không ghi gì cho cơ quan này',
      'nhan/ghi-chu.xlsx  lỗi  Tệp không đọc được như một bảng tính Excel (.xlsx). Hãy gửi lại biểu mẫu .xlsx đã nhận.  [intake-not-workbook]',
      'nhan/ghi-chu.xlsx: trả lại, 1 lỗi; không ghi gì cho cơ quan này',
      'nhan/so-khcn-2024-H1.xlsx  lỗi  Tệp được đặt mật khẩu mở nên không đọc được. Hãy bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi gửi lại.  [intake-encrypted]',
      'nhan/so-khcn-2024-H1.xlsx: trả lại, 1 lỗi; không ghi gì cho cơ quan này',
      'nhan/so-lon-2024-H1.xlsx  lỗi  Tệp 12,0 MB, vượt giới hạn 10,0 MB của một biểu mẫu. Hãy kiểm tra lại tệp (biểu mẫu chỉ vài chục KB).  [intake-too-large]',
      'nhan/so-lon-2024-H1.xlsx: trả lại, 1 lỗi; không ghi gì cho cơ quan này',
      'nhan/so-yte-2024-H1.xls  lỗi  Tệp .xls cần LibreOffice để chuyển sang .xlsx, nhưng máy chưa cài LibreOffice. Hãy cài LibreOffice, hoặc mở tệp và lưu lại dạng .xlsx.  [intake-needs-libreoffice]',
      'nhan/so-yte-2024-H1.xls: trả lại, 1 lỗi; không ghi gì cho cơ quan này',
      // One byte over: the sizes in bytes, so they do not read the same.
      'nhan/so-yte-2024-H1.xlsx  lỗi  Tệp 10.485.761 byte, vượt giới hạn 10.485.760 byte của một biểu mẫu. Hãy kiểm tra lại tệp (biểu mẫu chỉ vài chục KB).  [intake-too-large]',
      'nhan/so-yte-2024-H1.xlsx: trả lại, 1 lỗi; không ghi gì cho cơ quan này',
      'Tổng hợp: nhận 6 tệp, nhập 0, trả lại 6.',
      '',
    ]);
    expect(listing(data)).toEqual(before);
    expect(readdirSync(cwd).sort()).toEqual(['nhan']);

    const english = await runCli(
      ['intake', 'import', 'nhan/so-khcn-2024-H1.xlsx', '-d', data, '--lang', 'en'],
      { cwd, env: NO_SOFFICE },
    );
    expect(english.status).toBe(1);
    expect(english.stderr.split('\n')[1]).toBe(
      'nhan/so-khcn-2024-H1.xlsx  error  The file is protected by a password to open, so it cannot be read. Remove the password, then send it again.  [intake-encrypted]',
    );
  });

  it.skipIf(python === null || soffice === null)(
    'an .xls and an .ods: refused without LibreOffice, converted and imported with it',
    async () => {
      const cwd = tempFolder();
      const data = writeDataset({ 'tasks/a.yaml': TASKS }, MINIMAL_FILES);
      mkdirSync(path.join(cwd, 'dien'));
      expect((await runCli(['intake', 'make', '-p', '2024-H1', '-d', data], { cwd })).status).toBe(
        0,
      );
      execFileSync(python!, [FILL], {
        cwd,
        timeout: 120_000,
        input: JSON.stringify([
          {
            in: 'intake/2024-H1/so-khcn-2024-H1.xlsx',
            out: 'dien/so-khcn-2024-H1.xlsx',
            edits: [{ sheet: 'Nhiệm vụ', code: 'T-1', set: { H: 'Đang triển khai', I: '45' } }],
          },
          {
            in: 'intake/2024-H1/so-yte-2024-H1.xlsx',
            out: 'dien/so-yte-2024-H1.xlsx',
            edits: [{ sheet: 'Nhiệm vụ', code: 'T-2', set: { H: 'Hoàn thành', J: '14/06/2024' } }],
          },
        ]),
      });
      // Saved by the agencies as Excel 97–2003 and as OpenDocument.
      for (const [file, format] of [
        ['dien/so-khcn-2024-H1.xlsx', 'xls'],
        ['dien/so-yte-2024-H1.xlsx', 'ods'],
      ] as const)
        execFileSync(
          soffice!,
          ['--headless', '--norestore', '--convert-to', format, '--outdir', 'nhan', file],
          { cwd, timeout: 120_000, stdio: 'ignore' },
        );
      const files = ['nhan/so-khcn-2024-H1.xls', 'nhan/so-yte-2024-H1.ods'];
      const before = listing(data);
      const without = await runCli(['intake', 'import', ...files, '-d', data], {
        cwd,
        env: NO_SOFFICE,
      });
      expect(without.status).toBe(1);
      expect(without.stderr.split('\n').slice(1)).toEqual([
        'nhan/so-khcn-2024-H1.xls  lỗi  Tệp .xls cần LibreOffice để chuyển sang .xlsx, nhưng máy chưa cài LibreOffice. Hãy cài LibreOffice, hoặc mở tệp và lưu lại dạng .xlsx.  [intake-needs-libreoffice]',
        'nhan/so-khcn-2024-H1.xls: trả lại, 1 lỗi; không ghi gì cho cơ quan này',
        'nhan/so-yte-2024-H1.ods  lỗi  Tệp .ods cần LibreOffice để chuyển sang .xlsx, nhưng máy chưa cài LibreOffice. Hãy cài LibreOffice, hoặc mở tệp và lưu lại dạng .xlsx.  [intake-needs-libreoffice]',
        'nhan/so-yte-2024-H1.ods: trả lại, 1 lỗi; không ghi gì cho cơ quan này',
        'Tổng hợp: nhận 2 tệp, nhập 0, trả lại 2.',
        '',
      ]);
      expect(listing(data)).toEqual(before);

      const converted = await runCli(
        ['intake', 'import', ...files, '-d', data, '--submitted', '2024-07-01'],
        { cwd, env: { NO_COLOR: '1' } },
      );
      expect(converted.stderr.split('\n')).toEqual([
        'Ngày nhận ghi vào tệp: 01/7/2024 (--submitted).',
        'nhan/so-khcn-2024-H1.xls: đã nhập (so-khcn) → updates/2024-H1/so-khcn.yaml',
        'nhan/so-yte-2024-H1.ods: đã nhập (so-yte) → updates/2024-H1/so-yte.yaml',
        'Tổng hợp: nhận 2 tệp, nhập 2, trả lại 0.',
        'Mọi cơ quan đã lập biểu mẫu đều đã gửi.',
        '',
      ]);
      expect(converted.status).toBe(0);
      expect(readFileSync(path.join(data, 'updates', '2024-H1', 'so-khcn.yaml'), 'utf8')).toContain(
        '  - task: T-1\n    period: 2024-H1\n    status: in_progress\n    progress: 45\n',
      );
      // The file as received is the source, not LibreOffice's conversion of it.
      expect(readFileSync(path.join(data, 'updates', '2024-H1', 'so-khcn.yaml'), 'utf8')).toContain(
        'source:\n  file: so-khcn-2024-H1.xls\n',
      );
      expect(readFileSync(path.join(data, 'updates', '2024-H1', 'so-yte.yaml'), 'utf8')).toContain(
        '  - task: T-2\n    date: 2024-06-14\n    status: done\n',
      );
      expect((await runCli(['validate', '-d', data], { cwd })).status).toBe(0);
      // The same .xls again: known by the file received, not by LibreOffice's conversion of it.
      const again = await runCli(['intake', 'import', files[0]!, '-d', data], {
        cwd,
        env: { NO_COLOR: '1' },
      });
      expect(again.stderr.split('\n')[1]).toBe(
        'nhan/so-khcn-2024-H1.xls: đã nhập trước đó (so-khcn), không có gì thay đổi',
      );
    },
    300_000,
  );
});
