/**
 * The workbook of the fixture model read back with exceljs: sheets, titles,
 * headers, document properties and the spreadsheet behaviour every table
 * shares (frozen header, autofilter, widths, colour scales, print setup).
 */
import type ExcelJS from 'exceljs';
import type { TaskRow } from '../../../src/compute/report-model.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderXlsx } from '../../../src/render/xlsx/render-xlsx.js';
import { DOCUMENT_MODEL, UNNUMBERED_MODEL } from '../../fixtures/document-model.js';
import { REPORT_MODEL } from '../../fixtures/report-model.js';
import { conditionalFormattings, loadWorkbook, rowValues, sheet } from './read-back.js';
import { entryText, readZip } from '../../helpers/zip-reader.js';

const SHEETS = ['Tổng hợp', 'Nhiệm vụ', 'Đơn vị', 'Chỉ số', 'Khó khăn - Đề xuất'];
const AS_OF =
  'Số liệu tính đến ngày 30/6/2024; kỳ trước: 6 tháng cuối năm 2023 (số liệu tính đến ngày 31/12/2023)';

let workbook: ExcelJS.Workbook;
beforeAll(async () => {
  workbook = await loadWorkbook((await renderXlsx(REPORT_MODEL)).bytes);
});

describe('the workbook', () => {
  it('is named after the period', async () => {
    expect((await renderXlsx(REPORT_MODEL)).name).toBe('bao-cao-cds-2024-H1.xlsx');
  });

  it('has the five sheets, in order', () => {
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(SHEETS);
  });

  it('carries title, organisation and the report date as its properties', () => {
    expect({
      title: workbook.title,
      creator: workbook.creator,
      lastModifiedBy: workbook.lastModifiedBy,
      company: workbook.company,
      created: workbook.created.toISOString(),
      modified: workbook.modified.toISOString(),
    }).toEqual({
      title: 'Kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024',
      creator: 'Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị',
      lastModifiedBy: 'Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị',
      company: 'Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị',
      created: '2024-06-30T00:00:00.000Z',
      modified: '2024-06-30T00:00:00.000Z',
    });
  });
});

