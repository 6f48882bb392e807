/**
 * I. KẾT QUẢ THỰC HIỆN, the parts after the indicators: the overview
 * sentences, the results by pillar (table, note and chart) and by plan.
 */
import type {
  FiguresComparison,
  PeriodInfo,
  PillarSummary,
  PlanSummary,
  TaskFigures,
} from '../../../compute/report-model.js';
import { formatCounts, formatDateShort, formatPercent, formatRatio } from '../../format-vi.js';
import { overviewSentence } from '../../wording.js';
import { bodyParagraph, note } from '../blocks.js';
import { pillarChart } from '../pillar-chart.js';
import { dataTable, type DocxColumn } from '../tables.js';
import { change, count, subsection, type Block, type BodyContext } from './context.js';

/** "Trong tổng số … nhiệm vụ được giao, …" and the sentences after it, one paragraph as in the Markdown. */
export function totalsSentences(totals: TaskFigures): string {
  const sentences = [
    `Trong tổng số ${count(totals.assigned)} nhiệm vụ được giao, đã triển khai ${formatCounts(totals.implementedRatio)} nhiệm vụ (${formatPercent(totals.implementedRatio)}), trong đó hoàn thành ${count(totals.done)} nhiệm vụ (${count(totals.dueDoneOnTime)} đúng hạn, ${count(totals.dueDoneLate)} trễ hạn, ${count(totals.notDueDone)} trước hạn), đang triển khai ${count(totals.inProgress)} nhiệm vụ; chưa triển khai ${count(totals.notStarted)} nhiệm vụ.`,
    totals.overdue > 0
      ? `Có ${count(totals.overdue)} nhiệm vụ quá hạn.`
      : 'Không có nhiệm vụ quá hạn.',
    totals.due > 0
      ? `Tỷ lệ hoàn thành nhiệm vụ đến hạn đạt ${formatRatio(totals.dueDoneRatio)}.`
      : 'Chưa có nhiệm vụ đến hạn.',
  ];
  if (totals.cancelled > 0)
    sentences.push(
      `Ngoài ra, ${count(totals.cancelled)} nhiệm vụ dừng thực hiện (không tính vào các số liệu trên).`,
    );
  return sentences.join(' ');
}

function comparisonSentence(comparison: FiguresComparison, compare: PeriodInfo): string {
  const { change: delta, previous } = comparison;
  return `Số nhiệm vụ đã triển khai ${change(delta.implemented, 'nhiệm vụ')} so với ${compare.label} (kỳ trước: ${formatCounts(previous.implementedRatio)}); số nhiệm vụ hoàn thành ${change(delta.done, 'nhiệm vụ')}; số nhiệm vụ quá hạn ${change(delta.overdue, 'nhiệm vụ')}.`;
}

function overview(context: BodyContext): Block[] {
  const { model } = context;
  return [
    subsection(context, 1, 'Tổng quan'),
    bodyParagraph(overviewSentence(model.pillars, model.period.asOf)),
    bodyParagraph(totalsSentences(model.totals)),
    ...(model.totalsComparison !== null && model.compare !== null
      ? [bodyParagraph(comparisonSentence(model.totalsComparison, model.compare))]
      : []),
  ];
}

interface PillarRow {
  name: string;
  figures: TaskFigures;
  total: boolean;
}

const PILLAR_COLUMNS: DocxColumn<PillarRow>[] = [
  { header: 'Trụ cột', kind: 'text', cell: (row) => row.name },
  { header: 'Giao', kind: 'number', cell: (row) => count(row.figures.assigned) },
  { header: 'Đã triển khai', kind: 'number', cell: (row) => count(row.figures.implemented) },
  {
    header: 'Tỷ lệ triển khai',
    kind: 'number',
    cell: (row) => formatPercent(row.figures.implementedRatio),
  },
  {
    header: 'Hoàn thành (đúng hạn/trễ hạn)',
    kind: 'number',
    cell: ({ figures }) =>
      `${count(figures.done)} (${count(figures.dueDoneOnTime)}/${count(figures.dueDoneLate)})`,
  },
  { header: 'Quá hạn', kind: 'number', cell: (row) => count(row.figures.overdue) },
  { header: 'Đến hạn', kind: 'number', cell: (row) => count(row.figures.due) },
  {
    header: 'Tỷ lệ hoàn thành đến hạn',
    kind: 'number',
    cell: (row) => formatPercent(row.figures.dueDoneRatio),
  },
];

export const PILLAR_NOTE =
  'Ghi chú: "Hoàn thành" gồm cả nhiệm vụ hoàn thành trước hạn; trong ngoặc là số nhiệm vụ đến hạn hoàn thành đúng hạn/trễ hạn. Tỷ lệ hoàn thành đến hạn = số nhiệm vụ đến hạn đã hoàn thành / số nhiệm vụ đến hạn.';

function byPillar(context: BodyContext): Block[] {
  const { model } = context;
  if (model.pillars.length === 0)
    return [
      subsection(context, 2, 'Kết quả theo trụ cột'),
      bodyParagraph('Chưa có trụ cột nào trong dữ liệu.'),
    ];
  const rows: PillarRow[] = [
    ...model.pillars.map((pillar: PillarSummary) => ({
      name: pillar.name,
      figures: pillar.figures,
      total: false,
    })),
    { name: 'Tổng cộng', figures: model.totals, total: true },
  ];
  return [
    subsection(context, 2, 'Kết quả theo trụ cột'),
    dataTable({ columns: PILLAR_COLUMNS, rows, bold: (row) => row.total }, context.width),
    note(PILLAR_NOTE),
    pillarChart(model.pillars),
  ];
}

const PLAN_COLUMNS: DocxColumn<PlanSummary>[] = [
  { header: 'Kế hoạch', kind: 'text', cell: (plan) => plan.title },
  {
    header: 'Số, ngày',
    kind: 'text',
    cell: (plan) => `${plan.number}, ${formatDateShort(plan.date)}`,
  },
  { header: 'Giao', kind: 'number', cell: (plan) => count(plan.figures.assigned) },
  {
    header: 'Đã triển khai',
    kind: 'number',
    wraps: true,
    cell: (plan) => formatRatio(plan.figures.implementedRatio),
  },
  { header: 'Hoàn thành', kind: 'number', cell: (plan) => count(plan.figures.done) },
  { header: 'Quá hạn', kind: 'number', cell: (plan) => count(plan.figures.overdue) },
  {
    header: 'Tỷ lệ hoàn thành đến hạn',
    kind: 'number',
    wraps: true,
    cell: (plan) => formatRatio(plan.figures.dueDoneRatio),
  },
];

function byPlan(context: BodyContext): Block[] {
  const { plans } = context.model;
  return [
    subsection(context, 3, 'Kết quả theo kế hoạch'),
    plans.length === 0
      ? bodyParagraph('Các nhiệm vụ không gắn với kế hoạch nào.')
      : dataTable({ columns: PLAN_COLUMNS, rows: plans }, context.width),
  ];
}

/** Parts 1–3 of section I. */
export function resultsOverview(context: BodyContext): Block[] {
  return [...overview(context), ...byPillar(context), ...byPlan(context)];
}
