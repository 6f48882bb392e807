/**
 * The Handlebars helpers of the Markdown briefing, for the default template and
 * for custom ones (the list is documented at the top of templates/bao-cao.md.hbs).
 * They format and word figures of the report model; none computes a figure of
 * its own, except `pointChange`, which states the difference of two ratios.
 */
import type { Ratio } from '../../compute/report-model.js';
import {
  formatChange,
  formatCounts,
  formatDateInText,
  formatDateLong,
  formatDateShort,
  formatInteger,
  formatNumber,
  formatPercent,
  formatProgress,
  formatRatio,
  formatRatioChange,
  formatScore,
  NO_VALUE,
} from '../format-vi.js';
import { escapeCell, escapeInline } from './markdown-text.js';
import { TemplateError } from './template-error.js';
import { ONGOING_WORD, STATUS_WORDS, TIMELINESS_WORDS } from './vocabulary.js';
import {
  agencyLabel,
  agencyNames,
  componentTrendSentence,
  groupBy,
  overviewSentence,
  sourceAgencyNames,
} from './wording.js';

/** Point letters in Vietnamese alphabet order (NĐ 30/2020: no f, j, w, z). */
const POINT_LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');
const ROMAN_DIGITS: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
]; // prettier-ignore

function fail(helper: string, expected: string, value: unknown): never {
  throw new TemplateError(
    `{{${helper}}} expects ${expected}, got ${JSON.stringify(value) ?? 'undefined'}`,
  );
}

function ratioArg(helper: string, value: unknown): Ratio {
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as Ratio).numerator === 'number' &&
    typeof (value as Ratio).denominator === 'number'
  ) {
    return value as Ratio;
  }
  return fail(helper, 'a ratio {numerator, denominator}', value);
}

function numberArg(helper: string, value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? value
    : fail(helper, 'a number', value);
}

function textArg(helper: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return fail(helper, 'a text', value);
}

function dateOrNone(helper: string, value: unknown, format: (date: string) => string): string {
  return value === null || value === undefined ? NO_VALUE : format(textArg(helper, value));
}

function agencyArg(
  helper: string,
  value: unknown,
): { id: string; name: string; shortName: string | null } {
  if (value !== null && typeof value === 'object' && 'name' in value && 'id' in value) {
    return value as { id: string; name: string; shortName: string | null };
  }
  return fail(helper, 'an agency {id, name, shortName}', value);
}

function listArg<T>(helper: string, value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : fail(helper, 'a list', value);
}

function romanNumeral(value: number): string {
  let rest = Math.trunc(value);
  let text = '';
  for (const [amount, digits] of ROMAN_DIGITS) {
    for (; rest >= amount; rest -= amount) text += digits;
  }
  return text;
}

/** a) … y), then aa) ab) … for a list longer than the alphabet. */
function pointLetter(index: number): string {
  const count = POINT_LETTERS.length;
  const letter = (i: number) => POINT_LETTERS[i % count] ?? '';
  return index < count ? letter(index) : letter(Math.floor(index / count) - 1) + letter(index);
}

/** A task row's deadline object, a TaskBrief's date or null: "31/12/2024", "thường xuyên", "—". */
function deadlineText(value: unknown): string {
  if (value === null || value === undefined) return NO_VALUE;
  if (typeof value === 'string') return formatDateShort(value);
  if (typeof value === 'object' && 'kind' in value) {
    if (value.kind === 'ongoing') return ONGOING_WORD;
    if (value.kind === 'date' && 'date' in value)
      return formatDateShort(textArg('deadline', value.date));
    if (value.kind === 'none') return NO_VALUE;
  }
  return fail('deadline', 'a deadline', value);
}

function words(helper: string, table: Record<string, string>, value: unknown): string {
  const key = textArg(helper, value);
  return table[key] ?? fail(helper, `one of ${Object.keys(table).join(', ')}`, value);
}

type Helper = (...args: unknown[]) => unknown;

