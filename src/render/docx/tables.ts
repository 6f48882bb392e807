/**
 * The briefing's tables: a bold header row repeated on every page, thin
 * black borders, column widths fitted to the content (column-fit.ts), text
 * columns left-aligned and numbers right-aligned, each in its named style.
 */
import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { fitColumns, type ColumnNeed } from './column-fit.js';
import type { ColumnWords } from './row-balance.js';
import { plain } from './plain-text.js';
import { SIZE, STYLE } from './styles.js';
import { textWidth, widestWord } from './text-width.js';

export interface DocxColumn<Row> {
  header: string;
  /** `number`: right-aligned and never wrapped; `text`: left-aligned, wraps between words. */
  kind: 'text' | 'number';
  /**
   * Whether a cell may break between words. Default: text wraps, numbers do not; a number
   * column with words ("chưa tự đánh giá", "1/3 (33,3%)") may, a code or date column may not.
   */
  wraps?: boolean;
  cell: (row: Row) => string;
}

export interface DataTable<Row> {
  columns: readonly DocxColumn<Row>[];
  rows: readonly Row[];
  /** Rows printed in bold (a total). */
  bold?: (row: Row) => boolean;
  /** The text of a row printed as one bold cell across the table (a group's name), or null. */
  spanning?: (row: Row) => string | null;
  /** The column a spanning row's cell starts at (default 0); the columns before it are empty cells. */
  spanFrom?: number;
}

/** Left and right padding of every cell, in twips. */
const CELL_PADDING = 85;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
} as const;

/** How much wider text prints than the metrics say, a little: a column a hair too narrow breaks a word. */
const WIDER = 1.06;
/** The estimate of printed widths, widened a little. */
const estimate = (width: number) => Math.ceil(width * WIDER) + 30;

const wrapsIn = (column: DocxColumn<unknown>) => column.wraps ?? column.kind === 'text';

/** What each column needs: its widest word or unbreakable text, and its longest line. */
export function columnNeeds<Row>(table: DataTable<Row>): ColumnNeed[] {
  return table.columns.map((column) => {
    const wraps = wrapsIn(column as DocxColumn<unknown>);
    const header = plain(column.header);
    // Headers (bold) may wrap between words, and are content to take two lines.
    let min = widestWord(header, SIZE.table, true);
    let max = Math.max(min, Math.ceil(textWidth(header, SIZE.table, true) / 2));
    for (const row of table.rows) {
      if (table.spanning?.(row) != null) continue;
      const text = plain(column.cell(row));
      const bold = table.bold?.(row) ?? false;
      const line = textWidth(text, SIZE.table, bold);
      min = Math.max(min, wraps ? widestWord(text, SIZE.table, bold) : line);
      max = Math.max(max, line);
    }
    return { min: estimate(min), max: estimate(max) };
  });
}

/** Each column's cells as words (the header is row 0), to count the lines a width gives them. */
export function columnWords<Row>(table: DataTable<Row>): ColumnWords[] {
  const printed = (text: string, bold: boolean) =>
    Math.ceil(textWidth(text, SIZE.table, bold) * WIDER);
  const words = (text: string, bold: boolean, wraps: boolean) =>
    (wraps ? text.split(' ') : [text]).filter(Boolean).map((word) => printed(word, bold));
  return table.columns.map((column) => {
    const wraps = wrapsIn(column as DocxColumn<unknown>);
    return {
      rows: table.rows.length + 1,
      words: (index) => {
        if (index === 0) return words(plain(column.header), true, true);
        const row = table.rows[index - 1];
        if (row === undefined || table.spanning?.(row) != null) return [];
        return words(plain(column.cell(row)), table.bold?.(row) ?? false, wraps);
      },
      space: printed(' ', false),
    };
  });
}

/** Column widths for `table` in `width` twips (for tables that share one layout). */
export function tableWidths<Row>(table: DataTable<Row>, width: number): number[] {
  return fitColumns(columnNeeds(table), width, 2 * CELL_PADDING, columnWords(table));
}

/** The sum of the columns' longest lines: how wide the table would like to be. */
export function naturalWidth<Row>(table: DataTable<Row>): number {
  return columnNeeds(table).reduce((sum, need) => sum + need.max + 2 * CELL_PADDING, 0);
}

function cell(text: string, style: string, width: number, bold: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: CELL_PADDING, right: CELL_PADDING, top: 0, bottom: 0 },
    children: [new Paragraph({ style, children: [new TextRun(bold ? { text, bold } : text)] })],
  });
}

/** A group's name across the columns from `from` on, kept on the page of the row after it. */
function spanningRow(text: string, widths: readonly number[], from: number): TableRow {
  const spanned = widths.slice(from);
  return new TableRow({
    cantSplit: true,
    children: [
      ...widths.slice(0, from).map((width) => cell('', STYLE.tableText, width, false)),
      new TableCell({
        width: { size: spanned.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
        columnSpan: spanned.length,
        verticalAlign: VerticalAlign.CENTER,
        margins: { left: CELL_PADDING, right: CELL_PADDING, top: 0, bottom: 0 },
        children: [
          new Paragraph({
            style: STYLE.tableText,
            keepNext: true,
            children: [new TextRun({ text: plain(text), bold: true })],
          }),
        ],
      }),
    ],
  });
}

/** The table, `width` twips wide, its columns fitted to it or as given. */
export function dataTable<Row>(
  table: DataTable<Row>,
  width: number,
  given?: readonly number[],
): Table {
  const widths = given ?? tableWidths(table, width);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((column, index) =>
      cell(plain(column.header), STYLE.tableHeading, widths[index] ?? 0, false),
    ),
  });
  const body = table.rows.map((row) => {
    const spanning = table.spanning?.(row) ?? null;
    if (spanning !== null) return spanningRow(spanning, widths, table.spanFrom ?? 0);
    return new TableRow({
      cantSplit: true,
      children: table.columns.map((column, index) =>
        cell(
          plain(column.cell(row)),
          column.kind === 'number' ? STYLE.tableNumber : STYLE.tableText,
          widths[index] ?? 0,
          table.bold?.(row) ?? false,
        ),
      ),
    });
  });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [header, ...body],
  });
}
