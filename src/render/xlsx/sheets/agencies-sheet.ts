/**
 * "Đơn vị": per lead agency, its task figures and ratios, its index (points,
 * percent, grade, rank) and the changes against the comparison period. When
 * the report counts groups of tasks apart (totalsApart), the task figures and
 * the comparison count the agency's tasks, and columns "Nhóm nhiệm vụ: …"
 * its groups of tasks: a column per kind, never one count adding the two.
 */
import type { AgencySummary, ReportModel, TaskFigures } from '../../../compute/report-model.js';
import { emptyFigures } from '../../../compute/task-figures.js';
import { ratioValue } from '../../format-vi.js';
import { lookupIn } from '../../lookup.js';
import { ROUND_STATE_WORDS } from '../../round-wording.js';
import { ratioChangeFormula, ratioFormula, textCell } from '../cells.js';
import { sheetTitle } from '../sheet-title.js';
import type { Column, TableSheet } from '../table-sheet.js';
import { scoreKind } from '../styles.js';
import { COMPARISON_COLUMNS, CURRENT_COLUMNS } from './summary-sheet.js';

export const AGENCIES_SHEET = 'Đơn vị';

const INDEX_COLUMNS: Column<AgencySummary>[] = [
  {
    key: 'index',
    header: 'Chỉ số',
    kind: 'percent',
    value: (row, cell) =>
      row.index && ratioFormula(cell('points'), cell('maxPoints'), row.index.overall),
  },
  {
    key: 'grade',
    header: 'Xếp loại',
    kind: 'text',
    value: (row) => textCell(row.index?.grade ?? null),
  },
  // An agency is ranked within its group (and index): the header says so, the Khối column tells them apart.
  {
    key: 'rank',
    header: 'Xếp hạng trong khối',
    kind: 'count',
    value: (row) => row.index?.rank ?? null,
  },
  {
    key: 'points',
    header: 'Điểm chỉ số',
    kind: 'score',
    kindOf: (row) => scoreKind(row.index?.overall.numerator ?? null),
    value: (row) => row.index?.overall.numerator ?? null,
  },
  {
    key: 'maxPoints',
    header: 'Điểm tối đa',
    kind: 'score',
    kindOf: (row) => scoreKind(row.index?.overall.denominator ?? null),
    value: (row) => row.index?.overall.denominator ?? null,
  },
  {
    key: 'previousIndex',
    header: 'Chỉ số kỳ trước',
    kind: 'percent',
    value: (row) => (row.index?.previousOverall ? ratioValue(row.index.previousOverall) : null),
  },
  {
    key: 'indexChange',
    header: 'Tăng/giảm chỉ số (điểm phần trăm)',
    kind: 'point-change',
    value: (row, cell) =>
      row.index?.previousOverall && row.index.change
        ? ratioChangeFormula(cell('index'), cell('previousIndex'), {
            current: row.index.overall,
            previous: row.index.previousOverall,
            change: row.index.change,
          })
        : null,
  },
];

/** With several indices (0.3: one per level): the index each agency is assessed on. */
function indexNameColumn(model: ReportModel): Column<AgencySummary>[] {
  if (model.index.indices.length < 2) return [];
  const names = new Map(model.index.indices.map((index) => [index.id, index.name]));
  return [
    {
      key: 'indexName',
      header: 'Bộ chỉ số',
      kind: 'text',
      value: (row) => textCell(row.index === null ? null : (names.get(row.index.index) ?? null)),
    },
  ];
}

/**
 * With group-led tasks (0.3): how many of the agency's tasks are its shares
 * of them (counted in its figures; listed on the "Phần việc" sheet).
 */
function shareCountColumn(model: ReportModel): Column<AgencySummary>[] {
  if (!model.agencyResults.some((row) => row.shares > 0)) return [];
  return [
    {
      key: 'shares',
      header: 'Trong đó: phần việc của nhiệm vụ giao cho nhóm',
      kind: 'count',
      value: (row) => row.shares,
    },
  ];
}

/** With a collection round (rounds.yaml): the unit's state on the report's date and its update rate. */
function collectionColumns(model: ReportModel): Column<AgencySummary>[] {
  const collection = model.collection;
  if (collection === null) return [];
  const byAgency = new Map(collection.agencies.map((row) => [row.agency, row]));
  return [
    {
      key: 'reporting',
      header: 'Gửi báo cáo',
      kind: 'text',
      value: (row) => {
        const entry = byAgency.get(row.agency);
        return entry === undefined ? null : ROUND_STATE_WORDS.vi[entry.state];
      },
    },
    {
      key: 'updateRate',
      header: 'Tỷ lệ cập nhật',
      kind: 'percent',
      value: (row) => {
        const rate = byAgency.get(row.agency)?.updateRate;
        return rate ? ratioValue(rate) : null;
      },
    },
  ];
}

