/**
 * Vietnamese wording of numbers, ratios and dates: the one module every renderer
 * uses, so "52,4%", "11/21" and "ngày 30 tháng 6 năm 2024" read the same in
 * Markdown, Excel titles and the terminal (facts.md §4: decimal comma, thousands
 * dot, percent sign without a space; dates in the NĐ 30/2020 form, by hand,
 * because Intl's vi-VN date styles are not that form).
 */
import type { Ratio } from '../compute/report-model.js';
import { dateParts } from '../model/dates.js';
import type { IsoDate } from '../model/types.js';

/** Shown for a ratio whose denominator is 0. */
export const NO_VALUE = '—';

const INTEGER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const UP_TO_TWO_DECIMALS = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** Integers with a thousands dot: 21914 → "21.914". */
export function formatInteger(value: number): string {
  return INTEGER.format(value);
}

/** A score or other number with at most two decimals: 7.5 → "7,5". */
export function formatNumber(value: number): string {
  return UP_TO_TWO_DECIMALS.format(value);
}

/** The ratio as a number in [0, 1], or null for 0/0. */
export function ratioValue(ratio: Ratio): number | null {
  return ratio.denominator === 0 ? null : ratio.numerator / ratio.denominator;
}

/** A percentage with one decimal and a decimal comma: 11/21 → "52,4%"; 0/0 → "—". */
export function formatPercent(ratio: Ratio): string {
  const value = ratioValue(ratio);
  return value === null ? NO_VALUE : `${ONE_DECIMAL.format(value * 100)}%`;
}

/** A ratio as counts: "11/21" (shown even for 0/0). */
export function formatCounts(ratio: Ratio): string {
  return `${formatInteger(ratio.numerator)}/${formatInteger(ratio.denominator)}`;
}

/** "11/21 (52,4%)", or "0/0 (—)". */
export function formatRatio(ratio: Ratio): string {
  return `${formatCounts(ratio)} (${formatPercent(ratio)})`;
}

/** dd/mm/yyyy: "30/06/2024". */
export function formatDateShort(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/**
 * The NĐ 30/2020 long form: "ngày 30 tháng 6 năm 2024"; days below 10 and the
 * months 1 and 2 take a leading zero ("ngày 05 tháng 01 năm 2025").
 */
export function formatDateLong(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** A signed change in words: 3 → "tăng 3", -2 → "giảm 2", 0 → "không đổi". */
export function formatChange(delta: number): string {
  if (delta > 0) return `tăng ${formatInteger(delta)}`;
  if (delta < 0) return `giảm ${formatInteger(-delta)}`;
  return 'không đổi';
}

/** A change in percentage points with one decimal: 0.034 → "tăng 3,4 điểm %". */
export function formatPointChange(deltaFraction: number): string {
  const points = Math.round(deltaFraction * 1000) / 10;
  if (points > 0) return `tăng ${ONE_DECIMAL.format(points)} điểm %`;
  if (points < 0) return `giảm ${ONE_DECIMAL.format(-points)} điểm %`;
  return 'không đổi';
}
