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

/** 10^0 … 10^15: every power a scaled value may need, each exact in floating point. */
const POWERS = Array.from({ length: 16 }, (_, power) => 10 ** power);

/**
 * The values on one decimal scale as safe integers, `values[i] = wholes[i] / 10^scale`
 * exactly, or null when a value has more than 15 decimals or a scaled value is not safe.
 * A value's scale is the first at which its scaled digits give it back: the length of
 * the decimals JavaScript prints for it (the shortest that round-trips), found without
 * printing it or making a BigInt (an index section compares and sums thousands of scores).
 */
function onOneScale(values: readonly number[]): { wholes: number[]; scale: number } | null {
  let scale = 0;
  for (const value of values) {
    while (scale < POWERS.length && Math.round(value * POWERS[scale]!) / POWERS[scale]! !== value)
      scale += 1;
    if (scale === POWERS.length) return null;
  }
  const power = POWERS[scale]!;
  const wholes = values.map((value) => Math.round(value * power));
  // Below 2^50 each whole is the one decimal of that scale that gives the value back.
  return wholes.every((whole) => Math.abs(whole) < 2 ** 50) ? { wholes, scale } : null;
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
  // Decimals of a few places: their scaled digits add exactly, and one division rounds once.
  const scaled = onOneScale(values);
  if (scaled !== null) {
    const total = scaled.wholes.reduce((sum, whole) => sum + whole, 0);
    if (Number.isSafeInteger(total)) return total / POWERS[scaled.scale]!;
  }
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
  const cross = wholeCross(an, ad, bn, bd) ?? scaledCross(an, ad, bn, bd)?.cross ?? null;
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
  // Decimals: the same on one scale, then the scale divided out (once, exactly rounded).
  const scaled = scaledCross(an, ad, bn, bd);
  if (scaled !== null && Number.isSafeInteger(scaled.denominator)) {
    const unit = POWERS[scaled.scale]! * POWERS[scaled.scale]!;
    if (Number.isSafeInteger(unit))
      return {
        numerator: scaled.cross.difference / unit + 0,
        denominator: scaled.denominator / unit,
      };
  }
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

/** wholeCross of the four on one decimal scale (onOneScale), with their denominators' product. */
function scaledCross(
  an: number,
  ad: number,
  bn: number,
  bd: number,
): { cross: { difference: number }; denominator: number; scale: number } | null {
  const scaled = onOneScale([an, ad, bn, bd]);
  if (scaled === null) return null;
  const [san, sad, sbn, sbd] = scaled.wholes as [number, number, number, number];
  const cross = wholeCross(san, sad, sbn, sbd);
  return cross === null ? null : { cross, denominator: sad * sbd, scale: scaled.scale };
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
