/**
 * "Nhiệm vụ": one row per task with its status on D (tasks of a plan issued
 * after D are not yet tasks, and are left out), in the model's order
 * (pillar, then id); overdue tasks are filled light red. The id and title stay
 * in view while scrolling right; the print shows the columns a reader of the
 * appendix needs, the rest stay on screen.
 */
import type { ReportModel, TaskRow } from '../../../compute/report-model.js';
import { formatDateInText } from '../../format-vi.js';
import { lookupIn, type ModelLookup } from '../../lookup.js';
import { dateCell, progressRatio, textCell } from '../cells.js';
import { DEADLINE_KINDS, STATUS_LABELS, TIMELINESS_LABELS } from '../labels.js';
import { sheetTitle } from '../sheet-title.js';
import { listedTasks } from './agencies-sheet.js';
import type { Column, TableSheet } from '../table-sheet.js';

export const TASKS_SHEET = 'Nhiệm vụ';

function names(lookup: ModelLookup, ids: readonly string[]): string | null {
  return textCell(ids.map((id) => lookup.agency(id).name).join('; '));
}

/**
 * With group-led tasks (0.3): how many of a task's shares are done, of how
 * many ("4/5" as two numbers, to sort and filter); empty for a task an agency
 * leads. No columns when no task is led by a group.
 */
function shareColumns(model: ReportModel): Column<TaskRow>[] {
  if (!model.tasks.some((task) => task.sharesDone !== null)) return [];
  return [
    {
      key: 'sharesDone',
      header: 'Phần việc đã hoàn thành',
      kind: 'count',
      value: (task) => task.sharesDone?.done ?? null,
    },
    {
      key: 'shares',
      header: 'Số phần việc',
      kind: 'count',
      value: (task) => task.sharesDone?.total ?? null,
    },
  ];
}

/** The "Nhiệm vụ" table. */
export function tasksSheet(model: ReportModel): TableSheet<TaskRow> {
  const lookup = lookupIn(model);
  const name = (id: string | null) => (id === null ? null : lookup.agency(id).name);
  const printed: Column<TaskRow>[] = [
    { key: 'id', header: 'Mã', kind: 'text', value: (task) => textCell(task.id) },
    {
      key: 'title',
      header: 'Tên nhiệm vụ',
      kind: 'long-text',
      value: (task) => textCell(task.title),
    },
    {
      key: 'lead',
      header: 'Đơn vị chủ trì',
      kind: 'text',
      // A group-led task (0.3): the group's name; each holder's share is on the "Phần việc" sheet.
      value: (task) =>
        textCell(
          task.lead === null
            ? (lookup.group(task.leadGroup)?.name ?? task.leadGroup)
            : name(task.lead),
        ),
    },
    // Only days in this column, so it sorts and filters as dates; the kind of deadline is beside it.
    {
      key: 'deadline',
      header: 'Thời hạn',
      kind: 'date',
      value: (task) => (task.deadline.kind === 'date' ? dateCell(task.deadline.date) : null),
    },
    {
      key: 'deadlineKind',
      header: 'Loại thời hạn',
      kind: 'text',
      value: (task) => DEADLINE_KINDS[task.deadline.kind],
    },
    {
      key: 'status',
      header: `Trạng thái tại ngày ${formatDateInText(model.period.asOf)}`,
      kind: 'text',
      value: (task) => STATUS_LABELS[task.status],
    },
    {
      key: 'progress',
      header: 'Tiến độ',
      kind: 'progress',
      value: (task) => progressRatio(task.progress),
    },
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
    ...shareColumns(model),
  ];
  const onScreen: Column<TaskRow>[] = [
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
      key: 'lastNote',
      header: 'Ghi chú gần nhất',
      kind: 'long-text',
      value: (task) => textCell(task.lastNote),
    },
    {
      key: 'evidence',
      header: 'Minh chứng',
      kind: 'long-text',
      value: (task) => textCell(task.evidence),
    },
    {
      key: 'issues',
      header: 'Khó khăn, vướng mắc',
      kind: 'long-text',
      value: (task) => textCell(task.issues.join('\n')),
    },
  ];
  return {
    name: TASKS_SHEET,
    tableName: 'tblNhiemVu',
    title: sheetTitle(model, 'Danh sách nhiệm vụ'),
    columns: [...printed, ...onScreen],
    rows: listedTasks(model),
    look: (task) => (task.timeliness === 'overdue' ? 'overdue' : 'plain'),
    frozenColumns: 2,
    printedColumns: printed.length,
  };
}
