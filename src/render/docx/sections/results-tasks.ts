/**
 * I. Nhiệm vụ hoàn thành, triển khai mới trong kỳ: points a), b) and, when
 * tasks changed hands, c), lettered in Vietnamese alphabet order. A task is
 * named by its title, its code in parentheses (facts §9: codes are internal).
 */
import type { TaskBrief } from '../../../compute/report-model.js';
import { pointLetter } from '../../numbering.js';
import { agencyLabel } from '../../wording.js';
import { bodyParagraph, heading, listItem } from '../blocks.js';
import { dateOrDash, numbered, type Block, type BodyContext } from './context.js';

function point(index: number, title: string): Block {
  return heading(3, `${pointLetter(index)}) ${title}`);
}

export function resultsWithinPeriod(context: BodyContext): Block[] {
  const { model, lookup } = context;
  const agency = (id: string) => agencyLabel(lookup.agency(id));
  const finished = (task: TaskBrief) =>
    `${task.title} (${task.id}; ${agency(task.lead)}, hoàn thành ngày ${dateOrDash(task.date)}${task.deadline === null ? '' : `, thời hạn ${dateOrDash(task.deadline)}`}).`;
  const started = (task: TaskBrief) =>
    `${task.title} (${task.id}; ${agency(task.lead)}, từ ngày ${dateOrDash(task.date)}).`;
  const blocks: Block[] = [
    numbered(context, 'results.withinPeriod', 'Nhiệm vụ hoàn thành, triển khai mới trong kỳ'),
    point(0, 'Hoàn thành trong kỳ'),
    ...(model.withinPeriod.finished.length === 0
      ? [bodyParagraph('Không có nhiệm vụ hoàn thành trong kỳ.')]
      : model.withinPeriod.finished.map((task) => listItem(1, finished(task)))),
    point(1, 'Bắt đầu triển khai trong kỳ'),
    ...(model.withinPeriod.started.length === 0
      ? [bodyParagraph('Không có nhiệm vụ bắt đầu triển khai trong kỳ.')]
      : model.withinPeriod.started.map((task) => listItem(1, started(task)))),
  ];
  if (model.transfers.length > 0) {
    blocks.push(point(2, 'Nhiệm vụ chuyển giao cơ quan chủ trì'));
    for (const transfer of model.transfers)
      blocks.push(
        listItem(
          1,
          `${transfer.task.title} (${transfer.task.id}), chuyển từ ${lookup.agency(transfer.from).name} sang ${lookup.agency(transfer.to).name}.`,
        ),
      );
  }
  return blocks;
}
