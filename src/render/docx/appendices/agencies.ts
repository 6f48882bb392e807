/**
 * The per-agency appendix: each agency's tasks (assigned, implemented, done,
 * overdue, done when due) beside its self-assessed index, grade and rank.
 */
import type { AgencySummary, ReportModel } from '../../../compute/report-model.js';
import { formatDateShort, formatPercent, formatRatio, NO_VALUE } from '../../format-vi.js';
import type { ModelLookup } from '../../lookup.js';
import { count, orDash } from '../sections/context.js';
import { dataTable, naturalWidth, type DataTable, type DocxColumn } from '../tables.js';
import { appendixHead, appendixWidth, type Appendix } from './appendix-page.js';

function agencyColumns(lookup: ModelLookup): DocxColumn<AgencySummary>[] {
  return [
    { header: 'Cơ quan', kind: 'text', cell: (row) => lookup.agency(row.agency).name },
    { header: 'Giao', kind: 'number', cell: (row) => count(row.figures.assigned) },
    {
      header: 'Đã triển khai',
      kind: 'number',
      wraps: true,
      cell: (row) => formatRatio(row.figures.implementedRatio),
    },
    { header: 'Hoàn thành', kind: 'number', cell: (row) => count(row.figures.done) },
    { header: 'Quá hạn', kind: 'number', cell: (row) => count(row.figures.overdue) },
    {
      header: 'Tỷ lệ hoàn thành đến hạn',
      kind: 'number',
      wraps: true,
      cell: (row) => formatRatio(row.figures.dueDoneRatio),
    },
    {
      header: 'Chỉ số CĐS',
      kind: 'number',
      wraps: true,
      cell: (row) => (row.index === null ? 'chưa tự đánh giá' : formatPercent(row.index.overall)),
    },
    {
      header: 'Xếp loại',
      kind: 'text',
      cell: (row) => (row.index === null ? NO_VALUE : orDash(row.index.grade)),
    },
    {
      header: 'Hạng',
      kind: 'number',
      cell: (row) => (row.index?.rank == null ? NO_VALUE : String(row.index.rank)),
    },
  ];
}

export function agenciesAppendix(model: ReportModel, lookup: ModelLookup): Appendix {
  const table: DataTable<AgencySummary> = {
    columns: agencyColumns(lookup),
    rows: model.agencyResults,
  };
  const { landscape, width } = appendixWidth(naturalWidth(table));
  return {
    landscape,
    children: [
      ...appendixHead(
        model,
        'agencies',
        `KẾT QUẢ THỰC HIỆN NHIỆM VỤ VÀ TỰ ĐÁNH GIÁ THEO CƠ QUAN ĐẾN NGÀY ${formatDateShort(model.period.asOf)}`,
      ),
      dataTable(table, width),
    ],
  };
}
