/**
 * One worksheet holding one table, written row by row through exceljs's
 * streaming writer: title lines naming the organisation, period and day D, a
 * blank row, then the data as a named Excel Table (a bold header row frozen
 * above the data and repeated on every printed page, a filter over it), any
 * total rows after one more blank row outside the table (so a pivot or a
 * filter never takes them for data), widths fitted to the content, a colour
 * scale on ratio columns, A4 landscape printing one page wide with "Trang 1/3"
 * in the footer.
 */
import type { PaperSize, Worksheet } from 'exceljs';
import type { CellValue } from './cells.js';
import type { ReportWorkbook } from './report-workbook.js';
import { textCell } from './cells.js';
import { columnWidth, textLines, valueWidth, wrappedLines } from './column-width.js';
import type { ColumnKind, RowLook } from './styles.js';
import { columnStyles, HEADER_STYLE, SUBTITLE_STYLE, TITLE_STYLE } from './styles.js';

/** The lines above a table: the organisation and period, then the day the figures are taken. */
export interface SheetTitle {
  heading: string;
  asOf: string;
}

/** The address of a cell of the same row, by column key ("B5"), for formulas. */
export type SameRowCell = (key: string) => string;

export interface Column<Row> {
  /** How formulas of the same row refer to this column. */
  key: string;
  header: string;
  kind: ColumnKind;
  /** The kind of one row's cell where rows differ (an indicator in % beside one in people); `kind` when absent. */
  kindOf?: (row: Row) => ColumnKind;
  value: (row: Row, cell: SameRowCell) => CellValue;
}

export interface TableSheet<Row> {
  name: string;
  /** The Excel Table's name (`tblNhiemVu`): letters, digits and `_`. */
  tableName: string;
  title: SheetTitle;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  /** Rows written in bold after the table and a blank row, outside it (a total); none when absent. */
  totals?: readonly Row[];
  /** How a row stands out (overdue tasks, totals); plain when absent. */
  look?: (row: Row) => RowLook;
  /** Columns frozen at the left beside the header (a task's id and title); none when absent. */
  frozenColumns?: number;
  /**
   * Columns printed, from the left; the rest (comparison with the previous
   * period) stay in the sheet for analysts but out of the printed page, which
   * they would shrink past reading. All when absent.
   */
  printedColumns?: number;
}

/** The header is the row after the two title lines and a blank row (so Excel's automatic range never takes the title); data starts below it. */
export const HEADER_ROW = 4;
/** The print footer: "Trang 1/3". */
const FOOTER = '&CTrang &P/&N';
/** Rows in an Excel worksheet. */
const MAX_ROWS = 1_048_576;
const A4 = 9 as PaperSize;
/** Rows written between two turns of the event loop, so that deflate runs while rows are made. */
const ROWS_PER_TURN = 2_000;
const LINE_HEIGHT = 15;
/** 3-colour scale for ratios: red at 0%, yellow at 50%, green at 100%. */
const RATIO_SCALE = {
  cfvo: [
    { type: 'num' as const, value: 0 },
    { type: 'num' as const, value: 0.5 },
    { type: 'num' as const, value: 1 },
  ],
  color: [{ argb: 'FFF8696B' }, { argb: 'FFFFEB84' }, { argb: 'FF63BE7B' }],
};

