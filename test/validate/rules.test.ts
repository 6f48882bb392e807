import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/pipeline.js';
import { MINIMAL_FILES, writeDataset } from '../helpers/temp-dataset.js';

/** Validates MINIMAL_FILES with some files replaced; returns the diagnostics' code, file, line, column (and args when asked). */
async function problems(files: Record<string, string>, withArgs = false) {
  const folder = writeDataset(files, MINIMAL_FILES);
  const result = await checkDataset({ data: folder });
  return result.diagnostics.map(({ code, severity, file, line, column, args }) =>
    withArgs
      ? { code, severity, file, line, column, args }
      : { code, severity, file, line, column },
  );
}

const task = (body: string) =>
  `plan: qd-1\npillar: cqs\ntasks:\n  - id: T-1\n    title: Kho dữ liệu\n    lead: so-khcn\n${body}`;

describe('shape (JSON Schema)', () => {
  it('an unknown field, with the closest known one suggested', async () => {
    expect(await problems({ 'tasks/a.yaml': task('    deadlne: 2024-12-31\n') }, true)).toEqual([
      {
        code: 'unknown-field',
        severity: 'error',
        file: 'tasks/a.yaml',
        line: 7,
        column: 5,
        args: {
          field: 'deadlne',
          suggestion: 'deadline',
          allowed: 'id, title, pillar, plan, lead, partners, start, deadline, updates, transfers',
        },
      },
    ]);
  });

  it('a task id written as a YAML number', async () => {
    const text = 'pillar: cqs\ntasks:\n  - id: 12\n    title: Kho dữ liệu\n    lead: so-khcn\n';
    expect(await problems({ 'tasks/a.yaml': text })).toEqual([
      { code: 'id-is-number', severity: 'error', file: 'tasks/a.yaml', line: 3, column: 9 },
    ]);
  });

  it('a missing required field points at the mapping that lacks it', async () => {
    const text = 'pillar: cqs\ntasks:\n  - id: T-1\n    lead: so-khcn\n';
    expect(await problems({ 'tasks/a.yaml': text }, true)).toEqual([
      {
        code: 'missing-field',
        severity: 'error',
        file: 'tasks/a.yaml',
        line: 3,
        column: 5,
        args: { field: 'title' },
      },
    ]);
  });

  it('a number where text is expected', async () => {
    expect(
      await problems({ 'pillars.yaml': 'pillars:\n  - id: cqs\n    name: 2024\n' }, true),
    ).toEqual([
      {
        code: 'wrong-type',
        severity: 'error',
        file: 'pillars.yaml',
        line: 3,
        column: 11,
        args: { field: 'name', expected: 'string', actual: 'integer' },
      },
    ]);
  });

  it('a task file whose top level is a list', async () => {
    expect(await problems({ 'tasks/a.yaml': '- id: T-1\n  title: X\n' })).toEqual([
      { code: 'root-not-mapping', severity: 'error', file: 'tasks/a.yaml', line: 1, column: 1 },
    ]);
  });

  it('an impossible date', async () => {
    expect(await problems({ 'tasks/a.yaml': task('    start: 2024-02-30\n') }, true)).toEqual([
      {
        code: 'date-invalid',
        severity: 'error',
        file: 'tasks/a.yaml',
        line: 7,
        column: 12,
        // February 2024 has 29 days: the message says so.
        args: { value: '2024-02-30', year: 2024, month: 2, days: 29, day: 30 },
      },
    ]);
  });

  it('.inf and negative scores', async () => {
    const text = 'agency: so-khcn\nperiod: 2024-H1\nscores:\n  NT-01: .inf\n';
    expect(await problems({ 'assessments/2024-H1/so-khcn.yaml': text })).toEqual([
      {
        code: 'number-not-finite',
        severity: 'error',
        file: 'assessments/2024-H1/so-khcn.yaml',
        line: 4,
        column: 10,
      },
    ]);
    const negative = 'agency: so-khcn\nperiod: 2024-H1\nscores:\n  NT-01: -2\n';
    expect(await problems({ 'assessments/2024-H1/so-khcn.yaml': negative })).toEqual([
      {
        code: 'value-out-of-range',
        severity: 'error',
        file: 'assessments/2024-H1/so-khcn.yaml',
        line: 4,
        column: 10,
      },
    ]);
  });
});

