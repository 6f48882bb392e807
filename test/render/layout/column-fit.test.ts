/**
 * Column widths of the Word briefing's tables: the spare width goes where it
 * takes lines off the rows (long names), not to a column of short figures
 * with one long cell; widths stay between the columns' minimums and maximums
 * and add up to the table's width.
 */
import { describe, expect, it } from 'vitest';
import { fitColumns } from '../../../src/render/layout/column-fit.js';
import {
  balanceRows,
  lineCounter,
  type ColumnWords,
  wrappedLines,
} from '../../../src/render/layout/row-balance.js';

const SPACE = 60;
/** A column whose rows are texts of words of the given widths. */
const column = (...cells: number[][]): ColumnWords => ({
  rows: cells.length,
  words: (row) => cells[row] ?? [],
  space: SPACE,
});

// Names of five words of 400 twips (2 240 on one line); figures short but one, of two words (2 060).
const names = column(
  [400, 400, 400, 400, 400],
  [400, 400, 400, 400, 400],
  [400, 400, 400, 400, 400],
);
const figures = column([500], [500], [1000, 1000]);

describe('balanceRows', () => {
  it('widens the names until they take fewer lines, and leaves the one long figure to wrap', () => {
    // 1 000 twips above the minimums: the names go from 5 lines to 2 (3 words a line: 1 320),
    // the long figure would need 1 060 more to lose its second line.
    const widths = balanceRows([names, figures], [400, 1000], [2240, 2060], 2400, 0);
    expect(widths[1]).toBe(1000);
    expect(Math.round(widths[0]!)).toBe(1320);
  });

  it('gives nothing where no width takes a line off', () => {
    const short = column([300], [300]);
    expect(balanceRows([short, short], [400, 400], [400, 400], 2000, 0)).toEqual([400, 400]);
  });
});

describe('fitColumns', () => {
  it('adds up to the width, keeps the minimums and gives the room to the names', () => {
    const wraps = column([400, 400, 400, 400, 400], [400, 400, 400, 400, 400]);
    const figure = column([500], [1900]);
    const widths = fitColumns(
      [
        { min: 400, max: 2320 },
        { min: 500, max: 1900 },
      ],
      3000,
      100,
      [wraps, figure],
    );
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(3000);
    expect(widths[1]).toBeGreaterThanOrEqual(600);
    expect(widths[0]).toBeGreaterThan(widths[1]!);
  });

  it('never wraps a short text (a unit, a change) over three lines, whatever the names would gain', () => {
    // "tăng 13,81 điểm phần trăm": five words, 2 240 twips on one line, two lines from 1 320.
    const change = column([400, 400, 400, 400, 400], [300]);
    // Long names of twelve words: every twip given to them takes lines off.
    const long = column(Array<number>(12).fill(400), Array<number>(12).fill(400));
    const needs = [
      { min: 400, max: 5500 },
      { min: 400, max: 2240 },
    ];
    const widths = fitColumns(needs, 3000, 0, [long, change]);
    expect(widths[1]).toBeGreaterThanOrEqual(1320);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(3000);
    // A text longer than a short one (SHORT_CELL) may take three lines or more.
    const longer = column(Array<number>(8).fill(400));
    const fitted = fitColumns([needs[0]!, { min: 400, max: 3640 }], 3000, 0, [long, longer]);
    expect(fitted[1]).toBeLessThan(1320);
  });

  it('shares the room by the longest lines when it has no words to count', () => {
    expect(
      fitColumns(
        [
          { min: 100, max: 1100 },
          { min: 100, max: 2100 },
        ],
        1800,
        0,
      ),
    ).toEqual([633, 1167]);
  });
});

describe('lineCounter', () => {
  it('counts the lines wrappedLines counts, for long cells at any width', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let cell = 0; cell < 40; cell += 1) {
      const words = Array.from({ length: 64 + Math.floor(random() * 400) }, () =>
        Math.ceil(60 + random() * 900),
      );
      const lines = lineCounter(words, SPACE);
      for (let trial = 0; trial < 60; trial += 1) {
        // Widths below the widest word, fractional ones, and wider than the whole text.
        const raw = random() * 3000 + (trial === 59 ? 1e6 : 0);
        // Whole widths too, where a line's words may fill it exactly.
        const width = trial % 2 === 0 ? Math.round(raw) : raw;
        expect(lines(width)).toBe(wrappedLines(words, SPACE, width));
        const exact = words.slice(0, 3).reduce((sum, word) => sum + word, 0) + 2 * SPACE;
        expect(lines(exact)).toBe(wrappedLines(words, SPACE, exact));
      }
    }
  });
});
