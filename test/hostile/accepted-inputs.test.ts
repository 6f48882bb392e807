/**
 * Inputs that look odd but are legitimate, and must give the same report as
 * their plain twins: Windows files (BOM, CRLF), decomposed (NFD) Vietnamese,
 * Vietnamese status spellings, very long titles, ids that are names of
 * JavaScript object internals.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  dataset,
  fixtureDataset,
  notesMissingLine,
  REPO,
  removeTempFolders,
  runBuild,
  shownDiagnostics,
  tempFolder,
  runCli,
} from '../helpers/cli.js';

afterAll(removeTempFolders);

const REPORT = 'bao-cao-cds-2024-H1';

/**
 * Builds 2024-H1 (md, json) and returns both files' bytes; the build must be
 * clean but for the draft's parts left to fill, where a dataset has no notes/.
 */
async function reportBytes(
  dataDir: string,
  extra: readonly string[] = [],
): Promise<{ md: string; json: string }> {
  const run = await runBuild(dataDir, extra);
  const shown = run.stderr.split('\n').filter((line) => line.includes('['));
  expect(shown.filter((line) => line !== notesMissingLine('2024-H1'))).toEqual([]);
  expect(run.status).toBe(0);
  const read = (extension: string) =>
    readFileSync(path.join(run.outDir, `${REPORT}.${extension}`), 'utf8');
  return { md: read('md'), json: read('json') };
}

/** Copies a dataset folder, passing every file's text through `change`. */
function copyDataset(from: string, change: (text: string) => string): string {
  const to = path.join(tempFolder(), 'data');
  const copy = (relative: string): void => {
    const source = path.join(from, relative);
    if (statSync(source).isDirectory()) {
      mkdirSync(path.join(to, relative), { recursive: true });
      for (const name of readdirSync(source)) copy(path.join(relative, name));
    } else writeFileSync(path.join(to, relative), change(readFileSync(source, 'utf8')));
  };
  copy('');
  return to;
}

