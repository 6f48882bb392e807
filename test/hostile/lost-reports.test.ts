/**
 * Reports that must never be lost or mixed (issue 16): a build stopped by a
 * signal while it writes, two builds into one folder at once, a lock left by
 * a build that died, an `init` that fails midway. Through the built CLI.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BIN,
  dataset,
  KILL_MS,
  removeTempFolders,
  runCli,
  STACK_TRACE,
  tempFolder,
} from '../helpers/cli.js';

afterAll(removeTempFolders);

const REPORT = 'bao-cao-cds-2024-H1';
const LOCK = '.dx-report.lock';

/** A dataset whose reports take a few milliseconds to write: 3,000 tasks. */
function biggerDataset(): string {
  let tasks = 'plan: qd-1\npillar: cqs\ntasks:\n';
  for (let i = 0; i < 3000; i++)
    tasks += `  - id: T-${i}\n    title: Nhiệm vụ số ${i} của kế hoạch chuyển đổi số\n    lead: so-khcn\n    deadline: 2024-12-31\n`;
  return dataset({ 'tasks/a.yaml': tasks });
}

const buildArgs = (data: string, out: string, date: string) => [
  'build',
  '--data',
  data,
  '--period',
  '2024-H1',
  '--format',
  'md,json,xlsx',
  '--out',
  out,
  '--date',
  date,
];

/** What is in the folder besides the reports: temp files, backups, the lock. */
const debris = (folder: string) => readdirSync(folder).filter((name) => name.startsWith('.'));

/** The report date of the JSON, and of the Markdown's date line: the same when the set is not mixed. */
function reportDates(out: string): string[] {
  const json = JSON.parse(readFileSync(path.join(out, `${REPORT}.json`), 'utf8')) as {
    reportDate: string;
  };
  const markdown = readFileSync(path.join(out, `${REPORT}.md`), 'utf8');
  const [, day, month, year] = /ngày (\d{2}) tháng (\d{1,2}) năm (\d{4})/.exec(markdown) ?? [];
  return [json.reportDate, `${year}-${month?.padStart(2, '0')}-${day}`];
}

describe('a build stopped by SIGINT or SIGTERM while it writes', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s: ends by the signal, removes its temp files, leaves the previous reports whole',
    async (signal) => {
      const data = biggerDataset();
      const out = path.join(tempFolder(), 'reports');
      expect((await runCli(buildArgs(data, out, '2024-07-01'))).status).toBe(0);
      const before = Object.fromEntries(
        readdirSync(out).map((name) => [name, readFileSync(path.join(out, name))]),
      );
      let stoppedWhileWriting = 0;
      for (let round = 0; round < 10 && stoppedWhileWriting < 2; round++) {
        const child = spawn(process.execPath, [BIN, ...buildArgs(data, out, '2024-07-02')], {
          stdio: 'ignore',
          timeout: KILL_MS,
        });
        const ended = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
          child.on('close', (code, by) => resolve([code, by])),
        );
        let stopped = false;
        // Watch for the first temp file, and stop the build then: it is writing.
        while (child.exitCode === null && child.signalCode === null) {
          if (readdirSync(out).some((name) => name.endsWith('.tmp'))) {
            child.kill(signal);
            stopped = true;
            break;
          }
          await new Promise((resolve) => setImmediate(resolve));
        }
        const [code, by] = await ended;
        if (!stopped) {
          // It finished before a temp file was seen: a complete new set; put the old one back.
          expect(code).toBe(0);
          for (const [name, bytes] of Object.entries(before))
            writeFileSync(path.join(out, name), bytes);
          continue;
        }
        stoppedWhileWriting++;
        expect(by ?? code).toBe(by === null ? (signal === 'SIGINT' ? 130 : 143) : signal);
        expect(debris(out)).toEqual([]);
        const after = Object.fromEntries(
          readdirSync(out).map((name) => [name, readFileSync(path.join(out, name))]),
        );
        // All of the previous set, or (stopped just as the last rename went in) all of the new one.
        const previous = Object.keys(before).every((name) => after[name]?.equals(before[name]!));
        if (!previous) expect(new Set(reportDates(out))).toEqual(new Set(['2024-07-02']));
        for (const [name, bytes] of Object.entries(before))
          writeFileSync(path.join(out, name), bytes);
      }
      expect(stoppedWhileWriting).toBeGreaterThan(0);
    },
    // Up to ten real builds: room for a loaded machine; only a hang runs out.
    300_000,
  );
});

