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
    expect(summary.getCell('A2').value).toBe('Số liệu tính đến ngày 30/6/2024');
    expect(summary.getRow(4).cellCount).toBe(9);
  });

  it('shows 0/0 as 0, 0 and an empty ratio', () => {
    expect(rowValues(sheet(workbook, 'Tổng hợp').getRow(10), 4)).toEqual([
      'Tổng cộng',
      0,
      0,
      { formula: 'IF(B10=0,"",C10/B10)', result: undefined },
    ]);
  });

  it('leaves out the sheets that would be empty, keeping the summary and its table', () => {
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(['Tổng hợp']);
    expect(sheet(workbook, 'Tổng hợp').views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(conditionalFormattings(sheet(workbook, 'Tổng hợp')).length).toBe(2);
  });
});