describe('Windows files: BOM and CRLF', () => {
  const windows = (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`;

  it('give the same report, byte for byte', async () => {
    const plain = dataset();
    expect(await reportBytes(copyDataset(plain, windows))).toEqual(await reportBytes(plain));
  });

  it('keep lines and columns where the editor shows them', async () => {
    const text = `plan: qd-1\npillar: cqs\ntasks:\n  - id: T-2\n    title: Cổng dịch vụ công\n    lead: so-khcn\n    lead: so-yte\n`;
    const run = await runBuild(copyDataset(dataset({ 'tasks/b.yaml': text }), windows));
    expect(shownDiagnostics(run.stderr)).toEqual([
      { file: 'tasks/b.yaml', line: 7, column: 5, severity: 'lỗi', code: 'yaml-duplicate-key' },
    ]);
  });
});

describe('decomposed (NFD) Vietnamese', () => {
  it('the bundled sample typed in NFD gives the reports of the NFC one, byte for byte', async () => {
    const sample = path.join(REPO, 'data');
    const nfd = copyDataset(sample, (text) => text.normalize('NFD'));
    expect(readFileSync(path.join(nfd, 'agencies.yaml'), 'utf8')).not.toBe(
      readFileSync(path.join(sample, 'agencies.yaml'), 'utf8'),
    );
    expect(await reportBytes(nfd)).toEqual(await reportBytes(sample));
  });
});

describe('Vietnamese status spellings', () => {
  const tasks = (statuses: readonly string[]) =>
    `plan: qd-1\npillar: cqs\ntasks:\n${statuses
      .map(
        (status, index) =>
          `  - id: T-${index + 2}\n    title: Nhiệm vụ ${index + 2}\n    lead: so-yte\n    deadline: 2024-06-30\n    updates:\n      - { date: 2024-02-01, status: "${status}" }\n`,
      )
      .join('')}`;
  const values = ['not_started', 'in_progress', 'done', 'cancelled', 'done'];

  it.each([
    [
      'as written in the contract',
      ['chưa triển khai', 'đang triển khai', 'hoàn thành', 'dừng thực hiện', 'hoàn thành'],
    ],
    [
      'any case, extra spaces',
      ['CHƯA TRIỂN KHAI', 'Đang  triển khai', 'Hoàn Thành', ' Dừng thực hiện ', 'HOÀN THÀNH'],
    ],
    [
      'in NFD',
      ['chưa triển khai', 'đang triển khai', 'hoàn thành', 'dừng thực hiện', 'Hoàn thành'].map(
        (s) => s.normalize('NFD'),
      ),
    ],
    ['values in upper case', ['NOT_STARTED', 'In_Progress', 'DONE', 'Cancelled', 'done']],
  ])('%s give the report of the English values', async (_name, spelled) => {
    const expected = await reportBytes(dataset({ 'tasks/b.yaml': tasks(values) }));
    expect(await reportBytes(dataset({ 'tasks/b.yaml': tasks(spelled) }))).toEqual(expected);
  });
});

describe('a 1,500-character title', () => {
  const words = 'Xây dựng và vận hành kho dữ liệu dùng chung của tỉnh phục vụ chính quyền số';
  const title = `${Array.from({ length: 30 }, () => words).join(', ')}.`.slice(0, 1500);
  const file = (text: string) =>
    `plan: qd-1\npillar: cqs\ntasks:\n  - id: T-2\n    title: ${text}\n    lead: so-yte\n    deadline: 2024-03-31\n    updates:\n      - { date: 2024-03-15, status: done }\n`;

  it('is carried whole into the Markdown, the JSON and the workbook', async () => {
    expect(title).toHaveLength(1500);
    const dataDir = dataset({ 'tasks/b.yaml': file(title) });
    const run = await runBuild(dataDir, ['--format', 'md,json,xlsx']);
    expect(run.status).toBe(0);
    const read = (extension: string) =>
      readFileSync(path.join(run.outDir, `${REPORT}.${extension}`), 'utf8');
    // The body names the task without its code; the appendix has both.
    expect(read('md')).toContain(`- ${title} (Sở Y tế, hoàn thành ngày 15/3/2024)`);
    expect(read('md')).toContain(`| T-2 | ${title} |`);
    const json = JSON.parse(read('json')) as { tasks: { id: string; title: string }[] };
    expect(json.tasks.find((task) => task.id === 'T-2')?.title).toBe(title);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(run.outDir, `${REPORT}.xlsx`));
    const cells: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))),
    );
    expect(cells).toContain(title);
  });

  it('2,001 characters is over the limit: an error at the title', async () => {
    const run = await runBuild(dataset({ 'tasks/b.yaml': file(`${title}${'x'.repeat(501)}`) }));
    expect(shownDiagnostics(run.stderr)).toEqual([
      { file: 'tasks/b.yaml', line: 5, column: 12, severity: 'lỗi', code: 'text-too-long' },
    ]);
    expect(run.status).toBe(1);
  });
});

describe('ids named like JavaScript internals', () => {
  it('__proto__, constructor, toString as ids are counted like any other', async () => {
    const run = await runBuild(fixtureDataset('accepted-odd-ids'));
    expect(run.status).toBe(0);
    const json = JSON.parse(readFileSync(path.join(run.outDir, `${REPORT}.json`), 'utf8')) as {
      totals: { assigned: number; implemented: number; done: number; overdue: number };
      pillars: { id: string; figures: { assigned: number } }[];
      index: { rows: { agency: string; current: { overall: object }; rank: number }[] };
    };
    const { assigned, implemented, done, overdue } = json.totals;
    expect({ assigned, implemented, done, overdue }).toEqual({
      assigned: 3,
      implemented: 2,
      done: 1,
      overdue: 2,
    });
    expect(json.pillars.map((pillar) => [pillar.id, pillar.figures.assigned])).toEqual([
      ['constructor', 2],
      ['__proto__', 1],
    ]);
    expect(json.index.rows.map((row) => [row.agency, row.current.overall, row.rank])).toEqual([
      ['__proto__', { numerator: 13, denominator: 20 }, 1],
      ['constructor', { numerator: 3, denominator: 20 }, 2],
    ]);
  });

  it('validate says the dataset is clean', async () => {
    const run = await runCli(['validate', '--data', fixtureDataset('accepted-odd-ids')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('Dữ liệu hợp lệ: 7 tệp, không có lỗi.\n');
  });
});
