/**
 * The reminder letter as Word writes it, read back by python-docx and printed
 * by LibreOffice: the V/v line under the number line, "Kính gửi:" naming
 * exactly the units that have not sent, the appendix's rows, "./." before
 * "Nơi nhận". On the round's sample two days after its deadline.
 * Skipped, with a warning, without python-docx, soffice or pdftotext.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempFolders, runCli } from '../helpers/cli.js';
import { ROUND, roundSample } from '../helpers/round-sample.js';
import { findSoffice } from './libreoffice.js';
import { findPythonDocx } from './python-docx.js';

const run = promisify(execFile);
const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'docx-text-order.py');
const python = findPythonDocx();
const soffice = findSoffice();
const poppler = (process.env.PATH ?? '')
  .split(delimiter)
  .some((folder) => folder !== '' && existsSync(join(folder, 'pdftotext')));
if (python === null || soffice === null || !poppler)
  console.warn(
    'No python3 with docx, soffice or pdftotext on PATH (apt-get install python3-docx libreoffice-writer-nogui poppler-utils): the reminder letter is not read back.',
  );

const NOT_SENT = [
  'Sở Tài chính',
  'Sở Y tế',
  'Sở Tài nguyên và Môi trường',
  'Sở Giao thông vận tải',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Tư pháp',
  'Ban Quản lý Khu kinh tế tỉnh',
  'UBND thành phố Đông Hà',
  'UBND huyện Cam Lộ',
  'UBND huyện Hướng Hóa',
  'UBND huyện Đakrông',
  'UBND huyện Cồn Cỏ',
];

interface Item {
  text: string;
  table: number | null;
  row: number | null;
}

afterAll(removeTempFolders);

describe.skipIf(python === null || soffice === null || !poppler)(
  'the reminder letter in Word and PDF',
  () => {
    let items: Item[] = [];
    let out = '';
    beforeAll(async () => {
      const cwd = roundSample();
      out = join(cwd, 'letters');
      const result = await runCli(['remind', ...ROUND, '--format', 'docx,pdf', '--out', out], {
        cwd,
      });
      expect(result.status).toBe(0);
      const { stdout } = await run(python!, [SCRIPT, join(out, 'don-doc-2024-H1.docx')], {
        env: { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONUTF8: '1' },
        timeout: 60_000,
      });
      items = JSON.parse(stdout) as Item[];
    }, 150_000);
    const at = (test: (text: string) => boolean) => items.findIndex((item) => test(item.text));

    it('has the V/v line right under the number line', () => {
      const number = at((text) => text.startsWith('Số:'));
      expect(items[number]!.text).toBe('Số: \u00a0\u00a0\u00a0\u00a0\u00a0/SKHCN-CĐS');
      expect(items[number + 1]!.text).toBe(
        'V/v đôn đốc gửi báo cáo kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024',
      );
    });

    it('is sent to exactly the units that have not sent, by group', () => {
      // One line each, after "Kính gửi:" and a tab: "- …;", the last ending in ".".
      const start = at((text) => text.startsWith('Kính gửi:'));
      const lines = [items[start]!.text.slice('Kính gửi:'.length), items[start + 1]!.text];
      expect(lines.map((line) => line.replace(/^\t- /, ''))).toEqual([
        `Sở, ban, ngành: ${NOT_SENT.slice(0, 7).join(', ')};`,
        `UBND cấp huyện: ${NOT_SENT.slice(7).join(', ')}.`,
      ]);
    });

    it('ends its body with ./. before Nơi nhận, and lists what each unit owes in its appendix', () => {
      const closing = at((text) => text.endsWith('./.'));
      expect(closing).toBeGreaterThan(0);
      expect(closing).toBeLessThan(at((text) => text === 'Nơi nhận:'));
      const appendix = Math.max(...items.map((item) => item.table ?? -1));
      const rows = new Map<number, string[]>();
      for (const item of items.filter((entry) => entry.table === appendix))
        rows.set(item.row!, [...(rows.get(item.row!) ?? []), item.text]);
      expect([...rows.values()][0]).toEqual([
        'STT',
        'Cơ quan, đơn vị',
        'Nội dung còn thiếu',
        'Nhiệm vụ quá hạn chưa cập nhật',
      ]);
      expect([...rows.values()].slice(1).map((cells) => cells[1])).toEqual(NOT_SENT);
      expect([...rows.values()][4]).toEqual([
        '4',
        'Sở Giao thông vận tải',
        'Kết quả tự đánh giá chuyển đổi số',
        '—',
      ]);
    });

    it('prints through LibreOffice: the letter on page 1, the appendix after it', async () => {
      const pdf = join(out, 'don-doc-2024-H1.pdf');
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      const first = (await run('pdftotext', ['-f', '1', '-l', '1', pdf, '-'])).stdout;
      expect(first).toContain('V/v đôn đốc gửi báo cáo');
      expect(first).toContain('Kính gửi:');
      const text = (await run('pdftotext', [pdf, '-'])).stdout;
      expect(text.indexOf('./.')).toBeLessThan(text.indexOf('Nơi nhận'));
      expect(text).toContain('DANH SÁCH CƠ QUAN, ĐƠN VỊ CHƯA GỬI ĐẦY ĐỦ BÁO CÁO');
    });
  },
);
