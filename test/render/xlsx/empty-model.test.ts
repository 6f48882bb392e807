/** A first report (nothing assigned, nothing to compare with) still gives whole, filterable tables. */
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_MODEL } from './edge-models.js';
import { conditionalFormattings, renderAndLoad, rowValues, sheet } from './read-back.js';

let workbook: ExcelJS.Workbook;
beforeAll(async () => {
  workbook = await renderAndLoad(EMPTY_MODEL);
});

describe('a workbook with nothing to report', () => {
  it('names only D when there is no comparison period, and drops the comparison columns', () => {
    const summary = sheet(workbook, 'Tổng hợp');
    expect(summary.getCell('A2').value).toBe('Số liệu tính đến ngày 30/06/2024');
    expect(summary.getRow(3).cellCount).toBe(9);
    expect(sheet(workbook, 'Đơn vị').getRow(3).cellCount).toBe(17);
  });

  it('shows 0/0 as 0, 0 and an empty ratio', () => {
    expect(rowValues(sheet(workbook, 'Tổng hợp').getRow(8), 4)).toEqual([
      'Tổng cộng',
      0,
      0,
      { formula: 'IF(B8=0,"",C8/B8)', result: undefined },
    ]);
  });

  it('keeps the header, its filter and its frozen pane on empty tables', () => {
    expect(
      ['Nhiệm vụ', 'Đơn vị', 'Chỉ số', 'Khó khăn - Đề xuất'].map(
        (name) => sheet(workbook, name).autoFilter,
      ),
    ).toEqual(['A3:O3', 'A3:Q3', 'A3:H3', 'A3:D3']);
    expect(sheet(workbook, 'Nhiệm vụ').rowCount).toBe(3);
    expect(sheet(workbook, 'Nhiệm vụ').views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(conditionalFormattings(sheet(workbook, 'Đơn vị'))).toEqual([]);
  });
});
