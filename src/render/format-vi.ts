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

/** A non-negative-denominator fraction of BigInts, so that rounding never drifts. */
type Fraction = [numerator: bigint, denominator: bigint];

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/** A number as the exact decimal JavaScript prints for it: 7.25 → 725/100. */
function decimal(value: number): Fraction {
  const match = DECIMAL_TEXT.exec(String(value));
  if (!match) throw new RangeError(`Not a finite number: ${String(value)}`);
  const fractionDigits = match[3] ?? '';
  const scale = fractionDigits.length - Number(match[4] ?? 0);
  const digits = BigInt(`${match[1] ?? ''}${match[2] ?? ''}${fractionDigits}`);
  return scale >= 0 ? [digits, 10n ** BigInt(scale)] : [digits * 10n ** BigInt(-scale), 1n];
}

/** numerator / denominator as an exact fraction (denominator > 0). */
function fraction(numerator: number, denominator: number): Fraction {
  const [a, b] = decimal(numerator);
  const [c, d] = decimal(denominator);
  return c < 0n ? [-a * d, -b * c] : [a * d, b * c];
}

/** value × scale rounded to an integer, half away from zero: (0,5125 × 1000) → 513. */
function roundedTenths([numerator, denominator]: Fraction, scale: bigint): bigint {
  const scaled = numerator * scale;
  const magnitude = scaled < 0n ? -scaled : scaled;
  const rounded = (2n * magnitude + denominator) / (2n * denominator);
  return scaled < 0n ? -rounded : rounded;
}

/** Shown for a ratio whose denominator is 0. */
export const NO_VALUE = '—';

