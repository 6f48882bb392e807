/**
 * updates/**\/*.yaml (spec § updates, added in 0.3): each rule at its
 * file:line:col, and the entries merged into the tasks' logs so that every
 * figure is the same whichever file holds an update.
 */
import { describe, expect, it } from 'vitest';
import { describe as describeDiagnostic } from '../../src/diagnostics/messages.js';
import { buildModel, checkDataset } from '../../src/pipeline.js';
import { MINIMAL_FILES, writeDataset } from '../helpers/temp-dataset.js';

const TASKS =
  'plan: qd-1\npillar: cqs\ntasks:\n' +
  '  - id: T-1\n    title: Kho dữ liệu dùng chung\n    lead: so-khcn\n    partners: [so-yte]\n    deadline: 2024-12-31\n' +
  '    updates:\n      - date: 2024-03-15\n        status: in_progress\n        progress: 40\n' +
  '  - id: T-2\n    title: Hồ sơ sức khỏe điện tử\n    lead: so-yte\n    deadline: 2024-06-30\n';

const updatesOf = (agency: string, entries: string) =>
  `agency: ${agency}\nperiod: 2024-H1\nupdates:\n${entries}`;

async function problems(files: Record<string, string>) {
  const result = await checkDataset({
    data: writeDataset({ 'tasks/a.yaml': TASKS, ...files }, MINIMAL_FILES),
  });
  return result.diagnostics.map(({ code, file, line, column, args }) => ({
    code,
    at: `${file}:${line}:${column}`,
    args,
  }));
}

