/**
 * The tasks appendix: every task with its status on D, one table per pillar,
 * all with one layout so the columns line up page after page.
 */
import type { ReportModel, TaskRow } from '../../../compute/report-model.js';
import { formatDateShort, formatProgress, NO_VALUE } from '../../format-vi.js';
import type { ModelLookup } from '../../lookup.js';
import { ONGOING_WORD, STATUS_WORDS, TIMELINESS_WORDS } from '../../vocabulary.js';
import { agencyLabel, groupBy } from '../../wording.js';
import { heading } from '../blocks.js';
import {
  dataTable,
  naturalWidth,
  tableWidths,
  type DataTable,
  type DocxColumn,
} from '../tables.js';
import { appendixHead, appendixWidth, type Appendix } from './appendix-page.js';

/** A task and its number within its pillar (a wrapper: 20,000 tasks are not copied). */
interface NumberedTask {
  task: TaskRow;
  number: number;
}

function deadline(task: TaskRow): string {
  if (task.deadline.kind === 'ongoing') return ONGOING_WORD;
  return task.deadline.kind === 'date' ? formatDateShort(task.deadline.date) : NO_VALUE;
}

function taskColumns(lookup: ModelLookup): DocxColumn<NumberedTask>[] {
  const agency = (id: string) => agencyLabel(lookup.agency(id));
  return [
    { header: 'STT', kind: 'number', cell: ({ number }) => String(number) },
    { header: 'Mã', kind: 'text', wraps: false, cell: ({ task }) => task.id },
    { header: 'Nhiệm vụ', kind: 'text', cell: ({ task }) => task.title },
    {
      header: 'Đơn vị chủ trì',
      kind: 'text',
      cell: ({ task }) =>
        `${agency(task.lead)}${task.originalLead === null ? '' : ` (nhận từ ${agency(task.originalLead)})`}`,
    },
    { header: 'Thời hạn', kind: 'text', wraps: false, cell: ({ task }) => deadline(task) },
    {
      header: 'Trạng thái',
      kind: 'text',
      cell: ({ task }) =>
        `${TIMELINESS_WORDS[task.timeliness]}${task.timeliness === 'overdue' ? ` (${STATUS_WORDS[task.status]})` : ''}`,
    },
    { header: 'Tiến độ', kind: 'number', cell: ({ task }) => formatProgress(task.progress) },
    {
      header: 'Ngày hoàn thành',
      kind: 'text',
      wraps: false,
      cell: ({ task }) =>
        task.completedOn === null ? NO_VALUE : formatDateShort(task.completedOn),
    },
  ];
}

export function tasksAppendix(model: ReportModel, lookup: ModelLookup): Appendix {
  const columns = taskColumns(lookup);
  const groups = groupBy(model.tasks, 'pillar').map((group) => ({
    name: lookup.pillarName(String(group.key)),
    table: {
      columns,
      rows: group.items.map((task, index) => ({ task, number: index + 1 })),
    } satisfies DataTable<NumberedTask>,
  }));
  const all: DataTable<NumberedTask> = {
    columns,
    rows: groups.flatMap((group) => group.table.rows),
  };
  const { landscape, width } = appendixWidth(naturalWidth(all));
  const widths = tableWidths(all, width);
  return {
    landscape,
    children: [
      ...appendixHead(
        model,
        'tasks',
        `DANH SÁCH NHIỆM VỤ VÀ TÌNH HÌNH THỰC HIỆN ĐẾN NGÀY ${formatDateShort(model.period.asOf)}`,
      ),
      ...groups.flatMap((group, index) => [
        heading(2, `${index + 1}. ${group.name}`),
        dataTable(group.table, width, widths),
      ]),
    ],
  };
}
