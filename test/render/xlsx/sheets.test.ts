/**
 * The figures of each sheet, read back cell by cell: counts as numbers, ratios
 * as formulas over the counts beside them with the model's value cached, days
 * as dates, and the overdue rows filled.
 */
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_MODEL } from '../../fixtures/report-model.js';
import { day, renderAndLoad, rowValues, sheet, tableValues } from './read-back.js';

let workbook: ExcelJS.Workbook;
beforeAll(async () => {
  workbook = await renderAndLoad(REPORT_MODEL);
});

/** True for a cell with a solid fill (exceljs reads unfilled cells as pattern 'none'). */
function isFilled(cell: ExcelJS.Cell): boolean {
  return cell.fill.type === 'pattern' && cell.fill.pattern === 'solid';
}

/** The row whose first cell is `key`. */
function rowOf(worksheet: Worksheet, key: string): ExcelJS.Row {
  for (let number = 5; number <= worksheet.rowCount; number++) {
    if (worksheet.getRow(number).getCell(1).value === key) return worksheet.getRow(number);
  }
  throw new Error(`No row "${key}" in ${worksheet.name}`);
}

const NO_COMPARISON = Array.from({ length: 10 }, () => null);

describe('Tổng hợp', () => {
  it('gives the chính quyền số row: 11/21 implemented, as a formula over B6 and C6', () => {
    const summary = sheet(workbook, 'Tổng hợp');
    expect(rowValues(summary.getRow(6), 19)).toEqual([
      'Chính quyền số',
      21,
      11,
      { formula: 'IF(B6=0,"",C6/B6)', result: 11 / 21 },
      5,
      8,
      4,
      { formula: 'IF(F6=0,"",G6/F6)', result: 4 / 8 },
      4,
      21,
      10,
      { formula: 'IF(J6=0,"",K6/J6)', result: 10 / 21 },
      3,
      3,
      { formula: 'B6-J6', result: 0 },
      { formula: 'C6-K6', result: 1 },
      // In percentage points: 11/21 − 10/21 = 4,8 points.
      { formula: 'IF(OR(D6="",L6=""),"",(D6-L6)*100)', result: 4.76190476190476 },
      { formula: 'E6-M6', result: 2 },
      { formula: 'I6-N6', result: 1 },
    ]);
    expect(summary.getCell('B6').type).toBe(ExcelJS.ValueType.Number);
    expect(summary.getCell('D6').type).toBe(ExcelJS.ValueType.Formula);
    expect(summary.getCell('B6').numFmt).toBe('#,##0');
    expect(summary.getCell('D6').numFmt).toBe('0.0%');
    expect(summary.getCell('P6').numFmt).toBe('+#,##0;-#,##0;0');
    expect(summary.getCell('Q6').numFmt).toBe('+0.0;-0.0;0.0');
  });

  it('lists the pillars in report order, then the totals of tasks and of groups of tasks in bold below the table', () => {
    const summary = sheet(workbook, 'Tổng hợp');
    expect(tableValues(summary, 5, 4)).toEqual([
      ['Nhiệm vụ chung', 11, 11, { formula: 'IF(B5=0,"",C5/B5)', result: 1 }],
      ['Chính quyền số', 21, 11, { formula: 'IF(B6=0,"",C6/B6)', result: 11 / 21 }],
      ['Kinh tế số', 9, 5, { formula: 'IF(B7=0,"",C7/B7)', result: 5 / 9 }],
      ['Xã hội số', 6, 1, { formula: 'IF(B8=0,"",C8/B8)', result: 1 / 6 }],
      [null, null, null, null],
      // Kept apart as the briefing keeps them: never "Tổng cộng 47" adding 11 groups to 36 tasks.
      ['Cộng nhiệm vụ', 36, 17, { formula: 'IF(B10=0,"",C10/B10)', result: 17 / 36 }],
      ['Cộng nhóm nhiệm vụ', 11, 11, { formula: 'IF(B11=0,"",C11/B11)', result: 1 }],
    ]);
    for (const cell of ['A10', 'D10', 'A11', 'D11'])
      expect(summary.getCell(cell).font, cell).toEqual({ bold: true });
    expect(summary.getCell('A8').font.bold).toBeUndefined();
  });

  it('keeps one "Tổng cộng" row, and Đơn vị its columns, when the dataset has no groups of tasks', async () => {
    const without = await renderAndLoad({
      ...REPORT_MODEL,
      totalsApart: null,
      plans: REPORT_MODEL.plans.map((plan) => ({ ...plan, figuresApart: null })),
      agencyResults: REPORT_MODEL.agencyResults.map((row) => ({ ...row, figuresApart: null })),
    });
    expect(tableValues(sheet(without, 'Tổng hợp'), 10, 3)).toEqual([['Tổng cộng', 47, 28]]);
    const agencies = sheet(without, 'Đơn vị');
    expect(agencies.getRow(4).cellCount).toBe(27);
    expect(rowValues(rowOf(agencies, 'Sở Thông tin và Truyền thông'), 4)).toEqual([
      'Sở Thông tin và Truyền thông',
      'Sở, ban, ngành',
      14,
      9,
    ]);
  });

  it('leaves a 0/0 ratio empty rather than dividing by zero', () => {
    // Xã hội số: nothing due on D. The file caches "" (t="str", <v></v>), which exceljs reads
    // as no result; the LibreOffice check shows the cell empty.
    const ratio = sheet(workbook, 'Tổng hợp').getCell('H8');
    expect(rowValues(sheet(workbook, 'Tổng hợp').getRow(8), 7).slice(5)).toEqual([0, 0]);
    expect({ formula: ratio.formula, result: ratio.result }).toEqual({
      formula: 'IF(F8=0,"",G8/F8)',
      result: undefined,
    });
  });
});

