/**
 * Sharing a table's spare width so that it is as short as it can be: the
 * room above every column's minimum goes, step by step, to the column whose
 * widening takes the most lines off the rows (a row is as tall as its
 * tallest cell). Lines are counted by wrapping each cell's words as Word
 * does, so a name that needs a little more room to drop a line gets it
 * before a column of figures whose one long cell would only gain blank space.
 */

/** A column's cells as words, for counting lines. */
export interface ColumnWords {
  /** How many rows the column has. */
  rows: number;
  /** A row's words, their printed widths in twips; empty: the row has no cell of its own. */
  words: (row: number) => readonly number[];
  /** The width of a space between words, in twips. */
  space: number;
  /** A lower bound of the sum of a row's word widths, known without splitting it (the fitting skips long cells by it); default 0. */
  atLeast?: (row: number) => number;
}

/** How sharply a row's height is its tallest cell's: a smooth maximum, so that tied cells all count. */
const SHARPNESS = 8;
/** Rows weighed at most: evenly spread, they stand for a long table (the appendix of a large plan). */
const MAX_ROWS = 400;
/** The smallest widening tried is this share of the room (and at least 20 twips): 1 / PARTS. */
const PARTS = 100;

/** Lines the words take at a width, filled greedily; a word too wide takes a line of its own. */
export function wrappedLines(words: readonly number[], space: number, width: number): number {
  let count = 1;
  let line = -1;
  for (const word of words) {
    if (line < 0) line = word;
    else if (line + space + word <= width) line += space + word;
    else {
      count += 1;
      line = word;
    }
  }
  return count;
}

/** Words from which a cell is wrapped by searching its sums (a list of agencies of a national appendix: 2,500). */
const LONG_CELL = 64;

/**
 * A cell's line counter, the same count as wrappedLines: for a long cell,
 * each line's end is searched among the sums of its words (sums[k] is the
 * first k words with a space after each, whole numbers, so every comparison
 * is the one wrappedLines makes), starting from the last line's length, in a
 * few steps rather than a word at a time.
 */
