/**
 * Issue 28: the misnamed-folder rule covers every kind of the layout, the 0.2
 * and 0.3 ones included (made from the layout itself, so a kind added later
 * is covered too); a YAML file with no name of the layout is said to be so.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FILE_KINDS, kindOfPath, namesMeant } from '../../src/dataset/file-kinds.js';
import { dataset, removeTempFolders, runCli, shownDiagnostics } from '../helpers/cli.js';

afterAll(removeTempFolders);

const INDICATOR_VALUES = 'values:\n  - indicator: dvc\n    value: 50\n';
const validate = (data: string, lang = 'vi') =>
  runCli(['validate', '--data', data, '--lang', lang]);

describe.concurrent('a misnamed folder or file of any kind: an error naming the name meant', () => {
  it.each([
    ['Indicators/2024-H1/so.yaml', 'Indicators/', 'indicators/'],
    ['indicator/2024-H1/so.yaml', 'indicator/', 'indicators/'],
    ['Notes/2024-H1.yaml', 'Notes/', 'notes/'],
    ['note/2024-H1.yaml', 'note/', 'notes/'],
    ['Updates/2024-H1/so.yaml', 'Updates/', 'updates/'],
    ['update/2024-H1/so.yaml', 'update/', 'updates/'],
    ['TASKS/b.yaml', 'TASKS/', 'tasks/'],
    ['Themes.yaml', 'Themes.yaml', 'themes.yaml'],
    ['theme.yaml', 'theme.yaml', 'themes.yaml'],
    ['Indicators.yaml', 'Indicators.yaml', 'indicators.yaml'],
    ['indicator.yml', 'indicator.yml', 'indicators.yaml'],
    ['Plans.yaml', 'Plans.yaml', 'plans.yaml'],
    ['round.yaml', 'round.yaml', 'rounds.yaml'],
    ['Rounds.yaml', 'Rounds.yaml', 'rounds.yaml'],
  ])('%s', async (file, name, meant) => {
    const run = await validate(dataset({ [file]: INDICATOR_VALUES }));
    expect(run.status).toBe(1);
    expect(shownDiagnostics(run.stderr)).toEqual([
      { file: name, severity: 'lỗi', code: 'data-misnamed' },
    ]);
    expect(run.stderr).toContain(`Có phải ý bạn là \`${meant}\`?`);
  });

  it('every kind of the layout has a name meant, so its near misses are caught', () => {
    const meant = [
      ...[...namesMeant('/').values()].map((folder) => `${folder}2024-H1/x.yaml`),
      ...namesMeant('.yaml').values(),
    ];
    for (const kind of FILE_KINDS)
      expect(
        meant.some((name) => kindOfPath(name) === kind),
        kind,
      ).toBe(true);
  });
});

describe('a YAML file with no name of the layout', () => {
  it('is a warning saying so, with the names the top level takes', async () => {
    const run = await validate(dataset({ 'ghi-chu.yaml': 'a: 1\n' }), 'en');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      'ghi-chu.yaml  warning  Not a file name of the dataset format, so it is ignored. The top-level files are dx-report.yaml, pillars.yaml, agencies.yaml, plans.yaml, criteria.yaml, indicators.yaml, themes.yaml, rounds.yaml;',
    );
  });
});

describe('a folder tree 1,500 deep', () => {
  it(
    'is walked (each folder known by device and inode, not by a realpath of its whole path)',
    { timeout: 120_000 },
    async () => {
      const data = dataset();
      let folder = path.join(data, 'tasks');
      for (let depth = 0; depth < 1_500; depth++) folder = path.join(folder, 'd');
      mkdirSync(folder, { recursive: true });
      writeFileSync(
        path.join(folder, 'b.yaml'),
        'plan: qd-1\npillar: cqs\ntasks:\n  - id: T-2\n    title: Sâu\n    lead: so-khcn\n    deadline: 2024-12-31\n',
      );
      const run = await runCli(['summary', '--data', data, '--period', '2024-H1'], {
        timeoutMs: 100_000,
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    },
  );
});