describe('values', () => {
  it('a bad period code', async () => {
    const text = 'agency: so-khcn\nperiod: 2024-H3\nscores:\n  NT-01: 8\n';
    expect(await problems({ 'assessments/2024-H1/so-khcn.yaml': text })).toEqual([
      {
        code: 'period-invalid',
        severity: 'error',
        file: 'assessments/2024-H1/so-khcn.yaml',
        line: 2,
        column: 9,
      },
    ]);
  });

  it('a year written as a YAML number is a period; Vietnamese NFD statuses are accepted', async () => {
    const nfd = 'đang triển khai'.normalize('NFD');
    const text = task(
      `    deadline: 2025\n    updates:\n      - period: 2024\n        status: ${nfd}\n`,
    );
    const assessment = 'agency: so-khcn\nperiod: 2024\nscores:\n  NT-01: 8\n';
    expect(
      await problems({ 'tasks/a.yaml': text, 'assessments/2024-H1/so-khcn.yaml': assessment }),
    ).toEqual([
      {
        code: 'assessment-folder-period',
        severity: 'warning',
        file: 'assessments/2024-H1/so-khcn.yaml',
        line: 2,
        column: 9,
      },
    ]);
  });

  it('an unknown status', async () => {
    const text = task('    updates:\n      - date: 2024-03-01\n        status: xong\n');
    expect(await problems({ 'tasks/a.yaml': text }, true)).toEqual([
      {
        code: 'status-invalid',
        severity: 'error',
        file: 'tasks/a.yaml',
        line: 9,
        column: 17,
        args: { value: 'xong' },
      },
    ]);
  });

  it('a bad deadline', async () => {
    expect(await problems({ 'tasks/a.yaml': task('    deadline: cuối năm\n') })).toEqual([
      { code: 'deadline-invalid', severity: 'error', file: 'tasks/a.yaml', line: 7, column: 15 },
    ]);
  });

  it('an update with neither date nor period', async () => {
    expect(
      await problems({ 'tasks/a.yaml': task('    updates:\n      - status: done\n') }),
    ).toEqual([
      { code: 'update-date-missing', severity: 'error', file: 'tasks/a.yaml', line: 8, column: 9 },
    ]);
  });

  it('a score over the criterion max', async () => {
    const text = 'agency: so-khcn\nperiod: 2024-H1\nscores:\n  NT-01: { self: 9, verified: 12 }\n';
    expect(await problems({ 'assessments/2024-H1/so-khcn.yaml': text }, true)).toEqual([
      {
        code: 'score-over-max',
        severity: 'error',
        file: 'assessments/2024-H1/so-khcn.yaml',
        line: 4,
        column: 31,
        args: { criterion: 'NT-01', value: 12, max: 10 },
      },
    ]);
  });
});

