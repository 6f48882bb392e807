/**
 * Which way an appendix's pages turn when its directive leaves it to us
 * (`<!-- dx:appendix -->`): landscape when its first table would want more
 * than a quarter more than a portrait page's width on one line (a table of
 * nine columns of names and figures), so long names do not wrap word by word;
 * a little over a portrait width only wraps a few cells to a second line,
 * which reads better than a turned page. Word and HTML decide alike.
 */
import { spanText, type Block } from '../document/tree.js';
import { PORTRAIT_TEXT_WIDTH } from './page.js';
import { measureText, textWidth } from './text-width.js';

/** Table text size in points, cell padding either side in twips (the Word printer's). */
export const TABLE_POINTS = 12;
export const CELL_PADDING = 85;

const PORTRAIT_STRETCH = 1.25;

/** How wide a table would like to be, in twips: each column's longest line (a header on two), padded. */
export function naturalTableWidth(table: Extract<Block, { type: 'table' }>): number {
  const widths = table.head.map((cell) =>
    Math.ceil(textWidth(spanText(cell), TABLE_POINTS, true) / 2),
  );
  for (const row of table.rows)
    row.forEach((cell, index) => {
      const { line } = measureText(spanText(cell), TABLE_POINTS);
      if (line > (widths[index] ?? 0)) widths[index] = line;
    });
  return widths.reduce((sum, width) => sum + Math.ceil(width * 1.06) + 30 + 2 * CELL_PADDING, 0);
}

/**
 * The blocks with every section's orientation settled: a section left to us
 * waits (its blocks held) until its first table, or the next section, shows
 * which way it turns.
 */
export function* settleOrientation(blocks: Iterable<Block>): Iterable<Block> {
  let held: Block[] | null = null;
  const release = function* (landscape: boolean): Iterable<Block> {
    if (held === null) return;
    const [first, ...rest] = held;
    held = null;
    yield { type: 'section', orientation: landscape ? 'landscape' : 'portrait' };
    if (first !== undefined && first.type !== 'section') yield first;
    yield* rest;
  };
  for (const block of blocks) {
    if (block.type === 'section') {
      yield* release(false);
      if (block.orientation === 'auto') held = [block];
      else yield block;
      continue;
    }
    if (held === null) {
      yield block;
      continue;
    }
    held.push(block);
    if (block.type === 'table')
      yield* release(naturalTableWidth(block) > PORTRAIT_STRETCH * PORTRAIT_TEXT_WIDTH);
  }
  yield* release(false);
}
