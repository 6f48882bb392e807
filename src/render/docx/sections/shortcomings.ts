/**
 * II. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC: the indicators not reached,
 * difficulties with the agencies that raised them, agencies with overdue tasks, agencies whose index fell,
 * agencies that did not file.
 */
import type { ModelLookup } from '../../lookup.js';
import type { SourcedText } from '../../../compute/report-model.js';
import { withoutEndPunctuation } from '../../document-identity.js';
import { agencyLabel, distinct, shortfallSentence } from '../../wording.js';
import { bodyParagraph, heading, listItem } from '../blocks.js';
import { count, type Block, type BodyContext } from './context.js';

/** "<text> (Sở A, Sở B)." for a difficulty or a proposal, its sources by short name. */
export function sourcedText(item: SourcedText, lookup: ModelLookup): string {
  const sources = distinct(item.sources.map((source) => source.agency))
    .map((id) => agencyLabel(lookup.agency(id)))
    .join(', ');
  return `${withoutEndPunctuation(item.text)} (${sources}).`;
}

/** Full names, each once: "Sở Y tế, UBND huyện Vĩnh Linh". */
export function agencyNames(ids: readonly string[], lookup: ModelLookup): string {
  return distinct(ids)
    .map((id) => lookup.agency(id).name)
    .join(', ');
}

export function shortcomings(context: BodyContext): Block[] {
  const { model, lookup } = context;
  return [
    heading(1, 'II. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC'),
    ...shortfall(context),
    heading(2, '1. Khó khăn, vướng mắc'),
    ...(model.difficulties.length === 0
      ? [bodyParagraph('Các cơ quan không nêu khó khăn, vướng mắc.')]
      : model.difficulties
          .flatMap((group) => group.texts)
          .map((item) => listItem(1, sourcedText(item, lookup)))),
    heading(2, '2. Cơ quan có nhiệm vụ quá hạn'),
    ...(model.lagging.overdue.length === 0
      ? [bodyParagraph('Không có nhiệm vụ quá hạn.')]
      : model.lagging.overdue.map((item) =>
          listItem(1, `${lookup.agency(item.agency).name}: ${count(item.count)} nhiệm vụ quá hạn.`),
        )),
    heading(2, '3. Cơ quan có chỉ số chuyển đổi số giảm'),
    bodyParagraph(
      model.lagging.indexFell.length === 0
        ? 'Không có cơ quan nào có chỉ số chuyển đổi số giảm so với kỳ trước.'
        : `Chỉ số chuyển đổi số giảm so với kỳ trước: ${agencyNames(model.lagging.indexFell, lookup)}.`,
    ),
    heading(2, '4. Cơ quan chưa tự đánh giá'),
    bodyParagraph(notFiledSentence(context)),
  ];
}

/** Who has not filed the assessment the report uses; nobody is late when none ended in the period. */
function notFiledSentence(context: BodyContext): string {
  const { index, period } = context.model;
  if (index.assessmentPeriod === null)
    return `Không có kỳ tự đánh giá nào kết thúc trong ${period.label}.`;
  return index.notFiled.length === 0
    ? `Tất cả các cơ quan đã gửi kết quả tự đánh giá ${index.assessmentPeriod.label}.`
    : `Chưa gửi kết quả tự đánh giá ${index.assessmentPeriod.label}: ${agencyNames(index.notFiled, context.lookup)}.`;
}

/** The indicators not reached, first in part II; nothing when every judged one is reached. */
function shortfall(context: BodyContext): Block[] {
  const { indicators } = context.model;
  const sentence = indicators === null ? '' : shortfallSentence(indicators.rows);
  return sentence === '' ? [] : [bodyParagraph(sentence)];
}
