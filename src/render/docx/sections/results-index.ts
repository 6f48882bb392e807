/**
 * I. Kết quả tự đánh giá mức độ chuyển đổi số của các cơ quan: what the
 * scores are (the agencies' own, not the provincial DTI), the assessment used
 * and who filed, the component trends, the grade counts per group, and where
 * the ranking of each agency is (an appendix: facts §9, a half-year body
 * cites grade counts rather than a full ranking).
 */
import type { ComponentTrend } from '../../../compute/report-model.js';
import { gradeCountSentence } from '../../briefing-wording.js';
import { formatCounts, formatPercent, formatRatio, NO_VALUE } from '../../format-vi.js';
import { appendixLabel } from '../../outline.js';
import { componentTrendSentence } from '../../wording.js';
import { bodyParagraph, leadIn, listItem } from '../blocks.js';
import { dataTable, type DocxColumn } from '../tables.js';
import { numbered, type Block, type BodyContext } from './context.js';

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

/** What the scores are, which assessment the report uses and how many filed, or why it has none. */
function filingSentence(context: BodyContext): string {
  const { index, period } = context.model;
  return index.assessmentPeriod === null
    ? `Chưa có kỳ tự đánh giá nào kết thúc trong ${period.label}, nên báo cáo này không có kết quả tự đánh giá của các cơ quan.`
    : `Các cơ quan tự chấm điểm theo bộ tiêu chí đánh giá mức độ chuyển đổi số của cơ quan, đơn vị (kết quả tự đánh giá của các cơ quan, không phải Chỉ số chuyển đổi số cấp tỉnh). Theo kết quả tự đánh giá ${index.assessmentPeriod.label}, ${formatCounts(index.filing)} cơ quan đã gửi kết quả (${formatPercent(index.filing)}).`;
}

export function resultsIndex(context: BodyContext): Block[] {
  const { model, lookup } = context;
  const { index } = model;
  const blocks: Block[] = [
    numbered(context, 'results.index', 'Kết quả tự đánh giá mức độ chuyển đổi số của các cơ quan'),
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
  if (index.gradeCounts.length > 0)
    blocks.push(
      leadIn('Kết quả xếp loại:'),
      ...index.gradeCounts.map((grades) => listItem(1, gradeCountSentence(grades, lookup))),
    );
  blocks.push(
    bodyParagraph(`Kết quả, xếp hạng của từng cơ quan tại ${appendixLabel(model, 'rankings')}.`),
  );
  return blocks;
}
