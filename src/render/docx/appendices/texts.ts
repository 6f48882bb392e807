/**
 * The texts appendix: every difficulty and every proposal of the period with
 * the agencies that raised it (short names, each once), numbered within its
 * theme; with themes, each theme's name in bold on a row of its own.
 */
import type { ReportModel, SourcedText, ThemeGroup } from '../../../compute/report-model.js';
import { themeName } from '../../briefing-wording.js';
import type { ModelLookup } from '../../lookup.js';
import { agencyLabel, distinct } from '../../wording.js';
import { heading } from '../blocks.js';
import type { Block } from '../sections/context.js';
import {
  dataTable,
  naturalWidth,
  tableWidths,
  type DataTable,
  type DocxColumn,
} from '../tables.js';
import { appendixHead, appendixWidth, type Appendix } from './appendix-page.js';

/** A line of a table: a theme's name, or a text numbered within its theme. */
type Line = { theme: string } | { number: number; entry: SourcedText };

function columns(lookup: ModelLookup): DocxColumn<Line>[] {
  const text = (cell: (line: { number: number; entry: SourcedText }) => string) => (line: Line) =>
    'entry' in line ? cell(line) : '';
  return [
    { header: 'STT', kind: 'number', cell: text((line) => String(line.number)) },
    { header: 'Nội dung', kind: 'text', cell: text((line) => line.entry.text) },
    {
      header: 'Cơ quan nêu',
      kind: 'text',
      cell: text((line) =>
        distinct(line.entry.sources.map((source) => source.agency))
          .map((id) => agencyLabel(lookup.agency(id)))
          .join(', '),
      ),
    },
  ];
}

function lines(model: ReportModel, groups: readonly ThemeGroup[]): Line[] {
  return groups.flatMap((group) => [
    ...(model.themes.length > 0 ? [{ theme: themeName(model, group.theme) }] : []),
    ...group.texts.map((entry, index) => ({ number: index + 1, entry })),
  ]);
}

export function textsAppendix(model: ReportModel, lookup: ModelLookup): Appendix {
  const table = (groups: readonly ThemeGroup[]): DataTable<Line> => ({
    columns: columns(lookup),
    rows: lines(model, groups),
    // A theme's name across the text and agency columns, the number column left empty.
    spanning: (line) => ('theme' in line ? line.theme : null),
    spanFrom: 1,
  });
  const parts = [
    { title: 'Khó khăn, vướng mắc', table: table(model.difficulties) },
    { title: 'Đề xuất, kiến nghị', table: table(model.proposals) },
  ].filter((part) => part.table.rows.length > 0);
  // One layout for both tables, fitted to every text.
  const all: DataTable<Line> = {
    ...table([]),
    rows: parts.flatMap((part) => part.table.rows),
  };
  const { landscape, width } = appendixWidth(naturalWidth(all));
  const widths = tableWidths(all, width);
  const children: Block[] = [
    ...appendixHead(model, 'texts', 'KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ CỦA CÁC CƠ QUAN'),
    ...parts.flatMap((part, index) => [
      heading(2, `${index + 1}. ${part.title}`),
      dataTable(part.table, width, widths),
    ]),
  ];
  return { landscape, children };
}
