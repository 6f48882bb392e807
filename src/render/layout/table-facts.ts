/**
 * What the printers and the page layout need to know of a table, worked out
 * once per table and kept while the table lives: each row's group cell (a
 * group's name across the table, or -1), each cell's text and whether it is
 * bold, and what each column needs (its widest word, its longest line), in
 * twips at the table's 12 pt. An appendix of 20,000 tasks is measured once.
 */
import { allBold, groupCell, spanText, type Block } from '../document/tree.js';
import type { ColumnNeed } from './column-fit.js';
import { measureText } from './text-width.js';

type Table = Extract<Block, { type: 'table' }>;

/** Table text size in points, cell padding either side in twips (the Word printer's). */
export const TABLE_POINTS = 12;
export const CELL_PADDING = 85;

/** How much wider text prints than the metrics say, a little: a column a hair too narrow breaks a word. */
export const WIDER = 1.06;
const estimate = (width: number) => Math.ceil(width * WIDER) + 30;

export interface TableFacts {
  groups: number[];
  texts: string[][];
  bold: boolean[][];
  /** Each cell's words' width without the spaces between them (text-width.ts's `ink`), 0 in a group's row. */
  inks: number[][];
  /** Each column's need, estimated as printed (padding not included). */
  needs: ColumnNeed[];
}

const FACTS = new WeakMap<Table, TableFacts>();

export function tableFacts(table: Table): TableFacts {
  const known = FACTS.get(table);
  if (known !== undefined) return known;
  const found = table.head.map((cell) => {
    const { line, widest } = measureText(spanText(cell), TABLE_POINTS, true);
    return { min: widest, max: Math.max(widest, Math.ceil(line / 2)) };
  });
  const groups: number[] = [];
  const texts: string[][] = [];
  const bold: boolean[][] = [];
  const inks: number[][] = [];
  for (const row of table.rows) {
    const group = groupCell(row);
    groups.push(group);
    const rowTexts = row.map((cell) => spanText(cell));
    const rowBold = row.map((cell) => allBold(cell));
    texts.push(rowTexts);
    bold.push(rowBold);
    const rowInks: number[] = [];
    inks.push(rowInks);
    if (group >= 0) continue;
    found.forEach((need, index) => {
      const { line, widest, ink } = measureText(
        rowTexts[index] ?? '',
        TABLE_POINTS,
        rowBold[index],
      );
      rowInks.push(ink);
      if (widest > need.min) need.min = widest;
      if (line > need.max) need.max = line;
    });
  }
  const facts = {
    groups,
    texts,
    bold,
    inks,
    needs: found.map((need) => ({ min: estimate(need.min), max: estimate(need.max) })),
  };
  FACTS.set(table, facts);
  return facts;
}