/** Excel's column letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

function sameRowCells<Row>(columns: readonly Column<Row>[]): (row: number) => SameRowCell {
  const letters = new Map(columns.map((column, index) => [column.key, columnLetter(index + 1)]));
  return (row) => (key) => {
    const letter = letters.get(key);
    if (letter === undefined) throw new Error(`No column "${key}" in this table`);
    return `${letter}${row}`;
  };
}

function fittedWidths<Row>(
  table: TableSheet<Row>,
  cellsOf: (row: number) => SameRowCell,
): number[] {
  const widest = table.columns.map(() => 0);
  [...table.rows, ...(table.totals ?? [])].forEach((row, index) => {
    const cell = cellsOf(HEADER_ROW + 1 + index);
    table.columns.forEach((column, col) => {
      const kind = column.kindOf?.(row) ?? column.kind;
      widest[col] = Math.max(widest[col] ?? 0, valueWidth(column.value(row, cell), kind));
    });
  });
  return table.columns.map((column, col) => columnWidth(column.header, widest[col] ?? 0));
}

function writeTitle(sheet: Worksheet, title: SheetTitle): void {
  const heading = sheet.getRow(1);
  heading.getCell(1).value = textCell(title.heading);
  heading.getCell(1).style = TITLE_STYLE;
  heading.height = 20;
  heading.commit();
  const asOf = sheet.getRow(2);
  asOf.getCell(1).value = textCell(title.asOf);
  asOf.getCell(1).style = SUBTITLE_STYLE;
  asOf.commit();
}

function writeHeader<Row>(
  sheet: Worksheet,
  columns: readonly Column<Row>[],
  widths: number[],
): void {
  const header = sheet.getRow(HEADER_ROW);
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = textCell(column.header);
    cell.style = HEADER_STYLE;
  });
  const lines = Math.max(
    ...columns.map((column, index) => wrappedLines(column.header, widths[index] ?? 0)),
  );
  header.height = LINE_HEIGHT * lines + 3;
  header.commit();
}

function addRatioScales<Row>(
  sheet: Worksheet,
  columns: readonly Column<Row>[],
  lastRow: number,
): void {
  let priority = 1;
  columns.forEach((column, index) => {
    if (column.kind !== 'percent' || lastRow <= HEADER_ROW) return;
    const letter = columnLetter(index + 1);
    sheet.addConditionalFormatting({
      ref: `${letter}${HEADER_ROW + 1}:${letter}${lastRow}`,
      rules: [{ type: 'colorScale', priority: priority++, ...RATIO_SCALE }],
    });
  });
}

/** Adds the table as a new worksheet of the workbook and commits it. */
export async function writeTableSheet<Row>(
  report: ReportWorkbook,
  table: TableSheet<Row>,
): Promise<void> {
  const totals = table.totals ?? [];
  // An Excel Table has at least one data row: an empty one when there is nothing.
  const dataRows = Math.max(1, table.rows.length);
  const lastRow = HEADER_ROW + dataRows + (totals.length > 0 ? 1 + totals.length : 0);
  if (lastRow > MAX_ROWS) {
    throw new RangeError(
      `The sheet "${table.name}" would need ${lastRow} rows; Excel holds ${MAX_ROWS}`,
    );
  }
  const cellsOf = sameRowCells(table.columns);
  const widths = fittedWidths(table, cellsOf);
  const frozen = table.frozenColumns ?? 0;
  const printed = Math.min(table.printedColumns ?? table.columns.length, table.columns.length);
  // The streaming writer writes views and print setup when the sheet opens, so they go in here.
  const sheet = report.workbook.addWorksheet(table.name, {
    views: [
      {
        state: 'frozen',
        xSplit: frozen,
        ySplit: HEADER_ROW,
        topLeftCell: `${columnLetter(frozen + 1)}${HEADER_ROW + 1}`,
      },
    ],
    pageSetup: {
      ...(printed < table.columns.length
        ? // exceljs puts a `$` before each corner; the rows need theirs too, or readers ignore it.
          { printArea: `A$1:${columnLetter(printed)}$${lastRow}` }
        : {}),
      paperSize: A4,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: FOOTER },
  });
  sheet.columns = widths.map((width) => ({ width }));
  writeTitle(sheet, table.title);
  writeHeader(sheet, table.columns, widths);

  const columns = table.columns.map((column, index) => ({
    column,
    width: widths[index] ?? 0,
  }));
  let rowNumber = HEADER_ROW;
  const writeRow = (row: Row, look: RowLook) => {
    const line = sheet.getRow(rowNumber);
    const cell = cellsOf(rowNumber);
    let lines = 1;
    columns.forEach(({ column, width }, index) => {
      const target = line.getCell(index + 1);
      // Every text cell passes the one policy of every format (safe-text.ts), whatever its column.
      const written = column.value(row, cell);
      const value = typeof written === 'string' ? textCell(written) : written;
      const kind = column.kindOf?.(row) ?? column.kind;
      target.value = value;
      target.style = columnStyles(kind)[look];
      if (typeof value === 'string' && kind === 'long-text')
        lines = Math.max(lines, textLines(value, width));
    });
    // Readers keep a row one line high unless told: wrapped text would be drawn over the next row.
    if (lines > 1) line.height = LINE_HEIGHT * lines + 2;
    line.commit();
  };
  for (const row of table.rows) {
    rowNumber++;
    writeRow(row, table.look?.(row) ?? 'plain');
    if ((rowNumber - HEADER_ROW) % ROWS_PER_TURN === 0) await nextTurn();
  }
  const lastColumn = columnLetter(table.columns.length);
  const lastDataRow = HEADER_ROW + dataRows;
  report.addTable(sheet, {
    name: table.tableName,
    ref: `A${HEADER_ROW}:${lastColumn}${lastDataRow}`,
    columns: table.columns.map((column) => column.header),
  });
  rowNumber = lastDataRow + 1;
  for (const row of totals) {
    rowNumber++;
    writeRow(row, 'total');
  }
  addRatioScales(sheet, table.columns, HEADER_ROW + table.rows.length);
  sheet.commit();
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