describe('two builds into one folder at once', () => {
  it('both succeed, one after the other: the set is never mixed, and no lock is left', async () => {
    const data = biggerDataset();
    for (let round = 0; round < 3; round++) {
      const out = path.join(tempFolder(), 'reports');
      const runs = await Promise.all([
        runCli(buildArgs(data, out, '2024-07-01')),
        runCli(buildArgs(data, out, '2024-07-02')),
      ]);
      expect(runs.map((run) => run.status)).toEqual([0, 0]);
      const [date, markdown] = reportDates(out);
      expect(markdown).toBe(date);
      expect(debris(out)).toEqual([]);
    }
  });
});

describe('the output lock', () => {
  it('held by a live build: the second waits, then exits 3 with one line and writes nothing', async () => {
    const data = dataset();
    const out = path.join(tempFolder(), 'reports');
    mkdirSync(out);
    // Another live process (this test's parent): its lock is not stale. (The waiting itself is counted in test/write/output-lock.test.ts.)
    const holder = { pid: process.ppid, host: hostname(), since: new Date().toISOString() };
    writeFileSync(path.join(out, LOCK), JSON.stringify(holder));
    const run = await runCli(buildArgs(data, out, '2024-07-01'));
    expect(run.status).toBe(3);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `dx-report: Một lần chạy dx-report khác (pid ${holder.pid}, ${holder.host}, ${holder.since}) đang ghi báo cáo vào \`${out}\`; hãy chờ nó xong rồi chạy lại. Nếu chắc chắn không còn lần chạy nào, xóa tệp \`${path.join(out, LOCK)}\`.`,
    ]);
    // The lock is the other build's: left as it is; nothing else is there.
    expect(readdirSync(out)).toEqual([LOCK]);
  });

  it('left by a build that died: taken over, the reports written, no lock left', async () => {
    const data = dataset();
    const out = path.join(tempFolder(), 'reports');
    mkdirSync(out);
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    const holder = { pid: Number(gone.stdout), host: hostname(), since: '2024-01-01T00:00:00Z' };
    writeFileSync(path.join(out, LOCK), JSON.stringify(holder));
    const run = await runCli(buildArgs(data, out, '2024-07-01'));
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([`${REPORT}.json`, `${REPORT}.md`, `${REPORT}.xlsx`]);
  });
});

describe('init that fails midway', () => {
  it('leaves nothing it made, and runs again once the obstacle is gone', async () => {
    const folder = path.join(tempFolder(), 'du-lieu');
    mkdirSync(folder);
    // A file where init needs a folder: the catalogues are written, then tasks/ cannot be made.
    writeFileSync(path.join(folder, 'tasks'), 'không phải thư mục\n');
    const failed = await runCli(['init', folder]);
    expect(failed.status).toBe(3);
    expect(failed.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(failed.stderr).not.toMatch(STACK_TRACE);
    expect(readdirSync(folder)).toEqual(['tasks']);
    expect(statSync(path.join(folder, 'tasks')).isFile()).toBe(true);
    rmSync(path.join(folder, 'tasks'));
    const again = await runCli(['init', folder]);
    expect(again.status).toBe(0);
    expect(readdirSync(folder)).toContain('dx-report.yaml');
    expect((await runCli(['validate', '--data', folder])).status).toBe(0);
  });
});
