/**
 * Issue 28, LibreOffice as dx-report runs it: found only where it can run (a
 * folder or a file without x named `soffice` earlier on PATH no longer hides
 * it), run in a process group of its own, and on Ctrl-C or a CI cancel stopped
 * with every process it started, its temporary folder and profile removed.
 * A fake soffice stands in for it.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, dataset, removeTempFolders, runCli, tempFolder } from '../helpers/cli.js';

afterAll(removeTempFolders);

/** A folder holding an executable `soffice` with this shell body. */
function fakeSoffice(body: string): string {
  const folder = tempFolder();
  writeFileSync(path.join(folder, 'soffice'), `#!/bin/sh\n${body}\n`);
  chmodSync(path.join(folder, 'soffice'), 0o755);
  return folder;
}

/** Writes a PDF where LibreOffice would: the last argument's name, in --outdir. */
const CONVERTS =
  'out=""; while [ $# -gt 1 ]; do [ "$1" = --outdir ] && out="$2"; shift; done\n' +
  'name=$(basename "$1"); printf "%%PDF-1.4 fake" > "$out/${name%.docx}.pdf"';

/** Running (a zombie waiting for its parent to reap it has stopped). */
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

describe.concurrent('what is named soffice on PATH', () => {
  it.each([
    ['a folder', (folder: string) => mkdirSync(path.join(folder, 'soffice'))],
    ['a file without x', (folder: string) => writeFileSync(path.join(folder, 'soffice'), '')],
  ])('%s earlier on PATH does not hide a working one', async (_what, make) => {
    const hiding = tempFolder();
    make(hiding);
    const working = fakeSoffice(CONVERTS);
    const out = path.join(tempFolder(), 'reports');
    const run = await runCli(
      [
        'build',
        '--data',
        dataset(),
        '--period',
        '2024-H1',
        '--format',
        'pdf',
        '--out',
        out,
        '--quiet',
      ],
      { env: { PATH: [hiding, working, process.env.PATH].join(path.delimiter) } },
    );
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(path.join(out, 'bao-cao-cds-2024-H1.pdf'), 'utf8')).toBe('%PDF-1.4 fake');
  });

  it('a failing one: exit 2 with what it said', async () => {
    const failing = fakeSoffice('echo "Error: source file could not be loaded" >&2; exit 1');
    const run = await runCli(
      [
        'build',
        '--data',
        dataset(),
        '--period',
        '2024-H1',
        '--format',
        'pdf',
        '--out',
        path.join(tempFolder(), 'r'),
      ],
      { env: { PATH: [failing, process.env.PATH].join(path.delimiter) } },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'LibreOffice ended with 1: Error: source file could not be loaded',
    );
  });
});

describe('a hung LibreOffice when the build is stopped', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s: LibreOffice and what it started are stopped, its folder removed',
    { timeout: 60_000 },
    async (signal) => {
      const marks = tempFolder();
      // Starts a child of its own (as soffice starts soffice.bin) and hangs. Each mark is
      // written aside and moved into place, so the test never reads one half-written.
      const hung = fakeSoffice(
        `sleep 300 &\necho $! > "${marks}/child.part" && mv "${marks}/child.part" "${marks}/child"\n` +
          `echo "$@" > "${marks}/args.part" && mv "${marks}/args.part" "${marks}/args"\nwait`,
      );
      const child = spawn(
        process.execPath,
        [
          BIN,
          'build',
          '--data',
          dataset(),
          '--period',
          '2024-H1',
          '--format',
          'pdf',
          '--out',
          path.join(tempFolder(), 'r'),
        ],
        {
          env: { ...process.env, PATH: [hung, process.env.PATH].join(path.delimiter) },
          stdio: 'ignore',
        },
      );
      const ended = new Promise<string>((resolve) =>
        child.on('exit', (code, by) => resolve(`${code} ${by}`)),
      );
      while (!existsSync(path.join(marks, 'args')) || !existsSync(path.join(marks, 'child')))
        await pause();
      const grandchild = Number(readFileSync(path.join(marks, 'child'), 'utf8'));
      const outdir = /--outdir (\S+)/.exec(readFileSync(path.join(marks, 'args'), 'utf8'))![1]!;
      expect(alive(grandchild)).toBe(true);
      expect(existsSync(outdir)).toBe(true);
      child.kill(signal);
      // Ended by the same signal, as the shell expects (exit status 130, 143).
      expect(await ended).toBe(`null ${signal}`);
      // Killed before dx-report ended; gone once the system has reaped it (a hang fails the test's timeout).
      while (alive(grandchild)) await pause();
      expect(existsSync(outdir)).toBe(false);
    },
  );
});