describe('Nhiệm vụ', () => {
  it('writes one row per task, in the model order', () => {
    const tasks = sheet(workbook, 'Nhiệm vụ');
    expect(tableValues(tasks, 5, 1).map(([id]) => id)).toEqual(
      REPORT_MODEL.tasks.map((task) => task.id),
    );
  });

  it('fills every cell of an overdue task and only those', () => {
    const tasks = sheet(workbook, 'Nhiệm vụ');
    const row = rowOf(tasks, 'CQS-05');
    expect(rowValues(row, 16)).toEqual([
      'CQS-05',
      'Xây dựng nền tảng tích hợp, chia sẻ dữ liệu (LGSP) phiên bản mới',
      'Sở Thông tin và Truyền thông',
      day('2024-05-31'),
      'Có thời hạn',
      'Đang triển khai',
      0.7,
      null,
      'Quá hạn',
      'Chính quyền số',
      '1982/QĐ-UBND',
      null,
      null,
      null,
      null,
      'Thiếu kinh phí triển khai',
    ]);
    const overdueFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
    for (let column = 1; column <= 16; column++)
      expect(row.getCell(column).fill).toEqual(overdueFill);
    const filled = tableValues(tasks, 5, 1)
      .filter((_, index) => isFilled(tasks.getRow(5 + index).getCell(1)))
      .map(([id]) => id);
    expect(filled).toEqual(['CQS-05', 'CQS-06', 'CQS-08', 'CQS-09', 'KTS-02', 'KTS-03']);
  });

  it('stores progress as a ratio on the scale of every other ratio, shown 70,0%', () => {
    const tasks = sheet(workbook, 'Nhiệm vụ');
    expect(tasks.getRow(4).getCell(7).value).toBe('Tiến độ');
    const cell = rowOf(tasks, 'CQS-05').getCell(7);
    expect([cell.value, cell.numFmt]).toEqual([0.7, '0.0%']);
  });

  it('stores deadlines and completion days as dates shown d/m/yyyy', () => {
    const row = rowOf(sheet(workbook, 'Nhiệm vụ'), 'CHUNG-03');
    expect(rowValues(row, 9).slice(3)).toEqual([
      day('2024-05-31'),
      'Có thời hạn',
      'Hoàn thành',
      1,
      day('2024-06-12'),
      'Hoàn thành trễ hạn',
    ]);
    expect(row.getCell(4).type).toBe(ExcelJS.ValueType.Date);
    expect(row.getCell(4).numFmt).toBe('d/m/yyyy');
    expect(row.getCell(8).numFmt).toBe('d/m/yyyy');
  });

  it('keeps the deadline column for days only, and words ongoing and missing deadlines beside it', () => {
    const tasks = sheet(workbook, 'Nhiệm vụ');
    expect(rowValues(rowOf(tasks, 'CHUNG-05'), 5).slice(3)).toEqual([null, 'Thường xuyên']);
    expect(rowValues(rowOf(tasks, 'KTS-08'), 5).slice(3)).toEqual([null, 'Không có thời hạn']);
  });

  it('names the original lead of a transferred task, the last note and the plan', () => {
    const tasks = sheet(workbook, 'Nhiệm vụ');
    const transferred = rowOf(tasks, 'CQS-12');
    expect([transferred.getCell(3).value, transferred.getCell(12).value]).toEqual([
      'Sở Thông tin và Truyền thông',
      'Trung tâm Giám sát, điều hành đô thị thông minh',
    ]);
    expect(rowOf(tasks, 'CQS-07').getCell(14).value).toBe('Đã hoàn thành khảo sát hiện trạng');
    expect(rowOf(tasks, 'CQS-16').getCell(11).value).toBe('35/KH-UBND');
  });

  it('keeps a title with a line break and a pipe as written, wrapped', () => {
    const cell = rowOf(sheet(workbook, 'Nhiệm vụ'), 'CQS-11').getCell(2);
    expect(cell.value).toBe('Nâng cấp Cổng dịch vụ công | Hệ thống một cửa\nđiện tử tỉnh');
    expect(cell.alignment).toEqual({ vertical: 'top', wrapText: true });
  });

  it('words every status and assessment', () => {
    const tasks = sheet(workbook, 'Nhiệm vụ');
    const words = (id: string) => [
      rowOf(tasks, id).getCell(6).value,
      rowOf(tasks, id).getCell(9).value,
    ];
    expect(['CHUNG-01', 'CHUNG-04', 'CHUNG-05', 'CQS-14', 'KTS-10'].map(words)).toEqual([
      ['Hoàn thành', 'Hoàn thành đúng hạn'],
      ['Hoàn thành', 'Hoàn thành trước hạn'],
      ['Đang triển khai', 'Đang thực hiện trong hạn'],
      ['Chưa triển khai', 'Chưa triển khai'],
      ['Dừng thực hiện', 'Dừng thực hiện'],
    ]);
  });
});

