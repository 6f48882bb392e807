/**
 * Indices per agency group through the command line (spec § criteria.yaml,
 * added in 0.3): test/fixtures/two-indices built as md, json and xlsx. Each
 * index has its part of the body and its rankings appendix; every ranking
 * table (per index, per group) has its own ranks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worksheet } from 'exceljs';
import { REPO, removeTempFolders, runCli, workspace } from '../helpers/cli.js';
import { cellContent, loadWorkbook, sheet } from '../render/xlsx/read-back.js';

const DATA = path.join(REPO, 'test', 'fixtures', 'two-indices');
let out: string;
let markdown: string;

afterAll(removeTempFolders);

beforeAll(async () => {
  const cwd = workspace();
  const result = await runCli(
    ['build', '--data', DATA, '-p', '2026-H1', '--format', 'md,json,xlsx', '--out', 'out', '-q'],
    { cwd },
  );
  expect([result.status, result.stderr]).toEqual([0, '']);
  out = path.join(cwd, 'out');
  markdown = readFileSync(path.join(out, 'bao-cao-cds-2026-H1.md'), 'utf8');
});

/** The lines of the Markdown from the line `from` (inclusive) to the line `to` (exclusive). */
function between(from: string, to: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(from);
  const end = lines.indexOf(to, start + 1);
  expect([start, end].every((position) => position >= 0)).toBe(true);
  return lines.slice(start, end).filter((line) => line !== '');
}