/** Every helper by name; each takes only the template's arguments (options are stripped). */
export const HELPERS: Record<string, Helper> = {
  number: (value) =>
    value === null
      ? NO_VALUE
      : Number.isInteger(value)
        ? formatInteger(value as number)
        : formatNumber(numberArg('number', value)),
  percent: (ratio) => formatPercent(ratioArg('percent', ratio)),
  counts: (ratio) => formatCounts(ratioArg('counts', ratio)),
  ratio: (ratio) => formatRatio(ratioArg('ratio', ratio)),
  score: (ratio) => formatScore(ratioArg('score', ratio)),
  date: (value) => dateOrNone('date', value, formatDateShort),
  textDate: (value) => dateOrNone('textDate', value, formatDateInText),
  longDate: (value) => dateOrNone('longDate', value, formatDateLong),
  change: (delta, unit) => {
    const text = formatChange(numberArg('change', delta));
    return unit === undefined || delta === 0 ? text : `${text} ${textArg('change', unit)}`;
  },
  pointChange: (current, previous) =>
    previous === null || previous === undefined
      ? NO_VALUE
      : formatRatioChange(ratioArg('pointChange', current), ratioArg('pointChange', previous)),
  progress: (value) => (value === null ? NO_VALUE : formatProgress(numberArg('progress', value))),
  upper: (value) => textArg('upper', value).normalize('NFC').toLocaleUpperCase('vi'),
  inline: (value) =>
    value === null || value === undefined ? '' : escapeInline(textArg('inline', value)),
  cell: (value) => {
    const text = value === null || value === undefined ? '' : escapeCell(textArg('cell', value));
    return text === '' ? NO_VALUE : text;
  },
  bare: (value) =>
    textArg('bare', value)
      .trim()
      .replace(/[\s.;,:]+$/u, ''),
  alpha: (index) => `${pointLetter(numberArg('alpha', index))})`,
  roman: (value) => romanNumeral(numberArg('roman', value)),
  inc: (value) => numberArg('inc', value) + 1,
  status: (value) => words('status', STATUS_WORDS, value),
  timeliness: (value) => words('timeliness', TIMELINESS_WORDS, value),
  deadline: (value) => deadlineText(value),
  agency: (value) => agencyLabel(agencyArg('agency', value)),
  agencyName: (value) => agencyArg('agencyName', value).name,
  agencies: (list) => agencyNames(listArg('agencies', list)),
  sourceAgencies: (sources) => sourceAgencyNames(listArg('sourceAgencies', sources)),
  groupBy: (list, property) =>
    groupBy(listArg<object>('groupBy', list), textArg('groupBy', property)),
  overview: (pillars, asOf) =>
    overviewSentence(listArg('overview', pillars), textArg('overview', asOf)),
  trends: (componentTrends) => componentTrendSentence(listArg('trends', componentTrends)),
  chartValue: (ratio) => {
    const { numerator, denominator } = ratioArg('chartValue', ratio);
    // Mermaid reads a dot decimal; 0/0 draws as an empty bar.
    return denominator === 0 ? '0' : (Math.round((numerator / denominator) * 1000) / 10).toFixed(1);
  },
  // Mermaid quotes labels and knows no Markdown: collapse spaces, swap double quotes.
  chartLabel: (value) =>
    textArg('chartLabel', value).normalize('NFC').replace(/\s+/gu, ' ').trim().replace(/"/g, "'"),
  eq: (a, b) => a === b,
  ne: (a, b) => a !== b,
  gt: (a, b) => numberArg('gt', a) > numberArg('gt', b),
  gte: (a, b) => numberArg('gte', a) >= numberArg('gte', b),
  lt: (a, b) => numberArg('lt', a) < numberArg('lt', b),
  and: (...values) => values.every(Boolean),
  or: (...values) => values.some(Boolean),
  not: (value) => !value,
};

/** Handlebars passes its options object last; helpers here never need it. */
export function withoutOptions(helper: Helper): Helper {
  return (...args: unknown[]) => helper(...args.slice(0, -1));
}
