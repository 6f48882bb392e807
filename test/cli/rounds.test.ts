/**
 * Collection rounds end to end (spec § rounds.yaml): the bundled sample's
 * round for 2024-H1, two days after its deadline, with a unit dissolved
 * before the period added to its catalogue. `status` in text, JSON and xlsx
 * agrees on every state, the traps included; `remind` writes the letter to
 * exactly the units that have not sent.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DATA, removeTempFolders, runCli, tempFolder } from '../helpers/cli.js';

afterAll(removeTempFolders);

const DISSOLVED = `  - id: ban-dan-toc
    name: Ban Dân tộc tỉnh
    group: so-nganh
    active_until: 2023-12-31
    successor: so-noi-vu
`;

let cwd = '';
beforeAll(() => {
  cwd = tempFolder();
  const data = path.join(cwd, 'data');
  cpSync(SAMPLE_DATA, data, { recursive: true });
  const agencies = path.join(data, 'agencies.yaml');
  const text = readFileSync(agencies, 'utf8');
  writeFileSync(
    agencies,
    text.replace('  - id: cong-an-tinh\n', `${DISSOLVED}  - id: cong-an-tinh\n`),
  );
});

const ROUND = ['--period', '2024-H1', '--as-of', '2024-07-12'];

describe('dx-report status', () => {
  it('lists every agency the round names, in its state, by group, with the totals', async () => {
    const result = await runCli(['status', ...ROUND], { cwd });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(
      'Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị — đợt báo cáo 6 tháng đầu năm 2024: hạn gửi 10/07/2024, tình hình đến 12/07/2024',
    );
    const state = (name: string) =>
      lines
        .find((line) => line.startsWith(`  ${name} `))
        ?.slice(2)
        .split(/\s{2,}/)
        .slice(0, 3);
    // Sent on the deadline day: on time; one day after: late; nothing: missing.
    expect(state('Sở Nội vụ')).toEqual(['Sở Nội vụ', 'đúng hạn', '10/07/2024']);
    expect(state('Sở Khoa học và Công nghệ')).toEqual([
      'Sở Khoa học và Công nghệ',
      'muộn',
      '11/07/2024',
    ]);
    expect(state('Sở Giao thông vận tải')).toEqual(['Sở Giao thông vận tải', 'chưa gửi', 'chưa']);
    // Dissolved before the period, and not yet created: not expected.
    expect(state('Ban Dân tộc tỉnh')).toEqual(['Ban Dân tộc tỉnh', 'không phải gửi', '—']);
    expect(state('Sở Nông nghiệp và Môi trường')).toEqual([
      'Sở Nông nghiệp và Môi trường',
      'không phải gửi',
      '—',
    ]);
    expect(lines.filter((line) => !line.startsWith('  '))).toEqual([
      lines[0],
      'Đơn vị                                    Trạng thái      Tự đánh giá  Cập nhật  NV chưa cập nhật',
      'Sở, ban, ngành',
      'UBND cấp huyện',
      'Đã gửi 25/28 đơn vị (89,3%), đúng hạn 21, muộn 4; chưa gửi 3.',
      '',
    ]);
  });

  it('gives the same states and counts as one JSON document, and in the workbook', async () => {
    const out = path.join(cwd, 'board');
    const result = await runCli(
      ['status', ...ROUND, '--reporter', 'json', '--format', 'xlsx', '--out', out],
      { cwd },
    );
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout) as {
      status: {
        totals: Record<string, unknown>;
        groups: { rows: { agency: string; state: string }[] }[];
      };
    };
    expect(document.status.totals).toEqual({
      expected: 28,
      sent: 25,
      onTime: 21,
      late: 4,
      notSent: 3,
      missing: 3,
      notYetDue: 0,
      notExpected: 2,
      sentRatio: { numerator: 25, denominator: 28 },
    });
    const states = new Map(
      document.status.groups.flatMap((group) => group.rows.map((row) => [row.agency, row.state])),
    );
    expect([...states].filter(([, state]) => state === 'missing' || state === 'late')).toEqual([
      ['so-khcn', 'late'],
      ['so-tai-chinh', 'late'],
      ['so-gtvt', 'missing'],
      ['so-xay-dung', 'late'],
      ['ubnd-huyen-vinh-linh', 'late'],
      ['ubnd-huyen-dakrong', 'missing'],
      ['ubnd-huyen-con-co', 'missing'],
    ]);
    expect(states.get('ban-dan-toc')).toBe('not-expected');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, 'trang-thai-2024-H1.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Trạng thái']);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      'Đơn vị',
      'Khối',
      'Trạng thái',
      'Tự đánh giá (ngày nhận)',
      'Tỷ lệ cập nhật',
      'Nhiệm vụ có cập nhật',
      'Nhiệm vụ chủ trì',
      'Nhiệm vụ chưa cập nhật trong kỳ',
    ]);
    const counted = new Map<string, number>();
    for (let row = 4; row <= sheet.rowCount; row++) {
      const value = String(sheet.getRow(row).getCell(3).value);
      counted.set(value, (counted.get(value) ?? 0) + 1);
    }
    expect(Object.fromEntries(counted)).toEqual({
      'đúng hạn': 21,
      muộn: 4,
      'chưa gửi': 3,
      'không phải gửi': 2,
    });
    expect(sheet.getCell('A2').value).toBe(
      'Tính đến ngày 12/07/2024: Đã gửi 25/28 đơn vị (89,3%), đúng hạn 21, muộn 4; chưa gửi 3.',
    );
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.autoFilter).toBe('A3:H33');
  });

  it('writes the same workbook bytes twice', async () => {
    const [a, b] = [path.join(cwd, 'a'), path.join(cwd, 'b')];
    await runCli(['status', ...ROUND, '--format', 'xlsx', '--out', a], { cwd });
    await runCli(['status', ...ROUND, '--format', 'xlsx', '--out', b], { cwd });
    const bytes = (folder: string) => readFileSync(path.join(folder, 'trang-thai-2024-H1.xlsx'));
    expect(bytes(a).equals(bytes(b))).toBe(true);
  });

  it('refuses a day after today, and a period without a round', async () => {
    const future = await runCli(['status', '--period', '2024-H1', '--as-of', '2999-01-01'], {
      cwd,
    });
    expect(future.status).toBe(2);
    const none = await runCli(['status', '--period', '2023-H2', '--as-of', '2024-01-10'], {
      cwd,
    });
    expect(none).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'dx-report: Kỳ 2023-H2 chưa có đợt thu thập báo cáo trong rounds.yaml: hãy thêm một đợt (period, due, expects, from) cho kỳ này.\n',
    });
  });
});

describe('dx-report remind', () => {
  it('writes the letter in Markdown to exactly the units that have not sent', async () => {
    const out = path.join(cwd, 'letters');
    const result = await runCli(['remind', ...ROUND, '--format', 'md', '--out', out], { cwd });
    expect(result.status).toBe(0);
    const text = readFileSync(path.join(out, 'don-doc-2024-H1.md'), 'utf8');
    expect(text).toContain(
      'Số: \u00a0\u00a0\u00a0\u00a0\u00a0/SKHCN-CĐS\\\nV/v đôn đốc gửi báo cáo kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024\n',
    );
    expect(text).toContain(
      'Kính gửi:\n\n- Sở Giao thông vận tải;\n- UBND huyện Đakrông;\n- UBND huyện Cồn Cỏ.\n',
    );
    expect(text).toContain('trước ngày 17/7/2024');
    expect(text).toContain(
      '| 1 | Sở Giao thông vận tải | Kết quả tự đánh giá chuyển đổi số | — |\n| 2 | UBND huyện Đakrông | Kết quả tự đánh giá chuyển đổi số | — |\n| 3 | UBND huyện Cồn Cỏ | Kết quả tự đánh giá chuyển đổi số | — |\n',
    );
    expect(text.indexOf('./.')).toBeLessThan(text.indexOf('Nơi nhận'));
  });

  it('writes one letter per unit with --per-agency, and takes --due', async () => {
    const out = path.join(cwd, 'per-agency');
    const result = await runCli(
      ['remind', ...ROUND, '--format', 'md', '--per-agency', '--due', '2024-07-19', '--out', out],
      { cwd },
    );
    expect(result.status).toBe(0);
    const letter = readFileSync(path.join(out, 'don-doc-2024-H1-so-gtvt.md'), 'utf8');
    expect(letter).toContain('Kính gửi: Sở Giao thông vận tải.\n');
    expect(letter).toContain('trước ngày 19/7/2024');
    expect(letter).not.toContain('Đakrông');
  });
});
