/**
 * "Chỉ tiêu": each indicator on D beside its target, grouped by pillar as the
 * briefing's table is. The evaluation is a formula over the target and value
 * cells (so an analyst who types a corrected value sees it re-judged), with
 * the model's verdict cached; the change is a formula over the value and the
 * previous value. Written only when the dataset has indicators.
 */
import type { IndicatorRow, ReportModel } from '../../../compute/report-model.js';
import { lookupIn } from '../../lookup.js';
import { INDICATOR_STATUS_WORDS } from '../../vocabulary.js';
import { dateCell, differenceFormula, textCell, type FormulaCell } from '../cells.js';
import { capitalise } from '../labels.js';
import { sheetTitle } from '../sheet-title.js';
import type { ColumnKind } from '../styles.js';
import type { SameRowCell, TableSheet } from '../table-sheet.js';

export const INDICATORS_SHEET = 'Chỉ tiêu';

const VERDICTS = {
  reached: capitalise(INDICATOR_STATUS_WORDS.reached),
  notReached: capitalise(INDICATOR_STATUS_WORDS['not-reached']),
  noData: capitalise(INDICATOR_STATUS_WORDS['no-data']),
  noTarget: capitalise(INDICATOR_STATUS_WORDS['no-target']),
};

const BETTER_LABELS: Record<IndicatorRow['better'], string> = {
  higher: 'Càng cao càng tốt',
  lower: 'Càng thấp càng tốt',
};

const CACHED_VERDICT: Record<IndicatorRow['status'], string> = {
  reached: VERDICTS.reached,
  'not-reached': VERDICTS.notReached,
  'no-data': VERDICTS.noData,
  'no-target': VERDICTS.noTarget,
};

/**
 * Đạt / Chưa đạt / Chưa có số liệu / Chưa có mục tiêu, by the indicator's
 * direction, over the value and target cells of the row.
 */
function verdictFormula(row: IndicatorRow, cell: SameRowCell): FormulaCell {
  const value = cell('value');
  const target = cell('target');
  const reached = row.better === 'lower' ? `${value}<=${target}` : `${value}>=${target}`;
  return {
    formula: `IF(${value}="","${VERDICTS.noData}",IF(${target}="","${VERDICTS.noTarget}",IF(${reached},"${VERDICTS.reached}","${VERDICTS.notReached}")))`,
    result: CACHED_VERDICT[row.status],
  };
}

/** A share in % as the ratio every other sheet holds (83,5% → 0.835); other measures as written. */
function scaled(row: IndicatorRow, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return row.unit === '%' ? Number((value / 100).toPrecision(15)) : value;
}

/** The number format of a row's measures: a share, whole numbers, or decimals. */
function measureKind(row: IndicatorRow): ColumnKind {
  if (row.unit === '%') return 'percent-measure';
  const values = [row.target?.value, row.value?.value, row.previous?.value];
  return values.every((value) => value === undefined || value === null || Number.isInteger(value))
    ? 'whole-measure'
    : 'measure';
}

/** The change since the previous value: percentage points for a share, else in the row's unit. */
function changeCell(row: IndicatorRow, cell: SameRowCell): FormulaCell | null {
  if (row.change === null) return null;
  if (row.unit !== '%') return differenceFormula(cell('value'), cell('previous'), row.change);
  return {
    formula: `(${cell('value')}-${cell('previous')})*100`,
    result: row.change,
  };
}

/** The "Chỉ tiêu" table, or null when the report has no indicators (no empty sheet). */
export function indicatorsSheet(model: ReportModel): TableSheet<IndicatorRow> | null {
  const section = model.indicators;
  if (section === null) return null;
  const lookup = lookupIn(model);
  const agencyName = (id: string | null) => textCell(id === null ? null : lookup.agency(id).name);
  return {
    name: INDICATORS_SHEET,
    tableName: 'tblChiTieu',
    title: sheetTitle(model, 'Kết quả thực hiện các chỉ tiêu'),
    columns: [
      {
        key: 'pillar',
        header: 'Trụ cột',
        kind: 'text',
        value: (row) => textCell(row.pillar === null ? null : lookup.pillarName(row.pillar)),
      },
      { key: 'name', header: 'Chỉ tiêu', kind: 'long-text', value: (row) => textCell(row.name) },
      { key: 'unit', header: 'Đơn vị tính', kind: 'text', value: (row) => textCell(row.unit) },
      {
        key: 'target',
        header: 'Mục tiêu',
        kind: 'measure',
        kindOf: measureKind,
        value: (row) => scaled(row, row.target?.value),
      },
      {
        key: 'value',
        header: 'Kết quả',
        kind: 'measure',
        kindOf: measureKind,
        value: (row) => scaled(row, row.value?.value),
      },
      { key: 'verdict', header: 'Đánh giá', kind: 'text', value: verdictFormula },
      {
        key: 'targetPeriod',
        header: 'Mục tiêu đến hết',
        kind: 'text',
        value: (row) => textCell(row.target?.by.label ?? null),
      },
      {
        key: 'plan',
        header: 'Văn bản đặt mục tiêu',
        kind: 'text',
        value: (row) => textCell(row.target?.plan?.number ?? null),
      },
      {
        key: 'valueDate',
        header: 'Ngày số liệu',
        kind: 'date',
        value: (row) => dateCell(row.value?.date ?? null),
      },
      {
        key: 'previous',
        header: 'Kỳ trước',
        kind: 'measure',
        kindOf: measureKind,
        value: (row) => scaled(row, row.previous?.value),
      },
      {
        key: 'previousDate',
        header: 'Ngày số liệu kỳ trước',
        kind: 'date',
        value: (row) => dateCell(row.previous?.date ?? null),
      },
      {
        key: 'change',
        header: 'Tăng/giảm (điểm phần trăm với tỷ lệ)',
        kind: 'measure-change',
        kindOf: (row) => (row.unit === '%' ? 'measure-point-change' : 'measure-change'),
        value: changeCell,
      },
      {
        key: 'better',
        header: 'Chiều đánh giá',
        kind: 'text',
        value: (row) => BETTER_LABELS[row.better],
      },
      { key: 'id', header: 'Mã chỉ tiêu', kind: 'text', value: (row) => textCell(row.id) },
      {
        key: 'agency',
        header: 'Cơ quan phụ trách',
        kind: 'text',
        value: (row) => agencyName(row.agency),
      },
      {
        key: 'reporter',
        header: 'Cơ quan báo cáo số liệu',
        kind: 'text',
        value: (row) => agencyName(row.value?.agency ?? null),
      },
      {
        key: 'note',
        header: 'Ghi chú',
        kind: 'long-text',
        value: (row) => textCell(row.value?.note ?? null),
      },
    ],
    rows: section.rows,
    look: (row) => (row.status === 'not-reached' ? 'overdue' : 'plain'),
    printedColumns: 12,
  };
}
