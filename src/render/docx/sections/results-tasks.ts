/**
 * I.4 Nhiệm vụ hoàn thành, triển khai mới trong kỳ: points a), b) and, when
 * tasks changed hands, c), lettered in Vietnamese alphabet order.
 */
import type { TaskBrief } from '../../../compute/report-model.js';
import { formatDateShort } from '../../format-vi.js';
import { pointLetter } from '../../numbering.js';
import { agencyLabel } from '../../wording.js';
import { bodyParagraph, heading, listItem } from '../blocks.js';
import { subsection, type Block, type BodyContext } from './context.js';

function point(index: number, title: string): Block {
  return heading(3, `${pointLetter(index)}) ${title}`);
}

export function resultsWithinPeriod(context: BodyContext): Block[] {
  const { model, lookup } = context;
  const agency = (id: string) => agencyLabel(lookup.agency(id));
  const finished = (task: TaskBrief) =>
    `${task.id}: ${task.title} (${agency(task.lead)}, hoàn thành ngày ${task.date === null ? '—' : formatDateShort(task.date)}${task.deadline === null ? '' : `, thời hạn ${formatDateShort(task.deadline)}`}).`;
  const started = (task: TaskBrief) =>
    `${task.id}: ${task.title} (${agency(task.lead)}, từ ngày ${task.date === null ? '—' : formatDateShort(task.date)}).`;
  const blocks: Block[] = [
    subsection(context, 4, 'Nhiệm vụ hoàn thành, triển khai mới trong kỳ'),
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
          `${transfer.task.id}: ${transfer.task.title}, chuyển từ ${lookup.agency(transfer.from).name} sang ${lookup.agency(transfer.to).name}.`,
        ),
      );
  }
  return blocks;
}
