/**
 * The indicators as real reviews give them (facts §8, issue 27): a lead
 * paragraph of sentences, each value with its baseline in brackets and its
 * target where there is one ("Tỷ lệ … đạt 83,5% (cuối năm 2023 là 61,3%),
 * vượt mục tiêu 80% của năm 2025"), and in the shortcomings the targets
 * whose period has ended unreached, then the distance still to go to later
 * ones. A lower-is-better indicator "là" its value and aims at "không quá" its
 * target ("không còn … nào" when the target is none). Plain text, as wording.ts: each renderer makes it safe for its medium.
 */
import type { IndicatorRow, IndicatorSection } from '../compute/report-model.js';
import type { IsoDate } from '../model/types.js';
import {
  formatDateInText,
  formatInteger,
  formatMeasure,
  formatMeasureAmount,
} from './format-vi.js';
import { lowerFirst } from './wording.js';

type Measured = IndicatorRow & { value: NonNullable<IndicatorRow['value']> };
type Targeted = Measured & { target: NonNullable<IndicatorRow['target']> };

const measured = (row: IndicatorRow): row is Measured => row.value !== null;

/**
 * "đạt 83,5%" for a higher-is-better value; "là 1 sự cố" for a lower-is-better
 * one; an estimate (built with --estimate) "ước đạt 12,6%".
 */
function valuePhrase(row: Measured): string {
  const verb = row.better === 'lower' ? 'là' : 'đạt';
  const value = formatMeasure(row.value.value, row.unit);
  return `${row.value.estimate ? 'ước ' : ''}${verb} ${value}`;
}

/**
 * A target as aimed at: "80%"; lower is better: "không quá 2 sự cố", and for
 * none at all "không còn thôn nào" ("0%" for a share), not "không quá 0 thôn".
 */
function targetValue(row: Targeted): string {
  const value = formatMeasure(row.target.value, row.unit);
  if (row.better !== 'lower') return value;
  if (row.target.value !== 0) return `không quá ${value}`;
  return row.unit === '%' ? value : `không còn ${row.unit} nào`;
}

/** The day of a baseline: "cuối năm 2023" on 31 December, else "ngày 20/6/2023". */
export function baselineWhen(date: IsoDate): string {
  return date.endsWith('-12-31')
    ? `cuối năm ${date.slice(0, 4)}`
    : `ngày ${formatDateInText(date)}`;
}

/**
 * The target clause of a lead sentence: ", vượt mục tiêu 80% của năm 2025"
 * (reached above it), ", đạt mục tiêu …" (at it, or within a lower-is-better
 * one), ", chưa đạt mục tiêu 50% của năm 2023" (its period over), ", mục
 * tiêu năm 2025 là 80%" (still to come); '' without a target.
 */
function targetClause(row: Measured): string {
  if (row.target === null) return '';
  const targeted = row as Targeted;
  const { by, ended, gap } = targeted.target;
  const aim = targetValue(targeted);
  if (gap === null) {
    const beyond = row.better === 'higher' && row.value.value !== targeted.target.value;
    return `, ${beyond ? 'vượt' : 'đạt'} mục tiêu ${aim} của ${by.label}`;
  }
  return ended ? `, chưa đạt mục tiêu ${aim} của ${by.label}` : `, mục tiêu ${by.label} là ${aim}`;
}

/** One indicator measured in the period: "Tỷ lệ … đạt 83,5% (cuối năm 2023 là 61,3%), vượt mục tiêu 80% của năm 2025." */
function leadSentence(row: Measured): string {
  const baseline =
    row.baseline === null
      ? ''
      : ` (${baselineWhen(row.baseline.date)} là ${formatMeasure(row.baseline.value, row.unit)})`;
  return `${row.name} ${valuePhrase(row)}${baseline}${targetClause(row)}.`;
}

/** One indicator not measured in the period: "… chưa có số liệu mới trong kỳ (số liệu gần nhất ngày 31/12/2023 là 9,8%)." */
function staleSentence(row: Measured): string {
  const latest = `số liệu gần nhất ngày ${formatDateInText(row.value.date)} là ${formatMeasure(row.value.value, row.unit)}`;
  return `${row.name} chưa có số liệu mới trong kỳ (${latest}).`;
}

/**
 * The lead paragraph of the indicators: a sentence for each indicator
 * measured in the period (its value, its baseline, its target), then one for
 * each whose latest value is older ("chưa có số liệu mới trong kỳ"), in the
 * table's order. Indicators never measured are left to the table.
 */
export function indicatorLead(section: Pick<IndicatorSection, 'rows'>): string {
  const rows = section.rows.filter(measured);
  return [
    ...rows.filter((row) => row.value.inPeriod).map(leadSentence),
    ...rows.filter((row) => !row.value.inPeriod).map(staleSentence),
  ].join(' ');
}

/** Whether any indicator has a value measured within the period. */
export function hasNewIndicatorValues(section: Pick<IndicatorSection, 'rows'> | null): boolean {
  return section !== null && section.rows.some((row) => row.value?.inPeriod === true);
}

/** The value now, in brackets: "hiện đạt 72,595%", "hiện là 1 sự cố", "số liệu gần nhất ngày 31/12/2023 là 9,8%". */
function nowPhrase(row: Measured): string {
  return row.value.inPeriod
    ? `hiện ${valuePhrase(row)}`
    : `số liệu gần nhất ngày ${formatDateInText(row.value.date)} là ${formatMeasure(row.value.value, row.unit)}`;
}

/**
 * The indicators for the shortcomings (II): the targets whose period has
 * ended by D and that were not reached ("Còn 1 chỉ tiêu chưa đạt mục tiêu
 * đến hạn: tỷ lệ … đạt 45%, mục tiêu 50% của năm 2023."), then, per target
 * period to come, the distance still to go ("Để đạt mục tiêu của năm 2025,
 * tỷ lệ … cần tăng thêm 7,405 điểm phần trăm (hiện đạt 72,595%, mục tiêu
 * 80%)."). Empty when every target is reached.
 */
export function indicatorShortfall(section: Pick<IndicatorSection, 'rows'>): string {
  const open = section.rows.filter(
    (row): row is Targeted => measured(row) && row.target?.gap != null,
  );
  const missed = open.filter((row) => row.target.ended);
  const sentences: string[] = [];
  if (missed.length > 0) {
    const items = missed.map(
      (row) =>
        `${lowerFirst(row.name)} ${valuePhrase(row)}, mục tiêu ${targetValue(row)} của ${row.target.by.label}`,
    );
    sentences.push(
      `Còn ${formatInteger(missed.length)} chỉ tiêu chưa đạt mục tiêu đến hạn: ${items.join('; ')}.`,
    );
  }
  const ahead = open.filter((row) => !row.target.ended);
  for (const label of [...new Set(ahead.map((row) => row.target.by.label))]) {
    const items = ahead
      .filter((row) => row.target.by.label === label)
      .map((row) => {
        const move = row.better === 'lower' ? 'giảm' : 'tăng';
        const amount = formatMeasureAmount(row.target.gap!, row.unit);
        return `${lowerFirst(row.name)} cần ${move} thêm ${amount} (${nowPhrase(row)}, mục tiêu ${targetValue(row)})`;
      });
    sentences.push(`Để đạt mục tiêu của ${label}, ${items.join('; ')}.`);
  }
  return sentences.join(' ');
}
