/**
 * Options and settings at their edges (issue 16; fixed before, covered here):
 * each is exit 2 with one line, before anything is written, never a silent
 * fallback. Also a closed stdout, which must not end in a stack trace.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BIN,
  dataset,
  removeTempFolders,
  runBuild,
  STACK_TRACE,
  tempFolder,
  runCli,
} from '../helpers/cli.js';
import { MINIMAL_FILES } from '../helpers/temp-dataset.js';

afterAll(removeTempFolders);

const oneLine = (stderr: string) => stderr.trimEnd().split('\n');

describe('empty or out-of-range options: exit 2, one line, nothing written', () => {
  it.each([
    [['--format', ''], 'Chưa chọn định dạng báo cáo nào.'],
    [['--format', ',,'], 'Chưa chọn định dạng báo cáo nào.'],
    [['--out', ''], '--out: cần một giá trị, không được để trống.'],
    [['--template', ''], '--template: cần một giá trị, không được để trống.'],
  ])('%j', async (extra, message) => {
    const data = dataset();
    const out = path.join(tempFolder(), 'reports');
    const args = ['build', '--data', data, '--period', '2024-H1'];
    // --out '' replaces the harness's --out, so it is given alone.
    const run = await runCli(
      extra[0] === '--out' ? [...args, ...extra] : [...args, '--out', out, ...extra],
    );
    expect(run.status).toBe(2);
    expect(oneLine(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain(message);
    expect(existsSync(out)).toBe(false);
  });
});

describe("a dataset's defaults cannot reach outside the dataset and the working folder", () => {
  const settings = (defaults: string) =>
    `${MINIMAL_FILES['dx-report.yaml']!}defaults:\n${defaults}`;

  it.each([
    ['template: /etc/passwd', 'template'],
    ['out: /tmp/dx-report-elsewhere', 'out'],
  ])('%s: exit 2', async (line, key) => {
    const work = tempFolder();
    const data = dataset({ 'dx-report.yaml': settings(`  ${line}\n`) });
    const run = await runCli(['build', '--data', data, '--period', '2024-H1'], { cwd: work });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`\`defaults.${key}\` trong dx-report.yaml`);
    expect(existsSync('/tmp/dx-report-elsewhere')).toBe(false);
  });

  it('without --out, run from inside the dataset: the implicit ./reports is refused', async () => {
    const data = dataset();
    const run = await runCli(['build', '--data', '.', '--period', '2024-H1'], { cwd: data });
    expect(run.status).toBe(2);
    expect(oneLine(run.stderr)).toHaveLength(1);
    expect(existsSync(path.join(data, 'reports'))).toBe(false);
  });
});

describe('a closed stdout', () => {
  it('ends quietly: no stack trace', async () => {
    const child = spawn(
      process.execPath,
      [BIN, 'validate', '--data', dataset({ 'tasks/b.yaml': 'tasks: [\n' }), '--reporter', 'json'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    // The reader goes away before the first byte is read.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(code).not.toBe(3);
  });
});

describe('one YAML syntax error per file', () => {
  it('the first, explained', async () => {
    const run = await runBuild(
      dataset({ 'tasks/b.yaml': 'tasks:\n  - id: [a\n  - id: [b\n  - id: [c\n' }),
    );
    expect(run.status).toBe(1);
    expect(run.stderr.match(/tasks\/b\.yaml:\d+:\d+ {2}lỗi/g)).toHaveLength(1);
  });
});
