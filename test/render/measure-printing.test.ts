/**
 * Issue 28, tiny values: an indicator's value, target and change print as
 * written, so the printed numbers never contradict the verdict or the change
 * beside them ("0% … mục tiêu 0%, chưa đạt", a rise printed "không đổi").
 * Property tests over the values validation accepts (|x| ≤ 10^15).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalDifference } from '../../src/compute/exact-ratio.js';
import { formatMeasureChange, formatMeasureNumber } from '../../src/render/format-vi.js';
import { indicatorShortfall } from '../../src/render/indicator-wording.js';
import type { IndicatorRow } from '../../src/compute/report-model.js';

/** The number a reader reads from the printed text. */
const read = (text: string) => Number(text.replaceAll('.', '').replace(',', '.'));

/** Values as data holds them: any double of the accepted range, and short decimals near zero. */
const value = fc.oneof(
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
  fc
    .tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: 0, max: 12 }))
    .map(([digits, places]) => Number(`${digits}e-${places}`)),
);

describe('a measured value prints as written', () => {
  it('reads back as the same number', () => {
    fc.assert(
      fc.property(value, (x) => {
        expect(read(formatMeasureNumber(x))).toBe(x === 0 ? 0 : x);
      }),
    );
  });

  it('two different values never print alike; a value not zero never prints 0', () => {
    fc.assert(
      fc.property(value, value, (x, y) => {
        fc.pre(x !== y);
        expect(formatMeasureNumber(x)).not.toBe(formatMeasureNumber(y));
        if (x !== 0) expect(formatMeasureNumber(x)).not.toMatch(/^-?0$/);
      }),
    );
  });

  it('a change between two values is worded with the direction the numbers show', () => {
    fc.assert(
      fc.property(value, value, fc.constantFrom('%', 'hồ sơ'), (now, before, unit) => {
        const change = decimalDifference(now, before);
        const words = formatMeasureChange(change, unit);
        const shown = read(formatMeasureNumber(now)) - read(formatMeasureNumber(before));
        if (now === before) expect(words).toBe('không đổi');
        else expect(words.startsWith(now > before ? 'tăng ' : 'giảm ')).toBe(true);
        expect(Math.sign(shown)).toBe(Math.sign(change));
      }),
    );
  });

  it('a shortfall prints a value below its target (higher is better)', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        fc.pre(a !== b);
        const [now, target] = a < b ? [a, b] : [b, a];
        // A target whose period has ended: part II says it was not reached, with both values.
        const row = {
          name: 'Tỷ lệ hồ sơ',
          unit: '%',
          better: 'higher',
          status: 'not-reached',
          value: { value: now, inPeriod: true, estimate: false },
          target: { value: target, by: { label: 'năm 2025' }, plan: null, ended: true, gap: 1 },
        } as unknown as IndicatorRow;
        const match = /hồ sơ đạt (.+)%, mục tiêu (.+)% của năm 2025/.exec(
          indicatorShortfall({ rows: [row] }),
        );
        expect(read(match![1]!)).toBeLessThan(read(match![2]!));
      }),
    );
  });

  it('the cases of the issue', () => {
    expect(formatMeasureNumber(0.0004)).toBe('0,0004');
    expect(formatMeasureChange(decimalDifference(0.0005, 0.0004), '%')).toBe(
      'tăng 0,0001 điểm phần trăm',
    );
    expect(formatMeasureChange(decimalDifference(12.3451, 12.345), 'hồ sơ')).toBe(
      'tăng 0,0001 hồ sơ',
    );
  });
});
