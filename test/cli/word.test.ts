/**
 * `build --format docx|pdf` as a user runs it: the Word briefing of the
 * sample, the same bytes on a second build, a PDF through LibreOffice (and
 * one clear line when it is not installed), an office's reference document
 * from the command line or the dataset's defaults, and bad `document:`
 * settings reported at their place.
 */
import { fcMatch } from '../../src/convert/pdf-font.js';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../readers/libreoffice.js';
import {
  SAMPLE_DATA,
  STACK_TRACE,
  dataset,
  removeTempFolders,
  runCli,
  tempFolder,
  workspace,
} from '../helpers/cli.js';
import { MINIMAL_FILES } from '../helpers/temp-dataset.js';
import { readZip } from '../helpers/zip-reader.js';

afterAll(removeTempFolders);

const soffice = findSoffice();
const DOCX = 'bao-cao-cds-2024-H1.docx';
const SAMPLE_SUMMARY =
  '6 tháng đầu năm 2024 (số liệu đến 30/6/2024): đã triển khai 17/36 (47,2%) nhiệm vụ và 11/11 (100%) nhóm nhiệm vụ, hoàn thành 5 nhiệm vụ và 3 nhóm nhiệm vụ, quá hạn 2 nhiệm vụ.';

const build = (args: readonly string[], cwd: string, env?: Record<string, string>) =>
  runCli(['build', '--period', '2024-H1', ...args], {
    cwd,
    ...(env ? { env } : {}),
    timeoutMs: 120_000,
  });

describe('build --format docx', () => {
  it('writes the Word briefing of the sample, and the same bytes a second time', async () => {
    const cwd = workspace();
    const first = await build(['--data', SAMPLE_DATA, '--format', 'docx', '--out', 'a'], cwd);
    const second = await build(['--data', SAMPLE_DATA, '--format', 'docx', '--out', 'b'], cwd);
    expect([first.status, second.status]).toEqual([0, 0]);
    expect(first.stderr.split('\n')).toEqual([
      expect.stringMatching(/^Đã ghi a\/bao-cao-cds-2024-H1\.docx \(\d+,\d KB\)$/),
      SAMPLE_SUMMARY,
      '',
    ]);
    const bytes = readFileSync(path.join(cwd, 'a', DOCX));
    expect(Buffer.compare(bytes, readFileSync(path.join(cwd, 'b', DOCX)))).toBe(0);
    const document = readZip(bytes).find((entry) => entry.name === 'word/document.xml')?.text ?? '';
    expect(document).toContain('Số: \u00a0\u00a0\u00a0\u00a0\u00a0/BC-BCĐ');
    expect(document).toContain('TM. BAN CHỈ ĐẠO');
  });

  it('takes the formats from defaults: formats, docx among them', async () => {
    const settings = `${MINIMAL_FILES['dx-report.yaml']!}defaults:\n  formats: [md, docx]\n`;
    const cwd = workspace({ 'dx-report.yaml': settings });
    const result = await build(['--data', 'data'], cwd);
    expect(result.status).toBe(0);
    expect(existsSync(path.join(cwd, 'reports', DOCX))).toBe(true);
    expect(existsSync(path.join(cwd, 'reports', 'bao-cao-cds-2024-H1.md'))).toBe(true);
  });
});

