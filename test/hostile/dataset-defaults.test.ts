/**
 * Issue 28: `defaults.template` and `defaults.docx_reference` come from the
 * dataset, which a pull request can change. A file the dataset names is read
 * into the report, so it must be inside the dataset folder, links resolved
 * first (a link to /etc/passwd, or `../.git/config` with a CI token, inside
 * "the working folder"); `defaults.out` keeps its rule, links resolved too.
 */
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataset, removeTempFolders, runCli, tempFolder } from '../helpers/cli.js';
import { MINIMAL_FILES } from '../helpers/temp-dataset.js';

afterAll(removeTempFolders);

const settings = (line: string) => ({
  'dx-report.yaml': `${MINIMAL_FILES['dx-report.yaml']!}defaults:\n  ${line}\n`,
});

/** A dataset in <work>/data with `prepare` run in it; builds from <work>. */
async function buildIn(line: string, prepare: (data: string, work: string) => void) {
  const data = dataset(settings(line));
  const work = path.dirname(data);
  prepare(data, work);
  const run = await runCli(
    ['build', '--data', 'data', '--period', '2024-H1', '--format', 'md,docx'],
    {
      cwd: work,
    },
  );
  return { run, work };
}

describe.concurrent('a file named by the dataset outside it: exit 2, nothing written', () => {
  it.each([
    [
      'template: mau.md.hbs',
      (data: string) => symlinkSync('/etc/passwd', path.join(data, 'mau.md.hbs')),
    ],
    ['template: mau/passwd', (data: string) => symlinkSync('/etc', path.join(data, 'mau'))],
    [
      'template: ../.git/config',
      (_data: string, work: string) => {
        mkdirSync(path.join(work, '.git'));
        writeFileSync(
          path.join(work, '.git', 'config'),
          '[http] extraheader = AUTHORIZATION: basic c2VjcmV0\n',
        );
      },
    ],
    [
      'docx_reference: ../mau.docx',
      (_data: string, work: string) => writeFileSync(path.join(work, 'mau.docx'), 'PK'),
    ],
  ])('%s', async (line, prepare) => {
    const { run, work } = await buildIn(line, prepare);
    const [key, value] = line.split(': ');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `dx-report: \`defaults.${key}\` trong dx-report.yaml (\`${value}\`) trỏ ra ngoài thư mục dữ liệu (liên kết được tính theo nơi nó trỏ tới); tệp do bộ dữ liệu chỉ định phải nằm trong thư mục dữ liệu, chỉ dòng lệnh mới được chỉ định tệp ở nơi khác.\n`,
    );
    expect(readdirSync(work).includes('reports')).toBe(false);
  });

  it('defaults.out through a link leading outside both folders', async () => {
    const elsewhere = tempFolder();
    const { run } = await buildIn('out: bao-cao', (data) =>
      symlinkSync(elsewhere, path.join(data, 'bao-cao')),
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('`defaults.out` trong dx-report.yaml (`bao-cao`) trỏ ra ngoài');
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('a template inside the dataset is used', async () => {
    const { run, work } = await buildIn('template: _mau/mau.md.hbs', (data) => {
      mkdirSync(path.join(data, '_mau'));
      writeFileSync(path.join(data, '_mau', 'mau.md.hbs'), '{{period.code}}\n');
    });
    expect(run.status).toBe(0);
    expect(readdirSync(path.join(work, 'reports')).sort()).toEqual([
      'bao-cao-cds-2024-H1.docx',
      'bao-cao-cds-2024-H1.md',
    ]);
  });
});
