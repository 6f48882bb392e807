/**
 * The collection loop on the bundled sample (issue 25): `intake make` writes a
 * form per agency; the forms are filled as agencies would, by an independent
 * writer (openpyxl), one saved again by LibreOffice, with the mistakes offices
 * make; `intake import` imports the good ones into files `validate` accepts,
 * refuses each bad one at its cells with a phiếu trả lại, and the report built
 * afterwards has the figures the filled cells say.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../src/convert/pdf.js';
import { removeTempFolders, runCli, SAMPLE_DATA, tempFolder } from '../helpers/cli.js';
import { findPython } from '../readers/openpyxl.js';

afterAll(removeTempFolders);

const python = findPython();
const soffice = findSoffice();
const FILL = path.join(path.dirname(new URL(import.meta.url).pathname), '../intake/fill-forms.py');

/** The parts of the JSON report this test reads. */
interface BuiltReport {
  tasks: {
    id: string;
    status: string;
    progress: number | null;
    completedOn: string | null;
    lastNote: string | null;
    issues: unknown[];
  }[];
  indicators: { rows: { id: string; value: unknown }[] };
  index: { rows: { agency: string; current: { components: { id: string }[] } }[] };
}

function fill(cwd: string, jobs: unknown[]): void {
  execFileSync(python!, [FILL], { cwd, input: JSON.stringify(jobs), timeout: 120_000 });
}

