/**
 * "Nhiệm vụ": one row per task with its status on D, in the model's order
 * (pillar, then id); overdue tasks are filled light red.
 */
import type { ReportModel, TaskRow } from '../../../compute/report-model.js';
import { formatDateShort } from '../../format-vi.js';
import { lookupIn, type ModelLookup } from '../../lookup.js';
import { dateCell, textCell } from '../cells.js';
import type { CellValue } from '../cells.js';
import { NO_DEADLINE, ONGOING_DEADLINE, STATUS_LABELS, TIMELINESS_LABELS } from '../labels.js';
import { sheetTitle } from '../sheet-title.js';
import type { TableSheet } from '../table-sheet.js';

export const TASKS_SHEET = 'Nhiệm vụ';

function names(lookup: ModelLookup, ids: readonly string[]): string | null {
  return textCell(ids.map((id) => lookup.agency(id).name).join('; '));
}

/** A date deadline as a date; `ongoing` and no deadline in words. */
function deadlineCell(deadline: TaskRow['deadline']): CellValue {
  switch (deadline.kind) {
    case 'date':
      return dateCell(deadline.date);
    case 'ongoing':
      return ONGOING_DEADLINE;
    case 'none':
      return NO_DEADLINE;
  }
}

/** The "Nhiệm vụ" table. */
export function tasksSheet(model: ReportModel): TableSheet<TaskRow> {
  const lookup = lookupIn(model);
  const name = (id: string | null) => (id === null ? null : lookup.agency(id).name);
  return {
    name: TASKS_SHEET,
    title: sheetTitle(model, 'Danh sách nhiệm vụ'),
    columns: [
      { key: 'id', header: 'Mã', kind: 'text', value: (task) => textCell(task.id) },
      {
        key: 'title',
        header: 'Tên nhiệm vụ',
        kind: 'long-text',
        value: (task) => textCell(task.title),
      },
      {
        key: 'pillar',
        header: 'Trụ cột',
        kind: 'text',
        value: (task) => textCell(lookup.pillarName(task.pillar)),
      },
      {
        key: 'plan',
        header: 'Kế hoạch',
        kind: 'text',
        value: (task) => textCell(lookup.planNumber(task.plan)),
      },
      {
        key: 'lead',
        header: 'Đơn vị chủ trì',
        kind: 'text',
        value: (task) => textCell(name(task.lead)),
      },
      {
        key: 'originalLead',
        header: 'Đơn vị chủ trì ban đầu (đã chuyển giao)',
        kind: 'text',
        value: (task) => textCell(name(task.originalLead)),
      },
      {
        key: 'partners',
        header: 'Đơn vị phối hợp',
        kind: 'long-text',
        value: (task) => names(lookup, task.partners),
      },
      {
        key: 'deadline',
        header: 'Thời hạn',
        kind: 'date',
        value: (task) => deadlineCell(task.deadline),
      },
      {
        key: 'status',
        header: `Trạng thái tại ngày ${formatDateShort(model.period.asOf)}`,
        kind: 'text',
        value: (task) => STATUS_LABELS[task.status],
      },
      { key: 'progress', header: 'Tiến độ (%)', kind: 'score', value: (task) => task.progress },
      {
        key: 'completedOn',
        header: 'Ngày hoàn thành',
        kind: 'date',
        value: (task) => dateCell(task.completedOn),
      },
      {
        key: 'timeliness',
        header: 'Đánh giá',
        kind: 'text',
        value: (task) => TIMELINESS_LABELS[task.timeliness],
      },
      {
        key: 'lastNote',
        header: 'Ghi chú gần nhất',
        kind: 'long-text',
        value: (task) => textCell(task.lastNote),
      },
      {
        key: 'issues',
        header: 'Khó khăn, vướng mắc',
        kind: 'long-text',
        value: (task) => textCell(task.issues.join('\n')),
      },
    ],
    rows: model.tasks,
    look: (task) => (task.timeliness === 'overdue' ? 'overdue' : 'plain'),
  };
}
