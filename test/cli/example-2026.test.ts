/**
 * The second bundled example, examples/tuyen-quang-2026 (issue 24 §7 and
 * "Done means"): the new Tuyên Quang's 2026, with the 15th–14th reporting
 * windows (`cutoff_day: 14`), built through the command line as a user
 * builds it, on 15/12/2026, the day after the year's cut-off (the annual
 * report is drafted then, with estimates to 31/12).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { REPO, read, removeTempFolders, runCli, tempFolder } from '../helpers/cli.js';
import { hasSoffice } from '../helpers/formats.js';
import { entryText, readZip } from '../helpers/zip-reader.js';

const DATA = path.join(REPO, 'examples', 'tuyen-quang-2026');
const DRAFTED = '2026-12-15T12:00:00Z';

interface Model {
  estimate: boolean;
  period: { code: string; windowFrom: string; asOf: string };
  totals: { assigned: number; done: number; overdue: number };
  withinPeriod: { finished: { id: string; date: string }[] };
  indicators: {
    estimated: number;
    rows: { id: string; value: { value: number; estimate: boolean } | null; status: string }[];
  };
  tasks: { id: string; lead: string; originalLead: string | null; evidence: string | null }[];
}

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(DRAFTED));
});
afterAll(() => {
  vi.useRealTimers();
  removeTempFolders();
});

async function build(period: string, formats: string, extra: readonly string[] = []) {
  const out = tempFolder();
  const args = ['build', '--data', DATA, '--period', period, '--format', formats, '--out', out];
  const result = await runCli([...args, '--quiet', ...extra]);
  const file = (ext: string) => path.join(out, `bao-cao-cds-${period}.${ext}`);
  return { ...result, file };
}

async function model(period: string, extra: readonly string[] = []): Promise<Model> {
  const result = await build(period, 'json', extra);
  expect([result.status, result.stderr]).toEqual([0, '']);
  return JSON.parse(read(result.file('json'))) as Model;
}

const ids = (m: Model) => m.withinPeriod.finished.map((task) => task.id).sort();

describe('examples/tuyen-quang-2026', () => {
  it('validates clean: no error, no warning', async () => {
    const result = await runCli(['validate', '--data', DATA]);
    expect(result).toEqual({
      status: 0,
      stdout: '',
      stderr: 'Dữ liệu hợp lệ: 921 tệp, không có lỗi.\n',
    });
  });

  it('builds the year in md, json, xlsx, docx and html with no diagnostic', async () => {
    const result = await build('2026', 'md,json,xlsx,docx,html');
    expect([result.status, result.stderr]).toEqual([0, '']);
    for (const ext of ['md', 'json', 'xlsx', 'docx', 'html'])
      expect(existsSync(result.file(ext))).toBe(true);
    const markdown = read(result.file('md'));
    // The year's own figure and the cumulative one, each named (issue 24 §3).
    expect(markdown).toContain(
      'Năm 2026 hoàn thành 48 nhiệm vụ (trong kỳ, từ ngày 15/12/2025 đến ngày 14/12/2026); lũy kế đến ngày 14/12/2026 hoàn thành 50/80 nhiệm vụ được giao.',
    );
    expect(markdown).toContain(
      'Trong tổng số 80 nhiệm vụ được giao, đã triển khai 79/80 nhiệm vụ (98,8%), trong đó hoàn thành 50 nhiệm vụ (29 đúng hạn, 10 trễ hạn, 11 trước hạn), đang triển khai 29 nhiệm vụ; chưa triển khai 1 nhiệm vụ.',
    );
    // A task for every commune: counted once, with its shares beside it (issue 24 §4).
    expect(markdown).toContain(
      '- Duy trì Tổ công nghệ số cộng đồng hướng dẫn người dân dùng dịch vụ công trực tuyến, VNeID tại các thôn, tổ dân phố: 120/124 xã, phường đã hoàn thành.',
    );
    // Each commune's share in its row of the agencies' appendix, on its own (xã) index.
    expect(markdown).toContain(
      '| UBND xã Sủng Máng | 2 | 2/2 (100%) | 1 | 0 | 1/1 (100%) | 55% | Trung bình | 121 |',
    );
    // Separate sở and xã indices, each with its grade counts (issue 24 §5).
    expect(markdown).toContain(
      '- Sở, ban, ngành: 6/18 cơ quan xếp loại Tốt, 11/18 xếp loại Khá, 1/18 xếp loại Trung bình.',
    );
    expect(markdown).toContain('#### b) Bộ chỉ số chuyển đổi số cấp xã (124 cơ quan)');
    expect(markdown).toContain(
      '- Xã, phường: 40/124 cơ quan xếp loại Tốt, 54/124 xếp loại Khá, 30/124 xếp loại Trung bình.',
    );
    // The deputy's three authority lines, and the header broken where the office breaks it.
    expect(markdown).toContain(
      '**TM. ỦY BAN NHÂN DÂN**\\\n**KT. CHỦ TỊCH**\\\n**PHÓ CHỦ TỊCH**\n\n**Hoàng Văn Minh**',
    );
    expect(markdown.startsWith('**ỦY BAN NHÂN DÂN**\\\n**TỈNH TUYÊN QUANG**\n')).toBe(true);
    const documentXml = entryText(
      readZip(new Uint8Array(readFileSync(result.file('docx')))),
      'word/document.xml',
    );
    const paragraphs = [...documentXml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((match) =>
      [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
    );
    const signature = paragraphs.indexOf('TM. ỦY BAN NHÂN DÂN');
    expect(paragraphs.slice(signature, signature + 3)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
    expect(paragraphs.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH TUYÊN QUANG']);
  });

  it('shows the latest evidence of a task in the task appendix and the workbook (0.3 `evidence`)', async () => {
    const result = await build('2026', 'md,xlsx');
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(read(result.file('md'))).toContain(
      '| CHUNG-03 | Tổ chức Ngày Chuyển đổi số tỉnh Tuyên Quang năm 2026 (10/10) | Sở KH&CN | 31/10/2026 | hoàn thành đúng hạn | 100% | 10/10/2026 | Báo cáo số 152/BC-SKHCN ngày 10/10/2026 |',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(result.file('xlsx'));
    const sheet = workbook.getWorksheet('Nhiệm vụ')!;
    const header = sheet.getRow(4).values as unknown[];
    const evidence = header.indexOf('Minh chứng');
    const row = sheet.getRows(5, sheet.rowCount - 4)!.find((r) => r.getCell(1).value === 'CQS-21')!;
    expect(row.getCell(evidence).value).toBe(
      'Công văn số 68/UBND-KGVX ngày 20/3/2026 của UBND tỉnh',
    );
  });

  it.skipIf(!hasSoffice)(
    'builds the year as PDF (needs LibreOffice: skipped without it)',
    async () => {
      const result = await build('2026', 'pdf');
      expect([result.status, result.stderr]).toEqual([0, '']);
      expect(readFileSync(result.file('pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    },
  );

  it('the twelve months tile the year: each task finished in 2026 is in exactly one month', async () => {
    const year = await model('2026');
    const months: Model[] = [];
    for (let month = 1; month <= 12; month++)
      months.push(await model(`2026-${String(month).padStart(2, '0')}`));
    expect(months.map((m) => m.withinPeriod.finished.length)).toEqual([
      2, 1, 2, 2, 5, 5, 8, 3, 4, 6, 3, 7,
    ]);
    expect(months.flatMap(ids).sort()).toEqual(ids(year));
    expect(ids(year)).toHaveLength(48);
    // Finished on 16/6 and 21/6: after June's cut-off, so in July's window (15/6–14/7).
    expect(months[6]!.period).toMatchObject({ windowFrom: '2026-06-15', asOf: '2026-07-14' });
    expect(ids(months[6]!)).toEqual([
      'CDS25-03',
      'CHUNG-04',
      'CQS-05',
      'KTS-06',
      'NQ57-02',
      'NQ57-11',
      'XHS-01',
      'XHS-10',
    ]);
    // Finished on 18/12/2025, inside the year's window (15/12/2025–14/12/2026).
    expect(months[0]!.withinPeriod.finished).toContainEqual(
      expect.objectContaining({ id: 'NQ57-03', date: '2025-12-18' }),
    );
  });

  it('the quarters and the halves tile the year too', async () => {
    const year = ids(await model('2026'));
    const quarters = [];
    for (const quarter of ['Q1', 'Q2', 'Q3', 'Q4']) quarters.push(await model(`2026-${quarter}`));
    expect(quarters.map((m) => m.withinPeriod.finished.length)).toEqual([5, 12, 15, 16]);
    expect(quarters.flatMap(ids).sort()).toEqual(year);
    const halves = [await model('2026-H1'), await model('2026-H2')];
    expect(halves.flatMap(ids).sort()).toEqual(year);
  });

  it("says July's figure for July and the cumulative one, each named", async () => {
    const result = await build('2026-07', 'md');
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(read(result.file('md'))).toContain(
      'Tháng 7 năm 2026 hoàn thành 8 nhiệm vụ (trong kỳ, từ ngày 15/6/2026 đến ngày 14/7/2026); lũy kế đến ngày 14/7/2026 hoàn thành 27/80 nhiệm vụ được giao.',
    );
  });

  it('--estimate: figures as of 31/12/2026 counting the estimated updates and values, said so', async () => {
    const plain = await model('2026');
    const estimated = await model('2026', ['--estimate']);
    expect([plain.estimate, estimated.estimate]).toEqual([false, true]);
    expect(estimated.period.asOf).toBe('2026-12-31');
    expect([estimated.totals.done, estimated.withinPeriod.finished.length]).toEqual([57, 55]);
    const online = (m: Model) => m.indicators.rows.find((row) => row.id === 'dvc-toan-trinh')!;
    expect([online(plain).value, online(plain).status]).toEqual([
      expect.objectContaining({ value: 59.6, estimate: false }),
      'not-reached',
    ]);
    expect([online(estimated).value, online(estimated).status]).toEqual([
      expect.objectContaining({ value: 60.5, estimate: true }),
      'reached',
    ]);
    expect([plain.indicators.estimated, estimated.indicators.estimated]).toEqual([0, 5]);
    const result = await build('2026', 'md', ['--estimate']);
    const markdown = read(result.file('md'));
    expect(markdown).toContain(
      'Số liệu dưới đây là số liệu ước thực hiện đến hết ngày 31/12/2026 (gồm các kết quả dự kiến đạt được đến cuối kỳ).\n\nNăm 2026 hoàn thành 55 nhiệm vụ (trong kỳ, từ ngày 15/12/2025 đến ngày 31/12/2026); lũy kế đến ngày 31/12/2026 hoàn thành 57/80 nhiệm vụ được giao.',
    );
    expect(markdown).toContain(
      '| Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình | % | 60 (năm 2026, 286/KH-UBND) | 60,5 (ước) | 48,2 | tăng 12,3 điểm phần trăm | đạt |',
    );
    // "(ước)" says it in the cell; the method is in docs/briefing-figures.md, not in the body.
    expect(markdown).not.toContain('Ghi chú: kết quả là số liệu mới nhất');
  });

  it('a dissolved district’s task counts under the commune named by its transfer', async () => {
    const year = await model('2026');
    expect(year.tasks.find((task) => task.id === 'CDS25-03')).toMatchObject({
      lead: 'xa-tan-trao',
      originalLead: 'ubnd-huyen-son-duong',
    });
  });
});
