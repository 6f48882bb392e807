/**
 * `--jobs` is accepted and ignored since the worker threads went: a CI
 * command that passes it still runs and builds the same bytes, and is told
 * once, on stderr, to drop it (--quiet silences the note like any other).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataset, removeTempFolders, runCli, tempFolder } from '../helpers/cli.js';

afterAll(removeTempFolders);

const NOTE_VI =
  '--jobs 4 được bỏ qua: dx-report đọc dữ liệu trên một luồng (thêm luồng không nhanh hơn). Hãy bỏ --jobs khỏi lệnh.';

describe('--jobs', () => {
  it('validate --jobs 4: exit 0, the note, then what validate says without it', async () => {
    const data = dataset();
    const run = await runCli(['validate', '--data', data, '--jobs', '4']);
    expect(run).toEqual({
      status: 0,
      stdout: '',
      stderr: `${NOTE_VI}\nDữ liệu hợp lệ: 7 tệp, không có lỗi.\n`,
    });
  });

  it('build --jobs with any value: the same reports as without, the note in the language asked', async () => {
    const data = dataset();
    // Both in one folder, so the paths printed (relative to the working folder) differ by the name only.
    const root = tempFolder();
    const outs = ['with', 'without'].map((name) => path.join(root, name));
    const build = ['build', '--data', data, '--period', '2024-H1', '--format', 'md,json'];
    const [withJobs, without] = await Promise.all([
      runCli([...build, '--out', outs[0]!, '--jobs', 'nhiều', '--lang', 'en']),
      runCli([...build, '--out', outs[1]!, '--lang', 'en']),
    ]);
    expect([withJobs.status, without.status]).toEqual([0, 0]);
    expect(withJobs.stderr.split('\n')[0]).toBe(
      '--jobs nhiều is ignored: dx-report reads the dataset on one thread (more threads saved no time). Remove --jobs from the command.',
    );
    expect(withJobs.stderr.split('\n').slice(1).join('\n')).toBe(
      without.stderr.replaceAll(`${path.sep}without${path.sep}`, `${path.sep}with${path.sep}`),
    );
    for (const name of ['bao-cao-cds-2024-H1.md', 'bao-cao-cds-2024-H1.json'])
      expect(readFileSync(path.join(outs[0]!, name))).toEqual(
        readFileSync(path.join(outs[1]!, name)),
      );
  });

  it('--quiet: no note', async () => {
    const run = await runCli(['validate', '--data', dataset(), '--jobs', '4', '--quiet']);
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('is not listed by --help', async () => {
    const run = await runCli(['validate', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('--jobs');
  });
});
