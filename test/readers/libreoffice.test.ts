/**
 * The workbook opened by a second implementation: LibreOffice converts it to
 * CSV with every number format applied, and the figures must read as a user
 * sees them in Calc. Skipped, with a warning, where soffice is not installed.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderXlsx } from '../../src/render/xlsx/render-xlsx.js';
import { REPORT_MODEL } from '../fixtures/report-model.js';
import { HOSTILE_TASK, withTask } from '../render/xlsx/edge-models.js';
import { convertToCsv, findSoffice, sheetCsv } from './libreoffice.js';

const soffice = findSoffice();
if (soffice === null) {
  console.warn(
    'LibreOffice (soffice) is not on PATH: the independent-reader check of the .xlsx is skipped.',
  );
}

const row = (rows: string[][], first: string) => rows.find((cells) => cells[0] === first);

describe.skipIf(soffice === null)('the workbook as LibreOffice reads it', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'dx-report-xlsx-'));
    await writeFile(join(folder, 'fixture.xlsx'), (await renderXlsx(REPORT_MODEL)).bytes);
    await writeFile(join(folder, 'hostile.xlsx'), (await renderXlsx(withTask(HOSTILE_TASK))).bytes);
    await convertToCsv(soffice ?? 'soffice', folder, ['fixture.xlsx', 'hostile.xlsx']);
  }, 120_000);
  afterAll(async () => {
    if (folder !== '') await rm(folder, { recursive: true, force: true });
  });

  it('shows the Tổng hợp figures, ratios and changes as in the briefing', async () => {
    const rows = await sheetCsv(folder, 'fixture.xlsx', 'Tổng hợp');
    expect(rows[0]?.[0]).toBe(
      'Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị — Tổng hợp kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024',
    );
    expect(rows[1]?.[0]).toMatch(/^Số liệu tính đến ngày 30\/6\/2024;/);
    expect(rows[2]?.every((cell) => cell === '')).toBe(true);
    expect(rows[3]?.slice(0, 4)).toEqual(['Trụ cột', 'Giao', 'Đã triển khai', 'Tỷ lệ triển khai']);
    // The totals, after a blank row, outside the table.
    expect(rows[8]?.every((cell) => cell === '')).toBe(true);
    expect([...rows.slice(4, 8), ...rows.slice(9)]).toEqual([
      [
        'Nhiệm vụ chung',
        '11',
        '11',
        '100.0%',
        '4',
        '3',
        '3',
        '100.0%',
        '0',
        '11',
        '11',
        '100.0%',
        '3',
        '0',
        '0',
        '0',
        '0.0',
        '+1',
        '0',
      ],
      [
        'Chính quyền số',
        '21',
        '11',
        '52.4%',
        '5',
        '8',
        '4',
        '50.0%',
        '4',
        '21',
        '10',
        '47.6%',
        '3',
        '3',
        '0',
        '+1',
        '+4.8',
        '+2',
        '+1',
      ],
      [
        'Kinh tế số',
        '9',
        '5',
        '55.6%',
        '2',
        '3',
        '1',
        '33.3%',
        '2',
        '9',
        '4',
        '44.4%',
        '2',
        '1',
        '0',
        '+1',
        '+11.1',
        '0',
        '+1',
      ],
      [
        'Xã hội số',
        '6',
        '1',
        '16.7%',
        '0',
        '0',
        '0',
        '',
        '0',
        '6',
        '0',
        '0.0%',
        '0',
        '0',
        '0',
        '+1',
        '+16.7',
        '0',
        '0',
      ],
      // Tasks and groups of tasks apart, never one total adding them.
      ['Cộng nhiệm vụ', '36', '17', '47.2%', '7', '11', '5', '45.5%', '6']
        .concat(['36', '14', '38.9%', '5', '4'])
        .concat(['0', '+3', '+8.3', '+2', '+2']),
      ['Cộng nhóm nhiệm vụ', '11', '11', '100.0%', '4', '3', '3', '100.0%', '0']
        .concat(['11', '11', '100.0%', '3', '0'])
        .concat(['0', '0', '0.0', '+1', '0']),
    ]);
  });

  it('shows task days as d/m/yyyy, progress and the agency index as percentages', async () => {
    const tasks = await sheetCsv(folder, 'fixture.xlsx', 'Nhiệm vụ');
    expect(row(tasks, 'CHUNG-03')?.slice(3, 9)).toEqual([
      '31/5/2024',
      'Có thời hạn',
      'Hoàn thành',
      '100.0%',
      '12/6/2024',
      'Hoàn thành trễ hạn',
    ]);
    const agencies = await sheetCsv(folder, 'fixture.xlsx', 'Đơn vị');
    // Its 11 tasks, then its index, then its 3 groups of tasks in columns of their own.
    expect(row(agencies, 'Sở Thông tin và Truyền thông')?.slice(2, 25)).toEqual([
      '11',
      '6',
      '54.5%',
      '3',
      '3',
      '1',
      '33.3%',
      '2',
      '88.0%',
      'Tốt',
      '1',
      '352',
      '400',
      '84.3%',
      '+3.8',
      '3',
      '3',
      '100.0%',
      '2',
      '1',
      '1',
      '100.0%',
      '0',
    ]);
  });

  it('reads every sheet', async () => {
    const sizes = await Promise.all(
      ['Tổng hợp', 'Nhiệm vụ', 'Đơn vị', 'Chỉ số', 'Khó khăn - Đề xuất'].map(
        async (name) => (await sheetCsv(folder, 'fixture.xlsx', name)).length,
      ),
    );
    expect(sizes).toEqual([11, 52, 14, 32, 11]);
  });

  it('keeps text that looks like a formula as text', async () => {
    const tasks = await sheetCsv(folder, 'hostile.xlsx', 'Nhiệm vụ');
    expect(tasks[4]?.[1]).toBe('=HYPERLINK("http://example.com","Bấm vào đây")');
    // N: the last note, O: evidence (none), P: the issues.
    expect(tasks[4]?.slice(13, 16)).toEqual(['+1+2', '', '-2+3\n@SUM(A1:A2)']);
    expect(tasks[4]?.[12]).toBe("=cmd|' /C calc'!A0");
  });
});
