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
