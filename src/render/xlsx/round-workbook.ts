/**
 * `status --format xlsx`: the board of a collection round as one sheet,
 * `trang-thai-<P>.xlsx` — one row per agency the round names, with its group,
 * state, the day each expected part arrived, its update rate (a formula over
 * its counts) and its led tasks with no update in the window; a bold header
 * frozen above an autofilter, as every table of the report workbook. The same
 * board always gives the same bytes (the workbook is dated D).
 */
import type { RoundAgencyRow, RoundBoard } from '../../compute/round-status.js';
import { parsePeriod, periodLabelVi } from '../../model/period.js';
import type { RoundPart } from '../../model/types.js';
import type { Artifact } from '../artifact.js';
import { formatDateInText } from '../format-vi.js';
import { ROUND_PART_HEADINGS, ROUND_STATE_WORDS, roundTotalsSentence } from '../round-wording.js';
import { dateCell, ratioFormula, textCell } from './cells.js';
import { lowerFirst } from '../wording.js';
import { openReportWorkbook } from './report-workbook.js';
import { writeTableSheet, type Column } from './table-sheet.js';

interface BoardRow extends RoundAgencyRow {
  groupName: string | null;
}

const partColumn = (part: RoundPart): Column<BoardRow> => ({
  key: part,
  header: `${ROUND_PART_HEADINGS.vi[part]} (ngày nhận)`,
  kind: 'date',
  value: (row) => dateCell(row.parts.find((entry) => entry.part === part)?.received ?? null),
});

/** The board's workbook; `organization` names the office in the title and the document properties. */
export async function renderRoundWorkbook(
  board: RoundBoard,
  organization: string,
): Promise<Artifact> {
  const label = periodLabelVi(parsePeriod(board.period)!);
  const report = openReportWorkbook({
    title: `Tình hình gửi báo cáo ${label}`,
    organization,
    date: board.asOf,
  });
  const rows: BoardRow[] = board.groups.flatMap((group) =>
    group.rows.map((row) => ({ ...row, groupName: group.name })),
  );
  await writeTableSheet(report, {
    name: 'Trạng thái',
    tableName: 'tblTrangThai',
    title: {
      heading: `${organization} — tình hình gửi báo cáo ${label} (hạn gửi ${formatDateInText(board.due)})`,
      asOf: `Tính đến ngày ${formatDateInText(board.asOf)}, ${lowerFirst(roundTotalsSentence(board.totals, 'vi'))}`,
    },
    columns: [
      { key: 'agency', header: 'Đơn vị', kind: 'text', value: (row) => textCell(row.name) },
      { key: 'group', header: 'Khối', kind: 'text', value: (row) => textCell(row.groupName) },
      {
        key: 'state',
        header: 'Trạng thái',
        kind: 'text',
        value: (row) => ROUND_STATE_WORDS.vi[row.state],
      },
      ...board.expects.map(partColumn),
      {
        key: 'rate',
        header: 'Tỷ lệ cập nhật',
        kind: 'percent',
        value: (row, cell) =>
          row.updateRate && ratioFormula(cell('updated'), cell('led'), row.updateRate),
      },
      {
        key: 'updated',
        header: 'Nhiệm vụ có cập nhật',
        kind: 'count',
        value: (row) => row.updateRate?.numerator ?? null,
      },
      {
        key: 'led',
        header: 'Nhiệm vụ chủ trì',
        kind: 'count',
        value: (row) => row.updateRate?.denominator ?? null,
      },
      {
        key: 'stale',
        header: 'Nhiệm vụ chưa cập nhật trong kỳ',
        kind: 'long-text',
        value: (row) =>
          textCell(
            row.notUpdated
              .map((task) => `${task.id}${task.overdue ? ' (quá hạn)' : ''}`)
              .join(', '),
          ),
      },
    ],
    rows,
    look: (row) => (row.state === 'missing' ? 'overdue' : 'plain'),
  });
  return { name: `trang-thai-${board.period}.xlsx`, bytes: await report.finish() };
}
