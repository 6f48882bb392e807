/**
 * Inputs whose cost used to grow faster than their size, or that never
 * ended (issue 16): each now ends within the kill limit with the right exit
 * code and one clear message. Generated at test time: too big to commit.
 * Peak memory and time under the default limits are measured by hand and
 * written in docs/robustness.md (no timed assertion here beyond the kill limit).
 * These run as child processes, unlike the other CLI tests: a cost that runs
 * away again would block an in-process run for good (no timer fires while
 * the thread computes), where a child is killed after KILL_MS and its test fails.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  dataset,
  KILL_MS,
  removeTempFolders,
  spawnBuild,
  shownDiagnostics,
  STACK_TRACE,
  tempFolder,
  spawnCli,
} from '../helpers/cli.js';

afterAll(removeTempFolders);

/** The heavier cases: killed after KILL_MS, so a cost that runs away fails its test. */
const HEAVY = { timeoutMs: KILL_MS };

const tasksFile = (tasks: string) => `plan: qd-1\npillar: cqs\ntasks:\n${tasks}`;

describe('successor chains', () => {
  it('20,000 tasks led by the head of a 20,000-long chain: each agency is walked past once', async () => {
    const n = 20_000;
    let agencies = 'agencies:\n  - id: so-khcn\n    name: Sở Khoa học và Công nghệ\n';
    for (let i = 0; i < n; i++)
      agencies += `  - id: a${i}\n    name: Cơ quan ${i}\n    active_until: 2020-01-01\n    successor: a${i + 1}\n`;
    agencies += `  - id: a${n}\n    name: Cơ quan cuối\n`;
    let tasks = '';
    for (let i = 0; i < n; i++) tasks += `  - id: T-${i}\n    title: Việc ${i}\n    lead: a0\n`;
    const run = await spawnBuild(
      dataset({ 'agencies.yaml': agencies, 'tasks/a.yaml': tasksFile(tasks) }),
      ['--format', 'json'],
      HEAVY,
    );
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('did you mean', () => {
  it('1,000 typos against 10,000 similar ids: every one suggested', async () => {
    let agencies = 'agencies:\n  - id: so-khcn\n    name: Sở Khoa học và Công nghệ\n';
    for (let i = 0; i < 10_000; i++)
      agencies += `  - id: so-nganh-${String(i).padStart(5, '0')}\n    name: Cơ quan ${i}\n`;
    let tasks = '';
    for (let i = 0; i < 1000; i++)
      tasks += `  - id: T-${i}\n    title: Việc ${i}\n    lead: so-ngamh-${String(i * 7).padStart(5, '0')}x\n`;
    const run = await spawnCli(
      [
        'validate',
        '--data',
        dataset({ 'agencies.yaml': agencies, 'tasks/a.yaml': tasksFile(tasks) }),
      ],
      HEAVY,
    );
    expect(run.status).toBe(1);
    const shown = shownDiagnostics(run.stderr);
    expect(shown).toHaveLength(1000);
    expect(shown[0]).toEqual({
      file: 'tasks/a.yaml',
      line: 6,
      column: 11,
      severity: 'lỗi',
      code: 'unknown-reference',
    });
    expect(run.stderr).toContain('`so-ngamh-06993x`. Có phải ý bạn là `so-nganh-06993`?');
  });
});

describe('a file of `[{},{},…]`', () => {
  it('stops at the node limit, where it is passed, before the tree takes the memory', async () => {
    // 2 MB: the node limit follows --max-file-mb (one node per 5 bytes), so this is the 5 MB case scaled down.
    const limit = 2 * 1024 * 1024;
    const units = Math.floor((limit - 4) / 3);
    const data = dataset({ 'tasks/b.yaml': `[${'{},'.repeat(units)}{}]` });
    const run = await spawnBuild(data, ['--max-file-mb', '2'], HEAVY);
    expect(run.status).toBe(1);
    const nodes = Math.ceil(limit / 5);
    // `[` is node 1, then `{` and `,` of each `{},` (units from 0): node nodes + 1 is where it stops.
    const past = nodes + 1;
    const offset = past % 2 === 0 ? 1 + 3 * ((past - 2) / 2) : 1 + 3 * ((past - 3) / 2) + 2;
    const column = offset + 1;
    expect(shownDiagnostics(run.stderr)).toEqual([
      { file: 'tasks/b.yaml', line: 1, column, severity: 'lỗi', code: 'yaml-too-many-nodes' },
    ]);
    expect(run.stderr).toContain('(hơn 419.431)');
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(run.outDir)).toBe(false);
  });
});

describe('a task listing one partner 300,000 times', () => {
  it('is built (json, xlsx) with the partner once and one warning', async () => {
    const partners = Array.from({ length: 300_000 }, () => 'so-yte').join(', ');
    const data = dataset({
      'tasks/b.yaml': tasksFile(
        `  - id: T-2\n    title: Cổng dịch vụ công\n    lead: so-khcn\n    partners: [${partners}]\n`,
      ),
    });
    const run = await spawnBuild(data, ['--format', 'json,xlsx'], HEAVY);
    expect(run.status).toBe(0);
    expect(shownDiagnostics(run.stderr)).toEqual([
      { file: 'tasks/b.yaml', line: 7, column: 24, severity: 'cảnh báo', code: 'partner-repeated' },
    ]);
    expect(run.stderr).toContain('được ghi 300.000 lần');
  });
});

describe('what never ended', () => {
  it('a template that is a named pipe is refused unread: exit 2, one line', async () => {
    const fifo = path.join(tempFolder(), 'mau.md.hbs');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      console.warn('mkfifo is not available: the named-pipe template is not tested here.');
      return;
    }
    const run = await spawnBuild(dataset(), ['--template', fifo]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `dx-report: Mẫu báo cáo \`${fifo}\` không phải tệp thông thường (ống dẫn, socket hoặc thiết bị) nên không được đọc. Hãy chỉ định một tệp .hbs.\n`,
    );
    expect(existsSync(run.outDir)).toBe(false);
  });

  it('--out /proc/x: exit 3, one line', async () => {
    if (!existsSync('/proc/self')) {
      console.warn('no /proc here: --out /proc/x is not tested.');
      return;
    }
    const run = await spawnCli([
      'build',
      '--data',
      dataset(),
      '--period',
      '2024-H1',
      '--out',
      '/proc/x',
    ]);
    expect(run.status).toBe(3);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain("mkdir '/proc/x'");
  });

  it('{{roman 9007199254740991}}: a template usage error, exit 2', async () => {
    const template = path.join(tempFolder(), 'mau.md.hbs');
    writeFileSync(template, '{{roman 9007199254740991}}\n');
    const run = await spawnBuild(dataset(), ['--template', template]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('helper `roman` cần một số nguyên từ 1 đến 3999');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});
