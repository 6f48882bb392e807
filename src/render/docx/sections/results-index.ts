/**
 * I.5 the agencies' digital-transformation index (filing, component trends,
 * ranking per group, criteria not scored) and I.6 the results per agency.
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
import { bodyParagraph, heading, note, tableTitle } from '../blocks.js';
import { dataTable, type DocxColumn } from '../tables.js';
import { count, orDash, type Block, type BodyContext } from './context.js';

const DIRECTIONS = { up: 'tăng', down: 'giảm', same: 'không đổi' } as const;

const TREND_COLUMNS: DocxColumn<ComponentTrend>[] = [
  { header: 'Chỉ số thành phần', kind: 'text', cell: (trend) => trend.name },
  { header: 'Kỳ này', kind: 'number', cell: (trend) => formatRatio(trend.current) },
  {
    header: 'Kỳ trước',
    kind: 'number',
    cell: (trend) => (trend.previous === null ? NO_VALUE : formatRatio(trend.previous)),
  },
  {
    header: 'Xu hướng',
    kind: 'text',
    cell: (trend) => (trend.direction === null ? NO_VALUE : DIRECTIONS[trend.direction]),
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

function agencyIndex(context: BodyContext): Block[] {
  const { model, lookup } = context;
  const { index } = model;
  const blocks: Block[] = [
    heading(2, '5. Chỉ số đánh giá chuyển đổi số của các cơ quan'),
    bodyParagraph(
      `${formatCounts(index.filing)} cơ quan đã tự đánh giá (${formatPercent(index.filing)}).`,
    ),
  ];
  if (index.rows.length === 0) {
    blocks.push(bodyParagraph('Chưa có cơ quan nào gửi kết quả tự đánh giá trong kỳ.'));
    return blocks;
  }
  blocks.push(
    bodyParagraph(componentTrendSentence(index.componentTrends)),
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
    heading(2, '6. Kết quả theo cơ quan'),
    agencyResults.length === 0
      ? bodyParagraph('Chưa có cơ quan nào được giao nhiệm vụ.')
      : dataTable({ columns: agencyColumns(context), rows: agencyResults }, context.width),
  ];
}

/** Parts 5 and 6 of section I. */
export function resultsByAgency(context: BodyContext): Block[] {
  return [...agencyIndex(context), ...byAgency(context)];
}