describe('across files', () => {
  it('duplicate task ids point at the second and name the first', async () => {
    const second = 'pillar: cqs\ntasks:\n  - id: T-1\n    title: Trùng mã\n    lead: so-yte\n';
    expect(await problems({ 'tasks/b.yaml': second }, true)).toEqual([
      {
        code: 'duplicate-id',
        severity: 'error',
        file: 'tasks/b.yaml',
        line: 3,
        column: 9,
        args: { kind: 'task', id: 'T-1', first: 'tasks/a.yaml:4:9' },
      },
    ]);
  });

  it('an unknown reference suggests the closest id', async () => {
    const text =
      'pillar: cqs\ntasks:\n  - id: T-1\n    title: Kho\n    lead: so-kcn\n    partners: [so-yte, so-xyz]\n';
    expect(await problems({ 'tasks/a.yaml': text }, true)).toEqual([
      {
        code: 'unknown-reference',
        severity: 'error',
        file: 'tasks/a.yaml',
        line: 5,
        column: 11,
        args: { kind: 'agency', id: 'so-kcn', suggestion: 'so-khcn' },
      },
      {
        code: 'unknown-reference',
        severity: 'error',
        file: 'tasks/a.yaml',
        line: 6,
        column: 24,
        args: { kind: 'agency', id: 'so-xyz' },
      },
    ]);
  });

  it('a task with no pillar at all', async () => {
    const text = 'tasks:\n  - id: T-1\n    title: Kho\n    lead: so-khcn\n';
    expect(await problems({ 'tasks/a.yaml': text })).toEqual([
      { code: 'missing-field', severity: 'error', file: 'tasks/a.yaml', line: 2, column: 5 },
    ]);
  });

  it('a cycle in parent and in successor', async () => {
    const agencies =
      'agencies:\n  - { id: a, name: A, parent: b }\n  - { id: b, name: B, parent: a }\n  - { id: so-khcn, name: K, successor: so-yte }\n  - { id: so-yte, name: Y, successor: so-khcn }\n';
    expect(await problems({ 'agencies.yaml': agencies }, true)).toEqual([
      {
        code: 'reference-cycle',
        severity: 'error',
        file: 'agencies.yaml',
        // At `parent: b`, the value to change, not at the agency's id.
        line: 2,
        column: 31,
        args: { field: 'parent', chain: 'a → b → a' },
      },
      {
        code: 'reference-cycle',
        severity: 'error',
        file: 'agencies.yaml',
        line: 4,
        column: 40,
        args: { field: 'successor', chain: 'so-khcn → so-yte → so-khcn' },
      },
    ]);
  });

  it('active_from after active_until, and grades out of order', async () => {
    const agencies =
      'agencies:\n  - { id: so-khcn, name: K, active_from: 2025-07-01, active_until: 2025-06-30 }\n  - { id: so-yte, name: Y }\n';
    const criteria = `${MINIMAL_FILES['criteria.yaml']}grades:\n  - { name: Khá, min: 65 }\n  - { name: Tốt, min: 80 }\n`;
    expect(await problems({ 'agencies.yaml': agencies, 'criteria.yaml': criteria })).toEqual([
      {
        code: 'active-range-inverted',
        severity: 'error',
        file: 'agencies.yaml',
        line: 2,
        column: 42,
      },
      {
        code: 'assessment-agency-inactive',
        severity: 'warning',
        file: 'assessments/2024-H1/so-khcn.yaml',
        line: 2,
        column: 9,
      },
      { code: 'grades-order', severity: 'error', file: 'criteria.yaml', line: 10, column: 23 },
    ]);
  });

  it('two assessments of one agency for one period', async () => {
    const copy = 'agency: so-khcn\nperiod: 2024-h1\nscores:\n  NT-01: 7\n';
    expect(await problems({ 'assessments/2024-H1/so-khcn-2.yaml': copy }, true)).toEqual([
      {
        code: 'assessment-duplicate',
        severity: 'error',
        file: 'assessments/2024-H1/so-khcn.yaml',
        line: 2,
        column: 9,
        args: { agency: 'so-khcn', period: '2024-H1', first: 'assessments/2024-H1/so-khcn-2.yaml' },
      },
    ]);
  });

  it('a missing required file', async () => {
    const folder = writeDataset({
      'dx-report.yaml': MINIMAL_FILES['dx-report.yaml']!,
      'pillars.yaml': MINIMAL_FILES['pillars.yaml']!,
    });
    const result = await checkDataset({ data: folder });
    expect(result.diagnostics.map(({ code, file, line }) => ({ code, file, line }))).toEqual([
      { code: 'file-missing', file: 'agencies.yaml', line: 0 },
    ]);
    expect(result.dataset).toBeUndefined();
  });
});

describe('YAML syntax', () => {
  it('a duplicate key', async () => {
    expect(await problems({ 'tasks/a.yaml': task('    lead: so-yte\n') }, true)).toEqual([
      {
        code: 'yaml-duplicate-key',
        severity: 'error',
        file: 'tasks/a.yaml',
        line: 7,
        column: 5,
        args: { detail: 'Map keys must be unique', key: 'lead' },
      },
    ]);
  });

  it('a syntax error keeps the source line for the caret, at the bracket that never closes', async () => {
    const folder = writeDataset({ 'tasks/a.yaml': task('    partners: [so-yte\n') }, MINIMAL_FILES);
    const [first, ...rest] = (await checkDataset({ data: folder })).diagnostics;
    expect(rest).toEqual([]);
    expect([first?.code, first?.file, first?.line, first?.column]).toEqual([
      'yaml-unclosed-bracket',
      'tasks/a.yaml',
      7,
      15,
    ]);
    expect(first?.excerpt).toBe('    partners: [so-yte');
  });
});

describe('warnings', () => {
  it('done with progress under 100, two statuses on one day, a change after done', async () => {
    const text = task(
      '    updates:\n      - { date: 2024-03-01, status: done, progress: 90 }\n      - { date: 2024-03-01, status: in_progress }\n',
    );
    expect(await problems({ 'tasks/a.yaml': text })).toEqual([
      {
        code: 'done-progress-below-100',
        severity: 'warning',
        file: 'tasks/a.yaml',
        line: 8,
        column: 53,
      },
      { code: 'same-day-conflict', severity: 'warning', file: 'tasks/a.yaml', line: 9, column: 9 },
      { code: 'update-after-done', severity: 'warning', file: 'tasks/a.yaml', line: 9, column: 37 },
    ]);
  });

  it('a non-YAML file under tasks/ is ignored with a warning; drafts are ignored silently', async () => {
    expect(
      await problems({
        'tasks/ghi-chu.txt': 'x',
        'tasks/_nhap.yaml': 'không phải: [',
        'tasks/.an.yaml': '[',
      }),
    ).toEqual([
      { code: 'file-ignored', severity: 'warning', file: 'tasks/ghi-chu.txt', line: 0, column: 0 },
    ]);
  });
});