/** A sheet's table below its title: header row, then the data rows, by header. */
function table(worksheet: Worksheet, firstHeader: string): Record<string, unknown>[] {
  let header = 0;
  worksheet.eachRow((row, number) => {
    if (header === 0 && cellContent(row.getCell(1)) === firstHeader) header = number;
  });
  const names = (worksheet.getRow(header).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  for (let number = header + 1; number <= worksheet.rowCount; number++) {
    const row = worksheet.getRow(number);
    if (cellContent(row.getCell(1)) === null) break;
    rows.push(
      Object.fromEntries(names.map((name, at) => [name, cellContent(row.getCell(at + 1))])),
    );
  }
  return rows;
}

describe('a briefing with a sở index and a xã index', () => {
  it('gives each index its component table, its grade counts and its appendix', () => {
    expect(
      between(
        '#### a) Chỉ số chuyển đổi số cấp sở (4 cơ quan)',
        '## II. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC',
      ).filter((line) => !line.startsWith('|')),
    ).toEqual([
      '#### a) Chỉ số chuyển đổi số cấp sở (4 cơ quan)',
      'So với 6 tháng cuối năm 2025 (tính trên 1 cơ quan có kết quả tự đánh giá cả hai kỳ), các chỉ số thành phần nhận thức số và chính quyền số đều tăng.',
      'Kết quả xếp loại:',
      '- Sở, ban, ngành: 1/4 cơ quan xếp loại Tốt, 2/4 xếp loại Khá, 1/4 xếp loại Trung bình.',
      'Kết quả, xếp hạng của từng cơ quan tại Phụ lục I.',
      '#### b) Chỉ số chuyển đổi số cấp xã (3 cơ quan)',
      'So với 6 tháng cuối năm 2025 (tính trên 1 cơ quan có kết quả tự đánh giá cả hai kỳ), các chỉ số thành phần nhận thức số và xã hội số đều tăng.',
      'Kết quả xếp loại:',
      '- Xã, phường: 1/3 cơ quan xếp loại Tốt, 1/3 xếp loại Khá, 1/3 xếp loại Yếu.',
      'Kết quả, xếp hạng của từng cơ quan tại Phụ lục II.',
    ]);
    expect(markdown).toContain('| Xã hội số | 57/90 (63,3%) | 27/30 (90%) | 24/30 (80%) | tăng |');
  });

  it('ranks each index in its own appendix, ties sharing a rank', () => {
    expect(between('## Phụ lục I', '---')).toEqual([
      '## Phụ lục I',
      '**KẾT QUẢ TỰ ĐÁNH GIÁ THEO CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP SỞ 6 THÁNG ĐẦU NĂM 2026**\\',
      '*(Kèm theo Báo cáo Kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2026)*',
      '**Xếp hạng: Sở, ban, ngành**',
      '| Hạng | Cơ quan | Điểm | Tỷ lệ | Xếp loại | So với kỳ trước (điểm phần trăm) |',
      '|--:|:--|--:|--:|:--|:--|',
      '| 1 | Sở Khoa học và Công nghệ | 35/40 | 87,5% | Tốt | tăng 10,0 |',
      '| 2 | Sở Giáo dục và Đào tạo | 28/40 | 70% | Khá | chưa có kỳ trước |',
      '| 2 | Sở Y tế | 28/40 | 70% | Khá | chưa có kỳ trước |',
      '| 4 | Sở Tài chính | 20/40 | 50% | Trung bình | chưa có kỳ trước |',
    ]);
    expect(between('## Phụ lục II', '---')).toEqual([
      '## Phụ lục II',
      '**KẾT QUẢ TỰ ĐÁNH GIÁ THEO CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP XÃ 6 THÁNG ĐẦU NĂM 2026**\\',
      '*(Kèm theo Báo cáo Kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2026)*',
      '**Xếp hạng: Xã, phường**',
      '| Hạng | Cơ quan | Điểm | Tỷ lệ | Xếp loại | So với kỳ trước (điểm phần trăm) |',
      '|--:|:--|--:|--:|:--|:--|',
      '| 1 | UBND phường Đông Hà | 45/50 | 90% | Tốt | tăng 10,0 |',
      '| 2 | UBND phường Nam Đông Hà | 37/50 | 74% | Khá | chưa có kỳ trước |',
      '| 3 | UBND xã Cam Lộ | 19/50 | 38% | Yếu | chưa có kỳ trước |',
      // Who did not file is listed under the index of its group.
      'Chưa gửi kết quả tự đánh giá 6 tháng đầu năm 2026: UBND xã Hiếu Giang.',
      '*UBND xã Cam Lộ chưa chấm 1 tiêu chí (tính 0 điểm): Tỷ lệ hộ gia đình có cáp quang.*',
    ]);
  });

  it('splits the agencies appendix per group, each table with its own ranks', () => {
    const rows = between('## Phụ lục III', '---').filter(
      (line) => line.startsWith('**') || /^\| (Sở|UBND)/u.test(line),
    );
    expect(rows.map((line) => line.split(' | ').at(-1))).toEqual([
      '**KẾT QUẢ THỰC HIỆN NHIỆM VỤ VÀ TỰ ĐÁNH GIÁ THEO CƠ QUAN ĐẾN NGÀY 30/6/2026**\\',
      '**Sở, ban, ngành**',
      '2 |',
      '1 |',
      '4 |',
      '2 |',
      '**Xã, phường**',
      '1 |',
      '2 |',
      '3 |',
    ]);
  });

  it('says which index each row is of, in the JSON and the workbook', async () => {
    const model = JSON.parse(readFileSync(path.join(out, 'bao-cao-cds-2026-H1.json'), 'utf8')) as {
      schemaVersion: number;
      index: { indices: { id: string }[]; rows: { agency: string; index: string; rank: number }[] };
    };
    expect(model.schemaVersion).toBe(3);
    expect(model.index.indices.map((index) => index.id)).toEqual(['chi-so-so', 'chi-so-xa']);
    expect(model.index.rows.map((row) => `${row.index} ${row.agency} ${row.rank}`)).toEqual([
      'chi-so-so so-khcn 1',
      'chi-so-so so-gddt 2',
      'chi-so-so so-yte 2',
      'chi-so-so so-tc 4',
      'chi-so-xa p-dong-ha 1',
      'chi-so-xa p-nam-dong-ha 2',
      'chi-so-xa x-cam-lo 3',
    ]);
    const workbook = await loadWorkbook(readFileSync(path.join(out, 'bao-cao-cds-2026-H1.xlsx')));
    const scores = table(sheet(workbook, 'Chỉ số'), 'Bộ chỉ số');
    expect(scores).toHaveLength(14);
    expect(
      scores
        .filter((row) => row['Đơn vị'] === 'UBND xã Cam Lộ')
        .map((row) => [
          row['Bộ chỉ số'],
          row['Khối'],
          row['Chỉ số thành phần'],
          row['Điểm'],
          row['Điểm tối đa'],
        ]),
    ).toEqual([
      ['Chỉ số chuyển đổi số cấp xã', 'Xã, phường', 'Nhận thức số', 11, 20],
      ['Chỉ số chuyển đổi số cấp xã', 'Xã, phường', 'Xã hội số', 8, 30],
    ]);
    const agencies = table(sheet(workbook, 'Đơn vị'), 'Đơn vị');
    expect(
      agencies.map((row) => [
        row['Đơn vị'],
        row['Khối'],
        row['Bộ chỉ số'],
        row['Xếp hạng trong khối'],
      ]),
    ).toEqual([
      ['Sở Giáo dục và Đào tạo', 'Sở, ban, ngành', 'Chỉ số chuyển đổi số cấp sở', 2],
      ['Sở Khoa học và Công nghệ', 'Sở, ban, ngành', 'Chỉ số chuyển đổi số cấp sở', 1],
      ['Sở Tài chính', 'Sở, ban, ngành', 'Chỉ số chuyển đổi số cấp sở', 4],
      ['Sở Y tế', 'Sở, ban, ngành', 'Chỉ số chuyển đổi số cấp sở', 2],
      ['UBND phường Đông Hà', 'Xã, phường', 'Chỉ số chuyển đổi số cấp xã', 1],
      ['UBND phường Nam Đông Hà', 'Xã, phường', 'Chỉ số chuyển đổi số cấp xã', 2],
      ['UBND xã Cam Lộ', 'Xã, phường', 'Chỉ số chuyển đổi số cấp xã', 3],
    ]);
  });
});
