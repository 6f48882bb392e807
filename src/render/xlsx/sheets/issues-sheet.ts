/**
 * "Khó khăn - Đề xuất": the period's difficulties, then its proposals, one
 * row per text and agency that raised it (so a pivot counts agencies per
 * theme), with its theme, the agency's group and where the agency wrote it:
 * the full list the briefing's body sums up by theme.
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
  agency: string;
}

const rowsOf = (kind: IssueRow['kind'], groups: readonly ThemeGroup[]): IssueRow[] =>
  groups.flatMap((group) =>
    group.texts.flatMap((entry) =>
      distinct(entry.sources.map((source) => source.agency)).map((agency) => ({
        kind,
        entry,
        agency,
      })),
    ),
  );

/** The "Khó khăn - Đề xuất" table, in the model's order within each kind. */
export function issuesSheet(model: ReportModel): TableSheet<IssueRow> {
  const lookup = lookupIn(model);
  return {
    name: ISSUES_SHEET,
    tableName: 'tblKhoKhanDeXuat',
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
        key: 'agency',
        header: 'Đơn vị',
        kind: 'text',
        value: (row) => textCell(lookup.agency(row.agency).name),
      },
      {
        key: 'group',
        header: 'Khối',
        kind: 'text',
        value: (row) => textCell(lookup.group(lookup.agency(row.agency).group)?.name ?? null),
      },
      {
        key: 'sources',
        header: 'Nguồn',
        kind: 'text',
        value: (row) =>
          textCell(
            distinct(
              row.entry.sources.filter((source) => source.agency === row.agency).map(sourceLabel),
            ).join('; '),
          ),
      },
    ],
    rows: [...rowsOf('Khó khăn', model.difficulties), ...rowsOf('Đề xuất', model.proposals)],
  };
}
