/**
 * I. KẾT QUẢ THỰC HIỆN, the task results: the overview sentences (with the
 * comparison and where the appendices list agencies and tasks), the results
 * by pillar (table, note and chart) and by plan.
 */
import type {
  FiguresComparison,
  PeriodInfo,
  PillarSummary,
  PlanSummary,
  TaskFigures,
} from '../../../compute/report-model.js';
import { formatCounts, formatDateShort, formatPercent, formatRatio } from '../../format-vi.js';
import { doneSplit } from '../../briefing-wording.js';
import { appendixLabel } from '../../outline.js';
import { overviewSentence } from '../../wording.js';
import { bodyParagraph, note } from '../blocks.js';
import { pillarChart } from '../pillar-chart.js';
import { dataTable, type DocxColumn } from '../tables.js';
import { change, count, numbered, type Block, type BodyContext } from './context.js';

/**
 * "Trong tổng số … nhiệm vụ được giao, …" and the sentences after it, one
 * paragraph as in the Markdown; a count that is zero is left out, as is an
 * empty category of the done tasks (doneSplit).
 */
export function totalsSentences(totals: TaskFigures): string {
  const split = doneSplit(totals);
  const done =
    totals.done > 0
      ? `, trong đó hoàn thành ${count(totals.done)} nhiệm vụ${split === '' ? '' : ` (${split})`}`
      : '';
  const inProgress =
    totals.inProgress > 0 ? `, đang triển khai ${count(totals.inProgress)} nhiệm vụ` : '';
  const notStarted =
    totals.notStarted > 0 ? `; chưa triển khai ${count(totals.notStarted)} nhiệm vụ` : '';
  const sentences = [
    `Trong tổng số ${count(totals.assigned)} nhiệm vụ được giao, đã triển khai ${formatCounts(totals.implementedRatio)} nhiệm vụ (${formatPercent(totals.implementedRatio)})${done}${inProgress}${notStarted}.`,
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

/** Where the per-agency results and the task list are: "… tại Phụ lục II; … tại Phụ lục IV." */
function appendixSentence(context: BodyContext): string {
  const agencies = appendixLabel(context.model, 'agencies');
  if (agencies === '') return '';
  const tasks = appendixLabel(context.model, 'tasks');
  const list = tasks === '' ? '' : `; danh sách nhiệm vụ và tình hình thực hiện tại ${tasks}`;
  return `Kết quả thực hiện nhiệm vụ của từng cơ quan tại ${agencies}${list}.`;
}

function overview(context: BodyContext): Block[] {
  const { model } = context;
  // The comparison and the pointer to the appendices are one paragraph, as their lines are in the Markdown.
  const closing = [
    model.totalsComparison !== null && model.compare !== null
      ? comparisonSentence(model.totalsComparison, model.compare)
      : '',
    appendixSentence(context),
  ].filter((sentence) => sentence !== '');
  return [
    numbered(context, 'results.overview', 'Kết quả thực hiện nhiệm vụ'),
    bodyParagraph(overviewSentence(model.pillars, model.period.asOf)),
    bodyParagraph(totalsSentences(model.totals)),
    ...(closing.length > 0 ? [bodyParagraph(closing.join(' '))] : []),
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
      numbered(context, 'results.pillars', 'Kết quả theo trụ cột'),
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
    numbered(context, 'results.pillars', 'Kết quả theo trụ cột'),
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
  const { plans, period } = context.model;
  return [
    numbered(context, 'results.plans', 'Kết quả theo kế hoạch'),
    plans.length === 0
      ? bodyParagraph(
          `Các nhiệm vụ không gắn với kế hoạch nào đã ban hành đến ngày ${formatDateShort(period.asOf)}.`,
        )
      : dataTable({ columns: PLAN_COLUMNS, rows: plans }, context.width),
  ];
}

/** Parts 1–3 of section I. */
export function resultsOverview(context: BodyContext): Block[] {
  return [...overview(context), ...byPillar(context), ...byPlan(context)];
}
