/**
 * III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI (overdue tasks to finish, tasks
 * due in the next period, by agency in bold, each task a "+" line) and
 * IV. ĐỀ XUẤT, KIẾN NGHỊ.
 */
import type { TaskBrief } from '../../../compute/report-model.js';
import { formatDateShort } from '../../format-vi.js';
import { groupBy } from '../../wording.js';
import { bodyParagraph, heading, listItem } from '../blocks.js';
import { sourcedText } from './shortcomings.js';
import type { Block, BodyContext } from './context.js';

function tasksByLead(tasks: readonly TaskBrief[], context: BodyContext): Block[] {
  return groupBy(tasks, 'lead').flatMap((group) => [
    listItem(1, { bold: context.lookup.agency(String(group.key)).name }, ':'),
    ...group.items.map((task, index) =>
      listItem(
        2,
        `${task.id}: ${task.title} (thời hạn ${task.deadline === null ? '—' : formatDateShort(task.deadline)})${index === group.items.length - 1 ? '.' : ';'}`,
      ),
    ),
  ]);
}

export function directions(context: BodyContext): Block[] {
  const { nextSteps } = context.model;
  const next = nextSteps.nextPeriod.label;
  return [
    heading(1, 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI'),
    heading(2, '1. Tập trung hoàn thành các nhiệm vụ quá hạn'),
    ...(nextSteps.overdue.length === 0
      ? [bodyParagraph('Không có nhiệm vụ quá hạn.')]
      : tasksByLead(nextSteps.overdue, context)),
    heading(2, `2. Nhiệm vụ đến hạn trong ${next}`),
    ...(nextSteps.dueNext.length === 0
      ? [bodyParagraph(`Không có nhiệm vụ đến hạn trong ${next}.`)]
      : tasksByLead(nextSteps.dueNext, context)),
  ];
}

/** NĐ 30's end mark: the body's last sentence closes with "./.". */
export function withEndMark(text: string): string {
  return text.endsWith('.') ? `${text}/.` : `${text}./.`;
}

/** Section IV, the last of the body: its last paragraph carries the end mark. */
export function proposals(context: BodyContext): Block[] {
  const { model, lookup } = context;
  const items = model.proposals
    .flatMap((group) => group.texts)
    .map((item) => sourcedText(item, lookup));
  const last = items.length - 1;
  return [
    heading(1, 'IV. ĐỀ XUẤT, KIẾN NGHỊ'),
    ...(items.length === 0
      ? [bodyParagraph(withEndMark('Các cơ quan không có đề xuất, kiến nghị.'))]
      : items.map((text, index) => listItem(1, index === last ? withEndMark(text) : text))),
  ];
}
