/**
 * The appendix: every task with its status on D, one table per pillar, in a
 * section of its own that starts on a new page (NĐ 30/2020: "Phụ lục", bold,
 * with the "(Kèm theo …)" line in italics; its pages numbered on their own,
 * none on its first). The section turns landscape when its tables would
 * want more than one and a half portrait widths, so long task names do not
 * wrap word by word.
 */
import { Paragraph, TextRun } from 'docx';
import type { ReportModel, TaskRow } from '../../compute/report-model.js';
import { attachmentLine } from '../document-identity.js';
import { formatDateShort, formatProgress, NO_VALUE } from '../format-vi.js';
import type { ModelLookup } from '../lookup.js';
import { ONGOING_WORD, STATUS_WORDS, TIMELINESS_WORDS } from '../vocabulary.js';
import { agencyLabel, groupBy } from '../wording.js';
import { bodyParagraph, heading } from './blocks.js';
import { LANDSCAPE_TEXT_WIDTH, PORTRAIT_TEXT_WIDTH } from './page.js';
import { plain } from './plain-text.js';
import type { Block } from './sections/context.js';
import { STYLE } from './styles.js';
import { dataTable, naturalWidth, tableWidths, type DataTable, type DocxColumn } from './tables.js';

export const APPENDIX_HEADING = 'Phụ lục';

function deadline(task: TaskRow): string {
  if (task.deadline.kind === 'ongoing') return ONGOING_WORD;
  return task.deadline.kind === 'date' ? formatDateShort(task.deadline.date) : NO_VALUE;
}

function taskColumns(lookup: ModelLookup): DocxColumn<TaskRow & { number: number }>[] {
  const agency = (id: string) => agencyLabel(lookup.agency(id));
  return [
    { header: 'STT', kind: 'number', cell: (task) => String(task.number) },
    { header: 'Mã', kind: 'text', wraps: false, cell: (task) => task.id },
    { header: 'Nhiệm vụ', kind: 'text', cell: (task) => task.title },
    {
      header: 'Đơn vị chủ trì',
      kind: 'text',
      cell: (task) =>
        `${agency(task.lead)}${task.originalLead === null ? '' : ` (nhận từ ${agency(task.originalLead)})`}`,
    },
    { header: 'Thời hạn', kind: 'text', wraps: false, cell: deadline },
    {
      header: 'Trạng thái',
      kind: 'text',
      cell: (task) =>
        `${TIMELINESS_WORDS[task.timeliness]}${task.timeliness === 'overdue' ? ` (${STATUS_WORDS[task.status]})` : ''}`,
    },
    { header: 'Tiến độ', kind: 'number', cell: (task) => formatProgress(task.progress) },
    {
      header: 'Ngày hoàn thành',
      kind: 'text',
      wraps: false,
      cell: (task) => (task.completedOn === null ? NO_VALUE : formatDateShort(task.completedOn)),
    },
  ];
}

/** The model with the texts of the attachment line made plain. */
function plainIdentity(model: ReportModel): ReportModel {
  return {
    ...model,
    title: plain(model.title),
    organization: { ...model.organization, name: plain(model.organization.name) },
    document:
      model.document === null ? null : { ...model.document, symbol: plain(model.document.symbol) },
  };
}

export interface Appendix {
  landscape: boolean;
  children: Block[];
}

export function appendix(model: ReportModel, lookup: ModelLookup): Appendix {
  const columns = taskColumns(lookup);
  const groups = groupBy(model.tasks, 'pillar').map((group) => ({
    name: lookup.pillarName(String(group.key)),
    table: {
      columns,
      rows: group.items.map((task, index) => ({ ...task, number: index + 1 })),
    } satisfies DataTable<TaskRow & { number: number }>,
  }));
  // One layout for every pillar's table, fitted to all the tasks, so the columns line up page after page.
  const all: DataTable<TaskRow & { number: number }> = {
    columns,
    rows: groups.flatMap((group) => group.table.rows),
  };
  const landscape = naturalWidth(all) > 1.5 * PORTRAIT_TEXT_WIDTH;
  const width = landscape ? LANDSCAPE_TEXT_WIDTH : PORTRAIT_TEXT_WIDTH;
  const widths = tableWidths(all, width);
  const line = (style: string, text: string) =>
    new Paragraph({ style, children: [new TextRun(plain(text))] });
  return {
    landscape,
    children: [
      line(STYLE.appendixHeading, APPENDIX_HEADING),
      line(
        STYLE.appendixHeading,
        `DANH SÁCH NHIỆM VỤ VÀ TÌNH HÌNH THỰC HIỆN ĐẾN NGÀY ${formatDateShort(model.period.asOf)}`,
      ),
      // The attachment line may hold the blank left for the number: spaces that must stay.
      new Paragraph({
        style: STYLE.appendixNote,
        children: [new TextRun(attachmentLine(plainIdentity(model)))],
      }),
      ...(groups.length === 0
        ? [bodyParagraph('Chưa có nhiệm vụ nào trong dữ liệu.')]
        : groups.flatMap((group, index) => [
            heading(2, `${index + 1}. ${group.name}`),
            dataTable(group.table, width, widths),
          ])),
    ],
  };
}