describe.skipIf(python === null)('intake make → fill → import (openpyxl)', () => {
  it('imports the good forms, returns the bad ones cell by cell, and the report says what was filled', async () => {
    const cwd = tempFolder();
    cpSync(SAMPLE_DATA, path.join(cwd, 'data'), { recursive: true });
    const made = await runCli(['intake', 'make', '--period', '2024-H1'], { cwd });
    expect(made).toEqual({
      status: 0,
      stdout: '',
      stderr: 'Đã lập 28 biểu mẫu trong intake/2024-H1\n',
    });
    expect(readdirSync(path.join(cwd, 'intake', '2024-H1'))).toHaveLength(28);
    const old = await runCli(
      ['intake', 'make', '--period', '2023-H2', '--agency', 'so-khcn', '--out', 'cu'],
      { cwd },
    );
    expect(old.status).toBe(0);
    mkdirSync(path.join(cwd, 'nhan'));
    mkdirSync(path.join(cwd, 'lo'));
    const form = (agency: string) => `intake/2024-H1/${agency}-2024-H1.xlsx`;
    fill(cwd, [
      {
        in: form('so-tttt'),
        out: 'nhan/so-tttt-2024-H1.xlsx',
        edits: [
          // A status without diacritics and a trailing space, a progress typed as text.
          {
            sheet: 'Nhiệm vụ',
            code: 'CQS-14',
            set: { H: 'dang trien khai ', I: '30', L: 'Đã khảo sát' },
          },
          // A completion date typed as text, day first; two difficulties on two lines.
          {
            sheet: 'Nhiệm vụ',
            code: 'XHS-02',
            set: { H: 'Hoàn thành', J: '10/06/2024', M: 'Thiếu kinh phí\nNhân lực kiêm nhiệm' },
          },
          // A partner's row: its result only.
          { sheet: 'Nhiệm vụ', code: 'CQS-04', set: { L: 'Đã phối hợp rà soát thủ tục' } },
          // A decimal comma.
          { sheet: 'Chỉ tiêu', code: 'ho-co-smartphone', set: { G: '93,5' } },
          { sheet: 'Tự đánh giá', code: 'NT-01', set: { E: '8,5' } },
        ],
      },
      {
        in: form('van-phong-ubnd'),
        out: 'lo/van-phong-ubnd-2024-H1.xlsx',
        // 64% as a fraction in a percent cell.
        edits: [
          {
            sheet: 'Nhiệm vụ',
            code: 'CQS-13',
            set: { H: 'Đang triển khai', I: 0.64 },
            format: { I: '0%' },
          },
        ],
      },
      {
        in: form('so-noi-vu'),
        out: 'nhan/so-noi-vu-2024-H1.xlsx',
        edits: [{ sheet: 'Nhiệm vụ', code: 'CQS-11', set: { H: 'Đang triển khai', I: '120%' } }],
      },
      {
        in: form('so-gddt'),
        out: 'nhan/so-gddt-2024-H1.xlsx',
        edits: [{ sheet: 'Nhiệm vụ', delete_code: 'CQS-15' }],
      },
      {
        in: form('so-y-te'),
        out: 'nhan/so-y-te-2024-H1.xlsx',
        edits: [{ sheet: 'Nhiệm vụ', append: ['CQS-99', 'Nhiệm vụ tự thêm'] }],
      },
      // Another agency's form, under this agency's name; last period's form.
      { in: form('so-khcn'), out: 'nhan/so-cong-thuong-2024-H1.xlsx', edits: [] },
      { in: 'cu/so-khcn-2023-H2.xlsx', out: 'nhan/so-khcn-2023-H2.xlsx', edits: [] },
    ]);
    const lo = path.join(cwd, 'lo', 'van-phong-ubnd-2024-H1.xlsx');
    if (soffice !== null) {
      // Saved again by LibreOffice, as an office on LibreOffice returns it.
      execFileSync(
        soffice,
        ['--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', 'nhan', lo],
        {
          cwd,
          timeout: 120_000,
        },
      );
    } else renameSync(lo, path.join(cwd, 'nhan', 'van-phong-ubnd-2024-H1.xlsx'));
    const files = readdirSync(path.join(cwd, 'nhan'))
      .sort()
      .map((name) => `nhan/${name}`);
    const imported = await runCli(['intake', 'import', ...files, '--submitted', '2024-07-05'], {
      cwd,
      env: { NO_COLOR: '1' },
    });
    expect(imported.status).toBe(1);
    const lines = imported.stderr.split('\n');
    expect(lines[0]).toBe('Ngày nhận ghi vào tệp: 05/7/2024 (--submitted).');
    expect(lines).toContain(
      'nhan/so-noi-vu-2024-H1.xlsx › Nhiệm vụ!I7  lỗi  Tiến độ 120% không hợp lệ: phải từ 0 đến 100.  [intake-progress]',
    );
    expect(lines).toContain(
      'nhan/so-y-te-2024-H1.xlsx › Nhiệm vụ!A7  lỗi  Dòng thêm với mã `CQS-99` không thuộc biểu mẫu của cơ quan này. Không thêm dòng; nhiệm vụ, chỉ tiêu còn thiếu xin báo với cơ quan tổng hợp.  [intake-row-foreign]',
    );
    expect(lines).toContain(
      'nhan/so-gddt-2024-H1.xlsx › Nhiệm vụ!A6  lỗi  Dòng của `CQS-15` đã bị xóa. Không xóa dòng: dòng không có gì để báo cáo thì để trống.  [intake-row-missing]',
    );
    // The deletion alone: the rows it shifted up are not "moved".
    expect(lines).toContain(
      'nhan/so-gddt-2024-H1.xlsx: trả lại, 1 lỗi; không ghi gì cho cơ quan này',
    );
    expect(lines).toContain(
      'nhan/so-khcn-2023-H2.xlsx  lỗi  Biểu mẫu kỳ 2023-H2, không phải kỳ đang thu 2024-H1: hãy dùng biểu mẫu kỳ 2024-H1.  [intake-other-period]',
    );
    expect(lines).toContain(
      'nhan/so-cong-thuong-2024-H1.xlsx  lỗi  Tệp mang tên của cơ quan `so-cong-thuong` nhưng là biểu mẫu của `so-khcn`. Hãy dùng biểu mẫu lập cho `so-cong-thuong`.  [intake-file-agency]',
    );
    expect(lines).toContain(
      'nhan/so-tttt-2024-H1.xlsx: đã nhập (so-tttt) → updates/2024-H1/so-tttt.yaml, indicators/2024-H1/so-tttt.yaml, assessments/2024-H1/so-tttt.yaml',
    );
    expect(lines).toContain(
      'nhan/van-phong-ubnd-2024-H1.xlsx: đã nhập (van-phong-ubnd) → updates/2024-H1/van-phong-ubnd.yaml',
    );
    expect(lines).toContain('Tổng hợp: nhận 7 tệp, nhập 2, trả lại 5.');
    for (const name of ['so-noi-vu-2024-H1.xlsx', 'so-y-te-2024-H1.xlsx', 'so-gddt-2024-H1.xlsx'])
      expect(existsSync(path.join(cwd, 'intake', '2024-H1', 'tra-lai', name))).toBe(true);
    // The phiếu trả lại, read by an independent reader: the faulty cell red (and only it), the
    // message in a "Lỗi" column beside the table.
    const returned = execFileSync(
      python!,
      [
        '-c',
        `import openpyxl
s = openpyxl.load_workbook('intake/2024-H1/tra-lai/so-noi-vu-2024-H1.xlsx')['Nhiệm vụ']
print(s['P4'].value)
print(s['P7'].value)
print(s['I7'].fill.fgColor.rgb, s['H7'].fill.fgColor.rgb, s['I5'].fill.fgColor.rgb)`,
      ],
      { cwd, encoding: 'utf8' },
    );
    expect(returned.split('\n')).toEqual([
      'Lỗi',
      'I7: Tiến độ 120% không hợp lệ: phải từ 0 đến 100.',
      'FFFFC7CE FFFFF2CC FFFFF2CC',
      '',
    ]);
    const updates = readFileSync(
      path.join(cwd, 'data', 'updates', '2024-H1', 'van-phong-ubnd.yaml'),
      'utf8',
    );
    expect(updates).toContain(
      '  - task: CQS-13\n    period: 2024-H1\n    status: in_progress\n    progress: 64\n',
    );

    expect((await runCli(['validate'], { cwd })).status).toBe(0);
    // The briefing built afterwards says what the filled cells say.
    const built = await runCli(['build', '-p', '2024-H1', '-f', 'json', '-o', 'bc'], { cwd });
    expect(built.status).toBe(0);
    const report = JSON.parse(
      readFileSync(path.join(cwd, 'bc', 'bao-cao-cds-2024-H1.json'), 'utf8'),
    ) as BuiltReport;
    const task = (id: string) => {
      const { status, progress, completedOn, lastNote, issues } = report.tasks.find(
        (entry) => entry.id === id,
      )!;
      return { status, progress, completedOn, lastNote, issues };
    };
    expect(task('CQS-14')).toEqual({
      status: 'in_progress',
      progress: 30,
      completedOn: null,
      lastNote: 'Đã khảo sát',
      issues: [],
    });
    // Done on the day typed as text, its two difficulties on two lines.
    expect(task('XHS-02')).toEqual({
      status: 'done',
      progress: 100,
      completedOn: '2024-06-10',
      lastNote: null,
      issues: ['Thiếu kinh phí', 'Nhân lực kiêm nhiệm'],
    });
    // 64% typed as 0,64 in a percent cell; the difficulty is the one reported before.
    expect(task('CQS-13')).toMatchObject({ status: 'in_progress', progress: 64 });
    // A partner's result: its note, never the lead's status or progress.
    expect(task('CQS-04')).toMatchObject({
      status: 'in_progress',
      progress: 65,
      lastNote: 'Đã phối hợp rà soát thủ tục',
    });
    // "93,5" with no date: the figures day.
    expect(
      report.indicators.rows.find((row) => row.id === 'ho-co-smartphone')!.value,
    ).toMatchObject({
      value: 93.5,
      date: '2024-06-30',
      period: '2024-H1',
      agency: 'so-tttt',
      note: null,
    });
    // "8,5" for NT-01; the office's typed scores of the other criteria kept (9 verified, 10).
    expect(
      report.index.rows
        .find((row) => row.agency === 'so-tttt')!
        .current.components.find((entry) => entry.id === 'nhan-thuc-so'),
    ).toEqual({ id: 'nhan-thuc-so', score: { numerator: 27.5, denominator: 30 } });
    const assessment = readFileSync(
      path.join(cwd, 'data', 'assessments', '2024-H1', 'so-tttt.yaml'),
      'utf8',
    );
    expect(assessment).toContain(
      'scores:\n  NT-01: 8.5\n  # ghi tay tại cơ quan tổng hợp: giữ lại khi nhập biểu mẫu\n  NT-02:\n    self: 10\n    verified: 9\n',
    );
    const summary = await runCli(['summary', '--period', '2024-H1'], {
      cwd,
      env: { NO_COLOR: '1' },
    });
    expect(summary.stdout.split('\n').slice(3, 8)).toEqual([
      'Chính quyền số        21          13/21  61,9%           5        2       71,4%',
      'Kinh tế số             9            5/9  55,6%           0        0           —',
      'Xã hội số              6            2/6  33,3%           1        0           —',
      'Cộng nhiệm vụ         36          20/36  55,6%           6        2       71,4%',
      'Cộng nhóm nhiệm vụ    11          11/11   100%           3        0        100%',
    ]);

    // The same file again changes nothing.
    const again = await runCli(['intake', 'import', 'nhan/so-tttt-2024-H1.xlsx'], { cwd });
    expect(again.status).toBe(0);
    expect(again.stderr).toContain(
      'nhan/so-tttt-2024-H1.xlsx: đã nhập trước đó (so-tttt), không có gì thay đổi',
    );

    // A corrected form replaces what the first one said, and keeps what the office typed.
    const file = path.join(cwd, 'data', 'updates', '2024-H1', 'so-tttt.yaml');
    expect(readFileSync(file, 'utf8')).toContain(
      'updates:\n  # ghi tay tại cơ quan tổng hợp: giữ lại khi nhập biểu mẫu\n  - task: CHUNG-01\n',
    );
    fill(cwd, [
      {
        in: form('so-tttt'),
        out: 'lan-2/so-tttt-2024-H1.xlsx',
        edits: [{ sheet: 'Nhiệm vụ', code: 'CQS-14', set: { H: 'Đang triển khai', I: 40 } }],
      },
    ]);
    const corrected = await runCli(['intake', 'import', 'lan-2/so-tttt-2024-H1.xlsx'], {
      cwd,
      env: { NO_COLOR: '1' },
    });
    expect(corrected.status).toBe(0);
    expect(corrected.stderr.split('\n')[1]).toBe(
      'lan-2/so-tttt-2024-H1.xlsx: đã nhập (so-tttt), thay cho biểu mẫu đã nhập trước đó (so-tttt-2024-H1.xlsx)',
    );
    const text = readFileSync(file, 'utf8');
    const typed = readFileSync(
      path.join(SAMPLE_DATA, 'updates', '2024-H1', 'so-tttt.yaml'),
      'utf8',
    );
    for (const task of typed.match(/task: [A-Z]+-\d+/g)!) expect(text).toContain(`- ${task}\n`);
    expect(text).toContain(
      '  - task: CQS-14\n    period: 2024-H1\n    status: in_progress\n    progress: 40\n',
    );
    expect(text).not.toContain('task: XHS-02\n    date: 2024-06-10');
    expect((await runCli(['validate'], { cwd })).status).toBe(0);
  }, 300_000);
});
