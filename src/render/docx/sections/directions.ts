/**
 * III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI (the office's key tasks, overdue
 * tasks to finish with their latest difficulty, tasks due in the next
 * period; by agency in bold, each task a "+" line named by its title, its
 * code in parentheses) and IV. ĐỀ XUẤT, KIẾN NGHỊ (the office's proposals,
 * then the agencies' by theme), closed by the closing paragraph(s), the last
 * ending with the end mark "./." (closingParagraphs).
 */
import type { TaskBrief } from '../../../compute/report-model.js';
import { closingParagraphs } from '../../briefing-wording.js';
import { withoutEndPunctuation } from '../../document-identity.js';
import { groupBy } from '../../wording.js';
import { bodyParagraph, heading, listHead, listItem } from '../blocks.js';
import { dateOrDash, numbered, paragraphs, type Block, type BodyContext } from './context.js';
import { themeItems } from './themes.js';

function tasksByLead(
  tasks: readonly TaskBrief[],
  context: BodyContext,
  withIssue: boolean,
): Block[] {
  return groupBy(tasks, 'lead').flatMap((group) => [
    listHead({ bold: context.lookup.agency(String(group.key)).name }, ':'),
    ...group.items.map((task, index) => {
      const issue =
        withIssue && task.issue !== null ? `; vướng mắc: ${withoutEndPunctuation(task.issue)}` : '';
      const end = index === group.items.length - 1 ? '.' : ';';
      return listItem(
        2,
        `${task.title} (${task.id}), thời hạn ${dateOrDash(task.deadline)}${issue}${end}`,
      );
    }),
  ]);
}

export function directions(context: BodyContext): Block[] {
  const { nextSteps, notes } = context.model;
  const next = nextSteps.nextPeriod.label;
  return [
    heading(1, 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI'),
    ...(notes === null || notes.directions.length === 0
      ? []
      : [
          numbered(context, 'directions.keyTasks', 'Nhiệm vụ, giải pháp trọng tâm'),
          ...paragraphs(notes.directions),
        ]),
    numbered(context, 'directions.overdue', 'Tập trung hoàn thành các nhiệm vụ quá hạn'),
    ...(nextSteps.overdue.length === 0
      ? [bodyParagraph('Không có nhiệm vụ quá hạn.')]
      : tasksByLead(nextSteps.overdue, context, true)),
    numbered(context, 'directions.dueNext', `Nhiệm vụ đến hạn trong ${next}`),
    ...(nextSteps.dueNext.length === 0
      ? [bodyParagraph(`Không có nhiệm vụ đến hạn trong ${next}.`)]
      : tasksByLead(nextSteps.dueNext, context, false)),
  ];
}

/** Section IV, then the closing that ends the body. */
export function proposals(context: BodyContext): Block[] {
  const { model } = context;
  return [
    heading(1, 'IV. ĐỀ XUẤT, KIẾN NGHỊ'),
    ...paragraphs(model.notes?.proposals ?? []),
    ...(model.proposals.length === 0
      ? [bodyParagraph('Các cơ quan không có đề xuất, kiến nghị.')]
      : themeItems(context, model.proposals)),
    ...paragraphs(closingParagraphs(model)),
  ];
}
