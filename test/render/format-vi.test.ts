import { describe, expect, it } from 'vitest';
import { ratioDifference } from '../../src/compute/exact-ratio.js';
import {
  formatChange,
  formatCounts,
  formatDateInText,
  formatDateLong,
  formatDateShort,
  formatInteger,
  formatMeasure,
  formatMeasureChange,
  formatMeasureNumber,
  formatNumber,
  formatPercent,
  formatPointChange,
  formatProgress,
  formatRatio,
  formatScore,
  joinVi,
  ratioValue,
} from '../../src/render/format-vi.js';

const ratio = (numerator: number, denominator: number) => ({ numerator, denominator });

describe('numbers', () => {
  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(formatInteger(21914)).toBe('21.914');
    expect(formatInteger(1928311)).toBe('1.928.311');
    expect(formatInteger(0)).toBe('0');
    expect(formatNumber(7.5)).toBe('7,5');
    expect(formatNumber(352)).toBe('352');
    expect(formatNumber(2.125)).toBe('2,13');
  });

  it('prints whole numbers below 1,000 as Intl prints them in Vietnamese, and from 1,000 with the dot', () => {
    const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
    const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
    for (let value = 0; value < 2000; value += 1) {
      expect(formatInteger(value)).toBe(integer.format(value));
      expect(formatNumber(value)).toBe(number.format(value));
    }
    expect([formatInteger(-0), formatNumber(-0), formatInteger(999), formatInteger(1000)]).toEqual([
      '0',
      '0',
      '999',
      '1.000',
    ]);
    expect([formatInteger(-5), formatInteger(2.5), formatNumber(0.5)]).toEqual(['-5', '3', '0,5']);
  });

  it('writes a ratio as a one-decimal percentage, and 0/0 as a dash', () => {
    expect(formatPercent(ratio(11, 21))).toBe('52,4%');
    expect(formatPercent(ratio(16051, 16274))).toBe('98,6%');
    // A whole share exactly reads without ",0"; one rounded to a whole keeps it.
    expect(formatPercent(ratio(11, 11))).toBe('100%');
    expect(formatPercent(ratio(8, 10))).toBe('80%');
    expect(formatPercent(ratio(0, 6))).toBe('0%');
    expect(formatPercent(ratio(1, 8))).toBe('12,5%');
    expect(formatPercent(ratio(2001, 4000))).toBe('50,0%');
    expect(formatPercent(ratio(7.5, 10))).toBe('75%');
    expect(formatPercent(ratio(0, 0))).toBe('—');
    expect(ratioValue(ratio(0, 0))).toBeNull();
  });

  it('rounds percentages exactly, half away from zero, whatever the float says', () => {
    // 205/400 is 51.25% exactly; as a float it is 51.2499…
    expect(formatPercent(ratio(205, 400))).toBe('51,3%');
    expect(formatPercent(ratio(1, 16))).toBe('6,3%');
    expect(formatPercent(ratio(7.25, 10))).toBe('72,5%');
    expect(formatPercent(ratio(0.1 + 0.2, 1))).toBe('30,0%');
  });

  it('writes counts and the combined form', () => {
    expect(formatCounts(ratio(11, 21))).toBe('11/21');
    expect(formatCounts(ratio(16051, 21914))).toBe('16.051/21.914');
    expect(formatRatio(ratio(11, 21))).toBe('11/21 (52,4%)');
    expect(formatRatio(ratio(0, 0))).toBe('0/0 (—)');
    expect(formatScore(ratio(7.5, 10))).toBe('7,5/10');
    expect(formatProgress(70)).toBe('70%');
    expect(formatProgress(null)).toBe('—');
  });
});

describe('dates', () => {
  it('writes the NĐ 30/2020 long form, padding days below 10 and months 1 and 2', () => {
    expect(formatDateLong('2025-01-05')).toBe('ngày 05 tháng 01 năm 2025');
    expect(formatDateLong('2024-06-30')).toBe('ngày 30 tháng 6 năm 2024');
    expect(formatDateLong('2024-02-09')).toBe('ngày 09 tháng 02 năm 2024');
    expect(formatDateLong('2024-12-01')).toBe('ngày 01 tháng 12 năm 2024');
  });

  it('writes one short form for sentences and tables, dd/mm/yyyy only for entry forms', () => {
    expect(formatDateShort('2024-06-30')).toBe('30/06/2024');
    expect(formatDateShort('2025-01-05')).toBe('05/01/2025');
    expect(formatDateInText('2024-06-30')).toBe('30/6/2024');
    expect(formatDateInText('2024-05-15')).toBe('15/5/2024');
    expect(formatDateInText('2022-12-09')).toBe('09/12/2022');
    expect(formatDateInText('2025-01-05')).toBe('05/01/2025');
    expect(formatDateInText('2024-10-10')).toBe('10/10/2024');
  });
});

