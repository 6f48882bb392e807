/**
 * The briefing's tables: a bold header row repeated on every page, thin
 * black borders, column widths fitted to the content (column-fit.ts), text
 * columns left-aligned and numbers right-aligned, each in its named style,
 * rows that do not split across pages. Written as WordprocessingML text
 * (raw-xml.ts): the appendix of a large plan has tens of thousands of rows.
 */
import { fitColumns, type ColumnNeed } from '../layout/column-fit.js';
import { plain } from './plain-text.js';
import { encodeXml, escapeXml, type RawXml } from './raw-xml.js';
import type { ColumnWords } from '../layout/row-balance.js';
import { SIZE, STYLE } from './styles.js';
import { measureText, textWidth, widestWord } from '../layout/text-width.js';

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

export interface DataTable<Row extends object> {
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

/** How much wider text prints than the metrics say, a little: a column a hair too narrow breaks a word. */
const WIDER = 1.06;
/** The estimate of printed widths, widened a little. */
const estimate = (width: number) => Math.ceil(width * WIDER) + 30;

const wrapsIn = (column: DocxColumn<never>) => column.wraps ?? column.kind === 'text';

/**
 * Each row's cell texts, made plain, computed once per row and set of
 * columns: fitting the columns and writing the table read them several times,
 * and an appendix's tables share their rows with the table their layout is
 * fitted to.
 */
const TEXTS = new WeakMap<readonly DocxColumn<never>[], WeakMap<object, string[]>>();

function cellTexts<Row extends object>(table: DataTable<Row>, row: Row): string[] {
  let byRow = TEXTS.get(table.columns);
  if (byRow === undefined) TEXTS.set(table.columns, (byRow = new WeakMap()));
  let texts = byRow.get(row);
  if (texts === undefined)
    byRow.set(row, (texts = table.columns.map((column) => plain(column.cell(row)))));
  return texts;
}

/** Needs already measured, by table: a layout is fitted to a table that is also measured for the page. */
const NEEDS = new WeakMap<object, ColumnNeed[]>();

/** What each column needs: its widest word or unbreakable text, and its longest line. */
export function columnNeeds<Row extends object>(table: DataTable<Row>): ColumnNeed[] {
  const measured = NEEDS.get(table);
  if (measured !== undefined) return measured;
  const needs = table.columns.map((column) => {
    // Headers (bold) may wrap between words, and are content to take two lines.
    const header = plain(column.header);
    const min = widestWord(header, SIZE.table, true);
    return { min, max: Math.max(min, Math.ceil(textWidth(header, SIZE.table, true) / 2)) };
  });
  const wraps = table.columns.map((column) => wrapsIn(column));
  for (const row of table.rows) {
    if (table.spanning?.(row) != null) continue;
    const texts = cellTexts(table, row);
    const bold = table.bold?.(row) ?? false;
    needs.forEach((need, index) => {
      const { line, widest } = measureText(texts[index] ?? '', SIZE.table, bold);
      need.min = Math.max(need.min, wraps[index] ? widest : line);
      need.max = Math.max(need.max, line);
    });
  }
  const fitted = needs.map((need) => ({ min: estimate(need.min), max: estimate(need.max) }));
  NEEDS.set(table, fitted);
  return fitted;
}

/** Each column's cells as words (the header is row 0), to count the lines a width gives them. */
export function columnWords<Row extends object>(table: DataTable<Row>): ColumnWords[] {
  const printed = (text: string, bold: boolean) =>
    Math.ceil(textWidth(text, SIZE.table, bold) * WIDER);
  const words = (text: string, bold: boolean, wraps: boolean) =>
    (wraps ? text.split(' ') : [text]).filter(Boolean).map((word) => printed(word, bold));
  return table.columns.map((column, index) => {
    const wraps = wrapsIn(column);
    return {
      rows: table.rows.length + 1,
      words: (rowIndex) => {
        if (rowIndex === 0) return words(plain(column.header), true, true);
        const row = table.rows[rowIndex - 1];
        if (row === undefined || table.spanning?.(row) != null) return [];
        return words(cellTexts(table, row)[index] ?? '', table.bold?.(row) ?? false, wraps);
      },
      space: printed(' ', false),
    };
  });
}

/** Column widths for `table` in `width` twips (for tables that share one layout). */
export function tableWidths<Row extends object>(table: DataTable<Row>, width: number): number[] {
  return fitColumns(columnNeeds(table), width, 2 * CELL_PADDING, columnWords(table));
}

/** The sum of the columns' longest lines: how wide the table would like to be. */
export function naturalWidth<Row extends object>(table: DataTable<Row>): number {
  return columnNeeds(table).reduce((sum, need) => sum + need.max + 2 * CELL_PADDING, 0);
}

const LINE = 'w:val="single" w:color="000000" w:sz="4"';
const BORDERS = `<w:tblBorders><w:top ${LINE}/><w:left ${LINE}/><w:bottom ${LINE}/><w:right ${LINE}/><w:insideH ${LINE}/><w:insideV ${LINE}/></w:tblBorders>`;
const CELL_MARGINS = `<w:tblCellMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="${CELL_PADDING}"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="${CELL_PADDING}"/></w:tblCellMar>`;
const BOLD = '<w:rPr><w:b/><w:bCs/></w:rPr>';
/** Rows encoded together: a few hundred kilobytes of XML. */
const ROWS_PER_CHUNK = 256;

/** A cell of one paragraph in its style; `span` > 1 merges it across that many grid columns. */
function cellXml(
  text: string,
  style: string,
  width: number,
  options: { bold?: boolean; span?: number; keepNext?: boolean } = {},
): string {
  const span =
    options.span !== undefined && options.span > 1 ? `<w:gridSpan w:val="${options.span}"/>` : '';
  const keep = options.keepNext === true ? '<w:keepNext/>' : '';
  const run =
    text === ''
      ? ''
      : // Cell text is plain (trimmed, spaces single): nothing for xml:space to keep.
        `<w:r>${options.bold === true ? BOLD : ''}<w:t>${escapeXml(text)}</w:t></w:r>`;
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${span}<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="${style}"/>${keep}</w:pPr>${run}</w:p></w:tc>`;
}

/** The table, `width` twips wide, its columns fitted to it or as given. */
export function dataTable<Row extends object>(
  table: DataTable<Row>,
  width: number,
  given?: readonly number[],
): RawXml {
  const widths = given ?? tableWidths(table, width);
  const styles = table.columns.map((column) =>
    column.kind === 'number' ? STYLE.tableNumber : STYLE.tableText,
  );
  const from = table.spanFrom ?? 0;
  const spanned = widths.slice(from).reduce((sum, each) => sum + each, 0);
  const head = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${width}"/>${BORDERS}<w:tblLayout w:type="fixed"/>${CELL_MARGINS}</w:tblPr>`,
    `<w:tblGrid>${widths.map((each) => `<w:gridCol w:w="${each}"/>`).join('')}</w:tblGrid>`,
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${table.columns
      .map((column, index) => cellXml(plain(column.header), STYLE.tableHeading, widths[index] ?? 0))
      .join('')}</w:tr>`,
  ].join('');
  const rowXml = (row: Row): string => {
    const spanning = table.spanning?.(row) ?? null;
    let cells = '';
    if (spanning !== null) {
      // A group's name, kept on the page of the row after it.
      for (let index = 0; index < from; index += 1)
        cells += cellXml('', STYLE.tableText, widths[index] ?? 0);
      cells += cellXml(plain(spanning), STYLE.tableText, spanned, {
        bold: true,
        span: widths.length - from,
        keepNext: true,
      });
    } else {
      const texts = cellTexts(table, row);
      const bold = table.bold?.(row) ?? false;
      texts.forEach((text, index) => {
        cells += cellXml(text, styles[index] ?? STYLE.tableText, widths[index] ?? 0, { bold });
      });
    }
    return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells}</w:tr>`;
  };
  // Written when the package is zipped, a batch of rows at a time: a long table is never one string.
  function* chunks(): Generator<Uint8Array> {
    let batch = [head];
    for (const row of table.rows) {
      batch.push(rowXml(row));
      if (batch.length >= ROWS_PER_CHUNK) {
        yield encodeXml(batch.join(''));
        batch = [];
      }
    }
    batch.push('</w:tbl>');
    yield encodeXml(batch.join(''));
  }
  return { rawXml: chunks };
}