const INTEGER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('vi-VN', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const UP_TO_TWO_DECIMALS = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const TWO_SIGNIFICANT = new Intl.NumberFormat('vi-VN', { maximumSignificantDigits: 2 });

/** -0 (`progress: -0`) is 0: Intl would print "-0". */
const unsigned = (value: number): number => (value === 0 ? 0 : value);

/** A whole number below 1,000, which every format here prints as its digits (a national briefing prints 600,000 of them). */
const isSmallWhole = (value: number) => Number.isInteger(value) && value >= 0 && value < 1000;

/** Integers with a thousands dot: 21914 → "21.914". */
export function formatInteger(value: number): string {
  // `+ 0`: -0 prints "0", as unsigned makes it.
  return isSmallWhole(value) ? String(value + 0) : INTEGER.format(unsigned(value));
}

/**
 * A score or other number with at most two decimals: 7.5 → "7,5". A number
 * that is not 0 never reads 0: below 0,005 it keeps two significant digits
 * (0.001 → "0,001"), so a criterion worth 0.001 is not shown as "0/0" beside
 * "100,0%".
 */
export function formatNumber(value: number): string {
  if (isSmallWhole(value)) return String(value + 0);
  const number = unsigned(value);
  if (number !== 0 && Math.abs(number) < 0.005) return TWO_SIGNIFICANT.format(number);
  return UP_TO_TWO_DECIMALS.format(number);
}

/** The ratio as a number in [0, 1], or null for 0/0. */
export function ratioValue(ratio: Ratio): number | null {
  return ratio.denominator === 0 ? null : ratio.numerator / ratio.denominator;
}

/**
 * A percentage with one decimal and a decimal comma: 11/21 → "52,4%"; 0/0 → "—".
 * Rounded exactly, half away from zero (205/400 → "51,3%", where the float
 * 51.249999… would give "51,2"). A share that is a whole percentage exactly
 * reads without ",0", as an office writes it: 8/10 → "80%", 47/47 → "100%";
 * one rounded to a whole keeps its decimal (2001/4000 → "50,0%").
 */
export function formatPercent(ratio: Ratio): string {
  const tenths = percentTenths(ratio);
  if (tenths === null) return NO_VALUE;
  return isWholePercent(ratio)
    ? `${formatInteger(tenths / 10)}%`
    : `${ONE_DECIMAL.format(tenths / 10)}%`;
}

/** Whether numerator × 100 / denominator is a whole number exactly (0/0 is not). */
function isWholePercent(ratio: Ratio): boolean {
  if (ratio.denominator === 0) return false;
  const [numerator, denominator] = fraction(ratio.numerator, ratio.denominator);
  return (numerator * 100n) % denominator === 0n;
}

/**
 * The ratio as a percentage in tenths, rounded exactly (half away from zero):
 * 11/21 → 524, 201/400 → 503; null for 0/0. Every printed percentage (text,
 * chart) is made from this, so they agree to the last digit.
 */
export function percentTenths(ratio: Ratio): number | null {
  if (ratio.denominator === 0) return null;
  return Number(roundedTenths(fraction(ratio.numerator, ratio.denominator), 1000n));
}

/**
 * A ratio as counts: "11/21" (shown even for 0/0). Points summed over
 * criteria are counts too, and need not be whole: they keep their decimals
 * as formatNumber writes them ("352,5/400", "0,001/0,001"), never rounded to a
 * whole number (0,001 points read "0/0" beside "100,0%").
 */
export function formatCounts(ratio: Ratio): string {
  const count = (value: number) =>
    Number.isInteger(value) ? formatInteger(value) : formatNumber(value);
  return `${count(ratio.numerator)}/${count(ratio.denominator)}`;
}

/** "11/21 (52,4%)", or "0/0 (—)". */
export function formatRatio(ratio: Ratio): string {
  return `${formatCounts(ratio)} (${formatPercent(ratio)})`;
}

/**
 * dd/mm/yyyy, "30/06/2024": only for what a user types back (the intake
 * forms' date cells, whose entry format it shows); every document and the
 * terminal write formatDateInText.
 */
export function formatDateShort(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** Two-digit day, and month only for January and February (the NĐ 30/2020 rule). */
function padDayMonth(date: IsoDate): { dd: string; mm: string; year: number } {
  const { year, month, day } = dateParts(date);
  return {
    dd: String(day).padStart(2, '0'),
    mm: month <= 2 ? String(month).padStart(2, '0') : String(month),
    year,
  };
}

/**
 * The one short form of a day, in sentences and tables alike, padded by the
 * same rule as the long form: "30/6/2024", "05/01/2025", "09/12/2022" ("Tính
 * đến ngày 30/6/2024, …"); never "30/06/2024".
 */
export function formatDateInText(date: IsoDate): string {
  const { dd, mm, year } = padDayMonth(date);
  return `${dd}/${mm}/${year}`;
}

/**
 * The NĐ 30/2020 long form: "ngày 30 tháng 6 năm 2024"; days below 10 and the
 * months 1 and 2 take a leading zero ("ngày 05 tháng 01 năm 2025").
 */
export function formatDateLong(date: IsoDate): string {
  const { dd, mm, year } = padDayMonth(date);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** A signed change in words: 3 → "tăng 3", -2 → "giảm 2", 0 → "không đổi". */
export function formatChange(delta: number): string {
  if (delta > 0) return `tăng ${formatInteger(delta)}`;
  if (delta < 0) return `giảm ${formatInteger(-delta)}`;
  return 'không đổi';
}

/** What a change of a percentage is measured in, written out as an office writes it. */
export const PERCENTAGE_POINTS = 'điểm phần trăm';

/** Tenths of a percentage point in words: 37 → "tăng 3,7 điểm phần trăm" ("tăng 3,7" without the unit). */
function pointChangeText(tenths: number, unit: boolean): string {
  const points = unit ? ` ${PERCENTAGE_POINTS}` : '';
  if (tenths > 0) return `tăng ${ONE_DECIMAL.format(tenths / 10)}${points}`;
  if (tenths < 0) return `giảm ${ONE_DECIMAL.format(-tenths / 10)}${points}`;
  return 'không đổi';
}

/**
 * A change of a ratio in percentage points, from the model's exact difference
 * (current − previous as a fraction), rounded exactly to one decimal, half away
 * from zero: 5/100 → "tăng 5,0 điểm phần trăm", −1/300 → "giảm 0,3 điểm phần
 * trăm"; without the unit (a table whose header names it) "tăng 5,0".
 */
export function formatPointChange(difference: Ratio, unit = true): string {
  if (difference.denominator === 0) return NO_VALUE;
  const tenths = roundedTenths(fraction(difference.numerator, difference.denominator), 1000n);
  return pointChangeText(Number(tenths), unit);
}

/**
 * A measured value exactly as written, with the thousands dot and the decimal
 * comma: 72.595 → "72,595", 4327 → "4.327", 0.0004 → "0,0004". Never
 * rounded: two different values (a value and its target, two periods) never
 * print alike, and a value that is not zero never prints as 0, so no verdict
 * ("chưa đạt") or change ("tăng") is contradicted by the numbers beside it.
 * Three decimals made 0.0004% print "0%" beside "mục tiêu 0%, chưa đạt".
 * The data's values are written with few decimals, and a change (an exact
 * decimal difference) has no more than its two values.
 */
export function formatMeasureNumber(value: number): string {
  const [numerator, denominator] = decimal(value);
  const magnitude = numerator < 0n ? -numerator : numerator;
  const places = String(denominator).length - 1;
  const whole = String(magnitude / denominator).replace(/\B(?=(\d{3})+$)/g, '.');
  const fraction = String(magnitude % denominator)
    .padStart(places, '0')
    .replace(/0+$/, '');
  const text = fraction === '' ? whole : `${whole},${fraction}`;
  // -0 prints as plain 0.
  return numerator < 0n ? `-${text}` : text;
}

/** A value with its unit: "92,7%" (no space before %, as Vietnamese writes it), "4.327 thành viên". */
export function formatMeasure(value: number, unit: string): string {
  const number = formatMeasureNumber(value);
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/**
 * A change of a measured value: "tăng 3,2 điểm phần trăm" for a percentage,
 * "tăng 412 thành viên", "không đổi".
 */
export function formatMeasureChange(change: number, unit: string): string {
  if (change === 0) return 'không đổi';
  const size = formatMeasureNumber(Math.abs(change));
  const amount = unit === '%' ? `${size} ${PERCENTAGE_POINTS}` : `${size} ${unit}`;
  return `${change > 0 ? 'tăng' : 'giảm'} ${amount}`;
}

/**
 * An amount of a measured value, without sign: "7,405 điểm phần trăm" for a
 * percentage (a difference of percentages is in percentage points), "673
 * thành viên" otherwise.
 */
export function formatMeasureAmount(size: number, unit: string): string {
  const number = formatMeasureNumber(Math.abs(size));
  return unit === '%' ? `${number} điểm phần trăm` : `${number} ${unit}`;
}

/** Points over possible points, keeping up to two decimals: "352/400", "7,5/10". */
export function formatScore(ratio: Ratio): string {
  return `${formatNumber(ratio.numerator)}/${formatNumber(ratio.denominator)}`;
}

/** A progress percentage: 70 → "70%"; none → "—". */
export function formatProgress(progress: number | null): string {
  return progress === null ? NO_VALUE : `${formatNumber(progress)}%`;
}

/**
 * Joins items as a Vietnamese list: "A", "A và B", "A, B và C"; empty gives "".
 */
export function joinVi(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items.at(-1) ?? ''}`;
}
