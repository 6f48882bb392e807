/**
 * II. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC: the indicators not reached,
 * the difficulties (by theme, pointing at the appendix that lists each
 * agency's), the office's causes, the agencies with overdue tasks, those
 * whose self-assessment fell, those that did not file.
 */
import type { ModelLookup } from '../../lookup.js';
import { appendixLabel } from '../../outline.js';
import { distinct, shortfallSentence } from '../../wording.js';
import { bodyParagraph, heading, listItem } from '../blocks.js';
import { count, numbered, paragraphs, type Block, type BodyContext } from './context.js';
import { themeItems } from './themes.js';

/** Full names, each once: "Sở Y tế, UBND huyện Vĩnh Linh" (the Markdown's `agencies`). */
export function agencyNames(ids: readonly string[], lookup: ModelLookup): string {
  return distinct(ids)
    .map((id) => lookup.agency(id).name)
    .join(', ');
}

function difficulties(context: BodyContext): Block[] {
  const { model } = context;
  return [
    numbered(context, 'shortcomings.difficulties', 'Khó khăn, vướng mắc'),
    ...(model.difficulties.length === 0
      ? [bodyParagraph('Các cơ quan không nêu khó khăn, vướng mắc.')]
      : [
          ...themeItems(context, model.difficulties),
          bodyParagraph(
            `Khó khăn, vướng mắc do từng cơ quan nêu tại ${appendixLabel(model, 'texts')}.`,
          ),
        ]),
  ];
}

function causes(context: BodyContext): Block[] {
  const { notes } = context.model;
  if (notes === null || notes.causes.length === 0) return [];
  return [numbered(context, 'shortcomings.causes', 'Nguyên nhân'), ...paragraphs(notes.causes)];
}

/** Whose self-assessment fell; without a previous assessment there is nothing to compare. */
function indexFellSentence(context: BodyContext): string {
  const { lagging, index } = context.model;
  if (lagging.indexFell.length > 0)
    return `Kết quả tự đánh giá giảm so với kỳ trước: ${agencyNames(lagging.indexFell, context.lookup)}.`;
  return index.comparePeriod !== null
    ? 'Không có cơ quan nào có kết quả tự đánh giá giảm so với kỳ trước.'
    : 'Chưa có kết quả tự đánh giá kỳ trước để so sánh.';
}

/** Who has not filed the assessment the report uses; nobody is late when none ended in the period. */
function notFiledSentence(context: BodyContext): string {
  const { index, period } = context.model;
  if (index.notFiled.length > 0 && index.assessmentPeriod !== null)
    return `Chưa gửi kết quả tự đánh giá ${index.assessmentPeriod.label}: ${agencyNames(index.notFiled, context.lookup)}.`;
  return index.assessmentPeriod !== null
    ? `Tất cả các cơ quan đã gửi kết quả tự đánh giá ${index.assessmentPeriod.label}.`
    : `Không có kỳ tự đánh giá nào kết thúc trong ${period.label}.`;
}

/** The indicators not reached, first in part II; nothing when every judged one is reached. */
function shortfall(context: BodyContext): Block[] {
  const { indicators } = context.model;
  const sentence = indicators === null ? '' : shortfallSentence(indicators.rows);
  return sentence === '' ? [] : [bodyParagraph(sentence)];
}

export function shortcomings(context: BodyContext): Block[] {
  const { model, lookup } = context;
  return [
    heading(1, 'II. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC'),
    ...shortfall(context),
    ...difficulties(context),
    ...causes(context),
    numbered(context, 'shortcomings.overdue', 'Cơ quan có nhiệm vụ quá hạn'),
    ...(model.lagging.overdue.length === 0
      ? [bodyParagraph('Không có nhiệm vụ quá hạn.')]
      : model.lagging.overdue.map((item) =>
          listItem(1, `${lookup.agency(item.agency).name}: ${count(item.count)} nhiệm vụ quá hạn.`),
        )),
    numbered(context, 'shortcomings.indexFell', 'Cơ quan có kết quả tự đánh giá giảm'),
    bodyParagraph(indexFellSentence(context)),
    numbered(context, 'shortcomings.notFiled', 'Cơ quan chưa tự đánh giá'),
    bodyParagraph(notFiledSentence(context)),
  ];
}
