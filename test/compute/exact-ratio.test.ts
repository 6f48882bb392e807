import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRatios, ratioDifference, sumDecimals } from '../../src/compute/exact-ratio.js';
import { distinctTexts, textKey } from '../../src/compute/text-key.js';

describe('sumDecimals', () => {
  it.each([
    [[0.1, 0.2], 0.3],
    [[7.5, 8.25, 0.25], 16],
    [[], 0],
    [[1e21, 1], 1e21 + 1],
    [[1e-7, 2e-7], 3e-7],
  ])('sums %j to %d', (values, expected) => {
    expect(sumDecimals(values)).toBe(expected);
  });
});

describe('compareRatios', () => {
  it.each([
    [{ numerator: 1, denominator: 3 }, { numerator: 2, denominator: 6 }, 0],
    [{ numerator: 0.3, denominator: 40 }, { numerator: 0.30000000000000004, denominator: 40 }, -1],
    [{ numerator: 29, denominator: 100 }, { numerator: 0.29, denominator: 1 }, 0],
    [{ numerator: 26, denominator: 40 }, { numerator: 65, denominator: 100 }, 0],
    [{ numerator: 31.9, denominator: 40 }, { numerator: 80, denominator: 100 }, -1],
    [{ numerator: 0, denominator: 0 }, { numerator: 0, denominator: 5 }, 0],
    [{ numerator: 1, denominator: 5 }, { numerator: 0, denominator: 0 }, 1],
    // Cross products past 2^53: floating point would call them equal.
    [{ numerator: 2 ** 52 + 1, denominator: 3 }, { numerator: 2 ** 52, denominator: 3 }, 1],
    [{ numerator: 3, denominator: 2 ** 52 + 1 }, { numerator: 3, denominator: 2 ** 52 }, -1],
  ])('%j vs %j → %d', (a, b, expected) => {
    expect(compareRatios(a, b)).toBe(expected);
  });
});

describe('ratioDifference', () => {
  it.each([
    [{ numerator: 17, denominator: 36 }, { numerator: 14, denominator: 35 }, 91, 1260],
    [{ numerator: 0, denominator: 0 }, { numerator: 0, denominator: 7 }, 0, 7],
    [{ numerator: 9.2, denominator: 10 }, { numerator: 8.95, denominator: 10 }, 2.5, 100],
    [
      { numerator: 2 ** 52, denominator: 3 },
      { numerator: 1, denominator: 3 },
      3 * (2 ** 52 - 1),
      9,
    ],
  ])('%j − %j → %d / %d', (a, b, numerator, denominator) => {
    expect(ratioDifference(a, b)).toEqual({ numerator, denominator });
  });
});

/**
 * The arithmetic done slowly and surely: each number through the decimal text
 * JavaScript prints for it and BigInt, as the module did before its quick path
 * for decimals of a few places.
 */
const reference = {
  decimal(value: number): { digits: bigint; scale: number } {
    const [, sign, whole, fraction = '', exponent = '0'] =
      /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value))!;
    const scale = fraction.length - Number(exponent);
    const digits = BigInt(`${sign}${whole}${fraction}`);
    return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
  },
  onScale(values: number[]): { scaled: bigint[]; scale: number } {
    const decimals = values.map((value) => reference.decimal(value));
    const scale = Math.max(0, ...decimals.map((decimal) => decimal.scale));
    return {
      scaled: decimals.map((decimal) => decimal.digits * 10n ** BigInt(scale - decimal.scale)),
      scale,
    };
  },
  sum(values: number[]): number {
    const { scaled, scale } = reference.onScale(values);
    return Number(`${scaled.reduce((sum, value) => sum + value, 0n)}e-${scale}`);
  },
  compare(a: [number, number], b: [number, number]): number {
    const { scaled } = reference.onScale([...a, ...b]);
    const [an, ad, bn, bd] = scaled as [bigint, bigint, bigint, bigint];
    const difference = an * bd - bn * ad;
    return difference < 0n ? -1 : difference > 0n ? 1 : 0;
  },
  difference(a: [number, number], b: [number, number]): { numerator: number; denominator: number } {
    const { scaled, scale } = reference.onScale([...a, ...b]);
    const [an, ad, bn, bd] = scaled as [bigint, bigint, bigint, bigint];
    return {
      numerator: Number(`${an * bd - bn * ad}e-${2 * scale}`),
      denominator: Number(`${ad * bd}e-${2 * scale}`),
    };
  },
};

describe('decimals of a few places, exactly as through their printed digits', () => {
  // Scores as offices write them (7.5, 8.25, 12.125), and numbers of every size and precision.
  const written = fc
    .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 6 }))
    .map(([digits, places]) => Number(`${digits}e-${places}`));
  const anyNumber = fc.oneof(written, fc.double({ noNaN: true, noDefaultInfinity: true }));
  const positive = fc.oneof(
    written.filter((value) => value > 0),
    fc.double({ min: 1e-12, max: 1e12, noNaN: true }),
  );

  it('sums as the BigInt reference does', () => {
    fc.assert(
      fc.property(fc.array(anyNumber, { maxLength: 8 }), (values) => {
        expect(sumDecimals(values)).toBe(reference.sum(values));
      }),
      { numRuns: 2000 },
    );
  });

  it('compares and subtracts ratios as the BigInt reference does', () => {
    fc.assert(
      fc.property(anyNumber, positive, anyNumber, positive, (an, ad, bn, bd) => {
        const [a, b] = [
          { numerator: an, denominator: ad },
          { numerator: bn, denominator: bd },
        ];
        expect(compareRatios(a, b)).toBe(reference.compare([an, ad], [bn, bd]));
        expect(ratioDifference(a, b)).toEqual(reference.difference([an, ad], [bn, bd]));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('textKey', () => {
  it('matches texts that differ only in case, spacing, NFC/NFD or a trailing . or ;', () => {
    const nfd = 'Thiếu kinh phí'.normalize('NFD');
    expect(['  Thiếu   kinh phí. ', nfd, 'THIẾU KINH PHÍ;', 'thiếu kinh phí'].map(textKey)).toEqual(
      ['thiếu kinh phí', 'thiếu kinh phí', 'thiếu kinh phí', 'thiếu kinh phí'],
    );
  });

  it('keeps the first spelling, tidied, and drops empty texts', () => {
    expect(distinctTexts([' Thiếu  nhân lực ', '', 'thiếu nhân lực.', 'Hạ tầng yếu'])).toEqual([
      'Thiếu nhân lực',
      'Hạ tầng yếu',
    ]);
  });
});
