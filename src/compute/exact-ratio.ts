/**
 * Exact arithmetic on scores written in decimal (7.5, 8.25). Binary floats
 * drift (0.1 + 0.2 ≠ 0.3, 0.29 × 100 < 29), and a rank or a grade must never
 * flip on such drift, so sums and ratio comparisons go through scaled BigInts.
 */
import type { Ratio } from './report-model.js';

interface Decimal {
  /** The value is `digits / 10^scale`. */
  digits: bigint;
  scale: number;
}

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/** Reads a number as the decimal JavaScript prints for it (the shortest round-trip form). */
function toDecimal(value: number): Decimal {
  // A count or a whole score: its digits are itself (most values read here).
  if (Number.isSafeInteger(value)) return { digits: BigInt(value), scale: 0 };
  const match = DECIMAL_TEXT.exec(String(value));
  if (!match) throw new RangeError(`Not a finite number: ${String(value)}`);
  const fraction = match[3] ?? '';
  const scale = fraction.length - Number(match[4] ?? 0);
  const digits = BigInt(`${match[1] ?? ''}${match[2] ?? ''}${fraction}`);
  return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
}

function rescale(decimal: Decimal, scale: number): bigint {
  return decimal.digits * 10n ** BigInt(scale - decimal.scale);
}

/** The exact decimal sum of the values, as the nearest number (0.1 + 0.2 → 0.3). */
export function sumDecimals(values: readonly number[]): number {
  // Whole numbers add exactly while the sum stays a safe integer: the usual case.
  const plain = values.reduce((sum, value) => sum + value, 0);
  if (Number.isSafeInteger(plain) && values.every((value) => Number.isSafeInteger(value)))
    return plain;
  const decimals = values.map(toDecimal);
  const scale = Math.max(0, ...decimals.map((decimal) => decimal.scale));
  const total = decimals.reduce((sum, decimal) => sum + rescale(decimal, scale), 0n);
  return Number(`${total}e-${scale}`);
}

/**
 * Compares two ratios by value, exactly (cross-multiplication on scaled
 * integers): negative when a < b, 0 when equal, positive when a > b.
 * A ratio with denominator 0 counts as 0.
 */
export function compareRatios(a: Ratio, b: Ratio): number {
  const [an, ad] = a.denominator === 0 ? [0, 1] : [a.numerator, a.denominator];
  const [bn, bd] = b.denominator === 0 ? [0, 1] : [b.numerator, b.denominator];
  // Counts: the cross products are exact while they stay safe integers.
  const cross = wholeCross(an, ad, bn, bd);
  if (cross !== null) return cross.difference < 0 ? -1 : cross.difference > 0 ? 1 : 0;
  const decimals = [an, ad, bn, bd].map(toDecimal);
  const scale = Math.max(...decimals.map((decimal) => decimal.scale));
  const [sa, sad, sb, sbd] = decimals.map((decimal) => rescale(decimal, scale)) as [
    bigint,
    bigint,
    bigint,
    bigint,
  ];
  // Denominators are positive, so the sign of the cross difference is the order.
  const difference = sa * sbd - sb * sad;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/**
 * a − b as an exact fraction of decimals (for the change of an index between
 * two periods): (a.n × b.d − b.n × a.d) / (a.d × b.d). A ratio with
 * denominator 0 counts as 0, as in compareRatios.
 */
export function ratioDifference(a: Ratio, b: Ratio): Ratio {
  const [an, ad] = a.denominator === 0 ? [0, 1] : [a.numerator, a.denominator];
  const [bn, bd] = b.denominator === 0 ? [0, 1] : [b.numerator, b.denominator];
  const cross = wholeCross(an, ad, bn, bd);
  if (cross !== null && Number.isSafeInteger(ad * bd))
    return { numerator: cross.difference + 0, denominator: ad * bd };
  const decimals = [an, ad, bn, bd].map(toDecimal);
  const scale = Math.max(...decimals.map((decimal) => decimal.scale));
  const [sa, sad, sb, sbd] = decimals.map((decimal) => rescale(decimal, scale)) as [
    bigint,
    bigint,
    bigint,
    bigint,
  ];
  // Both sides carry 10^(2·scale); dividing it out keeps the counts as small as they were written.
  const unit = 10n ** BigInt(2 * scale);
  return {
    numerator: decimalNumber(sa * sbd - sb * sad, unit),
    denominator: decimalNumber(sad * sbd, unit),
  };
}

/**
 * an × bd − bn × ad when all four are whole and every product and the
 * difference a safe integer (then exact in floating point); else null.
 */
function wholeCross(an: number, ad: number, bn: number, bd: number): { difference: number } | null {
  if (![an, ad, bn, bd].every((value) => Number.isSafeInteger(value))) return null;
  const left = an * bd;
  const right = bn * ad;
  const difference = left - right;
  return Number.isSafeInteger(left) &&
    Number.isSafeInteger(right) &&
    Number.isSafeInteger(difference)
    ? { difference }
    : null;
}

/** value / unit (a power of ten) as the nearest number, through its decimal text. */
function decimalNumber(value: bigint, unit: bigint): number {
  const digits = unit.toString().length - 1;
  return Number(`${value}e-${digits}`);
}

/** a − b, exactly in decimal, as the nearest number (92.7 − 89.5 → 3.2, not 3.2000000000000028). */
export function decimalDifference(a: number, b: number): number {
  return sumDecimals([a, -b]);
}

/** Compares two numbers written in decimal, exactly: negative when a < b, 0 when equal, positive when a > b. */
export function compareDecimals(a: number, b: number): number {
  return compareRatios({ numerator: a, denominator: 1 }, { numerator: b, denominator: 1 });
}
