/**
 * The rankings appendix: each group's agencies by their self-assessed index
 * (rank, score, share, grade, change against the previous assessment), then
 * the criteria each agency left unscored.
 */
import type { AgencyIndexRow, ReportModel } from '../../../compute/report-model.js';
import { upperVi } from '../../document-identity.js';
import { formatPercent, formatPointChange, formatScore, NO_VALUE } from '../../format-vi.js';
import type { ModelLookup } from '../../lookup.js';
import { groupBy } from '../../wording.js';
import { note, tableTitle } from '../blocks.js';
import { count, orDash, type Block } from '../sections/context.js';
import {
  dataTable,
  naturalWidth,
  tableWidths,
  type DataTable,
  type DocxColumn,
} from '../tables.js';
import { appendixHead, appendixWidth, type Appendix } from './appendix-page.js';

function rankingColumns(lookup: ModelLookup): DocxColumn<AgencyIndexRow>[] {
  const name = (row: AgencyIndexRow) =>
    `${lookup.agency(row.agency).name}${row.ranked ? '' : ' (không xếp hạng)'}`;
  return [
    {
      header: 'Hạng',
      kind: 'number',
      cell: (row) => (row.rank === null ? NO_VALUE : String(row.rank)),
    },
    { header: 'Cơ quan', kind: 'text', cell: name },
    { header: 'Điểm', kind: 'number', cell: (row) => formatScore(row.current.overall) },
    { header: 'Tỷ lệ', kind: 'number', cell: (row) => formatPercent(row.current.overall) },
    { header: 'Xếp loại', kind: 'text', cell: (row) => orDash(row.current.grade) },
    {
      header: 'So với kỳ trước',
      kind: 'text',
      wraps: false,
      cell: (row) =>
        row.change === null ? 'chưa có kỳ trước' : formatPointChange(row.change.overall),
    },
  ];
}

export function rankingsAppendix(model: ReportModel, lookup: ModelLookup): Appendix {
  const columns = rankingColumns(lookup);
  const groups = groupBy(model.index.rows, 'group').map((group) => ({
    title:
      typeof group.key === 'string'
        ? `Xếp hạng: ${lookup.group(group.key)?.name ?? ''}`
        : 'Xếp hạng',
    table: { columns, rows: group.items } satisfies DataTable<AgencyIndexRow>,
  }));
  // One layout for every group's table, so the columns line up from one to the next.
  const all: DataTable<AgencyIndexRow> = { columns, rows: model.index.rows };
  const { landscape, width } = appendixWidth(naturalWidth(all));
  const widths = tableWidths(all, width);
  const label = model.index.assessmentPeriod?.label ?? model.period.label;
  const children: Block[] = [
    ...appendixHead(
      model,
      'rankings',
      `KẾT QUẢ TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CỦA CÁC CƠ QUAN ${upperVi(label)}`,
    ),
    ...groups.flatMap((group) => [tableTitle(group.title), dataTable(group.table, width, widths)]),
    ...model.index.rows
      .filter((row) => row.notAssessed.length > 0)
      .map((row) =>
        note(
          `${lookup.agency(row.agency).name} chưa chấm ${count(row.notAssessed.length)} tiêu chí (tính 0 điểm): ${row.notAssessed.map((criterion) => criterion.name).join('; ')}.`,
        ),
      ),
  ];
  return { landscape, children };
}
