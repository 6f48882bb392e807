/**
 * A table of the document in Word: the header row repeated on every page,
 * thin black borders, columns fitted to their content (layout/column-fit.ts:
 * every column at least its widest word, the room left where it makes the
 * table shortest), right-aligned columns of the Markdown in the Table Number
 * style, rows that do not split across pages. A row whose only text is its
 * first cell, in bold, is a group's name across the table. Written a few
 * hundred rows at a time: an appendix of 20,000 tasks is never one string.
 */
import { spanText, type Block } from '../document/tree.js';
import { fitColumns } from '../layout/column-fit.js';
import {
  CELL_PADDING,
  TABLE_POINTS,
  tableFacts,
  WIDER,
  type TableFacts,
} from '../layout/table-facts.js';
import type { ColumnWords } from '../layout/row-balance.js';
import { textWidth } from '../layout/text-width.js';
import { STYLE, TABLE_STYLE } from './style-sheet.js';
import { spansXml } from './word-text.js';

type Table = Extract<Block, { type: 'table' }>;

/**
 * Each column's cells as the printed widths of their words. A text met again
 * (a status, a date, an agency's name, and each word of them) is measured
 * once per table, and gives the same list, which the fitting counts once.
 */
function words(table: Table, facts: TableFacts): ColumnWords[] {
  const widths = new Map<string, number>();
  const printed = (word: string, bold: boolean) => {
    const key = bold ? `*${word}` : word;
    let width = widths.get(key);
    if (width === undefined) {
      width = Math.ceil(textWidth(word, TABLE_POINTS, bold) * WIDER);
      widths.set(key, width);
    }
    return width;
  };
  const cells = { regular: new Map<string, number[]>(), bold: new Map<string, number[]>() };
  const split = (text: string, bold: boolean): readonly number[] => {
    const known = bold ? cells.bold : cells.regular;
    let list = known.get(text);
    if (list === undefined) {
      list = text
        .split(/\s+/)
        .filter(Boolean)
        .map((word) => printed(word, bold));
      known.set(text, list);
    }
    return list;
  };
  const space = Math.ceil(textWidth(' ', TABLE_POINTS, false) * WIDER);
  return table.head.map((head, index) => ({
    rows: table.rows.length + 1,
    words: (rowIndex: number) => {
      if (rowIndex === 0) return split(spanText(head), true);
      if ((facts.groups[rowIndex - 1] ?? -1) >= 0) return [];
      return split(
        facts.texts[rowIndex - 1]?.[index] ?? '',
        facts.bold[rowIndex - 1]?.[index] ?? false,
      );
    },
    space,
    // Each word is measured, rounded up, then widened by WIDER: at least WIDER × (ink − 1).
    atLeast: (rowIndex: number) =>
      rowIndex === 0 ? 0 : WIDER * ((facts.inks[rowIndex - 1]?.[index] ?? 0) - 1),
  }));
}

const ROWS_PER_PIECE = 256;

const LINE = 'w:val="single" w:color="000000" w:sz="4"';
const BORDERS = `<w:tblBorders><w:top ${LINE}/><w:left ${LINE}/><w:bottom ${LINE}/><w:right ${LINE}/><w:insideH ${LINE}/><w:insideV ${LINE}/></w:tblBorders>`;
const MARGINS = `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="${CELL_PADDING}" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="${CELL_PADDING}" w:type="dxa"/></w:tblCellMar>`;

/**
 * A cell's XML up to its text: the same for every cell of a column, so made
 * once per column. Its width is the grid's (a fixed layout), its vertical
 * centring the table style's (style-sheet.ts): no `w:tcPr` but to span.
 */
function cellStart(style: string, span = 1, keepNext = false): string {
  const properties = span > 1 ? `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>` : '';
  return `<w:tc>${properties}<w:p><w:pPr><w:pStyle w:val="${style}"/>${keepNext ? '<w:keepNext/>' : ''}</w:pPr>`;
}

const CELL_END = '</w:p></w:tc>';

function cellXml(content: string, style: string, span = 1, keepNext = false): string {
  return cellStart(style, span, keepNext) + content + CELL_END;
}

/** The table, `width` twips wide, in pieces of XML. */
export function* tableXml(table: Table, width: number): Iterable<string> {
  const facts = tableFacts(table);
  const widths = fitColumns(facts.needs, width, 2 * CELL_PADDING, words(table, facts));
  const styles = table.align.map((align) =>
    align === 'right' ? STYLE.tableNumber : STYLE.tableText,
  );
  let piece =
    `<w:tbl><w:tblPr><w:tblStyle w:val="${TABLE_STYLE.id}"/><w:tblW w:w="${width}" w:type="dxa"/>${BORDERS}<w:tblLayout w:type="fixed"/>${MARGINS}</w:tblPr>` +
    `<w:tblGrid>${widths.map((each) => `<w:gridCol w:w="${each}"/>`).join('')}</w:tblGrid>` +
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${table.head
      .map((cell) => cellXml(spansXml(cell), STYLE.tableHeading))
      .join('')}</w:tr>`;
  const starts = widths.map((_, index) => cellStart(styles[index] ?? STYLE.tableText));
  let count = 0;
  for (const [at, row] of table.rows.entries()) {
    let cells = '';
    const group = facts.groups[at] ?? -1;
    if (group >= 0) {
      for (let index = 0; index < group; index += 1) cells += cellXml('', STYLE.tableText);
      cells += cellXml(spansXml(row[group] ?? []), STYLE.tableText, widths.length - group, true);
    } else
      starts.forEach((start, index) => {
        cells += start + spansXml(row[index] ?? []) + CELL_END;
      });
    piece += `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells}</w:tr>`;
    if (++count % ROWS_PER_PIECE === 0) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}</w:tbl>`;
}
