/**
 * The intake loop on a dataset with group-led tasks and transfers (issue 25,
 * contract 0.3): every commune's form has a row for its share of each task
 * its group leads, showing that share's last state (not another commune's);
 * a task transferred from a department to the group, and one transferred to
 * another department, leave the former lead's form; the filled forms import
 * into each commune's share (its updates/ file), the typed entries of an
 * updates/ file stay, and the briefing's figures are those the cells say.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempFolders, runCli, workspace } from '../helpers/cli.js';
import { GROUP_LED_AGENCIES, GROUP_LED_FILES, GROUP_LED_TASKS } from '../fixtures/group-led.js';
import { findPython } from '../readers/openpyxl.js';

afterAll(removeTempFolders);

const python = findPython();
const FILL = path.join(path.dirname(new URL(import.meta.url).pathname), '../intake/fill-forms.py');

const TRANSFERRED = [
  // From a department to the communes: each holds a share from 1/4.
  '  - id: CQS-02',
  '    title: Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
  '    lead: so-khcn',
  '    deadline: 2026-12-31',
  '    transfers:',
  '      - { date: 2026-04-01, lead: { group: xa-phuong }, decision: Quyết định số 40/QĐ-UBND }',
  // From one department to another.
  '  - id: CQS-03',
  '    title: Nền tảng họp trực tuyến',
  '    lead: so-khcn',
  '    deadline: 2026-12-31',
  '    transfers:',
  '      - { date: 2026-02-01, lead: so-yte, decision: Quyết định số 12/QĐ-UBND }',
  '',
].join('\n');

const FILES = {
  ...GROUP_LED_FILES,
  'agencies.yaml': `${GROUP_LED_AGENCIES}  - { id: so-yte, name: Sở Y tế, group: so }\n`,
  'tasks/a.yaml': GROUP_LED_TASKS + TRANSFERRED,
};

interface Model {
  tasks: {
    id: string;
    lead: string | null;
    leadGroup: string | null;
    status: string;
    progress: number | null;
    completedOn: string | null;
    sharesDone: unknown;
    shares: { agency: string; status: string; progress: number | null }[] | null;
  }[];
}

describe.skipIf(python === null)('intake with group-led and transferred tasks', () => {
  it("gives each commune its share's row, the transferred tasks to their new leads, and imports into the shares", async () => {
    const cwd = workspace(FILES);
    const made = await runCli(['intake', 'make', '-p', '2026-H1', '-d', 'data'], { cwd });
    expect(made).toEqual({
      status: 0,
      stdout: '',
      stderr: 'Đã lập 7 biểu mẫu trong intake/2026-H1\n',
    });
    // The rows as an independent reader sees them: code, role, last status, last progress.
    const rows = (agency: string) =>
      execFileSync(
        python!,
        [
          '-c',
          `import openpyxl
s = openpyxl.load_workbook('intake/2026-H1/${agency}-2026-H1.xlsx')['Nhiệm vụ']
for r in range(5, s.max_row + 1):
    print('|'.join(str(s.cell(row=r, column=c).value) for c in (1, 3, 6, 7)))`,
        ],
        { cwd, encoding: 'utf8' },
      )
        .trim()
        .split('\n');
    expect(rows('so-khcn')).toEqual(['CQS-01|Chủ trì|đang triển khai|30']);
    expect(rows('so-yte')).toEqual(['CQS-03|Chủ trì|chưa triển khai|None']);
    // Its own share's state: Gio Linh's 40% on XHS-13 is not Cam Lộ's.
    expect(rows('ubnd-xa-cam-lo')).toEqual([
      'CQS-02|Chủ trì (phần)|chưa triển khai|None',
      'XHS-12|Chủ trì (phần)|hoàn thành|100',
      'XHS-13|Chủ trì (phần)|chưa triển khai|None',
      'XHS-14|Chủ trì (phần)|hoàn thành|100',
    ]);
    expect(rows('ubnd-xa-gio-linh')[2]).toBe('XHS-13|Chủ trì (phần)|đang triển khai|40');

    const form = (agency: string) => `intake/2026-H1/${agency}-2026-H1.xlsx`;
    execFileSync(python!, [FILL], {
      cwd,
      timeout: 120_000,
      input: JSON.stringify([
        {
          in: form('ubnd-xa-cam-lo'),
          out: 'nhan/ubnd-xa-cam-lo-2026-H1.xlsx',
          edits: [
            { sheet: 'Nhiệm vụ', code: 'XHS-13', set: { H: 'Hoàn thành', J: '15/06/2026' } },
            { sheet: 'Nhiệm vụ', code: 'CQS-02', set: { H: 'Đang triển khai', I: '50' } },
          ],
        },
        {
          in: form('ubnd-phuong-nam-dong-ha'),
          out: 'nhan/ubnd-phuong-nam-dong-ha-2026-H1.xlsx',
          edits: [
            { sheet: 'Nhiệm vụ', code: 'XHS-12', set: { H: 'hoan thanh', J: '25/06/2026' } },
            {
              sheet: 'Nhiệm vụ',
              code: 'CQS-02',
              set: { H: 'Hoàn thành', J: { date: '2026-06-10' } },
            },
          ],
        },
        {
          in: form('ubnd-phuong-dong-ha'),
          out: 'nhan/ubnd-phuong-dong-ha-2026-H1.xlsx',
          edits: [{ sheet: 'Nhiệm vụ', code: 'XHS-13', set: { H: 'Đang triển khai', I: 0.2 } }],
        },
        {
          in: form('so-yte'),
          out: 'nhan/so-yte-2026-H1.xlsx',
          edits: [{ sheet: 'Nhiệm vụ', code: 'CQS-03', set: { H: 'Đang triển khai', I: 80 } }],
        },
        // A commune that types a department's task into its form.
        {
          in: form('ubnd-xa-hieu-giang'),
          out: 'nhan/ubnd-xa-hieu-giang-2026-H1.xlsx',
          edits: [{ sheet: 'Nhiệm vụ', append: ['CQS-01', 'Kho dữ liệu dùng chung'] }],
        },
      ]),
    });
    const files = [
      'so-yte',
      'ubnd-phuong-dong-ha',
      'ubnd-phuong-nam-dong-ha',
      'ubnd-xa-cam-lo',
      'ubnd-xa-hieu-giang',
    ].map((agency) => `nhan/${agency}-2026-H1.xlsx`);
    const imported = await runCli(
      ['intake', 'import', ...files, '-d', 'data', '--submitted', '2026-07-03'],
      { cwd, env: { NO_COLOR: '1' } },
    );
    expect(imported.status).toBe(1);
    expect(imported.stderr.split('\n')).toEqual([
      'Ngày nhận ghi vào tệp: 03/7/2026 (--submitted).',
      'nhan/so-yte-2026-H1.xlsx: đã nhập (so-yte) → updates/2026-H1/so-yte.yaml',
      'nhan/ubnd-phuong-dong-ha-2026-H1.xlsx: đã nhập (ubnd-phuong-dong-ha) → updates/2026-H1/ubnd-phuong-dong-ha.yaml',
      'nhan/ubnd-phuong-nam-dong-ha-2026-H1.xlsx: đã nhập (ubnd-phuong-nam-dong-ha) → updates/2026-H1/ubnd-phuong-nam-dong-ha.yaml',
      'nhan/ubnd-xa-cam-lo-2026-H1.xlsx: đã nhập (ubnd-xa-cam-lo) → updates/2026-H1/ubnd-xa-cam-lo.yaml',
      'nhan/ubnd-xa-hieu-giang-2026-H1.xlsx › Nhiệm vụ!A9  lỗi  Dòng thêm với mã `CQS-01` không thuộc biểu mẫu của cơ quan này. Không thêm dòng; nhiệm vụ, chỉ tiêu còn thiếu xin báo với cơ quan tổng hợp.  [intake-row-foreign]',
      'nhan/ubnd-xa-hieu-giang-2026-H1.xlsx: trả lại, 1 lỗi; không ghi gì cho cơ quan này',
      '  Phiếu trả lại: intake/2026-H1/tra-lai/ubnd-xa-hieu-giang-2026-H1.xlsx',
      'Tổng hợp: nhận 5 tệp, nhập 4, trả lại 1.',
      'Chưa gửi (2): so-khcn, ubnd-xa-gio-linh',
      '',
    ]);
    // The office's typed entry kept, the commune's share entry (0,2 read as 20%) beside it.
    expect(
      readFileSync(path.join(cwd, 'data', 'updates', '2026-H1', 'ubnd-phuong-dong-ha.yaml'), 'utf8')
        // openpyxl stamps the time it saved: the digest differs from run to run.
        .replace(/sha256: [0-9a-f]{64}/, 'sha256: …'),
    ).toBe(
      [
        'agency: ubnd-phuong-dong-ha',
        'period: 2026-H1',
        'submitted: 2026-07-03',
        'source:',
        '  file: ubnd-phuong-dong-ha-2026-H1.xlsx',
        '  sha256: …',
        'updates:',
        '  # ghi tay tại cơ quan tổng hợp: giữ lại khi nhập biểu mẫu',
        '  - task: XHS-12',
        '    date: 2026-06-12',
        '    status: done',
        '    evidence: Quyết định số 25/QĐ-UBND',
        '  - task: XHS-13',
        '    period: 2026-H1',
        '    status: in_progress',
        '    progress: 20',
        '',
      ].join('\n'),
    );
    expect((await runCli(['validate', '-d', 'data'], { cwd })).status).toBe(0);

    const built = await runCli(['build', '-p', '2026-H1', '-d', 'data', '-f', 'json', '-o', 'bc'], {
      cwd,
    });
    expect(built.status).toBe(0);
    const model = JSON.parse(
      readFileSync(path.join(cwd, 'bc', 'bao-cao-cds-2026-H1.json'), 'utf8'),
    ) as Model;
    const task = (id: string) => {
      const { lead, leadGroup, status, progress, completedOn, sharesDone, shares } =
        model.tasks.find((entry) => entry.id === id)!;
      return {
        lead,
        leadGroup,
        status,
        progress,
        completedOn,
        sharesDone,
        shares: shares?.map((share) => `${share.agency} ${share.status} ${share.progress}`) ?? null,
      };
    };
    const group = { lead: null, leadGroup: 'xa-phuong' };
    // Nam Đông Hà's share done on 25/6 (typed "hoan thanh"): all five, the task done that day.
    expect(task('XHS-12')).toEqual({
      ...group,
      status: 'done',
      progress: 100,
      completedOn: '2026-06-25',
      sharesDone: { done: 5, total: 5 },
      shares: [
        'ubnd-phuong-dong-ha done 100',
        'ubnd-phuong-nam-dong-ha done 100',
        'ubnd-xa-cam-lo done 100',
        'ubnd-xa-gio-linh done 100',
        'ubnd-xa-hieu-giang done 100',
      ],
    });
    // The mean of the shares: (20 + 0 + 100 + 40 + 0) / 5.
    expect(task('XHS-13')).toEqual({
      ...group,
      status: 'in_progress',
      progress: 32,
      completedOn: null,
      sharesDone: { done: 1, total: 5 },
      shares: [
        'ubnd-phuong-dong-ha in_progress 20',
        'ubnd-phuong-nam-dong-ha not_started null',
        'ubnd-xa-cam-lo done 100',
        'ubnd-xa-gio-linh in_progress 40',
        'ubnd-xa-hieu-giang not_started null',
      ],
    });
    // Transferred to the communes: (0 + 100 + 50 + 0 + 0) / 5.
    expect(task('CQS-02')).toEqual({
      ...group,
      status: 'in_progress',
      progress: 30,
      completedOn: null,
      sharesDone: { done: 1, total: 5 },
      shares: [
        'ubnd-phuong-dong-ha not_started null',
        'ubnd-phuong-nam-dong-ha done 100',
        'ubnd-xa-cam-lo in_progress 50',
        'ubnd-xa-gio-linh not_started null',
        'ubnd-xa-hieu-giang not_started null',
      ],
    });
    // Transferred to Sở Y tế, reported by it.
    expect(task('CQS-03')).toEqual({
      lead: 'so-yte',
      leadGroup: null,
      status: 'in_progress',
      progress: 80,
      completedOn: null,
      sharesDone: null,
      shares: [],
    });
  }, 300_000);
});
