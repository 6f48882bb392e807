/** Reading a rendered workbook back with exceljs, cell by cell. */
import ExcelJS from 'exceljs';
import type { Cell, CellValue, ConditionalFormattingOptions, Row, Worksheet } from 'exceljs';
import type { ReportModel } from '../../../src/compute/report-model.js';
import { renderXlsx } from '../../../src/render/xlsx/render-xlsx.js';

/** Parses .xlsx bytes as Excel would open them. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer; a copy gives one of exactly the file's length.
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

/** Renders a model and reads the workbook back. */
export async function renderAndLoad(model: ReportModel): Promise<ExcelJS.Workbook> {
  return loadWorkbook((await renderXlsx(model)).bytes);
}

/** A sheet by name, failing the test when it is missing. */
export function sheet(workbook: ExcelJS.Workbook, name: string): Worksheet {
  const found = workbook.getWorksheet(name);
  if (found === undefined) throw new Error(`No sheet "${name}"`);
  return found;
}

/**
 * What a cell holds; a formula as `{ formula, result }` with the cached result
 * read directly, because exceljs's `value` drops a falsy result (0 or "").
 */
export function cellContent(cell: Cell): CellValue {
  return cell.type === ExcelJS.ValueType.Formula
    ? { formula: cell.formula, result: cell.result }
    : cell.value;
}

/** The contents of the first `count` cells of a row (empty cells are null). */
export function rowValues(row: Row, count: number): CellValue[] {
  return Array.from({ length: count }, (_, index) => cellContent(row.getCell(index + 1)));
}

/** The rows of a sheet from `first` to its last row, as value arrays of `count` cells. */
export function tableValues(worksheet: Worksheet, first: number, count: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let number = first; number <= worksheet.rowCount; number++) {
    rows.push(rowValues(worksheet.getRow(number), count));
  }
  return rows;
}

/** A Date at 00:00 UTC, the way the workbook stores days. */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** The conditional formattings exceljs read (a field its type declarations leave out). */
export function conditionalFormattings(worksheet: Worksheet): ConditionalFormattingOptions[] {
  return (worksheet as Worksheet & { conditionalFormattings: ConditionalFormattingOptions[] })
    .conditionalFormattings;
}
