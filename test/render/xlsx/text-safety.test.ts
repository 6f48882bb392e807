/**
 * Text from the dataset is stored as text: a title starting with `=`, `+`, `-`
 * or `@` never becomes a formula, characters XML cannot carry never break the
 * file, and an over-long text is cut to what a cell holds.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../src/compute/report-model.js';
import { renderXlsx } from '../../../src/render/xlsx/render-xlsx.js';
import { REPORT_MODEL, withGist } from '../../fixtures/report-model.js';
import { HOSTILE_TASK, withTask } from './edge-models.js';
import { loadWorkbook, renderAndLoad, rowValues, sheet } from './read-back.js';
import { entryText, readZip } from '../../helpers/zip-reader.js';

describe('formula injection', () => {
  it('stores text starting with =, +, - or @ as a string, never a formula', async () => {
    const tasks = sheet(await renderAndLoad(withTask(HOSTILE_TASK)), 'Nhiệm vụ');
    const cells = [2, 13, 14, 16].map((column) => tasks.getRow(5).getCell(column));
    expect(cells.map((cell) => cell.value)).toEqual([
      '=HYPERLINK("http://example.com","Bấm vào đây")',
      "=cmd|' /C calc'!A0",
      '+1+2',
      '-2+3\n@SUM(A1:A2)',
    ]);
    expect(cells.map((cell) => cell.type)).toEqual(cells.map(() => ExcelJS.ValueType.String));
    expect(cells.map((cell) => cell.formula)).toEqual(cells.map(() => undefined));
  });

  it('writes no <f> element in a sheet that has no formulas of its own', async () => {
    const entries = readZip((await renderXlsx(withTask(HOSTILE_TASK))).bytes);
    const tasksXml = entryText(entries, 'xl/worksheets/sheet2.xml');
    expect(tasksXml).not.toContain('<f>');
    expect(tasksXml).toContain(
      '<v>=HYPERLINK(&quot;http://example.com&quot;,&quot;Bấm vào đây&quot;)</v>',
    );
  });

  it('keeps a difficulty or an agency name starting with = as text', async () => {
    const model: ReportModel = {
      ...REPORT_MODEL,
      difficulties: [
        withGist({
          theme: null,
          agencies: ['a'],
          texts: [
            { text: '=2*3', theme: null, sources: [{ agency: 'a', kind: 'task', ref: '-1' }] },
          ],
        }),
      ],
      agencies: [...REPORT_MODEL.agencies, { id: 'a', name: '@Sở', shortName: null, group: null }],
      proposals: [],
    };
    const issues = sheet(await renderAndLoad(model), 'Khó khăn - Đề xuất');
    expect(rowValues(issues.getRow(5), 5)).toEqual([
      'Khó khăn',
      '=2*3',
      '@Sở',
      null,
      'Nhiệm vụ -1',
    ]);
    expect(issues.getCell('B5').type).toBe(ExcelJS.ValueType.String);
  });

  it('formats text columns as text, so a cell typed over stays text', async () => {
    const tasks = sheet(await renderAndLoad(withTask(HOSTILE_TASK)), 'Nhiệm vụ');
    expect(tasks.getCell('B5').numFmt).toBe('@');
  });
});

describe('text XML cannot carry', () => {
  it('replaces control characters with U+FFFD and the file still opens', async () => {
    const bytes = (await renderXlsx(withTask({ title: 'Chuông\u0007 báo\u0000 động\uFFFF' })))
      .bytes;
    const tasks = sheet(await loadWorkbook(bytes), 'Nhiệm vụ');
    expect(tasks.getCell('B5').value).toBe('Chuông\uFFFD báo\uFFFD động\uFFFD');
  });

  it('keeps control characters out of the document properties', async () => {
    const model = {
      ...REPORT_MODEL,
      organization: {
        name: 'Ban\u0001 Chỉ đạo & <CĐS>',
        lines: ['Ban\u0001 Chỉ đạo & <CĐS>'],
        parent: null,
      },
    };
    const workbook = await loadWorkbook((await renderXlsx(model)).bytes);
    expect([workbook.company, workbook.creator]).toEqual([
      'Ban\uFFFD Chỉ đạo & <CĐS>',
      'Ban\uFFFD Chỉ đạo & <CĐS>',
    ]);
  });

  it('cuts a text longer than a cell holds (32,767 characters) with an ellipsis', async () => {
    const note = 'ă'.repeat(40_000);
    const value = sheet(await renderAndLoad(withTask({ lastNote: note })), 'Nhiệm vụ').getCell(
      'N5',
    ).value;
    expect(value).toBe(`${'ă'.repeat(32_766)}…`);
  });
});
