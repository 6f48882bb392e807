/**
 * Which way an appendix's pages turn when its directive leaves it to us
 * (`<!-- dx:appendix -->`): landscape when its widest table would want more
 * than a quarter more than a portrait page's width on one line (a table of
 * nine columns of names and figures), so long names do not wrap word by word;
 * a little over a portrait width only wraps a few cells to a second line,
 * which reads better than a turned page. Word and HTML decide alike.
 */
import type { Block } from '../document/tree.js';
import { PORTRAIT_TEXT_WIDTH } from './page.js';
import { CELL_PADDING, tableFacts } from './table-facts.js';

const PORTRAIT_STRETCH = 1.25;

/** How wide a table would like to be, in twips: each column's longest line (a header on two), padded. */
export function naturalTableWidth(table: Extract<Block, { type: 'table' }>): number {
  return tableFacts(table).needs.reduce((sum, need) => sum + need.max + 2 * CELL_PADDING, 0);
}

/** Table rows an undecided appendix holds at most before it decides on what it has seen. */
const HOLD_ROWS = 2000;

/**
 * The blocks with every section's orientation settled: a section left to us
 * waits (its blocks held) until the next section, the end, or HOLD_ROWS
 * table rows show which way it turns, its widest table deciding.
 */
export function* settleOrientation(blocks: Iterable<Block>): Iterable<Block> {
  let held: Block[] | null = null;
  let widest = 0;
  let rows = 0;
  const release = function* (): Iterable<Block> {
    if (held === null) return;
    const [, ...rest] = held;
    held = null;
    const landscape = widest > PORTRAIT_STRETCH * PORTRAIT_TEXT_WIDTH;
    yield { type: 'section', orientation: landscape ? 'landscape' : 'portrait' };
    yield* rest;
  };
  for (const block of blocks) {
    if (block.type === 'section') {
      yield* release();
      if (block.orientation === 'auto') {
        held = [block];
        widest = 0;
        rows = 0;
      } else yield block;
      continue;
    }
    if (held === null) {
      yield block;
      continue;
    }
    held.push(block);
    if (block.type === 'table') {
      widest = Math.max(widest, naturalTableWidth(block));
      rows += block.rows.length;
      if (rows >= HOLD_ROWS) yield* release();
    }
  }
  yield* release();
}