describe('changes', () => {
  it('puts a change into words', () => {
    expect(formatChange(3)).toBe('tăng 3');
    expect(formatChange(-2)).toBe('giảm 2');
    expect(formatChange(0)).toBe('không đổi');
    expect(formatChange(1500)).toBe('tăng 1.500');
  });

  it('states a difference of ratios in percentage points, rounded exactly', () => {
    expect(formatPointChange(ratio(34, 1000))).toBe('tăng 3,4 điểm phần trăm');
    expect(formatPointChange(ratio(-34, 1000))).toBe('giảm 3,4 điểm phần trăm');
    expect(formatPointChange(ratio(4, 10000))).toBe('không đổi');
    // 300/400 − 285/400 is 3.75 points exactly (the float difference is 3.7499…).
    expect(formatPointChange(ratioDifference(ratio(300, 400), ratio(285, 400)))).toBe(
      'tăng 3,8 điểm phần trăm',
    );
    expect(formatPointChange(ratioDifference(ratio(285, 400), ratio(300, 400)))).toBe(
      'giảm 3,8 điểm phần trăm',
    );
    expect(formatPointChange(ratioDifference(ratio(250, 400), ratio(270, 400)))).toBe(
      'giảm 5,0 điểm phần trăm',
    );
    expect(formatPointChange(ratioDifference(ratio(1, 2), ratio(2, 4)))).toBe('không đổi');
    expect(formatPointChange(ratio(1, 0))).toBe('—');
  });
});

describe('joinVi', () => {
  it('joins with commas and "và" before the last item', () => {
    expect(joinVi([])).toBe('');
    expect(joinVi(['nhận thức số'])).toBe('nhận thức số');
    expect(joinVi(['nhận thức số', 'thể chế số'])).toBe('nhận thức số và thể chế số');
    expect(joinVi(['nhận thức số', 'thể chế số', 'hạ tầng số'])).toBe(
      'nhận thức số, thể chế số và hạ tầng số',
    );
  });
});

describe('indicator values (chỉ tiêu)', () => {
  it('keep the decimals they were written with, up to three, with the decimal comma', () => {
    expect([92.7, 72.595, 103.97, 100, 0.5, 98.62].map(formatMeasureNumber)).toEqual([
      '92,7',
      '72,595',
      '103,97',
      '100',
      '0,5',
      '98,62',
    ]);
  });

  it('print every decimal written, never rounding (a tiny value is not 0)', () => {
    expect([103.9712, 2.0005, -2.0005, 0.0004, -0.0004, 1e-7, -0].map(formatMeasureNumber)).toEqual(
      ['103,9712', '2,0005', '-2,0005', '0,0004', '-0,0004', '0,0000001', '0'],
    );
  });

  it('group thousands with a dot', () => {
    expect([4327, 1234567.5, 21914, 1e15, -999999999999999.9].map(formatMeasureNumber)).toEqual([
      '4.327',
      '1.234.567,5',
      '21.914',
      '1.000.000.000.000.000',
      '-999.999.999.999.999,9',
    ]);
  });

  it('print each unit as Vietnamese writes it: % without a space, nouns after one', () => {
    expect(formatMeasure(72.595, '%')).toBe('72,595%');
    expect(formatMeasure(4327, 'thành viên')).toBe('4.327 thành viên');
    expect(formatMeasure(58, 'dịch vụ')).toBe('58 dịch vụ');
  });

  it('word a change in percentage points for %, in the unit otherwise', () => {
    expect(formatMeasureChange(4.295, '%')).toBe('tăng 4,295 điểm phần trăm');
    expect(formatMeasureChange(-1.5, '%')).toBe('giảm 1,5 điểm phần trăm');
    expect(formatMeasureChange(412, 'thành viên')).toBe('tăng 412 thành viên');
    expect(formatMeasureChange(0, 'hồ sơ')).toBe('không đổi');
    expect(formatMeasureChange(0.0001, '%')).toBe('tăng 0,0001 điểm phần trăm');
    expect(formatMeasureChange(-1e-7, 'hồ sơ')).toBe('giảm 0,0000001 hồ sơ');
  });
});