export function lineCounter(words: readonly number[], space: number): (width: number) => number {
  if (words.length < LONG_CELL) return (width) => wrappedLines(words, space, width);
  const sums = new Float64Array(words.length + 1);
  words.forEach((word, index) => {
    sums[index + 1] = (sums[index] ?? 0) + word + space;
  });
  const count = words.length;
  return (width) => {
    let lines = 0;
    let last = 1;
    for (let start = 0; start < count; lines += 1) {
      // The words start … end − 1 fit on one line when sums[end] − from ≤ width; the first always does.
      // (Compared inline: a closure per line was 140 MB of garbage in a national Word build.)
      const from = (sums[start] ?? 0) + space;
      let low = start + 1;
      let high = count + 1;
      const guess = Math.min(count, start + last);
      if (guess > low) {
        if ((sums[guess] ?? 0) - from <= width) low = guess;
        else high = guess;
      }
      for (let step = 1; high === count + 1 && low < count; step *= 2) {
        const next = Math.min(count, low + step);
        if ((sums[next] ?? 0) - from <= width) low = next;
        else high = next;
      }
      while (high - low > 1) {
        const middle = (low + high) >>> 1;
        if ((sums[middle] ?? 0) - from <= width) low = middle;
        else high = middle;
      }
      last = low - start;
      start = low;
    }
    return lines;
  };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Widths (padding included) from `min`, widened towards `max` by at most
 * `total − Σ min` in all, where it shortens the table most; what no column can
 * use that way is left for the caller to share.
 */
export function balanceRows(
  columns: readonly ColumnWords[],
  min: readonly number[],
  max: readonly number[],
  total: number,
  padding: number,
): number[] {
  const widths = [...min];
  const allRows = Math.max(0, ...columns.map((column) => column.rows));
  const every = Math.max(1, Math.ceil(allRows / MAX_ROWS));
  const rows = Array.from({ length: Math.ceil(allRows / every) }, (_, index) => index * every);
  // Measured once, and only for the rows weighed; a column's cells that are the same list
  // (a status, a date: column.words gives one list for one text) are wrapped once.
  const cells = columns.map((column) => {
    const distinct = new Map<readonly number[], number>();
    const slot = rows.map((row) => {
      const words = row < column.rows ? column.words(row) : [];
      let at = distinct.get(words);
      if (at === undefined) distinct.set(words, (at = distinct.size));
      return at;
    });
    return {
      distinct: [...distinct.keys()].map((words) => lineCounter(words, column.space)),
      slot,
    };
  });
  // Each column is tried at the same widths again and again while the others widen: counted once.
  const counted = columns.map(() => new Map<number, number[]>());
  const linesAt = (column: number, width: number): number[] => {
    const known = counted[column]?.get(width);
    if (known !== undefined) return known;
    const { distinct, slot } = cells[column] ?? { distinct: [], slot: [] };
    const each = distinct.map((lines) => lines(width - padding));
    const lines = slot.map((at) => each[at] ?? 1);
    counted[column]?.set(width, lines);
    return lines;
  };
  const step = Math.max(20, (total - sum(min)) / PARTS);
  let room = total - sum(min);
  const current = widths.map((width, column) => linesAt(column, width));
  // Line counts are small whole numbers: their powers are looked up, not raised again and again.
  const powers: number[] = [];
  const power = (lines: number) => (powers[lines] ??= lines ** SHARPNESS);
  // Each row's height, summed column by column in order, as the sum of a list would (no list
  // made per row); after a column widens, only the rows whose lines it changed are summed again.
  const heights = new Float64Array(rows.length);
  const roots = new Float64Array(rows.length);
  const sumRow = (row: number) => {
    let height = 0;
    for (const lines of current) height += power(lines[row] ?? 1);
    heights[row] = height;
    roots[row] = height ** (1 / SHARPNESS);
  };
  for (let row = 0; row < rows.length; row += 1) sumRow(row);
  while (room >= 1 && rows.length > 0) {
    /** How many lines the rows lose (smoothly) when a column takes these lines. */
    const gainOf = (column: number, after: readonly number[]) => {
      const lines = current[column] ?? [];
      let gain = 0;
      for (let row = 0; row < heights.length; row += 1) {
        const now = lines[row] ?? 1;
        const then = after[row] ?? 1;
        if (then < now)
          gain +=
            (roots[row] ?? 0) - ((heights[row] ?? 0) - power(now) + power(then)) ** (1 / SHARPNESS);
      }
      return gain;
    };
    let best = { column: -1, width: 0, gainPerTwip: 1e-9 };
    widths.forEach((width, column) => {
      const limit = Math.min(max[column] ?? width, width + room);
      // Widenings of 1, 2, 4 … steps up to all the room: a name may need many before it loses a line.
      for (let reach = step; width < limit; reach *= 2) {
        const wider = Math.min(width + reach, limit);
        const gainPerTwip = gainOf(column, linesAt(column, wider)) / (wider - width);
        if (gainPerTwip > best.gainPerTwip) best = { column, width: wider, gainPerTwip };
        if (wider === limit) break;
      }
    });
    if (best.column === -1) break;
    // Only as wide as those lines need (found by halving), and at least a step.
    const from = widths[best.column] ?? 0;
    const target = linesAt(best.column, best.width);
    let [low, high] = [Math.min(from + step, best.width), best.width];
    while (high - low > 1) {
      const middle = (low + high) / 2;
      const lines = linesAt(best.column, middle);
      if (lines.every((count, row) => count <= (target[row] ?? count))) high = middle;
      else low = middle;
    }
    const narrowest = linesAt(best.column, low).every(
      (count, row) => count <= (target[row] ?? count),
    )
      ? low
      : high;
    room -= narrowest - from;
    widths[best.column] = narrowest;
    const before = current[best.column] ?? [];
    const after = linesAt(best.column, narrowest);
    current[best.column] = after;
    for (let row = 0; row < rows.length; row += 1) if (after[row] !== before[row]) sumRow(row);
  }
  return widths;
}
