/**
 * Reading on worker threads (--jobs 2) gives exactly what a sequential run
 * (--jobs 1) gives: the same exit code, diagnostics and report bytes.
 */
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark generator is plain JavaScript without type declarations.
import { ensureDataset } from '../../bench/generate.mjs';
import { removeTempFolders, REPO, runCli, tempFolder } from '../helpers/cli.js';

const generate = ensureDataset as (size: string, dir: string) => void;
let dataset: string;

beforeAll(() => {
  dataset = path.join(tempFolder(), 'province');
  generate('province', dataset);
});
afterAll(removeTempFolders);

describe('--jobs', () => {
  it('builds byte-identical reports with and without worker threads', async () => {
    const outs = ['1', '2'].map((jobs) => path.join(path.dirname(dataset), `out-${jobs}`));
    const runs = await Promise.all(
      ['1', '2'].map((jobs, index) =>
        runCli(
          [
            'build',
            '--data',
            dataset,
            '--period',
            '2024-H1',
            '--format',
            'md,json',
            '--out',
            outs[index]!,
            '--jobs',
            jobs,
            '-q',
          ],
          {
            cwd: REPO,
          },
        ),
      ),
    );
    expect(runs.map((run) => run.status)).toEqual([0, 0]);
    for (const name of ['bao-cao-cds-2024-H1.md', 'bao-cao-cds-2024-H1.json']) {
      expect(
        readFileSync(path.join(outs[1]!, name)).equals(readFileSync(path.join(outs[0]!, name))),
      ).toBe(true);
    }
  });

  it('reports the same diagnostics in the same order', async () => {
    const broken = path.join(dataset, 'tasks');
    const [first] = readdirSync(broken).filter((name) => name.endsWith('.yaml'));
    appendFileSync(
      path.join(broken, first!),
      '  - id: EXTRA-1\n    title: Nhiệm vụ thiếu đơn vị chủ trì\n    lead: khong-co\n',
    );
    const runs = await Promise.all(
      ['1', '2'].map((jobs) =>
        runCli(['validate', '--data', dataset, '--jobs', jobs, '--reporter', 'json'], {
          cwd: REPO,
        }),
      ),
    );
    expect(runs.map((run) => run.status)).toEqual([1, 1]);
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
    const report = JSON.parse(runs[0]!.stdout) as { diagnostics: { code: string }[] };
    expect(report.diagnostics.map((entry) => entry.code)).toContain('unknown-reference');
  });

  it('refuses a --jobs that is not a whole number from 1 to 64', async () => {
    const run = await runCli(['validate', '--data', dataset, '--jobs', 'nhiều'], { cwd: REPO });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--jobs');
  });
});
