/**
 * The mistakes a new user makes, each answered by one clear message at the
 * place to fix, in Vietnamese (English with --lang en), through the built CLI.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempFolders, runCli, SAMPLE_DATA, workspace } from '../helpers/cli.js';

afterAll(removeTempFolders);

const TASK_HEAD =
  'plan: qd-1\npillar: cqs\ntasks:\n  - id: T-1\n    title: Kho dữ liệu\n    lead: so-khcn\n';

/** The diagnostics lines of a validate run, without the closing counts line. */
async function validateLines(files: Record<string, string>, lang: 'vi' | 'en' = 'vi') {
  const result = await runCli(['validate', '--data', 'data', '--lang', lang], {
    cwd: workspace(files),
  });
  expect(result.status).toBe(1);
  return result.stderr.split('\n').filter((line) => / {2}(lỗi|error) {2}/.test(line));
}

describe('one mistake, one message', () => {
  it('a colon inside a name, in Vietnamese and in English', async () => {
    const pillars = 'pillars:\n  - id: cqs\n    name: Kinh tế số: phát triển\n';
    expect(await validateLines({ 'pillars.yaml': pillars })).toEqual([
      'pillars.yaml:3:11  lỗi  Văn bản có dấu hai chấm (`: `) nên YAML đọc phần sau thành một trường mới. Hãy đặt cả đoạn văn bản trong dấu ngoặc kép, ví dụ `name: "Kinh tế số: phát triển"`.  [yaml-colon-in-text]',
    ]);
    expect(await validateLines({ 'pillars.yaml': pillars }, 'en')).toEqual([
      'pillars.yaml:3:11  error  The text holds a colon (`: `), so YAML reads what follows as a new field. Put the whole text in double quotes, e.g. `name: "Kinh tế số: phát triển"`.  [yaml-colon-in-text]',
    ]);
  });

  it('a comma inside { … } that cuts a note in two', async () => {
    const text = `${TASK_HEAD}    deadline: 2024-12-31\n    updates:\n      - { date: 2024-03-15, status: in_progress, note: Đã khảo sát, dự toán 5 tỷ }\n`;
    expect(await validateLines({ 'tasks/a.yaml': text })).toEqual([
      'tasks/a.yaml:9:69  lỗi  `dự toán 5 tỷ` bị đọc thành một trường riêng: trong `{ … }`, dấu phẩy ngăn cách các trường. Hãy đặt cả đoạn văn bản có dấu phẩy trong dấu ngoặc kép, ví dụ `note: "Đã xong, dự toán 5 tỷ"`.  [yaml-comma-in-text]',
    ]);
  });

  it('an unclosed quote, where it opened', async () => {
    const text = `${TASK_HEAD.replace('title: Kho dữ liệu', 'title: "Kho dữ liệu')}    deadline: 2024-12-31\n`;
    expect(await validateLines({ 'tasks/a.yaml': text })).toEqual([
      'tasks/a.yaml:5:12  lỗi  Dấu nháy `"` mở ở đây chưa được đóng, nên phần còn lại của tệp bị đọc thành văn bản. Hãy thêm `"` ở cuối văn bản.  [yaml-unclosed-quote]',
    ]);
  });

  it('a misspelt status, an impossible deadline, a progress out of range and a quoted number', async () => {
    const text = `${TASK_HEAD}    deadline: 2024-02-30\n    updates:\n      - date: 2024-03-15\n        status: in_progres\n        progress: 135\n      - date: 2024-04-15\n        status: in_progress\n        progress: "100"\n`;
    expect(await validateLines({ 'tasks/a.yaml': text })).toEqual([
      'tasks/a.yaml:7:15  lỗi  Thời hạn `2024-02-30` không hợp lệ. Tháng 2 năm 2024 chỉ có 29 ngày. Dùng một ngày (2024-12-31), một kỳ báo cáo (2025, 2024-H2) hoặc `ongoing` (thường xuyên).  [deadline-invalid]',
      'tasks/a.yaml:10:17  lỗi  Trạng thái `in_progres` không hợp lệ. Có phải ý bạn là `in_progress`? Dùng: not_started (chưa triển khai), in_progress (đang triển khai), done (hoàn thành), cancelled (dừng thực hiện).  [status-invalid]',
      'tasks/a.yaml:11:19  lỗi  Giá trị 135 của trường `progress` không hợp lệ: phải từ 0 đến 100.  [value-out-of-range]',
      'tasks/a.yaml:14:19  lỗi  Trường `progress` phải là một số, nhưng đang là một chuỗi văn bản. Số trong dấu nháy là văn bản: hãy bỏ dấu nháy, viết `progress: 100`.  [wrong-type]',
    ]);
  });

  it('a line indented unlike its siblings, with the column expected', async () => {
    const text = `${TASK_HEAD}     deadline: 2024-12-31\n`;
    expect(await validateLines({ 'tasks/a.yaml': text })).toEqual([
      'tasks/a.yaml:7:6  lỗi  Dòng này bắt đầu ở cột 6, nhưng các trường cùng cấp bắt đầu ở cột 5. Hãy thụt lề bằng dấu cách cho thẳng cột 5.  [yaml-bad-indent]',
    ]);
  });
});

