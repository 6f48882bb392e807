/**
 * I.5 the agencies' self-assessed digital-transformation index (the
 * assessment used, filing, component trends, ranking per group, criteria not
 * scored) and I.6 the results per agency (numbered one more after the
 * indicators).
 */
import type {
  AgencyIndexRow,
  AgencySummary,
  ComponentTrend,
} from '../../../compute/report-model.js';
import {
  formatCounts,
  formatPercent,
  formatPointChange,
  formatRatio,
  formatScore,
  NO_VALUE,
} from '../../format-vi.js';
import { componentTrendSentence, groupBy } from '../../wording.js';
import { bodyParagraph, note, tableTitle } from '../blocks.js';
import { dataTable, type DocxColumn } from '../tables.js';
import { count, orDash, subsection, type Block, type BodyContext } from './context.js';

const DIRECTIONS = { up: 'tăng', down: 'giảm', same: 'không đổi' } as const;

/**
 * Now over every filer, then like with like over the agencies that filed in both periods.
 * A ratio may wrap before its percentage: three of them side by side leave the names no room.
 */
const TREND_COLUMNS: DocxColumn<ComponentTrend>[] = [
  { header: 'Chỉ số thành phần', kind: 'text', cell: (trend) => trend.name },
  {
    header: 'Kỳ này (mọi cơ quan đã đánh giá)',
    kind: 'number',
    wraps: true,
    cell: (trend) => formatRatio(trend.current),
  },
  {
    header: 'Kỳ này (cơ quan có cả hai kỳ)',
    kind: 'number',
    wraps: true,
    cell: ({ compared }) => (compared === null ? NO_VALUE : formatRatio(compared.current)),
  },
  {
    header: 'Kỳ trước (cơ quan có cả hai kỳ)',
    kind: 'number',
    wraps: true,
    cell: ({ compared }) => (compared === null ? NO_VALUE : formatRatio(compared.previous)),
  },
  {
    header: 'Xu hướng',
    kind: 'text',
    cell: ({ compared }) => (compared === null ? NO_VALUE : DIRECTIONS[compared.direction]),
  },
];

function rankingColumns(context: BodyContext): DocxColumn<AgencyIndexRow>[] {
  const name = (row: AgencyIndexRow) =>
    `${context.lookup.agency(row.agency).name}${row.ranked ? '' : ' (không xếp hạng)'}`;
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

/** Which assessment the report uses and how many filed, or why it has none. */
function filingSentence(context: BodyContext): string {
  const { index, period } = context.model;
  return index.assessmentPeriod === null
    ? `Chưa có kỳ tự đánh giá nào kết thúc trong ${period.label}, nên báo cáo này không có kết quả tự đánh giá.`
    : `Theo kết quả tự đánh giá ${index.assessmentPeriod.label}, ${formatCounts(index.filing)} cơ quan đã gửi kết quả (${formatPercent(index.filing)}).`;
}

function agencyIndex(context: BodyContext): Block[] {
  const { model, lookup } = context;
  const { index } = model;
  const blocks: Block[] = [
    subsection(context, 5, 'Kết quả tự đánh giá chỉ số chuyển đổi số của các cơ quan'),
    bodyParagraph(filingSentence(context)),
  ];
  if (index.rows.length === 0) {
    if (index.assessmentPeriod !== null)
      blocks.push(
        bodyParagraph(
          `Chưa có cơ quan nào gửi kết quả tự đánh giá ${index.assessmentPeriod.label}.`,
        ),
      );
    return blocks;
  }
  blocks.push(
    bodyParagraph(componentTrendSentence(index)),
    dataTable({ columns: TREND_COLUMNS, rows: index.componentTrends }, context.width),
  );
  const columns = rankingColumns(context);
  for (const group of groupBy(index.rows, 'group')) {
    const name = typeof group.key === 'string' ? lookup.group(group.key)?.name : undefined;
    blocks.push(
      tableTitle(name === undefined ? 'Xếp hạng' : `Xếp hạng: ${name}`),
      dataTable({ columns, rows: group.items }, context.width),
    );
  }
  for (const row of index.rows) {
    if (row.notAssessed.length === 0) continue;
    blocks.push(
      note(
        `${lookup.agency(row.agency).name} chưa chấm ${count(row.notAssessed.length)} tiêu chí (tính 0 điểm): ${row.notAssessed.map((criterion) => criterion.name).join('; ')}.`,
      ),
    );
  }
  return blocks;
}

function agencyColumns(context: BodyContext): DocxColumn<AgencySummary>[] {
  return [
    { header: 'Cơ quan', kind: 'text', cell: (row) => context.lookup.agency(row.agency).name },
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

function byAgency(context: BodyContext): Block[] {
  const { agencyResults } = context.model;
  return [
    subsection(context, 6, 'Kết quả theo cơ quan'),
    agencyResults.length === 0
      ? bodyParagraph('Chưa có cơ quan nào được giao nhiệm vụ.')
      : dataTable({ columns: agencyColumns(context), rows: agencyResults }, context.width),
  ];
}

/** Parts 5 and 6 of section I. */
export function resultsByAgency(context: BodyContext): Block[] {
  return [...agencyIndex(context), ...byAgency(context)];
}