describe('updates/**/*.yaml', () => {
  it('an entry joins its task log as if written in the task file', async () => {
    const result = await checkDataset({
      data: writeDataset(
        {
          'tasks/a.yaml': TASKS,
          'updates/2024-H1/so-yte.yaml': updatesOf(
            'so-yte',
            '  - task: T-2\n    date: 2024-06-10\n    status: hoàn thành\n    evidence: Công văn số 5/SYT\n',
          ),
        },
        MINIMAL_FILES,
      ),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.dataset?.tasks[1]?.updates).toEqual([
      { date: '2024-06-10', status: 'done', issues: [], evidence: 'Công văn số 5/SYT' },
    ]);
    expect(result.dataset?.updateFiles).toEqual([
      {
        agency: 'so-yte',
        period: '2024-H1',
        entries: [{ task: 'T-2', date: '2024-06-10' }],
        source: { file: 'updates/2024-H1/so-yte.yaml', path: [] },
      },
    ]);
  });

  it("a partner's entry adds its note and issues, never the status", async () => {
    const result = await checkDataset({
      data: writeDataset(
        {
          'tasks/a.yaml': TASKS,
          'updates/2024-H1/so-yte.yaml': updatesOf(
            'so-yte',
            '  - task: T-1\n    date: 2024-06-10\n    status: done\n    note: Đã chia sẻ dữ liệu y tế\n    issues: Thiếu máy chủ\n',
          ),
        },
        MINIMAL_FILES,
      ),
    });
    expect(result.diagnostics).toEqual([]);
    const task = result.dataset!.tasks[0]!;
    expect(task.updates.map((update) => update.status)).toEqual(['in_progress']);
    expect(task.partnerNotes).toEqual([
      {
        date: '2024-06-10',
        agency: 'so-yte',
        note: 'Đã chia sẻ dữ liệu y tế',
        issues: [{ text: 'Thiếu máy chủ' }],
      },
    ]);
    const model = buildModel(result.dataset!, { period: '2024-H1' });
    const row = JSON.stringify(model).includes('Đã chia sẻ dữ liệu y tế');
    expect(row).toBe(true);
  });

  it('names each mistake at its place', async () => {
    expect(
      await problems({
        'updates/2024-H1/so-yte.yaml': updatesOf(
          'so-yte',
          '  - task: T-3\n    date: 2024-05-01\n    status: done\n' +
            '  - task: T-2\n    date: 2024-07-01\n    status: done\n' +
            '  - task: T-2\n    date: 2023-12-01\n    status: in_progress\n' +
            '  - task: T-2\n    date: 2024-05-02\n',
        ),
        'updates/2024-H1/so-khcn.yaml': updatesOf(
          'so-khcn',
          '  - task: T-2\n    date: 2024-05-01\n    status: done\n' +
            '  - task: T-1\n    date: 2024-03-15\n    status: in_progress\n    progress: 45\n',
        ),
      }),
    ).toEqual([
      {
        code: 'update-agency-not-involved',
        at: 'updates/2024-H1/so-khcn.yaml:4:11',
        args: { agency: 'so-khcn', task: 'T-2', date: '2024-05-01', lead: 'so-yte' },
      },
      {
        code: 'update-entry-conflict',
        at: 'updates/2024-H1/so-khcn.yaml:8:11',
        args: { task: 'T-1', date: '2024-03-15', first: 'tasks/a.yaml:4:9' },
      },
      {
        code: 'unknown-reference',
        at: 'updates/2024-H1/so-yte.yaml:4:11',
        args: { kind: 'task', id: 'T-3', suggestion: 'T-1' },
      },
      {
        code: 'update-after-figures-day',
        at: 'updates/2024-H1/so-yte.yaml:8:11',
        args: { date: '2024-07-01', day: '2024-06-30', period: '2024-H1' },
      },
      {
        code: 'update-before-window',
        at: 'updates/2024-H1/so-yte.yaml:11:11',
        args: { date: '2023-12-01', from: '2024-01-01', period: '2024-H1' },
      },
      { code: 'missing-field', at: 'updates/2024-H1/so-yte.yaml:13:5', args: { field: 'status' } },
    ]);
  });

  it('one file per agency and period: the second names the first', async () => {
    const entry = '  - task: T-1\n    date: 2024-05-01\n    status: done\n';
    const found = await problems({
      'updates/a.yaml': updatesOf('so-khcn', entry),
      'updates/b.yaml': updatesOf('so-khcn', entry),
    });
    expect(found).toEqual([
      {
        code: 'updates-duplicate',
        at: 'updates/b.yaml:2:9',
        args: { agency: 'so-khcn', period: '2024-H1', first: 'updates/a.yaml:2:9' },
      },
    ]);
  });

  it('says who leads the task, in both languages', async () => {
    const result = await checkDataset({
      data: writeDataset(
        {
          'tasks/a.yaml': TASKS,
          'updates/x.yaml': updatesOf(
            'so-khcn',
            '  - task: T-2\n    date: 2024-05-01\n    status: done\n',
          ),
        },
        MINIMAL_FILES,
      ),
    });
    const [only] = result.diagnostics;
    expect(describeDiagnostic(only!, 'vi')).toBe(
      'Ngày 01/5/2024, cơ quan `so-khcn` không chủ trì, không phối hợp nhiệm vụ `T-2` (cơ quan chủ trì: `so-yte`). Chỉ cơ quan chủ trì hoặc phối hợp mới báo cáo nhiệm vụ này.',
    );
    expect(describeDiagnostic(only!, 'en')).toBe(
      'On 2024-05-01, agency `so-khcn` neither leads nor partners task `T-2` (its lead: `so-yte`). Only its lead or a partner reports on it.',
    );
  });

  it('says nothing more of an entry whose task has an unknown lead: one error, at the lead', async () => {
    expect(
      await problems({
        'tasks/a.yaml': TASKS.replace('lead: so-yte', 'lead: so-khong-co'),
        'updates/x.yaml': updatesOf(
          'so-khcn',
          '  - task: T-2\n    date: 2024-05-01\n    status: done\n',
        ),
      }),
    ).toEqual([
      {
        code: 'unknown-reference',
        at: 'tasks/a.yaml:15:11',
        args: { kind: 'agency', id: 'so-khong-co' },
      },
    ]);
  });

  describe('estimates (ước thực hiện)', () => {
    // Figures taken on the 15th: 2024-H1's figures day is 2024-06-15, its last day 2024-06-30.
    const CUTOFF = { 'dx-report.yaml': `${MINIMAL_FILES['dx-report.yaml']}cutoff_day: 15\n` };
    const check = (files: Record<string, string>) =>
      checkDataset({
        data: writeDataset({ 'tasks/a.yaml': TASKS, ...CUTOFF, ...files }, MINIMAL_FILES),
      });

    it('may be dated after the figures day, up to the last day, and joins the log as an estimate', async () => {
      const result = await check({
        'updates/2024-H1/so-yte.yaml': updatesOf(
          'so-yte',
          '  - task: T-2\n    date: 2024-06-30\n    status: done\n    estimate: true\n',
        ),
      });
      expect(result.diagnostics).toEqual([]);
      expect(result.dataset?.tasks[1]?.updates).toEqual([
        { date: '2024-06-30', status: 'done', issues: [], estimate: true },
      ]);
    });

    it('a measured entry after the figures day, an estimate after the last day or before a measured update: each named', async () => {
      const result = await check({
        'updates/2024-H1/so-yte.yaml': updatesOf(
          'so-yte',
          '  - task: T-2\n    date: 2024-06-20\n    status: done\n' +
            '  - task: T-2\n    date: 2024-07-01\n    status: done\n    estimate: true\n',
        ),
        'updates/2024-H1/so-khcn.yaml': updatesOf(
          'so-khcn',
          '  - task: T-1\n    date: 2024-03-10\n    status: in_progress\n    progress: 50\n    estimate: true\n',
        ),
      });
      expect(
        result.diagnostics.map(({ code, file, line, column, args }) => ({
          code,
          at: `${file}:${line}:${column}`,
          args,
        })),
      ).toEqual([
        {
          code: 'estimate-before-measured',
          at: 'updates/2024-H1/so-khcn.yaml:5:11',
          args: { date: '2024-03-10', measured: '2024-03-15' },
        },
        {
          code: 'update-after-figures-day',
          at: 'updates/2024-H1/so-yte.yaml:5:11',
          args: { date: '2024-06-20', day: '2024-06-15', period: '2024-H1' },
        },
        {
          code: 'estimate-after-last-day',
          at: 'updates/2024-H1/so-yte.yaml:8:11',
          args: { date: '2024-07-01', day: '2024-06-30', period: '2024-H1' },
        },
      ]);
      expect(describeDiagnostic(result.diagnostics[2]!, 'vi')).toBe(
        'Cập nhật ước thực hiện ngày 01/7/2024 sau ngày cuối kỳ 2024-H1 (30/6/2024): số ước thực hiện chỉ tính đến hết kỳ. Hãy ghi ngày trong kỳ, hoặc báo cáo ở kỳ sau.',
      );
    });
  });
});