describe('the command line', () => {
  const cwd = workspace({});

  it('suggests --period for --perod, rather than saying --period is missing', async () => {
    expect(await runCli(['build', '--data', 'data', '--perod', '2024-H1'], { cwd })).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'dx-report: Không có tùy chọn `--perod`. Có phải ý bạn là `--period`? Xem: dx-report <lệnh> --help\n',
    });
  });

  it('refuses an --as-of outside the period', async () => {
    expect(
      await runCli(['build', '--data', 'data', '--period', '2024-H2', '--as-of', '2024-03-01'], {
        cwd,
      }),
    ).toEqual({
      status: 2,
      stdout: '',
      stderr: 'dx-report: --as-of 2024-03-01 nằm ngoài kỳ 2024-H2 (2024-07-01 – 2024-12-31).\n',
    });
  });

  it('never counts a day after today for --period current', async () => {
    const now = new Date();
    const pad = (value: number) => String(value).padStart(2, '0');
    const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    const result = await runCli(
      ['summary', '--data', SAMPLE_DATA, '--period', 'current', '--reporter', 'json'],
      { cwd },
    );
    const summary = (JSON.parse(result.stdout) as { summary: { period: { asOf: string } } })
      .summary;
    // The current half-year has not ended: its figures are taken today.
    expect(summary.period.asOf).toBe(today);
  });

  it('lists the global options in build --help', async () => {
    const help = await runCli(['build', '--help'], { cwd });
    expect(help.stdout).toContain('Global Options:');
    expect(help.stdout).toMatch(/--lang <lang>/);
    expect(help.stdout).toMatch(/--reporter <name>/);
    expect(help.stdout).toMatch(/-q, --quiet/);
  });

  it('summary --reporter json prints one JSON document, figures included', async () => {
    const result = await runCli(
      ['summary', '--data', SAMPLE_DATA, '--period', '2024-H1', '--reporter', 'json'],
      { cwd },
    );
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout) as {
      errors: number;
      summary: {
        pillars: { id: string; implementedRatio: object }[];
        totals: { assigned: number };
        totalsApart: {
          tasks: { dueDoneRatio: object };
          groups: object;
        } | null;
      };
    };
    expect(document.errors).toBe(0);
    expect(document.summary.pillars.map((pillar) => [pillar.id, pillar.implementedRatio])).toEqual([
      ['chung', { numerator: 11, denominator: 11 }],
      ['chinh-quyen-so', { numerator: 11, denominator: 21 }],
      ['kinh-te-so', { numerator: 5, denominator: 9 }],
      ['xa-hoi-so', { numerator: 1, denominator: 6 }],
    ]);
    expect(document.summary.totals.assigned).toBe(47);
    // The table's two total rows: tasks and groups of tasks apart.
    expect(document.summary.totalsApart).toMatchObject({
      tasks: { assigned: 36, implemented: 17, done: 5, overdue: 2 },
      groups: { assigned: 11, implemented: 11, done: 3, overdue: 0 },
    });
    expect(document.summary.totalsApart?.tasks.dueDoneRatio).toEqual({
      numerator: 5,
      denominator: 7,
    });
  });

  it('summary follows --lang en, with English numbers', async () => {
    const result = await runCli(
      ['summary', '--data', SAMPLE_DATA, '--period', '2024-H1', '--lang', 'en'],
      {
        cwd,
      },
    );
    expect(result.stdout.split('\n')).toEqual([
      'Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị — 2024-H1 (figures as of 2024-06-30)',
      'Pillar             Assigned  Implemented    Rate  Done  Overdue  Done/due',
      'Nhiệm vụ chung           11        11/11  100.0%     3        0    100.0%',
      'Chính quyền số           21        11/21   52.4%     5        2     71.4%',
      'Kinh tế số                9          5/9   55.6%     0        0         —',
      'Xã hội số                 6          1/6   16.7%     0        0         —',
      'Total tasks              36        17/36   47.2%     5        2     71.4%',
      'Total task groups        11        11/11  100.0%     3        0    100.0%',
      'Indicators: 2/4 reached their target; 5 without a target.',
      '',
    ]);
  });
});
