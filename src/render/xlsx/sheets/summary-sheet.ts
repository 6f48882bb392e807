/**
 * "Tổng hợp": task figures per pillar and in total (tasks and groups of tasks
 * in a total row each when the model counts them apart), their two ratios, and
 * the same figures for the comparison period with the changes.
 */
import type { FiguresComparison, ReportModel, TaskFigures } from '../../../compute/report-model.js';
import { differenceFormula, ratioChangeFormula, ratioFormula, textCell } from '../cells.js';
import { sheetTitle } from '../sheet-title.js';
import type { Column, TableSheet } from '../table-sheet.js';

export const SUMMARY_SHEET = 'Tổng hợp';
const TOTAL_LABEL = 'Tổng cộng';
const TASKS_LABEL = 'Cộng nhiệm vụ';
const GROUPS_LABEL = 'Cộng nhóm nhiệm vụ';

interface SummaryRow {
  name: string;
  figures: TaskFigures;
  comparison: FiguresComparison | null;
  total: boolean;
}

/** Columns of the period's figures; ratios are formulas over the counts beside them. */
export const CURRENT_COLUMNS: Column<{ figures: TaskFigures }>[] = [
  { key: 'assigned', header: 'Giao', kind: 'count', value: (row) => row.figures.assigned },
  {
    key: 'implemented',
    header: 'Đã triển khai',
    kind: 'count',
    value: (row) => row.figures.implemented,
  },
  {
    key: 'implementedRatio',
    header: 'Tỷ lệ triển khai',
    kind: 'percent',
    value: (row, cell) =>
      ratioFormula(cell('implemented'), cell('assigned'), row.figures.implementedRatio),
  },
  { key: 'done', header: 'Hoàn thành', kind: 'count', value: (row) => row.figures.done },
  { key: 'due', header: 'Đến hạn', kind: 'count', value: (row) => row.figures.due },
  {
    key: 'dueDone',
    header: 'Đến hạn đã hoàn thành',
    kind: 'count',
    value: (row) => row.figures.dueDoneRatio.numerator,
  },
  {
    key: 'dueDoneRatio',
    header: 'Tỷ lệ hoàn thành đến hạn',
    kind: 'percent',
    value: (row, cell) => ratioFormula(cell('dueDone'), cell('due'), row.figures.dueDoneRatio),
  },
  { key: 'overdue', header: 'Quá hạn', kind: 'count', value: (row) => row.figures.overdue },
];

type Compared = { figures: TaskFigures; comparison: FiguresComparison | null };

/** A previous-period count, empty when there is nothing to compare with. */
function previous(pick: (figures: TaskFigures) => number) {
  return (row: Compared) => (row.comparison === null ? null : pick(row.comparison.previous));
}

/** Columns of the comparison period and the changes (current − previous). */
export const COMPARISON_COLUMNS: Column<Compared>[] = [
  {
    key: 'prevAssigned',
    header: 'Giao kỳ trước',
    kind: 'count',
    value: previous((f) => f.assigned),
  },
  {
    key: 'prevImplemented',
    header: 'Đã triển khai kỳ trước',
    kind: 'count',
    value: previous((f) => f.implemented),
  },
  {
    key: 'prevImplementedRatio',
    header: 'Tỷ lệ triển khai kỳ trước',
    kind: 'percent',
    value: (row, cell) =>
      row.comparison === null
        ? null
        : ratioFormula(
            cell('prevImplemented'),
            cell('prevAssigned'),
            row.comparison.previous.implementedRatio,
          ),
  },
  { key: 'prevDone', header: 'Hoàn thành kỳ trước', kind: 'count', value: previous((f) => f.done) },
  {
    key: 'prevOverdue',
    header: 'Quá hạn kỳ trước',
    kind: 'count',
    value: previous((f) => f.overdue),
  },
  {
    key: 'changeAssigned',
    header: 'Tăng/giảm giao',
    kind: 'count-change',
    value: (row, cell) =>
      row.comparison &&
      differenceFormula(cell('assigned'), cell('prevAssigned'), row.comparison.change.assigned),
  },
  {
    key: 'changeImplemented',
    header: 'Tăng/giảm đã triển khai',
    kind: 'count-change',
    value: (row, cell) =>
      row.comparison &&
      differenceFormula(
        cell('implemented'),
        cell('prevImplemented'),
        row.comparison.change.implemented,
      ),
  },
  {
    key: 'changeImplementedRatio',
    header: 'Tăng/giảm tỷ lệ triển khai (điểm phần trăm)',
    kind: 'point-change',
    value: (row, cell) =>
      row.comparison &&
      ratioChangeFormula(cell('implementedRatio'), cell('prevImplementedRatio'), {
        current: row.figures.implementedRatio,
        previous: row.comparison.previous.implementedRatio,
        change: row.comparison.change.implementedRatio,
      }),
  },
  {
    key: 'changeDone',
    header: 'Tăng/giảm hoàn thành',
    kind: 'count-change',
    value: (row, cell) =>
      row.comparison &&
      differenceFormula(cell('done'), cell('prevDone'), row.comparison.change.done),
  },
  {
    key: 'changeOverdue',
    header: 'Tăng/giảm quá hạn',
    kind: 'count-change',
    value: (row, cell) =>
      row.comparison &&
      differenceFormula(cell('overdue'), cell('prevOverdue'), row.comparison.change.overdue),
  },
];

/** The "Tổng hợp" table: a row per pillar in report order; the total in bold below it, outside the table. */
export function summarySheet(model: ReportModel): TableSheet<SummaryRow> {
  const rows: SummaryRow[] = model.pillars.map((pillar) => ({
    name: pillar.name,
    figures: pillar.figures,
    comparison: pillar.comparison,
    total: false,
  }));
  // Tasks and groups of tasks apart, as the briefing's pillar table: never one total adding the two.
  const apart = model.totalsApart;
  const totals: SummaryRow[] =
    apart === null
      ? [
          {
            name: TOTAL_LABEL,
            figures: model.totals,
            comparison: model.totalsComparison,
            total: true,
          },
        ]
      : [
          {
            name: TASKS_LABEL,
            figures: apart.tasks.figures,
            comparison: apart.tasks.comparison,
            total: true,
          },
          {
            name: GROUPS_LABEL,
            figures: apart.groups.figures,
            comparison: apart.groups.comparison,
            total: true,
          },
        ];
  return {
    name: SUMMARY_SHEET,
    tableName: 'tblTongHop',
    title: sheetTitle(model, 'Tổng hợp kết quả thực hiện nhiệm vụ'),
    columns: [
      { key: 'pillar', header: 'Trụ cột', kind: 'text', value: (row) => textCell(row.name) },
      ...CURRENT_COLUMNS,
      ...(model.compare === null ? [] : COMPARISON_COLUMNS),
    ],
    rows,
    totals,
    // The comparison columns stay on screen: printed, 19 columns would shrink past reading.
    printedColumns: 1 + CURRENT_COLUMNS.length,
  };
}
