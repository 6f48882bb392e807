/**
 * Inputs too big to commit, generated at test time: nesting 10,000 deep, a
 * 30 MB line, tens of thousands of errors, keys or references. Each must end
 * in a few seconds with a short, located message and exit 1.
 */
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  dataset,
  removeTempFolders,
  runBuild,
  STACK_TRACE,
  shownDiagnostics,
  type CliResult,
  type Shown,
} from '../helpers/cli.js';

afterAll(removeTempFolders);

const HEAD = 'plan: qd-1\npillar: cqs\n';
const MB = 1024 * 1024;

function expectRefused(run: CliResult & { outDir: string }): void {
  expect(run.status).toBe(1);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(existsSync(run.outDir)).toBe(false);
}

const tooDeep = (line: number, column: number): Shown[] => [
  { file: 'tasks/b.yaml', line, column, severity: 'lỗi', code: 'yaml-too-deep' },
];

describe('nesting 10,000 levels deep stops at level 65 (the file itself is level 1)', () => {
  it.each([
    // `tasks: ` is 7 characters: the 64th `[`, level 65, is in column 71.
    ['flow sequences [[[…', `${HEAD}tasks: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 3, 71],
    [
      'flow mappings {a: {a: …',
      `${HEAD}tasks: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`,
      3,
      260,
    ],
    ['an unclosed [[[…', `${HEAD}tasks: ${'['.repeat(10_000)}\n`, 3, 71],
    ['block sequences - - - …', `${HEAD}tasks:\n${'- '.repeat(10_000)}x\n`, 4, 127],
    [
      'indented block mappings, 1,000 deep',
      `${HEAD}${Array.from({ length: 1000 }, (_, level) => `${' '.repeat(level)}k:`).join('\n')} 1\n`,
      67,
      65,
    ],
  ])('%s', async (_name, text, line, column) => {
    const run = await runBuild(dataset({ 'tasks/b.yaml': text }));
    expect(shownDiagnostics(run.stderr)).toEqual(tooDeep(line, column));
    expectRefused(run);
    // The 20 KB line is cut around the column, not printed whole.
    expect(run.stderr.length).toBeLessThan(1000);
  });

  it('aliases cannot build the depth back up: 40 levels holding 40 levels', async () => {
    const forty = (inner: string) => `${'['.repeat(40)}${inner}${']'.repeat(40)}`;
    const text = `${HEAD}a: &a ${forty('1')}\nb: ${forty('*a')}\ntasks: []\n`;
    const run = await runBuild(dataset({ 'tasks/b.yaml': text }));
    expect(shownDiagnostics(run.stderr)).toEqual(tooDeep(4, 44));
    expectRefused(run);
  });
});

describe('a 30 MB line', () => {
  const text = `${HEAD}tasks:\n  - id: T-2\n    title: ${'x'.repeat(30 * MB)}\n    lead: so-khcn\n`;

  it('--max-file-mb 10 names the size and the limit', async () => {
    const run = await runBuild(dataset({ 'tasks/b.yaml': text }), ['--max-file-mb', '10']);
    expect(run.stderr).toContain(
      'tasks/b.yaml  lỗi  Tệp quá lớn (30,0 MB, tối đa 10,0 MB). Hãy chia nhỏ tệp hoặc tăng giới hạn bằng --max-file-mb.  [file-too-large]',
    );
    expectRefused(run);
  });

  it('the default limit (5 MB) refuses it as quickly', async () => {
    const run = await runBuild(dataset({ 'tasks/b.yaml': text }));
    expect(shownDiagnostics(run.stderr)).toEqual([
      { file: 'tasks/b.yaml', severity: 'lỗi', code: 'file-too-large' },
    ]);
    expectRefused(run);
  });

  it('allowed with --max-file-mb 64, it is read and its title refused as too long', async () => {
    const run = await runBuild(dataset({ 'tasks/b.yaml': text }), ['--max-file-mb', '64']);
    expect(shownDiagnostics(run.stderr)).toEqual([
      { file: 'tasks/b.yaml', line: 5, column: 12, severity: 'lỗi', code: 'text-too-long' },
    ]);
    expectRefused(run);
  });

  it('--max-dataset-mb caps the whole folder', async () => {
    const run = await runBuild(dataset({ 'tasks/b.yaml': text }), [
      ...['--max-file-mb', '64', '--max-dataset-mb', '16'],
    ]);
    expect(run.stderr).toContain(
      'tasks/b.yaml  lỗi  Bộ dữ liệu quá lớn (30,0 MB, tối đa 16,0 MB). Tăng giới hạn bằng --max-dataset-mb nếu đúng là cần.  [dataset-too-large]',
    );
    expectRefused(run);
  });
});

describe('volume that used to take minutes', () => {
  it("200,000 syntax errors on one line: the first is shown, the parser's echoes are not", async () => {
    const run = await runBuild(dataset({ 'tasks/b.yaml': `tasks: [${','.repeat(200_000)}]\n` }));
    const shown = shownDiagnostics(run.stderr);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toEqual({
      file: 'tasks/b.yaml',
      line: 1,
      column: 10,
      severity: 'lỗi',
      code: 'yaml-syntax',
    });
    expectRefused(run);
  });

  it('100,000 tasks that are bare words: the first 200 shape errors are shown', async () => {
    const run = await runBuild(
      dataset({ 'tasks/b.yaml': `tasks:\n${'- việc\n'.repeat(100_000)}` }),
    );
    const shown = shownDiagnostics(run.stderr);
    expect(shown).toHaveLength(200);
    expect(shown[199]).toEqual({
      file: 'tasks/b.yaml',
      line: 201,
      column: 3,
      severity: 'lỗi',
      code: 'wrong-type',
    });
    expectRefused(run);
  });

  it('a scores map of 30,000 keys', async () => {
    const keys = Array.from({ length: 30_000 }, (_, index) => `  X-${index}: 1\n`).join('');
    const text = `agency: so-khcn\nperiod: 2024-H1\nscores:\n${keys}`;
    const run = await runBuild(dataset({ 'assessments/2024-H1/so-khcn.yaml': text }));
    const shown = shownDiagnostics(run.stderr);
    expect(shown).toHaveLength(30_000);
    expect(shown[29_999]).toEqual({
      file: 'assessments/2024-H1/so-khcn.yaml',
      line: 30_003,
      column: 3,
      severity: 'lỗi',
      code: 'unknown-reference',
    });
    expectRefused(run);
  });

  it('a parent chain of 3,000 agencies that closes into a cycle', async () => {
    const agencies = Array.from(
      { length: 3000 },
      (_, index) =>
        `  - { id: a-${index}, name: Cơ quan ${index}, parent: a-${(index + 1) % 3000} }\n`,
    );
    const text = `agencies:\n  - { id: so-khcn, name: Sở KH&CN }\n  - { id: so-yte, name: Sở Y tế }\n${agencies.join('')}`;
    const run = await runBuild(dataset({ 'agencies.yaml': text }));
    expect(shownDiagnostics(run.stderr)).toEqual([
      // At `parent: a-1` of the first agency of the cycle: the value to change.
      { file: 'agencies.yaml', line: 4, column: 41, severity: 'lỗi', code: 'reference-cycle' },
    ]);
    expectRefused(run);
  });

  it('20,000 tasks whose lead is misspelt the same way', async () => {
    const tasks = Array.from(
      { length: 20_000 },
      (_, index) => `  - { id: T-${index + 2}, title: Việc ${index}, lead: so-khcm }\n`,
    );
    const run = await runBuild(dataset({ 'tasks/b.yaml': `${HEAD}tasks:\n${tasks.join('')}` }));
    expect(shownDiagnostics(run.stderr)).toHaveLength(20_000);
    expect(run.stderr).toContain(
      'tasks/b.yaml:4:37  lỗi  Không tìm thấy cơ quan có mã `so-khcm`. Có phải ý bạn là `so-khcn`? Hãy kiểm tra mã hoặc khai báo cơ quan này.  [unknown-reference]',
    );
    expectRefused(run);
  });
});