describe('build --docx-reference', () => {
  /** A real .docx to take styles from: a Word briefing dx-report wrote. */
  async function referenceIn(folder: string): Promise<string> {
    const cwd = workspace();
    await build(['--data', SAMPLE_DATA, '--format', 'docx', '--out', 'ref'], cwd);
    const file = path.join(folder, 'mau-van-phong.docx');
    mkdirSync(folder, { recursive: true });
    copyFileSync(path.join(cwd, 'ref', DOCX), file);
    return file;
  }

  it('uses the reference from the command line, and from defaults: docx_reference inside the dataset', async () => {
    const cwd = workspace({
      'dx-report.yaml': `${MINIMAL_FILES['dx-report.yaml']!}defaults:\n  docx_reference: mau/mau-van-phong.docx\n`,
    });
    await referenceIn(path.join(cwd, 'data', 'mau'));
    const fromDefaults = await build(['--data', 'data', '--format', 'docx'], cwd);
    expect(fromDefaults.status).toBe(0);
    const fromFlag = await build(
      [
        '--data',
        'data',
        '--format',
        'docx',
        '--out',
        'flag',
        '--docx-reference',
        'data/mau/mau-van-phong.docx',
      ],
      cwd,
    );
    expect(fromFlag.status).toBe(0);
    expect(existsSync(path.join(cwd, 'flag', DOCX))).toBe(true);
  });

  it('says in one line when the reference is missing, not a Word document, or outside the dataset', async () => {
    const cwd = workspace();
    writeFileSync(path.join(cwd, 'ghi-chu.docx'), 'not a zip');
    const missing = await build(
      ['--data', 'data', '--format', 'docx', '--docx-reference', 'khong-co.docx'],
      cwd,
    );
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(
      `dx-report: Không đọc được tài liệu mẫu Word \`${path.join(cwd, 'khong-co.docx')}\` (--docx-reference).\n`,
    );
    const notWord = await build(
      ['--data', 'data', '--format', 'docx', '--docx-reference', 'ghi-chu.docx'],
      cwd,
    );
    expect(notWord.status).toBe(2);
    expect(notWord.stderr).toBe(
      `dx-report: Tài liệu mẫu Word \`${path.join(cwd, 'ghi-chu.docx')}\` không dùng được (không phải tệp .docx: không phải tệp nén ZIP); hãy chọn một tệp .docx lưu từ Word hoặc LibreOffice.\n`,
    );
    const english = await build(
      ['--data', 'data', '--format', 'docx', '--docx-reference', 'ghi-chu.docx', '--lang', 'en'],
      cwd,
    );
    expect(english.stderr).toContain('cannot be used (not a .docx file: not a ZIP archive)');
    const outside = workspace({
      'dx-report.yaml': `${MINIMAL_FILES['dx-report.yaml']!}defaults:\n  docx_reference: /etc/mau.docx\n`,
    });
    const refused = await build(['--data', 'data', '--format', 'docx'], outside);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(
      '`defaults.docx_reference` trong dx-report.yaml (`/etc/mau.docx`)',
    );
    for (const run of [missing, notWord, refused]) expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('build --format pdf', () => {
  it('without LibreOffice, exits 2 with one line naming what to install, before reading the data', async () => {
    const cwd = tempFolder();
    const result = await build(['--data', 'nowhere', '--format', 'pdf'], cwd, {
      PATH: tempFolder(),
    });
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'dx-report: Định dạng pdf cần LibreOffice (lệnh soffice) nhưng máy chưa cài: hãy cài LibreOffice Writer (Debian/Ubuntu: apt-get install libreoffice-writer-nogui), hoặc dùng --format docx.\n',
    });
  });

  it.skipIf(soffice === null)(
    'writes the PDF of the Word briefing beside it',
    async () => {
      const cwd = workspace();
      const result = await build(['--data', SAMPLE_DATA, '--format', 'docx,pdf'], cwd);
      expect(result.status).toBe(0);
      expect(result.stderr).toMatch(
        /Đã ghi reports\/bao-cao-cds-2024-H1\.docx .*\nĐã ghi reports\/bao-cao-cds-2024-H1\.pdf /,
      );
      const pdf = readFileSync(path.join(cwd, 'reports', 'bao-cao-cds-2024-H1.pdf'));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // Where fontconfig has no Times New Roman, the build says which font the PDF is set in.
      const used = fcMatch(process.env)('Times New Roman');
      const warning = `bao-cao-cds-2024-H1.pdf  cảnh báo  Máy này chưa cài phông Times New Roman (phông Nghị định 30/2020 quy định): bản PDF được in bằng phông ${used ?? ''} thay thế.`;
      if (used === null || used === 'Times New Roman') expect(result.stderr).not.toContain(warning);
      else expect(result.stderr).toContain(warning);
    },
    150_000,
  );
});

describe('bad document: settings', () => {
  it('are reported at their line and column, and nothing is written', async () => {
    const settings = `${MINIMAL_FILES['dx-report.yaml']!}document:\n  symbol: bc BCĐ\n  number: 0\n  adressees: [UBND tỉnh]\n`;
    const data = dataset({ 'dx-report.yaml': settings });
    const cwd = path.dirname(data);
    const result = await build(['--data', 'data', '--format', 'docx'], cwd);
    expect(result.status).toBe(1);
    expect(existsSync(path.join(cwd, 'reports'))).toBe(false);
    const lines = result.stderr.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^dx-report\.yaml:5:11 .*Ký hiệu văn bản `bc BCĐ` không hợp lệ/),
        expect.stringMatching(/^dx-report\.yaml:6:11 .*`number`.*phải từ 1 đến 999\.999\.999/),
        expect.stringMatching(/^dx-report\.yaml:7:3 .*`adressees`.*addressees/),
      ]),
    );
  });
});
