/**
 * The workbook opened by a third implementation: Python's openpyxl, as an
 * analyst's script opens it. openpyxl must read it without a single warning,
 * and find the sheets, frozen headers, filters, formulas with their cached
 * results, real dates, colour scales and print setup that Excel shows.
 * Skipped, with a warning, where no python3 on PATH can import openpyxl.
 */
import { crc32 } from 'node:zlib';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderXlsx } from '../../src/render/xlsx/render-xlsx.js';
import { REPORT_MODEL } from '../fixtures/report-model.js';
import { HOSTILE_TASK, withTask } from '../render/xlsx/edge-models.js';
import type { OpenpyxlBook, OpenpyxlCell, OpenpyxlSheet } from './openpyxl.js';
import { findPython, readWithOpenpyxl } from './openpyxl.js';
import { readZip } from '../helpers/zip-reader.js';

const python = findPython();
if (python === null) {
  console.warn(
    'No python3 with openpyxl on PATH (apt-get install python3-openpyxl): the openpyxl check of the .xlsx is skipped.',
  );
}

const SHEETS = ['Tổng hợp', 'Nhiệm vụ', 'Đơn vị', 'Chỉ số', 'Khó khăn - Đề xuất'];

/**
 * A ZIP archive of text entries, stored uncompressed, with their CRC-32 (which
 * Python's zipfile checks; zip-reader's storedZip leaves it 0).
 */
