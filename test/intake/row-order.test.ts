/**
 * The rows of a returned form against the rows it was made with (issue 25):
 * a deleted row is one error at its place, not one more for every row it
 * shifted up; rows swapped or pushed down by an inserted row are moved.
 */
import { describe, expect, it } from 'vitest';
import type { CellRead } from '../../src/intake/cell-values.js';
import type { IntakeForm } from '../../src/intake/form-model.js';
import { readFilledForm, type WorkbookCells } from '../../src/intake/read-form.js';

const TASKS = ['T-1', 'T-2', 'T-3'];

const form = {
  tasks: TASKS.map((id) => ({
    id,
    title: `Nhiệm vụ ${id}`,
    role: 'lead',
    plan: null,
    deadline: { kind: 'none' },
    status: 'not_started',
    progress: null,
  })),
  indicators: [],
  criteria: null,
  lastDay: '2024-06-30',
} as unknown as IntakeForm;

/** A workbook whose task sheet has these codes from row 5 (null: an empty row). */
function workbook(codes: (string | null)[]): WorkbookCells {
  const rows = new Map<number, Map<number, CellRead>>();
  codes.forEach((code, index) => {
    if (code === null) return;
    rows.set(
      5 + index,
      new Map([
        [1, { value: code }],
        [2, { value: `Nhiệm vụ ${code}` }],
      ]),
    );
  });
  return [
    { name: 'Nhiệm vụ', rows, lastRow: 4 + codes.length },
    { name: 'Chỉ tiêu', rows: new Map(), lastRow: 4 },
  ];
}

const problems = (codes: (string | null)[]) =>
  readFilledForm(workbook(codes), form, []).problems.map(
    (problem) => `${problem.cell} ${problem.code} ${problem.args.code}`,
  );

describe('the rows of a returned form', () => {
  it('as made: no problem', () => {
    expect(problems(['T-1', 'T-2', 'T-3'])).toEqual([]);
  });

  it('a deleted row: one error at its place', () => {
    expect(problems(['T-1', 'T-3'])).toEqual(['A6 intake-row-missing T-2']);
  });

  it('two rows swapped: the one out of order is moved', () => {
    expect(problems(['T-2', 'T-1', 'T-3'])).toEqual(['A6 intake-row-moved T-1']);
  });

  it('an empty row inserted: every row under it is moved, never read from the wrong row', () => {
    expect(problems([null, 'T-1', 'T-2', 'T-3'])).toEqual([
      'A6 intake-row-moved T-1',
      'A7 intake-row-moved T-2',
      'A8 intake-row-moved T-3',
    ]);
  });
});
