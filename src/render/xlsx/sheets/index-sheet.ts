/**
 * "Chỉ số": the self-assessment index as a long table, one row per agency and
 * component (criteria.yaml order): points, max, percent, the previous
 * period's percent and the change. With several indices (0.3: one per level)
 * it stays one table, with a column naming each row's index: the indices
 * share the table's columns, so one pivot (or filter) slices them by index
 * and group, where a table per index would have to be pivoted one by one.
 */
import type { AgencyIndexRow, Ratio, ReportModel } from '../../../compute/report-model.js';
import { ratioValue } from '../../format-vi.js';
import { lookupIn } from '../../lookup.js';
import { ratioChangeFormula, ratioFormula, textCell } from '../cells.js';
import { sheetTitle } from '../sheet-title.js';
import type { TableSheet } from '../table-sheet.js';
import { scoreKind } from '../styles.js';

export const INDEX_SHEET = 'Chỉ số';

interface ComponentScore {
  agency: AgencyIndexRow;
  component: string;
  score: Ratio;
  previous: Ratio | null;
  change: Ratio | null;
}

function componentScores(model: ReportModel): ComponentScore[] {
  const names = new Map(
    model.index.indices.flatMap((index) =>
      index.components.map((component) => [component.id, component.name] as const),
    ),
  );
  return model.index.rows.flatMap((agency) =>
    agency.current.components.map(({ id, score }) => {
      const previous =
        agency.previous?.components.find((component) => component.id === id)?.score ?? null;
      return {
        agency,
        component: names.get(id) ?? id,
        score,
        previous,
        change: agency.change?.components.find((entry) => entry.id === id)?.change ?? null,
      };
    }),
  );
}

/** The "Chỉ số" table, agencies in the index section's order. */
export function indexSheet(model: ReportModel): TableSheet<ComponentScore> {
  const lookup = lookupIn(model);
  const indexNames = new Map(model.index.indices.map((index) => [index.id, index.name]));
  const byIndex: TableSheet<ComponentScore>['columns'] =
    model.index.indices.length > 1
      ? [
          {
            key: 'index',
            header: 'Bộ chỉ số',
            kind: 'text',
            value: (row) => textCell(indexNames.get(row.agency.index) ?? null),
          },
        ]
      : [];
  return {
    name: INDEX_SHEET,
    tableName: 'tblChiSo',
    title: sheetTitle(model, 'Chỉ số chuyển đổi số theo đơn vị và chỉ số thành phần'),
    columns: [
      ...byIndex,
      {
        key: 'agency',
        header: 'Đơn vị',
        kind: 'text',
        value: (row) => textCell(lookup.agency(row.agency.agency).name),
      },
      {
        key: 'group',
        header: 'Khối',
        kind: 'text',
        value: (row) => textCell(lookup.group(row.agency.group)?.name ?? null),
      },
      {
        key: 'component',
        header: 'Chỉ số thành phần',
        kind: 'text',
        value: (row) => textCell(row.component),
      },
      {
        key: 'points',
        header: 'Điểm',
        kind: 'score',
        kindOf: (row) => scoreKind(row.score.numerator),
        value: (row) => row.score.numerator,
      },
      {
        key: 'max',
        header: 'Điểm tối đa',
        kind: 'score',
        kindOf: (row) => scoreKind(row.score.denominator),
        value: (row) => row.score.denominator,
      },
      {
        key: 'percent',
        header: 'Tỷ lệ',
        kind: 'percent',
        value: (row, cell) => ratioFormula(cell('points'), cell('max'), row.score),
      },
      {
        key: 'previous',
        header: 'Tỷ lệ kỳ trước',
        kind: 'percent',
        value: (row) => (row.previous === null ? null : ratioValue(row.previous)),
      },
      {
        key: 'change',
        header: 'Tăng/giảm (điểm phần trăm)',
        kind: 'point-change',
        value: (row, cell) =>
          row.previous === null || row.change === null
            ? null
            : ratioChangeFormula(cell('percent'), cell('previous'), {
                current: row.score,
                previous: row.previous,
                change: row.change,
              }),
      },
    ],
    rows: componentScores(model),
  };
}
