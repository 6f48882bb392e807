/**
 * "Nhiệm vụ": one row per task with its status on D, in the model's order
 * (pillar, then id); overdue tasks are filled light red.
 */
import type { AgencyRef, ReportModel, TaskRow } from '../../../compute/report-model.js';
import { formatDateShort } from '../../format-vi.js';
import { dateCell, textCell } from '../cells.js';
import type { CellValue } from '../cells.js';
import { NO_DEADLINE, ONGOING_DEADLINE, STATUS_LABELS, TIMELINESS_LABELS } from '../labels.js';
import { sheetTitle } from '../sheet-title.js';
import type { TableSheet } from '../table-sheet.js';

export const TASKS_SHEET = 'Nhiệm vụ';

function names(agencies: readonly AgencyRef[]): string | null {
  return textCell(agencies.map((agency) => agency.name).join('; '));
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
        value: (task) => textCell(task.pillar.name),
      },
      {
        key: 'plan',
        header: 'Kế hoạch',
        kind: 'text',
        value: (task) => textCell(task.plan?.number ?? null),
      },
      {
        key: 'lead',
        header: 'Đơn vị chủ trì',
        kind: 'text',
        value: (task) => textCell(task.lead.name),
      },
      {
        key: 'originalLead',
        header: 'Đơn vị chủ trì ban đầu (đã chuyển giao)',
        kind: 'text',
        value: (task) => textCell(task.originalLead?.name ?? null),
      },
      {
        key: 'partners',
        header: 'Đơn vị phối hợp',
        kind: 'long-text',
        value: (task) => names(task.partners),
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
