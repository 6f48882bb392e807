/**
 * I.1 Kết quả thực hiện các chỉ tiêu, when the dataset has indicators: the
 * "x/y chỉ tiêu" sentence, the table by pillar (target with its period and
 * plan, result, previous value, change, verdict), its note, and the notes
 * the agencies gave with their values. Word for word the Markdown's part.
 */
import type { IndicatorRow, IndicatorSection } from '../../../compute/report-model.js';
import { withoutEndPunctuation } from '../../document-identity.js';
import {
  formatDateShort,
  formatMeasureChange,
  formatMeasureNumber,
  NO_VALUE,
} from '../../format-vi.js';
import { INDICATOR_STATUS_WORDS } from '../../vocabulary.js';
import { groupBy, indicatorSentence, targetText } from '../../wording.js';
import { bodyParagraph, listItem, note } from '../blocks.js';
import { dataTable, type DocxColumn } from '../tables.js';
import { numbered, orDash, type Block, type BodyContext } from './context.js';

/** A line of the table: a pillar's name across it, or an indicator. */
type Line = { pillar: string } | { indicator: IndicatorRow };

/** The result as written; a value from before the period says the day it is from. */
function resultText(row: IndicatorRow, firstDay: string): string {
  if (row.value === null) return NO_VALUE;
  const value = formatMeasureNumber(row.value.value);
  return row.value.date < firstDay
    ? `${value} (số liệu ngày ${formatDateShort(row.value.date)})`
    : value;
}

function columns(firstDay: string): DocxColumn<Line>[] {
  const column = (
    header: string,
    kind: 'text' | 'number',
    text: (row: IndicatorRow) => string,
    wraps?: boolean,
  ): DocxColumn<Line> => ({
    header,
    kind,
    ...(wraps === undefined ? {} : { wraps }),
    // A pillar's line is one cell across the table (`spanning`): it has no cells of its own.
    cell: (line) => ('indicator' in line ? text(line.indicator) : ''),
  });
  return [
    column('Chỉ tiêu', 'text', (row) => orDash(row.name)),
    column('Đơn vị tính', 'text', (row) => orDash(row.unit)),
    column('Mục tiêu', 'text', (row) => (row.target === null ? NO_VALUE : targetText(row.target))),
    // A result may carry the day it is from: it wraps between words.
    column('Kết quả', 'number', (row) => resultText(row, firstDay), true),
    column('Kỳ trước', 'number', (row) =>
      row.previous === null ? NO_VALUE : formatMeasureNumber(row.previous.value),
    ),
    column('Tăng, giảm', 'text', (row) =>
      row.change === null ? NO_VALUE : formatMeasureChange(row.change, row.unit),
    ),
    column('Đánh giá', 'text', (row) => INDICATOR_STATUS_WORDS[row.status]),
  ];
}

/** The indicators by pillar, each pillar's name on a line of its own (none for indicators without a pillar). */
function lines(section: IndicatorSection, context: BodyContext): Line[] {
  return groupBy(section.rows, 'pillar').flatMap((group) => [
    ...(typeof group.key === 'string' ? [{ pillar: context.lookup.pillarName(group.key) }] : []),
    ...group.items.map((indicator) => ({ indicator })),
  ]);
}

function tableNote(context: BodyContext): string {
  const { period, compare } = context.model;
  const previous =
    compare === null ? '' : `; kỳ trước là số liệu đến ngày ${formatDateShort(compare.asOf)}`;
  return `Ghi chú: kết quả là số liệu mới nhất đến ngày ${formatDateShort(period.asOf)}${previous}; mục tiêu ghi kèm kỳ phải đạt và văn bản đặt ra mục tiêu.`;
}

/** Part 1 of section I, or nothing when the dataset has no indicators. */
export function resultsIndicators(context: BodyContext): Block[] {
  const section = context.model.indicators;
  if (section === null) return [];
  const table = {
    columns: columns(context.model.period.firstDay),
    rows: lines(section, context),
    spanning: (line: Line) => ('pillar' in line ? line.pillar : null),
  };
  return [
    numbered(context, 'results.indicators', 'Kết quả thực hiện các chỉ tiêu'),
    bodyParagraph(indicatorSentence(section)),
    dataTable(table, context.width),
    note(tableNote(context)),
    ...section.rows.flatMap((row) =>
      row.value?.note
        ? [listItem(1, `${row.name}: ${withoutEndPunctuation(row.value.note)}.`)]
        : [],
    ),
  ];
}