describe('every sheet', () => {
  it('opens with the organisation, the period and D', () => {
    const subjects = [
      'Tổng hợp kết quả thực hiện nhiệm vụ',
      'Danh sách nhiệm vụ',
      'Kết quả thực hiện nhiệm vụ và chỉ số chuyển đổi số theo đơn vị',
      'Chỉ số chuyển đổi số theo đơn vị và chỉ số thành phần',
      'Khó khăn, vướng mắc và đề xuất',
    ];
    expect(SHEETS.map((name) => sheet(workbook, name).getCell('A1').value)).toEqual(
      subjects.map(
        (subject) => `Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị — ${subject} 6 tháng đầu năm 2024`,
      ),
    );
    expect(SHEETS.map((name) => sheet(workbook, name).getCell('A2').value)).toEqual(
      SHEETS.map(() => AS_OF),
    );
    expect(sheet(workbook, 'Tổng hợp').getCell('A1').font).toEqual({ bold: true, size: 13 });
  });

  it('has a blank row under the title, then a bold header row on row 4, frozen, repeated on printed pages', () => {
    for (const name of SHEETS) {
      const worksheet = sheet(workbook, name);
      expect(worksheet.getRow(3).getCell(1).value, name).toBeNull();
      const header = worksheet.getRow(4);
      expect(header.getCell(1).font, name).toEqual({ bold: true });
      // The task list keeps its id and title in view when scrolled right.
      const tasks = name === 'Nhiệm vụ';
      expect(worksheet.views[0], name).toMatchObject({
        state: 'frozen',
        xSplit: tasks ? 2 : 0,
        ySplit: 4,
        topLeftCell: tasks ? 'C5' : 'A5',
      });
      expect(worksheet.pageSetup, name).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '4:4',
      });
      expect(worksheet.headerFooter.oddFooter, name).toBe('&CTrang &P/&N');
    }
  });

  it('prints the columns a reader needs; the comparison and the details stay on screen', () => {
    const printArea = (name: string) => sheet(workbook, name).pageSetup.printArea ?? null;
    expect(SHEETS.map(printArea)).toEqual(['A1:I11', 'A1:I52', 'A1:M14', null, null]);
  });

  it('gives a row whose text wraps the height of its lines', () => {
    const tasks = sheet(workbook, 'Nhiệm vụ');
    // CQS-11's title has a line break: two lines, drawn within its own row.
    const row = tasks.getRow(5 + REPORT_MODEL.tasks.findIndex((task) => task.id === 'CQS-11'));
    expect(row.height).toBe(32);
    expect(tasks.getRow(5).height ?? 15).toBeLessThanOrEqual(15);
  });

  it('holds its data as a named Excel Table from the header to the last data row, totals outside', async () => {
    const entries = readZip((await renderXlsx(REPORT_MODEL)).bytes);
    const tables = [1, 2, 3, 4, 5].map((n) => {
      const xml = entryText(entries, `xl/tables/table${n}.xml`);
      return `${/name="(\w+)"/.exec(xml)?.[1]} ${/ref="([A-Z0-9:]+)"/.exec(xml)?.[1]}`;
    });
    expect(tables).toEqual([
      'tblTongHop A4:S8',
      'tblNhiemVu A4:P52',
      'tblDonVi A4:AI14',
      'tblChiSo A4:H32',
      'tblKhoKhanDeXuat A4:E11',
    ]);
    // The table's own filter, not the sheet's (which Excel would refuse beside a table).
    expect(SHEETS.map((name) => sheet(workbook, name).autoFilter ?? null)).toEqual(
      SHEETS.map(() => null),
    );
    expect(entryText(entries, 'xl/worksheets/sheet1.xml')).toContain(
      '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>',
    );
    expect(entryText(entries, '[Content_Types].xml')).toContain(
      '<Override PartName="/xl/tables/table5.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>',
    );
  });

  it('fits column widths to the content, at most 60 characters, wrapping long text', () => {
    const tasks = sheet(workbook, 'Nhiệm vụ');
    // "CHUNG-01" is the longest id (8), plus 3 for margins and the filter button.
    expect(tasks.getColumn(1).width).toBe(11);
    const longestTitle = Math.max(
      ...REPORT_MODEL.tasks.flatMap((task) => task.title.split('\n')).map((line) => line.length),
    );
    expect(tasks.getColumn(2).width).toBe(Math.min(60, longestTitle + 3));
    expect(tasks.getCell('B5').alignment).toEqual({ vertical: 'top', wrapText: true });
    expect(tasks.getCell('A5').alignment).toEqual({ vertical: 'top' });
    for (const name of SHEETS) {
      const worksheet = sheet(workbook, name);
      for (let column = 1; column <= worksheet.columnCount; column++) {
        // exceljs leaves out a width of 9, its default, and reads it back as undefined.
        const width = worksheet.getColumn(column).width ?? 9;
        expect(width, `${name} column ${column}`).toBeGreaterThanOrEqual(6);
        expect(width, `${name} column ${column}`).toBeLessThanOrEqual(60);
      }
    }
  });

  it('puts a red-yellow-green colour scale on each ratio column', () => {
    const scale = {
      type: 'colorScale',
      cfvo: [
        { type: 'num', value: 0 },
        { type: 'num', value: 0.5 },
        { type: 'num', value: 1 },
      ],
      color: [{ argb: 'FFF8696B' }, { argb: 'FFFFEB84' }, { argb: 'FF63BE7B' }],
    };
    const ranges = (name: string) =>
      conditionalFormattings(sheet(workbook, name)).map((formatting) => formatting.ref);
    expect(ranges('Tổng hợp')).toEqual(['D5:D8', 'H5:H8', 'L5:L8']);
    expect(ranges('Nhiệm vụ')).toEqual([]);
    expect(ranges('Đơn vị')).toEqual([
      'E5:E14',
      'I5:I14',
      'K5:K14',
      'P5:P14',
      'T5:T14',
      'X5:X14',
      'AB5:AB14',
    ]);
    expect(ranges('Chỉ số')).toEqual(['F5:F32', 'G5:G32']);
    expect(conditionalFormattings(sheet(workbook, 'Tổng hợp'))[1]?.rules).toEqual([
      { ...scale, priority: 2 },
    ]);
  });
});

