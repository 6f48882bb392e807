/**
 * Column widths fitted to their content: every column gets at least its
 * widest word (its whole text when it must not wrap, as numbers), then the
 * room left goes first where it makes the table shortest (row-balance.ts:
 * long names rather than the one long cell of a column of figures), and what
 * is still left in proportion to how much wider each column's longest line
 * would like to be. So numeric columns stay narrow and name columns take the
 * rest, and a header may wrap but never breaks a word. When every line fits,
 * what is left widens the columns of prose only.
 */
import { balanceRows, type ColumnWords, wrappedLines } from './row-balance.js';

/** What one column needs, in twips, without the cell's padding. */
export interface ColumnNeed {
  /** The narrowest it may be: its widest word, or its widest unbreakable text. */
  min: number;
  /** The width its longest line would take on one line. */
  max: number;
}

/**
 * Widths in twips (padding included) that add up to `total` exactly. When
 * even the minimums do not fit, they are scaled down together.
 */
export function fitColumns(
  needs: readonly ColumnNeed[],
  total: number,
  padding: number,
  words: readonly ColumnWords[] = [],
): number[] {
  if (needs.length === 0) return [];
  const min = twoLineMinimums(
    needs.map((need) => need.min + padding),
    needs.map((need) => need.max + padding),
    total,
    padding,
    words,
  );
  const max = needs.map((need, index) => Math.max(need.max + padding, min[index] ?? 0));
  const sumMin = sum(min);
  const sumMax = sum(max);
  let widths: number[];
  if (sumMax <= total) {
    // Everything fits on one line: the room left goes to the columns of prose (whose lines
    // are longer than their words), so codes and numbers keep their width.
    const prose = max.map((width, index) => width - (min[index] ?? 0));
    const weights = sum(prose) > 0 ? prose : max;
    const room = total - sumMax;
    widths = max.map((width, index) => width + ((weights[index] ?? 0) * room) / sum(weights));
  } else if (sumMin <= total) {
    widths = shareRoom(balanceRows(words, min, max, total, padding), max, total);
  } else {
    widths = min.map((width) => (width * total) / sumMin);
  }
  return roundTo(widths, total);
}

/**
 * A cell at most this wide on one line (twips at 12 pt, about 25 letters) is a
 * short text: a unit, a change ("tăng 13,81 điểm phần trăm"), a verdict
 * ("chưa có mục tiêu"), a header ("Đơn vị tính"). Longer texts (names, "9,8
 * (số liệu ngày 31/12/2023)") may take more lines.
 */
export const SHORT_CELL = 2700;

/**
 * The minimums raised so that no short text of a column wraps over more than
 * two lines: each column at least as wide as its short cells need for two.
 * When the raised minimums do not fit the table, they are not used.
 */
function twoLineMinimums(
  min: readonly number[],
  max: readonly number[],
  total: number,
  padding: number,
  words: readonly ColumnWords[],
): number[] {
  const raised = min.map((width, index) => {
    const column = words[index];
    const longest = max[index] ?? 0;
    if (column === undefined || longest <= width) return width;
    // A cell the column gives again (the same list: a status, a date) is checked once.
    const short = new Set<readonly number[]>();
    for (let row = 0; row < column.rows; row += 1) {
      if ((column.atLeast?.(row) ?? 0) > SHORT_CELL) continue;
      const cell = column.words(row);
      if (cell.length < 2 || short.has(cell)) continue;
      const line = cell.reduce((sum, word) => sum + word, 0) + column.space * (cell.length - 1);
      if (line <= SHORT_CELL) short.add(cell);
    }
    const fits = (at: number) => {
      for (const cell of short)
        if (wrappedLines(cell, column.space, at - padding) > 2) return false;
      return true;
    };
    let [low, high] = [width, longest];
    if (fits(low)) return low;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (fits(middle)) high = middle;
      else low = middle;
    }
    return high;
  });
  return sum(raised) <= total ? raised : [...min];
}

/** The room `widths` leave, shared in proportion to how much wider each column would like to be. */
function shareRoom(widths: readonly number[], max: readonly number[], total: number): number[] {
  const room = total - sum(widths);
  const wanted = sum(max.map((width, index) => Math.max(0, width - (widths[index] ?? 0))));
  if (room <= 0 || wanted <= 0) return [...widths];
  return widths.map(
    (width, index) => width + (Math.max(0, (max[index] ?? 0) - width) * room) / wanted,
  );
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Whole twips adding up to `total`: the rounding's remainder goes to the widest column. */
function roundTo(widths: readonly number[], total: number): number[] {
  const rounded = widths.map((width) => Math.floor(width));
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest] = (rounded[widest] ?? 0) + total - sum(rounded);
  return rounded;
}
