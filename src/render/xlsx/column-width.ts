/**
 * Column widths fitted to the content, measured in characters as Excel counts
 * them: the longest line of a text in UTF-16 units (a Vietnamese letter with its
 * marks is one unit in NFC; the rare astral character counts two, about its
 * width on screen), numbers as `format-vi` writes them, dates as dd/mm/yyyy.
 */
import { formatInteger, formatNumber } from '../format-vi.js';
import type { CellValue } from './cells.js';
import type { ColumnKind } from './styles.js';

/** Widest a column gets; longer text wraps within it. */
export const MAX_COLUMN_WIDTH = 60;
const MIN_COLUMN_WIDTH = 6;
/** A header wider than this wraps onto more lines rather than widen a column of short values. */
const HEADER_LINE = 14;
/** Room for the cell margins and the autofilter button. */
const PADDING = 3;
/**
 * Letters of running text per unit of column width: a width counts the digit
 * "0", and an average letter of Vietnamese text in Calibri is narrower (about
 * 80 letters a line in a column 60 wide as LibreOffice sets Carlito; 72 counted
 * here, a margin so that text is never cut), so a row sized by the width alone
 * would stand a line or more taller than its text.
 */
const LETTERS_PER_WIDTH = 1.25;

/** Characters of the longest line. */
export function textWidth(text: string): number {
  if (!text.includes('\n')) return text.length;
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, line.length);
  return widest;
}

/** Characters a value takes once formatted for its column. */
export function valueWidth(value: CellValue, kind: ColumnKind): number {
  if (value === null) return 0;
  if (typeof value === 'string') return textWidth(value);
  if (value instanceof Date) return 10;
  const number = typeof value === 'number' ? value : value.result;
  if (typeof number === 'string') return textWidth(number);
  switch (kind) {
    case 'percent':
    case 'progress':
      return 6;
    case 'point-change':
      return 6;
    case 'percent-measure':
      return formatNumber(number * 100).length + 1;
    case 'count':
    case 'count-change':
      return formatInteger(number).length + 1;
    default:
      return formatNumber(number).length;
  }
}

/** The width of a column from its header and its widest value. */
export function columnWidth(header: string, widestValue: number): number {
  const longestWord = Math.max(...header.split(/\s+/).map((word) => word.length));
  const headerNeed = Math.max(longestWord, Math.min(header.length, HEADER_LINE));
  const width = Math.max(widestValue, headerNeed) + PADDING;
  return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width));
}

/** Lines a text takes when wrapped at word boundaries within a column width, line breaks kept. */
export function textLines(text: string, width: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) lines += wrappedLines(paragraph, width);
  return lines;
}

/** Lines one paragraph (a header) takes when wrapped at word boundaries within a column width. */
export function wrappedLines(header: string, width: number): number {
  const room = Math.max(1, Math.floor((width - PADDING + 1) * LETTERS_PER_WIDTH));
  let lines = 1;
  let used = 0;
  for (const word of header.split(/\s+/)) {
    const length = word.length;
    if (used > 0 && used + 1 + length > room) {
      lines++;
      used = length;
    } else {
      used += used > 0 ? 1 + length : length;
    }
  }
  return lines;
}