describe('header cells', () => {
  const headers = (name: string) => {
    const worksheet = sheet(workbook, name);
    return rowValues(worksheet.getRow(4), worksheet.getRow(4).cellCount);
  };

  it('name the columns of each table in Vietnamese', () => {
    const counts = [
      'Giao',
      'Đã triển khai',
      'Tỷ lệ triển khai',
      'Hoàn thành',
      'Đến hạn',
      'Đến hạn đã hoàn thành',
    ];
    const comparison = [
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
    ];
    const ratios = [...counts, 'Tỷ lệ hoàn thành đến hạn', 'Quá hạn'];
    expect(headers('Tổng hợp')).toEqual(['Trụ cột', ...ratios, ...comparison]);
    expect(headers('Nhiệm vụ')).toEqual([
      'Mã',
      'Tên nhiệm vụ',
      'Đơn vị chủ trì',
      'Thời hạn',
      'Loại thời hạn',
      'Trạng thái tại ngày 30/6/2024',
      'Tiến độ',
      'Ngày hoàn thành',
      'Đánh giá',
      'Trụ cột',
      'Kế hoạch',
      'Đơn vị chủ trì ban đầu (đã chuyển giao)',
      'Đơn vị phối hợp',
      'Ghi chú gần nhất',
      'Minh chứng',
      'Khó khăn, vướng mắc',
    ]);
    expect(headers('Đơn vị')).toEqual([
      'Đơn vị',
      'Khối',
      ...ratios,
      'Chỉ số',
      'Xếp loại',
      'Xếp hạng trong khối',
      'Điểm chỉ số',
      'Điểm tối đa',
      'Chỉ số kỳ trước',
      'Tăng/giảm chỉ số (điểm phần trăm)',
      // The groups of tasks in columns of their own (the sheet's task columns count tasks).
      'Nhóm nhiệm vụ: giao',
      'Nhóm nhiệm vụ: đã triển khai',
      'Nhóm nhiệm vụ: tỷ lệ triển khai',
      'Nhóm nhiệm vụ: hoàn thành',
      'Nhóm nhiệm vụ: đến hạn',
      'Nhóm nhiệm vụ: đến hạn đã hoàn thành',
      'Nhóm nhiệm vụ: tỷ lệ hoàn thành đến hạn',
      'Nhóm nhiệm vụ: quá hạn',
      ...comparison,
    ]);
    expect(headers('Chỉ số')).toEqual([
      'Đơn vị',
      'Khối',
      'Chỉ số thành phần',
      'Điểm',
      'Điểm tối đa',
      'Tỷ lệ',
      'Tỷ lệ kỳ trước',
      'Tăng/giảm (điểm phần trăm)',
    ]);
    expect(headers('Khó khăn - Đề xuất')).toEqual(['Loại', 'Nội dung', 'Đơn vị', 'Khối', 'Nguồn']);
  });
});

describe('limits', () => {
  it('refuses a task list longer than a worksheet holds rather than write a broken file', async () => {
    const task = REPORT_MODEL.tasks[0] as TaskRow;
    const tasks = Array.from({ length: 1_048_576 - 3 }, () => task);
    await expect(renderXlsx({ ...REPORT_MODEL, tasks })).rejects.toThrow(
      'The sheet "Nhiệm vụ" would need 1048577 rows; Excel holds 1048576',
    );
  });
});

describe('the workbook of a numbered briefing (document:)', () => {
  it('names the briefing it goes with above every table', async () => {
    const numbered = await loadWorkbook((await renderXlsx(DOCUMENT_MODEL)).bytes);
    const unnumbered = await loadWorkbook((await renderXlsx(UNNUMBERED_MODEL)).bytes);
    expect(numbered.worksheets.map((worksheet) => worksheet.getCell('A2').value)).toEqual(
      SHEETS.map(() => `Kèm theo Báo cáo số 125/BC-BCĐ; s${AS_OF.slice(1)}`),
    );
    expect(sheet(unnumbered, 'Tổng hợp').getCell('A2').value).toBe(
      `Kèm theo Báo cáo số      /BC-BCĐ; s${AS_OF.slice(1)}`,
    );
  });
});
