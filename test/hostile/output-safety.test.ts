/**
 * Where reports go, and what a failed build leaves: previous reports intact,
 * nothing inside the dataset unless --out names a place there, and never a
 * write through a link into the dataset.
 */
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeArtifacts } from '../../src/write/write-artifacts.js';
import { dataset, removeTempFolders, runCli, STACK_TRACE, tempFolder } from '../helpers/cli.js';

afterAll(removeTempFolders);

/** Every file below a folder with a hash of its bytes: a picture to compare before and after. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (relative: string): void => {
    for (const name of readdirSync(path.join(folder, relative))) {
      const entry = path.join(relative, name);
      if (statSync(path.join(folder, entry)).isDirectory()) walk(entry);
      else {
        const bytes = readFileSync(path.join(folder, entry));
        files[entry] = createHash('sha256').update(bytes).digest('hex');
      }
    }
  };
  walk('');
  return files;
}

const build = (dataDir: string, extra: readonly string[], cwd?: string) =>
  runCli(['build', '--data', dataDir, '--period', '2024-H1', ...extra], cwd ? { cwd } : {});

describe('a build that fails midway', () => {
  it('leaves the previous reports as they were, and no temp files', async () => {
    const dataDir = dataset();
    const out = path.join(tempFolder(), 'reports');
    expect((await build(dataDir, ['--format', 'md,json', '--out', out])).status).toBe(0);
    const previous = snapshot(out);
    // The workbook's place is taken by a folder: its rename fails after md and json went in.
    mkdirSync(path.join(out, 'bao-cao-cds-2024-H1.xlsx', 'chan'), { recursive: true });
    const run = await build(dataDir, [
      '--format',
      'md,json,xlsx',
      '--as-of',
      '2024-04-30',
      '--out',
      out,
    ]);
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/^dx-report: Lỗi đọc\/ghi tệp: EISDIR/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(snapshot(out)).toEqual(previous);
    expect(readdirSync(out).sort()).toEqual([
      'bao-cao-cds-2024-H1.json',
      'bao-cao-cds-2024-H1.md',
      'bao-cao-cds-2024-H1.xlsx',
    ]);
  });

  it('in process: every replacement already made is undone', async () => {
    const out = tempFolder();
    writeFileSync(path.join(out, 'a.md'), 'cũ A');
    writeFileSync(path.join(out, 'b.json'), 'cũ B');
    mkdirSync(path.join(out, 'c.xlsx', 'chan'), { recursive: true });
    const artifact = (name: string, text: string) => ({ name, bytes: Buffer.from(text) });
    await expect(
      writeArtifacts(out, [
        artifact('a.md', 'mới A'),
        artifact('b.json', 'mới B'),
        artifact('c.xlsx', 'mới C'),
      ]),
    ).rejects.toMatchObject({ code: 'EISDIR' });
    expect(readdirSync(out).sort()).toEqual(['a.md', 'b.json', 'c.xlsx']);
    expect([
      readFileSync(path.join(out, 'a.md'), 'utf8'),
      readFileSync(path.join(out, 'b.json'), 'utf8'),
    ]).toEqual(['cũ A', 'cũ B']);
  });

  it('in process: a report that is a link is replaced, the file it pointed at is not written', async () => {
    const outside = path.join(tempFolder(), 'khac.md');
    writeFileSync(outside, 'không được ghi đè');
    const out = tempFolder();
    symlinkSync(outside, path.join(out, 'a.md'));
    await writeArtifacts(out, [{ name: 'a.md', bytes: Buffer.from('báo cáo mới') }]);
    expect(readFileSync(outside, 'utf8')).toBe('không được ghi đè');
    expect(readFileSync(path.join(out, 'a.md'), 'utf8')).toBe('báo cáo mới');
    expect(readdirSync(out)).toEqual(['a.md']);
  });
});

describe('the dataset folder', () => {
  it('is not written to by a build without --out: reports go to ./reports', async () => {
    const cwd = tempFolder();
    const dataDir = dataset();
    const before = snapshot(dataDir);
    expect((await build(dataDir, [], cwd)).status).toBe(0);
    expect(snapshot(dataDir)).toEqual(before);
    expect(readdirSync(path.join(cwd, 'reports'))).toEqual(['bao-cao-cds-2024-H1.md']);
  });

  it('is written to when --out names a folder inside it', async () => {
    const dataDir = dataset();
    const run = await build(dataDir, ['--out', path.join(dataDir, 'bao-cao')]);
    expect(run.status).toBe(0);
    expect(readdirSync(path.join(dataDir, 'bao-cao'))).toEqual(['bao-cao-cds-2024-H1.md']);
  });

  it.each([
    ['--out is a link to the dataset', (link: string) => link],
    ['--out is below a link to the dataset', (link: string) => path.join(link, 'bao-cao')],
  ])('%s: refused with exit 2, nothing written', async (_name, outOf) => {
    const dataDir = dataset();
    const before = snapshot(dataDir);
    const link = path.join(tempFolder(), 'lien-ket');
    symlinkSync(dataDir, link);
    const run = await build(dataDir, ['--out', outOf(link)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `dx-report: Thư mục --out \`${outOf(link)}\` trỏ (qua liên kết) vào trong thư mục dữ liệu; hãy chọn thư mục khác.\n`,
    );
    expect(snapshot(dataDir)).toEqual(before);
  });
});
