/** Variants of the fixture model for the workbook's edge cases. */
import type { ReportModel, TaskRow } from '../../../src/compute/report-model.js';
import { REPORT_MODEL } from '../../fixtures/report-model.js';
import { emptyFigures } from '../../../src/compute/task-figures.js';

const FIRST_TASK = REPORT_MODEL.tasks[0] as TaskRow;

/** The fixture model with one task: its first, changed as given. */
export function withTask(changes: Partial<TaskRow>): ReportModel {
  // The partner named like a formula is listed in the catalogue like every agency the model cites.
  const agencies = [
    ...REPORT_MODEL.agencies,
    { id: 'x', name: "=cmd|' /C calc'!A0", shortName: null, group: null },
  ];
  return { ...REPORT_MODEL, agencies, tasks: [{ ...FIRST_TASK, ...changes }] };
}

/** Texts a spreadsheet would take for formulas if they were written as such. */
export const HOSTILE_TASK: Partial<TaskRow> = {
  title: '=HYPERLINK("http://example.com","Bấm vào đây")',
  lastNote: '+1+2',
  issues: ['-2+3', '@SUM(A1:A2)'],
  partners: ['x'],
};

/** Figures of a group with no task: 0 counts, 0/0 ratios. */
const NOTHING = emptyFigures();

/** A first report: pillars but no task, agency, assessment or comparison period. */
export const EMPTY_MODEL: ReportModel = {
  ...REPORT_MODEL,
  compare: null,
  totals: NOTHING,
  totalsComparison: null,
  totalsApart: null,
  pillars: REPORT_MODEL.pillars.map((pillar) => ({
    ...pillar,
    figures: NOTHING,
    comparison: null,
  })),
  agencies: [],
  agencyResults: [],
  index: {
    ...REPORT_MODEL.index,
    rows: [],
    indices: REPORT_MODEL.index.indices.map((index) => ({ ...index, componentTrends: [] })),
    comparePeriod: null,
  },
  difficulties: [],
  proposals: [],
  tasks: [],
};
