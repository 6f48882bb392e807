/**
 * "Khó khăn - Đề xuất": the period's difficulties, then its proposals, each
 * text once with its theme, the agencies that reported it and where: the full
 * list the briefing's body sums up by theme.
 */
import type { ReportModel, SourcedText, ThemeGroup } from '../../../compute/report-model.js';
import { themeName } from '../../briefing-wording.js';
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

const rowsOf = (kind: IssueRow['kind'], groups: readonly ThemeGroup[]): IssueRow[] =>
  groups.flatMap((group) => group.texts.map((entry) => ({ kind, entry })));

/** The "Khó khăn - Đề xuất" table, in the model's order within each kind. */
export function issuesSheet(model: ReportModel): TableSheet<IssueRow> {
  const lookup = lookupIn(model);
  return {
    name: ISSUES_SHEET,
    title: sheetTitle(model, 'Khó khăn, vướng mắc và đề xuất'),
    columns: [
      { key: 'kind', header: 'Loại', kind: 'text', value: (row) => row.kind },
      // A theme column only when the dataset has themes: else it would be empty.
      ...(model.themes.length === 0
        ? []
        : [
            {
              key: 'theme',
              header: 'Chủ đề',
              kind: 'long-text' as const,
              value: (row: IssueRow) => textCell(themeName(model, row.entry.theme)),
            },
          ]),
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
    rows: [...rowsOf('Khó khăn', model.difficulties), ...rowsOf('Đề xuất', model.proposals)],
  };
}