describe('Đơn vị', () => {
  it('gives an agency its counts, ratios, index, grade, rank and index change, its groups of tasks apart', () => {
    const agencies = sheet(workbook, 'Đơn vị');
    const row = rowOf(agencies, 'Sở Thông tin và Truyền thông');
    expect(row.number).toBe(8);
    expect(rowValues(row, 35)).toEqual([
      'Sở Thông tin và Truyền thông',
      'Sở, ban, ngành',
      // Its 11 tasks: never 14, adding its 3 groups of tasks.
      11,
      6,
      { formula: 'IF(C8=0,"",D8/C8)', result: 6 / 11 },
      3,
      3,
      1,
      { formula: 'IF(G8=0,"",H8/G8)', result: 1 / 3 },
      2,
      { formula: 'IF(O8=0,"",N8/O8)', result: 352 / 400 },
      'Tốt',
      1,
      352,
      400,
      337 / 400,
      { formula: 'IF(OR(K8="",P8=""),"",(K8-P8)*100)', result: 3.75 },
      // Its 3 groups of tasks, in columns of their own.
      3,
      3,
      { formula: 'IF(R8=0,"",S8/R8)', result: 1 },
      2,
      1,
      1,
      { formula: 'IF(V8=0,"",W8/V8)', result: 1 },
      0,
      ...NO_COMPARISON,
    ]);
    expect(agencies.getCell('P8').numFmt).toBe('0.0%');
    expect(agencies.getCell('Q8').numFmt).toBe('+0.0;-0.0;0.0');
  });

  it('leaves the index empty for an agency that did not file, and the rank for an unranked one', () => {
    const agencies = sheet(workbook, 'Đơn vị');
    expect(rowValues(rowOf(agencies, 'Sở Y tế'), 17).slice(10)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(rowValues(rowOf(agencies, 'Ban Quản lý Khu kinh tế tỉnh'), 17).slice(10)).toEqual([
      { formula: 'IF(O5=0,"",N5/O5)', result: 230 / 400 },
      'Trung bình',
      null,
      230,
      400,
      null,
      null,
    ]);
  });

  it('fills the agencies with overdue tasks', () => {
    const agencies = sheet(workbook, 'Đơn vị');
    const filled = tableValues(agencies, 5, 1)
      .filter((_, index) => isFilled(agencies.getRow(5 + index).getCell(1)))
      .map(([name]) => name);
    expect(filled).toEqual([
      'Sở Công Thương',
      'Sở Thông tin và Truyền thông',
      'Văn phòng UBND tỉnh',
      'UBND thành phố Đông Hà',
    ]);
  });
});

describe('Chỉ số', () => {
  it('shows points with a number format: whole points #,##0', () => {
    const cells = sheet(workbook, 'Chỉ số').getRow(5);
    expect([cells.getCell(4).numFmt, cells.getCell(5).numFmt]).toEqual(['#,##0', '#,##0']);
  });

  it('writes a row per agency and component, with the previous period and the change', () => {
    const index = sheet(workbook, 'Chỉ số');
    const rows = tableValues(index, 5, 8);
    expect(rows).toHaveLength(7 * 4);
    expect(rows[0]).toEqual([
      'Sở Thông tin và Truyền thông',
      'Sở, ban, ngành',
      'Nhận thức số',
      92,
      100,
      { formula: 'IF(E5=0,"",D5/E5)', result: 0.92 },
      0.85,
      { formula: 'IF(OR(F5="",G5=""),"",(F5-G5)*100)', result: 7 },
    ]);
    // Sở Công Thương filed no assessment for 2023-H2.
    expect(rows[4]).toEqual([
      'Sở Công Thương',
      'Sở, ban, ngành',
      'Nhận thức số',
      78,
      100,
      { formula: 'IF(E9=0,"",D9/E9)', result: 0.78 },
      null,
      null,
    ]);
    expect(rows.map((row) => row[2]).slice(0, 4)).toEqual([
      'Nhận thức số',
      'Thể chế số',
      'Hạ tầng số',
      'Nhân lực số',
    ]);
  });
});

describe('Khó khăn - Đề xuất', () => {
  it('lists difficulties then proposals, one row per text and agency, with its sources', () => {
    const ED = ['Sở Giáo dục và Đào tạo', 'Sở, ban, ngành'];
    const TT = ['Sở Thông tin và Truyền thông', 'Sở, ban, ngành'];
    expect(tableValues(sheet(workbook, 'Khó khăn - Đề xuất'), 5, 5)).toEqual([
      [
        'Khó khăn',
        'Nguồn nhân lực tham mưu chuyển đổi số chủ yếu là kiêm nhiệm',
        ...ED,
        'Tự đánh giá 2024-H1',
      ],
      [
        'Khó khăn',
        'Nguồn nhân lực tham mưu chuyển đổi số chủ yếu là kiêm nhiệm',
        'UBND huyện Cam Lộ',
        'UBND cấp huyện',
        'Tự đánh giá 2024-H1',
      ],
      ['Khó khăn', 'Thiếu kinh phí triển khai', ...TT, 'Nhiệm vụ CQS-05; Nhiệm vụ CQS-07'],
      [
        'Khó khăn',
        'Chưa có nhiều doanh nghiệp công nghệ số trên địa bàn',
        'Sở Công Thương',
        'Sở, ban, ngành',
        'Nhiệm vụ KTS-02; Tự đánh giá 2024-H1',
      ],
      ['Đề xuất', 'Đề nghị tổ chức đào tạo kỹ năng số cho cán bộ', ...ED, 'Tự đánh giá 2024-H1'],
      [
        'Đề xuất',
        'Đề nghị tổ chức đào tạo kỹ năng số cho cán bộ',
        'UBND thành phố Đông Hà',
        'UBND cấp huyện',
        'Tự đánh giá 2024-H1',
      ],
      [
        'Đề xuất',
        'Đề nghị bố trí kinh phí xây dựng kho dữ liệu dùng chung',
        ...TT,
        'Tự đánh giá 2024-H1',
      ],
    ]);
  });
});