/** A row of the sheet: the agency's row, with its groups of tasks' figures apart when the report counts them so. */
interface AgencyRow extends AgencySummary {
  groupFigures: TaskFigures;
}

/**
 * The rows with their kinds apart: `figures` and `comparison` of the tasks,
 * `groupFigures` of the groups of tasks (zeros for an agency that holds none);
 * as they are when the report does not count them apart.
 */
function rowsApart(rows: readonly AgencySummary[]): AgencyRow[] {
  return rows.map((row) => {
    const apart = row.figuresApart;
    if (apart === null) return { ...row, groupFigures: emptyFigures() };
    return {
      ...row,
      figures: apart.tasks?.figures ?? emptyFigures(),
      comparison: apart.tasks?.comparison ?? null,
      groupFigures: apart.groups?.figures ?? emptyFigures(),
    };
  });
}

/** The columns of the groups of tasks' figures, as the task columns, headed "Nhóm nhiệm vụ: giao" …. */
function groupColumns(model: ReportModel): Column<AgencyRow>[] {
  if (model.totalsApart === null) return [];
  const key = (name: string) => `groups-${name}`;
  return CURRENT_COLUMNS.map((column) => ({
    key: key(column.key),
    header: `Nhóm nhiệm vụ: ${column.header.charAt(0).toLocaleLowerCase('vi')}${column.header.slice(1)}`,
    kind: column.kind,
    value: (row, cell) => column.value({ figures: row.groupFigures }, (name) => cell(key(name))),
  }));
}

/** Printed: the agency, its task figures, and its index, grade and rank; the details and comparison stay on screen. */
const PRINTED_COLUMNS = 2 + CURRENT_COLUMNS.length + 3;

/** The tasks the workbook lists: those that exist on D (a plan issued later assigns nothing yet). */
export function listedTasks(model: ReportModel): ReportModel['tasks'] {
  return model.tasks.filter((task) => task.timeliness !== 'not-assigned');
}

/** Every agency another sheet names: leads, partners, authors of texts, indicator agencies. */
function citedAgencies(model: ReportModel): Set<string> {
  const cited = new Set<string>();
  for (const task of listedTasks(model)) {
    for (const id of [task.lead, task.originalLead, ...task.partners])
      if (id !== null) cited.add(id);
    for (const share of task.shares) cited.add(share.agency);
  }
  for (const group of [...model.difficulties, ...model.proposals]) {
    for (const id of group.agencies) cited.add(id);
  }
  for (const row of model.collection?.agencies ?? []) cited.add(row.agency);
  for (const row of model.indicators?.rows ?? []) {
    for (const id of [row.agency, row.value?.agency ?? null]) if (id !== null) cited.add(id);
  }
  return cited;
}

/**
 * The agencies that lead tasks or filed, then (with no task to count, so 0
 * assigned) the others the workbook names, so that a lookup by agency from
 * any sheet finds each.
 */
function agencyRows(model: ReportModel): AgencySummary[] {
  const listed = new Set(model.agencyResults.map((row) => row.agency));
  const cited = citedAgencies(model);
  const others = model.agencies
    .filter((agency) => !listed.has(agency.id) && cited.has(agency.id))
    .map((agency) => ({
      agency: agency.id,
      figures: emptyFigures(),
      shares: 0,
      comparison: null,
      figuresApart: null,
      index: null,
    }));
  return [...model.agencyResults, ...others];
}

/** The "Đơn vị" table, in the model's agency order, then the agencies cited without tasks. */
export function agenciesSheet(model: ReportModel): TableSheet<AgencyRow> {
  const lookup = lookupIn(model);
  const byIndex = indexNameColumn(model);
  const shareCount = shareCountColumn(model);
  return {
    name: AGENCIES_SHEET,
    tableName: 'tblDonVi',
    title: sheetTitle(model, 'Kết quả thực hiện nhiệm vụ và chỉ số chuyển đổi số theo đơn vị'),
    columns: [
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
      ...CURRENT_COLUMNS,
      ...shareCount,
      ...byIndex,
      ...INDEX_COLUMNS,
      ...collectionColumns(model),
      ...groupColumns(model),
      ...(model.compare === null ? [] : COMPARISON_COLUMNS),
    ],
    rows: rowsApart(agencyRows(model)),
    look: (row) => (row.figures.overdue + row.groupFigures.overdue > 0 ? 'overdue' : 'plain'),
    printedColumns: PRINTED_COLUMNS + byIndex.length + shareCount.length,
  };
}
