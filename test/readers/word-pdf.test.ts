/**
 * The sample's Word briefing as LibreOffice prints it (the PDF offices
 * circulate), read with poppler's pdftotext: the text is there in reading
 * order, from the opening to the closing "./." and the four appendices, the
 * number and date lines stand on one line as do "Nơi nhận" and the signer's
 * first line, the indicator table's headers keep their words whole, each
 * appendix starts a page of its own, page 1 has no page number and page 2
 * has "2".
 * Skipped, with a warning, without soffice or pdftotext.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from './libreoffice.js';
import { writeSampleBriefing } from './word-briefing.js';

const run = promisify(execFile);
const onPath = (name: string) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .some((folder) => folder !== '' && existsSync(join(folder, name)));
const soffice = findSoffice();
const poppler = onPath('pdftotext') && onPath('pdfinfo');
if (soffice === null || !poppler) {
  console.warn(
    'No soffice or pdftotext on PATH (apt-get install libreoffice-writer-nogui poppler-utils): the PDF check of the .docx is skipped.',
  );
}

describe.skipIf(soffice === null || !poppler)('the Word briefing printed by LibreOffice', () => {
  let folder = '';
  let pdf = '';
  let pages = 0;
  const page = async (number: number) =>
    (await run('pdftotext', ['-layout', '-f', String(number), '-l', String(number), pdf, '-']))
      .stdout;
  beforeAll(async () => {
    const written = await writeSampleBriefing();
    folder = written.folder;
    await run(
      soffice ?? 'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(folder, 'profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        folder,
        written.file,
      ],
      { timeout: 120_000 },
    );
    pdf = written.file.replace(/\.docx$/, '.pdf');
    pages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [pdf])).stdout)?.[1]);
  }, 150_000);
  afterAll(async () => {
    if (folder !== '') await rm(folder, { recursive: true, force: true });
  });

  it("has the briefing's text in reading order, from the header to the appendix", async () => {
    expect(pages).toBeGreaterThan(8);
    const text = (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
    const order = [
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      // The day and month are left blank for the document system (no-break spaces, collapsed here).
      'Quảng Trị, ngày tháng năm 2024',
      'BÁO CÁO',
      'Kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024',
      'Thực hiện Quyết định số 1982/QĐ-UBND ngày 29/7/2022',
      'I. KẾT QUẢ THỰC HIỆN',
      '1. Kết quả thực hiện các chỉ tiêu',
      'Tỷ lệ cơ quan, đơn vị có cán bộ chuyên trách hoặc kiêm nhiệm chuyển đổi số đạt 100%',
      '72,595',
      '2. Công tác lãnh đạo, chỉ đạo, điều hành',
      '4. Kết quả thực hiện nhiệm vụ',
      '11/11 nhóm nhiệm vụ chung',
      '11/21 nhiệm vụ phát triển chính quyền số, 5/9',
      'Kết quả, xếp hạng của từng cơ quan tại Phụ lục I.',
      'II. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC',
      'Để đạt mục tiêu của năm 2025',
      'Kinh phí bố trí cho chuyển đổi số còn hạn chế (13 cơ quan phản ánh)',
      'Khó khăn, vướng mắc do từng cơ quan nêu tại Phụ lục III.',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      'Trên đây là báo cáo kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024 của Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị./.',
      'Nơi nhận:',
      'Võ Văn Hưng',
      'Phụ lục I',
      'KẾT QUẢ TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CỦA CÁC CƠ QUAN',
      'Phụ lục II',
      'Phụ lục III',
      'Phụ lục IV',
      'DANH SÁCH NHIỆM VỤ VÀ TÌNH HÌNH THỰC HIỆN ĐẾN NGÀY 30/6/2024',
    ];
    const flat = text.replace(/\s+/g, ' ');
    let from = 0;
    for (const words of order) {
      const at = flat.indexOf(words, from);
      expect(at, `${words} (after ${from})`).toBeGreaterThanOrEqual(0);
      from = at + words.length;
    }
  });

  it('sets the number line beside the date line, and Nơi nhận beside the signer', async () => {
    const text = (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
    expect(text).toMatch(/Số: +\/BC-BCĐ +Quảng Trị, ngày\s+tháng\s+năm 2024/);
    expect(text).toMatch(/Nơi nhận: +TM\. BAN CHỈ ĐẠO/);
  });

  it('prints the indicator table on page 1 with no header word broken', async () => {
    const words = (await page(1)).split(/\s+/);
    for (const word of 'Chỉ tiêu Đơn vị tính Mục tiêu Kết quả Kỳ trước Tăng, giảm Đánh giá'.split(
      ' ',
    ))
      expect(words, `${word} (a font without ơ, ư? install fonts-liberation2)`).toContain(word);
  });

  it('starts each appendix on a page of its own, its first page unnumbered', async () => {
    const firsts: number[] = [];
    for (let number = 1; number <= pages; number += 1) {
      const lines = (await page(number)).split('\n').filter((line) => line.trim() !== '');
      if (/^\s*Phụ lục [IV]+\s*$/.test(lines[0] ?? '')) firsts.push(number);
    }
    expect(firsts).toHaveLength(4);
    // The closing and the signature end the body on the page before the first appendix.
    expect(await page((firsts[0] ?? 2) - 1)).toMatch(/Quảng Trị\.\/\.[\s\S]*Võ Văn Hưng/);
  });

  it('prints no number on page 1 and "2" at the top of page 2', async () => {
    const first = (await page(1)).split('\n').filter((line) => line.trim() !== '');
    const second = (await page(2)).split('\n').filter((line) => line.trim() !== '');
    expect(first[0]).toMatch(/ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ/);
    expect(first.some((line) => /^\s*1\s*$/.test(line))).toBe(false);
    expect(second[0]?.trim()).toBe('2');
  });
});
