/**
 * What the file system can do to a dataset folder: links that loop or lead
 * nowhere, files and folders that cannot be read, a named pipe that would block
 * a read forever. Built at test time, since git keeps none of them faithfully.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BIN,
  dataset,
  removeTempFolders,
  runBuild,
  spawnBuild,
  STACK_TRACE,
  NOTES_MISSING_SHOWN,
  shownDiagnostics,
  type CliResult,
  type Shown,
} from '../helpers/cli.js';

afterAll(removeTempFolders);

const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

/**
 * Root reads any file whatever its mode, so as root (CI) the unreadable cases
 * run the CLI as `nobody`. Undefined when that works (or is not needed); else
 * why these cases are skipped.
 */
function unreadableSkipReason(): string | undefined {
  if (process.platform === 'win32') return 'file modes do not apply on Windows';
  if (!isRoot) return undefined;
  const probe = spawnSync(
    process.execPath,
    ['-e', `require('fs').accessSync(${JSON.stringify(BIN)})`],
    {
      uid: NOBODY,
      gid: NOBODY,
    },
  );
  if (probe.error)
    return `running as root and cannot switch to uid ${NOBODY}: ${probe.error.message}`;
  if (probe.status !== 0) return `running as root and uid ${NOBODY} cannot read ${BIN}`;
  return undefined;
}
const skipUnreadable = unreadableSkipReason();
const skipNote = skipUnreadable ? ` (skipped: ${skipUnreadable})` : '';

/**
 * Lets `nobody` into the dataset's folders, then runs the build as `nobody`
 * when we are root: a child process, the one way to be another user.
 */
async function buildAsUser(dataDir: string): Promise<CliResult & { outDir: string }> {
  if (!isRoot) return runBuild(dataDir);
  let folder = dataDir;
  for (let step = 0; step < 2; step++, folder = path.dirname(folder)) chmodSync(folder, 0o755);
  const open = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const entry = path.join(dir, name);
      const stats = statSync(entry, { throwIfNoEntry: false });
      if (stats?.isDirectory() && (stats.mode & 0o777) !== 0) {
        chmodSync(entry, 0o755);
        open(entry);
      }
    }
  };
  open(dataDir);
  return spawnBuild(dataDir, [], { uid: NOBODY, gid: NOBODY });
}

function expectRefused(run: CliResult & { outDir: string }, expected: Shown[]): void {
  expect(shownDiagnostics(run.stderr)).toEqual(expected);
  expect(run.status).toBe(1);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(existsSync(run.outDir)).toBe(false);
}

describe('links', () => {
  it('a folder link back up the tree is a warning; every file is still read once', async () => {
    const dataDir = dataset();
    symlinkSync('..', path.join(dataDir, 'tasks', 'vong-lap'));
    const run = await runBuild(dataDir);
    expect(shownDiagnostics(run.stderr)).toEqual([
      { file: 'tasks/vong-lap', severity: 'cảnh báo', code: 'symlink-loop' },
      NOTES_MISSING_SHOWN,
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('đã triển khai 1/1 (100%) nhiệm vụ');
  });

  it('a file link to itself is a warning', async () => {
    const dataDir = dataset();
    symlinkSync('tu-lien-ket.yaml', path.join(dataDir, 'tasks', 'tu-lien-ket.yaml'));
    const run = await runBuild(dataDir);
    expect(shownDiagnostics(run.stderr)).toEqual([
      { file: 'tasks/tu-lien-ket.yaml', severity: 'cảnh báo', code: 'symlink-loop' },
      NOTES_MISSING_SHOWN,
    ]);
    expect(run.status).toBe(0);
  });

  it('a link to a file that is gone is an error: its tasks would be missing', async () => {
    const dataDir = dataset();
    symlinkSync('../../nhiem-vu-2025.yaml', path.join(dataDir, 'tasks', 'nhiem-vu-2025.yaml'));
    const run = await runBuild(dataDir);
    expectRefused(run, [
      { file: 'tasks/nhiem-vu-2025.yaml', severity: 'lỗi', code: 'file-unreadable' },
    ]);
    expect(run.stderr).toContain('tệp không còn tồn tại hoặc là liên kết hỏng (ENOENT)');
  });
});

describe('unreadable', () => {
  it.skipIf(skipUnreadable)(`a file with mode 000${skipNote}`, async () => {
    const dataDir = dataset({ 'tasks/b.yaml': 'tasks: []\n' });
    chmodSync(path.join(dataDir, 'tasks', 'b.yaml'), 0);
    const run = await buildAsUser(dataDir);
    expectRefused(run, [{ file: 'tasks/b.yaml', severity: 'lỗi', code: 'file-unreadable' }]);
    expect(run.stderr).toContain('không có quyền đọc (EACCES)');
  });

  it.skipIf(skipUnreadable)(
    `a folder with mode 000, never skipped in silence${skipNote}`,
    async () => {
      const dataDir = dataset({ 'tasks/2025/b.yaml': 'tasks: []\n' });
      chmodSync(path.join(dataDir, 'tasks', '2025'), 0);
      const run = await buildAsUser(dataDir);
      expectRefused(run, [{ file: 'tasks/2025', severity: 'lỗi', code: 'file-unreadable' }]);
    },
  );

  const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;
  it.skipIf(!hasMkfifo)(
    `a named pipe called .yaml is refused, not read (a read would block)${hasMkfifo ? '' : ' (skipped: no mkfifo)'}`,
    async () => {
      const dataDir = dataset();
      mkdirSync(path.join(dataDir, 'tasks', '2025'));
      expect(spawnSync('mkfifo', [path.join(dataDir, 'tasks', '2025', 'ong.yaml')]).status).toBe(0);
      const run = await runBuild(dataDir);
      expectRefused(run, [
        { file: 'tasks/2025/ong.yaml', severity: 'lỗi', code: 'file-unreadable' },
      ]);
    },
  );
});
