/**
 * Numbers as each language writes them, for what the CLI prints: Vietnamese
 * with the decimal comma and thousands dot (format-vi.ts), English with the
 * decimal point and thousands comma. Both round through the same exact
 * percentage (`percentTenths`), so 11/21 is 52,4% and 52.4%, never 52.3.
 */
import type { Ratio } from '../compute/report-model.js';
import {
  formatCounts,
  formatDateInText,
  formatInteger,
  formatPercent,
  NO_VALUE,
  percentTenths,
} from './format-vi.js';

export interface NumberStyle {
  integer(value: number): string;
  /** 52,4% / 52.4%; "—" for 0/0. */
  percent(ratio: Ratio): string;
  /** 11/21 in both. */
  counts(ratio: Ratio): string;
  /** 11/21 (52,4%) / 11/21 (52.4%). */
  ratio(ratio: Ratio): string;
  /** The briefing's one short form, 30/6/2024 and 02/7/2024 (NĐ 30) / 2024-06-30. */
  date(day: string): string;
}

const INTEGER_EN = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const DECIMAL_EN = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const SIGNIFICANT_EN = new Intl.NumberFormat('en', { maximumSignificantDigits: 2 });

/** A count as format-vi.ts formatCounts writes it, in English notation. */
function countEn(value: number): string {
  if (Number.isInteger(value)) return INTEGER_EN.format(value === 0 ? 0 : value);
  return (Math.abs(value) < 0.005 ? SIGNIFICANT_EN : DECIMAL_EN).format(value);
}

const VI: NumberStyle = {
  integer: formatInteger,
  percent: formatPercent,
  counts: formatCounts,
  ratio: (ratio) => `${formatCounts(ratio)} (${formatPercent(ratio)})`,
  date: formatDateInText,
};

const EN: NumberStyle = {
  integer: (value) => INTEGER_EN.format(value === 0 ? 0 : value),
  percent: (ratio) => {
    const tenths = percentTenths(ratio);
    return tenths === null ? NO_VALUE : `${(tenths / 10).toFixed(1)}%`;
  },
  counts: (ratio) => `${countEn(ratio.numerator)}/${countEn(ratio.denominator)}`,
  ratio: (ratio) => `${EN.counts(ratio)} (${EN.percent(ratio)})`,
  date: (day) => day,
};

export function numberStyle(language: 'vi' | 'en'): NumberStyle {
  return language === 'vi' ? VI : EN;
}
