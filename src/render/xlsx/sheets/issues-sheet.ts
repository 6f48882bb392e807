/**
 * "Khó khăn - Đề xuất": the period's difficulties, then its proposals, each
 * text once with the agencies that reported it and where.
 */
import type { ReportModel, SourcedText } from '../../../compute/report-model.js';
import { lookupIn } from '../../lookup.js';
import { distinct } from '../../wording.js';
import { textCell } from '../cells.js';
import { sourceLabel } from '../labels.js';
import { sheetTitle } from '../sheet-title.js';
import type { TableSheet } from '../table-sheet.js';

export const ISSUES_SHEET = 'Khó khăn - Đề xuất';

interface IssueRow {
  kind: 'Khó khăn' | 'Đề xuất';
  entry: SourcedText;
}

/** The "Khó khăn - Đề xuất" table, in the model's order within each kind. */
export function issuesSheet(model: ReportModel): TableSheet<IssueRow> {
  const lookup = lookupIn(model);
  return {
    name: ISSUES_SHEET,
    title: sheetTitle(model, 'Khó khăn, vướng mắc và đề xuất'),
    columns: [
      { key: 'kind', header: 'Loại', kind: 'text', value: (row) => row.kind },
      {
        key: 'text',
        header: 'Nội dung',
        kind: 'long-text',
        value: (row) => textCell(row.entry.text),
      },
      {
        key: 'agencies',
        header: 'Đơn vị',
        kind: 'long-text',
        value: (row) =>
          textCell(
            distinct(row.entry.sources.map((source) => lookup.agency(source.agency).name)).join(
              '; ',
            ),
          ),
      },
      {
        key: 'sources',
        header: 'Nguồn',
        kind: 'long-text',
        value: (row) => textCell(distinct(row.entry.sources.map(sourceLabel)).join('; ')),
      },
    ],
    rows: [
      ...model.difficulties.map((entry) => ({ kind: 'Khó khăn' as const, entry })),
      ...model.proposals.map((entry) => ({ kind: 'Đề xuất' as const, entry })),
    ],
  };
}
