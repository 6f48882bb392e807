/**
 * Cell values as the workbook stores them: text always as a string value,
 * days as real dates, and every ratio or change as a formula over the cells
 * it comes from, with the value the report model gives cached as its result
 * so that the figure shows without recalculation and can be audited.
 */
import type { Ratio } from '../../compute/report-model.js';
import { dateParts } from '../../model/dates.js';
import type { IsoDate } from '../../model/types.js';
import { ratioValue } from '../format-vi.js';
import { safeText } from '../safe-text.js';

/** A formula (without `=`) and the result it gives, cached in the file. */
export interface FormulaCell {
  formula: string;
  result: number | string;
}

export type CellValue = string | number | Date | FormulaCell | null;

/** Excel keeps at most this many characters in a cell. */
const MAX_CELL_TEXT = 32_767;

/**
 * The text with every character no report carries replaced by U+FFFD
 * (safe-text.ts, the policy of every format): XML's own forbidden characters
 * (C0 controls, U+FFFE, U+FFFF, lone surrogates) are among them.
 */
export const xmlSafe = safeText;

/**
 * A text cell: a plain string value, so text starting with `=`, `+`, `-` or `@`
 * stays text and never becomes a formula. Characters XML cannot hold become
 * U+FFFD and text beyond Excel's cell limit is cut with "…", so the file always
 * opens; an empty text is an empty cell.
 */
export function textCell(text: string | null): string | null {
  if (text === null || text === '') return null;
  const clean = xmlSafe(text);
  if (clean.length <= MAX_CELL_TEXT) return clean;
  // Cut before a surrogate pair rather than through it.
  const cut = /[\uD800-\uDBFF]/.test(clean.charAt(MAX_CELL_TEXT - 2))
    ? MAX_CELL_TEXT - 2
    : MAX_CELL_TEXT - 1;
  return `${clean.slice(0, cut)}…`;
}

/** A day at 00:00 UTC, which exceljs stores as a whole Excel serial day. */
export function utcMidnight(date: IsoDate): Date {
  const { year, month, day } = dateParts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

/** A day as an Excel date cell; no day is an empty cell. */
/**
 * A task's progress, 0–100 in the dataset, as the ratio every other ratio of
 * the workbook is (70 → 0.7, shown 70,0%): a pivot or a formula never mixes the
 * two scales. Empty when the task has no progress.
 */
export function progressRatio(progress: number | null): number | null {
  return progress === null ? null : progress / 100;
}

export function dateCell(date: IsoDate | null): Date | null {
  return date === null ? null : utcMidnight(date);
}

/**
 * A ratio as the formula `IF(den=0,"",num/den)` over the cells holding its
 * counts, caching numerator/denominator (or "" for 0/0, shown as an empty cell).
 */
export function ratioFormula(numerator: string, denominator: string, ratio: Ratio): FormulaCell {
  return {
    formula: `IF(${denominator}=0,"",${numerator}/${denominator})`,
    result: ratioValue(ratio) ?? '',
  };
}

/** A change in a count as `current-previous`, caching the change the model gives. */
export function differenceFormula(current: string, previous: string, change: number): FormulaCell {
  return { formula: `${current}-${previous}`, result: change };
}

/**
 * A change between two ratio cells in percentage points, empty when either
 * ratio is: `IF(OR(cur="",prev=""),"",(cur-prev)*100)`, caching the change
 * the model gives (exact; "" when either side is 0/0).
 */
export function ratioChangeFormula(
  current: string,
  previous: string,
  ratios: { current: Ratio; previous: Ratio; change: Ratio },
): FormulaCell {
  const empty = ratios.current.denominator === 0 || ratios.previous.denominator === 0;
  const change = ratioValue(ratios.change);
  return {
    formula: `IF(OR(${current}="",${previous}=""),"",(${current}-${previous})*100)`,
    // toPrecision drops the float's noise from × 100 (0.0375 × 100 = 3.7500000000000004).
    result: empty || change === null ? '' : Number((change * 100).toPrecision(15)),
  };
}