function zipWithCrc(entries: readonly { name: string; text: string }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = Buffer.from(entry.text, 'utf8');
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed
      header.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      header.writeUInt16LE(0, at + 4); // stored
      header.writeUInt16LE(0, at + 6); // 00:00
      header.writeUInt16LE(0x21, at + 8); // 1980-01-01
      header.writeUInt32LE(crc32(data), at + 10);
      header.writeUInt32LE(data.length, at + 14);
      header.writeUInt32LE(data.length, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    fields(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe.skipIf(python === null)('the workbook as openpyxl reads it', () => {
  let folder = '';
  let fixture: OpenpyxlBook;
  let hostile: OpenpyxlBook;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'dx-report-openpyxl-'));
    await writeFile(join(folder, 'fixture.xlsx'), (await renderXlsx(REPORT_MODEL)).bytes);
    await writeFile(join(folder, 'hostile.xlsx'), (await renderXlsx(withTask(HOSTILE_TASK))).bytes);
    // Titles, header, the first two pillars, the pillar with nothing due (0/0) and the two totals.
    fixture = await readWithOpenpyxl(
      python ?? 'python3',
      join(folder, 'fixture.xlsx'),
      [1, 2, 3, 4, 5, 6, 8, 10, 11],
    );
    hostile = await readWithOpenpyxl(python ?? 'python3', join(folder, 'hostile.xlsx'), [5]);
  }, 120_000);
  afterAll(async () => {
    if (folder !== '') await rm(folder, { recursive: true, force: true });
  });

  const sheetOf = (book: OpenpyxlBook, title: string): OpenpyxlSheet => {
    const found = book.sheets.find((candidate) => candidate.title === title);
    if (found === undefined) throw new Error(`openpyxl read no sheet "${title}"`);
    return found;
  };
  const cellOf = (book: OpenpyxlBook, title: string, coordinate: string): OpenpyxlCell => {
    const row = sheetOf(book, title).rows[coordinate.replace(/^[A-Z]+/, '')] ?? [];
    const found = row.find((candidate) => candidate.coordinate === coordinate);
    if (found === undefined) throw new Error(`openpyxl read no cell ${title}!${coordinate}`);
    return found;
  };

  it('finds the five sheets, in order, each as large as its table and totals', () => {
    expect(fixture.sheets.map((found) => [found.title, found.dimensions])).toEqual([
      ['Tổng hợp', 'A1:S11'],
      ['Nhiệm vụ', 'A1:P52'],
      ['Đơn vị', 'A1:AI14'],
      ['Chỉ số', 'A1:H32'],
      ['Khó khăn - Đề xuất', 'A1:E11'],
    ]);
  });

  it("reads each sheet's data as a named Excel Table with its own filter, the total outside it", () => {
    expect(
      fixture.sheets.map((found) =>
        found.tables.map((table) => [table.name, table.ref, table.auto_filter]),
      ),
    ).toEqual([
      [['tblTongHop', 'A4:S8', 'A4:S8']],
      [['tblNhiemVu', 'A4:P52', 'A4:P52']],
      [['tblDonVi', 'A4:AI14', 'A4:AI14']],
      [['tblChiSo', 'A4:H32', 'A4:H32']],
      [['tblKhoKhanDeXuat', 'A4:E11', 'A4:E11']],
    ]);
    for (const found of fixture.sheets) {
      const header = (found.rows['4'] ?? []).map((cell) => cell.value);
      expect(found.tables[0]?.columns, found.title).toEqual(header);
      expect(found.auto_filter, found.title).toBeNull();
      expect(found.footer, found.title).toBe('Trang &P/&N');
      expect(
        (found.rows['3'] ?? []).every((cell) => cell.value === null),
        found.title,
      ).toBe(true);
    }
    expect(cellOf(fixture, 'Tổng hợp', 'A10').value).toBe('Cộng nhiệm vụ');
    expect(cellOf(fixture, 'Tổng hợp', 'A11').value).toBe('Cộng nhóm nhiệm vụ');
  });

  it('reads the title rows of Tổng hợp as text, the first one bold', () => {
    const [title, asOf] = [cellOf(fixture, 'Tổng hợp', 'A1'), cellOf(fixture, 'Tổng hợp', 'A2')];
    expect([title.value, title.data_type, title.bold]).toEqual([
      'Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị — Tổng hợp kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024',
      's',
      true,
    ]);
    expect([asOf.value, asOf.data_type, asOf.bold]).toEqual([
      'Số liệu tính đến ngày 30/6/2024; kỳ trước: 6 tháng cuối năm 2023 (số liệu tính đến ngày 31/12/2023)',
      's',
      false,
    ]);
  });

  it('reads a bold header on row 4 of every sheet', () => {
    const header = (title: string) => sheetOf(fixture, title).rows['4'] ?? [];
    expect(header('Tổng hợp').map((cell) => cell.value)).toEqual([
      'Trụ cột',
      'Giao',
      'Đã triển khai',
      'Tỷ lệ triển khai',
      'Hoàn thành',
      'Đến hạn',
      'Đến hạn đã hoàn thành',
      'Tỷ lệ hoàn thành đến hạn',
      'Quá hạn',
      'Giao kỳ trước',
      'Đã triển khai kỳ trước',
      'Tỷ lệ triển khai kỳ trước',
      'Hoàn thành kỳ trước',
      'Quá hạn kỳ trước',
      'Tăng/giảm giao',
      'Tăng/giảm đã triển khai',
      'Tăng/giảm tỷ lệ triển khai (điểm phần trăm)',
      'Tăng/giảm hoàn thành',
      'Tăng/giảm quá hạn',
    ]);
    expect(header('Khó khăn - Đề xuất').map((cell) => cell.value)).toEqual([
      'Loại',
      'Nội dung',
      'Đơn vị',
      'Khối',
      'Nguồn',
    ]);
    for (const title of SHEETS) {
      const cells = header(title);
      expect(cells.length, title).toBe(sheetOf(fixture, title).max_column);
      expect(
        cells.filter((cell) => !cell.bold || cell.data_type !== 's'),
        title,
      ).toEqual([]);
    }
    // The row under the header is data: not bold.
    expect(cellOf(fixture, 'Tổng hợp', 'A5').bold).toBe(false);
  });

  it("freezes the four top rows of every sheet, and the task list's id and title", () => {
    expect(fixture.sheets.map((found) => found.freeze_panes)).toEqual([
      'A5',
      'C5',
      'A5',
      'A5',
      'A5',
    ]);
  });

  it('reads the ratios as formulas, with their results cached and shown as 0.0%', () => {
    const ratio = (coordinate: string) => {
      const cell = cellOf(fixture, 'Tổng hợp', coordinate);
      return [cell.data_type, cell.formula, cell.cached, cell.number_format];
    };
    // Chính quyền số: 11 of 21 implemented; the totals: 17 of 36 tasks, 11 of 11 groups of tasks.
    expect(ratio('D6')).toEqual(['f', '=IF(B6=0,"",C6/B6)', 11 / 21, '0.0%']);
    expect(ratio('D10')).toEqual(['f', '=IF(B10=0,"",C10/B10)', 17 / 36, '0.0%']);
    expect(ratio('D11')).toEqual(['f', '=IF(B11=0,"",C11/B11)', 1, '0.0%']);
    expect(ratio('H6')).toEqual(['f', '=IF(F6=0,"",G6/F6)', 0.5, '0.0%']);
    // Xã hội số has nothing due: 0/0 is left empty, which Python reads as None.
    expect(ratio('H8')).toEqual(['f', '=IF(F8=0,"",G8/F8)', null, '0.0%']);
    // The change against the previous period is a formula over the two ratios, in percentage points.
    expect(ratio('Q6')).toEqual([
      'f',
      '=IF(OR(D6="",L6=""),"",(D6-L6)*100)',
      4.76190476190476,
      '+0.0;-0.0;0.0',
    ]);
  });

  it('reads the whole first pillar row: counts as numbers, ratios and changes as formulas', () => {
    expect(
      (sheetOf(fixture, 'Tổng hợp').rows['5'] ?? []).map((cell) =>
        cell.data_type === 'f' ? [cell.formula, cell.cached] : cell.value,
      ),
    ).toEqual([
      'Nhiệm vụ chung',
      11,
      11,
      ['=IF(B5=0,"",C5/B5)', 1],
      4,
      3,
      3,
      ['=IF(F5=0,"",G5/F5)', 1],
      0,
      11,
      11,
      ['=IF(J5=0,"",K5/J5)', 1],
      3,
      0,
      ['=B5-J5', 0],
      ['=C5-K5', 0],
      ['=IF(OR(D5="",L5=""),"",(D5-L5)*100)', 0],
      ['=E5-M5', 1],
      ['=I5-N5', 0],
    ]);
  });

  it('reads task deadlines and completion days as dates shown d/m/yyyy', () => {
    // CHUNG-01: due 31/3/2024, done 20/3/2024.
    for (const [coordinate, iso] of [
      ['D5', '2024-03-31T00:00:00'],
      ['H5', '2024-03-20T00:00:00'],
    ] as const) {
      const cell = cellOf(fixture, 'Nhiệm vụ', coordinate);
      expect(
        [cell.data_type, cell.python_type, cell.is_date, cell.value, cell.number_format],
        coordinate,
      ).toEqual(['d', 'datetime', true, iso, 'd/m/yyyy']);
    }
  });

  it('prints every sheet on A4 landscape, one page wide, repeating the header row', () => {
    for (const found of fixture.sheets) {
      expect(found.print, found.title).toEqual({
        orientation: 'landscape',
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        print_title_rows: '$4:$4',
        print_title_cols: null,
      });
    }
  });

  it('finds a red-yellow-green colour scale on each ratio column, and nowhere else', () => {
    expect(
      fixture.sheets.map((found) =>
        found.conditional_formatting.map((formatting) => formatting.range),
      ),
    ).toEqual([
      ['D5:D8', 'H5:H8', 'L5:L8'],
      [],
      ['E5:E14', 'I5:I14', 'K5:K14', 'P5:P14', 'T5:T14', 'X5:X14', 'AB5:AB14'],
      ['F5:F32', 'G5:G32'],
      [],
    ]);
    expect(sheetOf(fixture, 'Tổng hợp').conditional_formatting[1]?.rules).toEqual([
      {
        type: 'colorScale',
        priority: 2,
        color_scale: {
          cfvo: [
            { type: 'num', val: 0 },
            { type: 'num', val: 0.5 },
            { type: 'num', val: 1 },
          ],
          color: ['FFF8696B', 'FFFFEB84', 'FF63BE7B'],
        },
      },
    ]);
  });

  it('reads text that looks like a formula as text, never as a formula', () => {
    const text = (coordinate: string) => {
      const cell = cellOf(hostile, 'Nhiệm vụ', coordinate);
      return [cell.data_type, cell.python_type, cell.formula, cell.value, cell.cached];
    };
    expect(text('B5')).toEqual([
      's',
      'str',
      null,
      '=HYPERLINK("http://example.com","Bấm vào đây")',
      '=HYPERLINK("http://example.com","Bấm vào đây")',
    ]);
    expect(text('M5')).toEqual(['s', 'str', null, "=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0"]);
    expect(text('N5')).toEqual(['s', 'str', null, '+1+2', '+1+2']);
    expect(text('P5')).toEqual(['s', 'str', null, '-2+3\n@SUM(A1:A2)', '-2+3\n@SUM(A1:A2)']);
    expect(
      (sheetOf(hostile, 'Nhiệm vụ').rows['5'] ?? []).filter((cell) => cell.data_type === 'f'),
    ).toEqual([]);
  });

  it('fails the reading when openpyxl warns about the file', async () => {
    // The same workbook with one part openpyxl does not know (an unknown extension
    // on the first sheet): the check above only means something if this fails.
    const entries = readZip(await readFile(join(folder, 'fixture.xlsx'))).map(({ name, text }) =>
      name === 'xl/worksheets/sheet1.xml'
        ? {
            name,
            text: text.replace(
              '</worksheet>',
              '<extLst><ext uri="{00000000-0000-0000-0000-000000000000}"/></extLst></worksheet>',
            ),
          }
        : { name, text },
    );
    expect(entries.map((entry) => entry.name)).toContain('xl/worksheets/sheet1.xml');
    await writeFile(join(folder, 'warned.xlsx'), zipWithCrc(entries));
    await expect(
      readWithOpenpyxl(python ?? 'python3', join(folder, 'warned.xlsx')),
    ).rejects.toThrow('extension is not supported and will be removed');
    // Unchanged but stored rather than deflated, the workbook reads without complaint.
    await writeFile(
      join(folder, 'stored.xlsx'),
      zipWithCrc(readZip(await readFile(join(folder, 'fixture.xlsx')))),
    );
    expect(
      (await readWithOpenpyxl(python ?? 'python3', join(folder, 'stored.xlsx'))).sheets.map(
        (found) => found.title,
      ),
    ).toEqual(SHEETS);
  });
});
