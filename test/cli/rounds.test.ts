/**
 * Collection rounds end to end (spec § rounds.yaml): the bundled sample's
 * round for 2024-H1, two days after its deadline, with its traps
 * (test/helpers/round-sample.ts). `status` in text, JSON and xlsx
 * agrees on every state, the traps included; `remind` writes the letter to
 * exactly the units that have not sent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempFolders, runCli } from '../helpers/cli.js';
import { ROUND, roundSample } from '../helpers/round-sample.js';

afterAll(removeTempFolders);

let cwd = '';
beforeAll(() => {
  cwd = roundSample();
});

describe('dx-report status', () => {
  it('lists every agency the round names, in its state, by group, with the totals', async () => {
    const result = await runCli(['status', ...ROUND], { cwd });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(
      'Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị — đợt báo cáo 6 tháng đầu năm 2024: hạn gửi 10/7/2024, tình hình đến 12/7/2024',
    );
    const state = (name: string) =>
      lines
        .find((line) => line.startsWith(`  ${name} `))
        ?.slice(2)
        .split(/\s{2,}/)
        .slice(1, 4);
    // Sent on the deadline day: on time; its updates one day after: late.
    expect(state('Sở Nội vụ')).toEqual(['đúng hạn', '10/7/2024', '10/7/2024']);
    expect(state('Sở Giáo dục và Đào tạo')).toEqual(['muộn', '11/7/2024', '09/7/2024']);
    // Sent its updates but not its self-assessment: missing.
    expect(state('Sở Giao thông vận tải')).toEqual(['chưa gửi', '05/7/2024', 'chưa']);
    // Leads no task: no updates expected of it.
    expect(state('Công an tỉnh')).toEqual(['đúng hạn', '—', '01/7/2024']);
    // Dissolved before the period, and not yet created: not expected.
    expect(state('Ban Dân tộc tỉnh')).toEqual(['không phải gửi', '—', '—']);
    expect(state('Sở Nông nghiệp và Môi trường')).toEqual(['không phải gửi', '—', '—']);
    expect(lines.filter((line) => !line.startsWith('  '))).toEqual([
      lines[0],
      'Đơn vị                                    Trạng thái      Tiến độ NV  Tự đánh giá  Cập nhật  NV chưa cập nhật',
      'Sở, ban, ngành',
      'UBND cấp huyện',
      'Đã gửi 16/28 đơn vị (57,1%), đúng hạn 12, muộn 4; chưa gửi 12.',
      '',
    ]);
    expect(lines).toContain(
      '  Văn phòng UBND tỉnh                     đúng hạn         02/7/2024    02/7/2024       2/4  CQS-13 (quá hạn), CQS-21',
    );
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
      sent: 16,
      onTime: 12,
      late: 4,
      notSent: 12,
      missing: 12,
      notYetDue: 0,
      notExpected: 2,
      sentRatio: { numerator: 16, denominator: 28 },
    });
    const states = new Map(
      document.status.groups.flatMap((group) => group.rows.map((row) => [row.agency, row.state])),
    );
    const having = (wanted: string) =>
      [...states].filter(([, state]) => state === wanted).map(([agency]) => agency);
    expect(having('late')).toEqual(['so-khcn', 'so-gddt', 'so-xay-dung', 'ubnd-huyen-vinh-linh']);
    expect(having('missing')).toEqual([
      'so-tai-chinh',
      'so-y-te',
      'so-tnmt',
      'so-gtvt',
      'so-ldtbxh',
      'so-tu-phap',
      'ban-qlkkt',
      'ubnd-tp-dong-ha',
      'ubnd-huyen-cam-lo',
      'ubnd-huyen-huong-hoa',
      'ubnd-huyen-dakrong',
      'ubnd-huyen-con-co',
    ]);
    expect(states.get('ban-dan-toc')).toBe('not-expected');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, 'trang-thai-2024-H1.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Trạng thái']);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'Đơn vị',
      'Khối',
      'Trạng thái',
      'Tiến độ NV (ngày nhận)',
      'Tự đánh giá (ngày nhận)',
      'Tỷ lệ cập nhật',
      'Nhiệm vụ có cập nhật',
      'Nhiệm vụ chủ trì',
      'Nhiệm vụ chưa cập nhật trong kỳ',
    ]);
    const counted = new Map<string, number>();
    for (let row = 5; row <= sheet.rowCount; row++) {
      const value = sheet.getRow(row).getCell(3).text;
      counted.set(value, (counted.get(value) ?? 0) + 1);
    }
    expect(Object.fromEntries(counted)).toEqual({
      'đúng hạn': 12,
      muộn: 4,
      'chưa gửi': 12,
      'không phải gửi': 2,
    });
    expect(sheet.getCell('A2').value).toBe(
      'Tính đến ngày 12/7/2024, đã gửi 16/28 đơn vị (57,1%), đúng hạn 12, muộn 4; chưa gửi 12.',
    );
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    // The data is one Excel Table, filters on its header.
    const table = sheet.getTable('tblTrangThai') as unknown as { table: { autoFilterRef: string } };
    expect(table.table.autoFilterRef).toBe('A4:I34');
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
    // The layout directives are for Word and HTML: the .md is written without them, as the briefing's.
    expect(text).not.toContain('<!-- dx:');
    expect(text).toContain(
      'Số: \u00a0\u00a0\u00a0\u00a0\u00a0/SKHCN-CĐS\n\nV/v đôn đốc gửi báo cáo kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024\n',
    );
    expect(text).toContain(
      'Kính gửi:\n\n- Sở, ban, ngành: Sở Tài chính, Sở Y tế, Sở Tài nguyên và Môi trường, Sở Giao thông vận tải, Sở Lao động - Thương binh và Xã hội, Sở Tư pháp, Ban Quản lý Khu kinh tế tỉnh;\n- UBND cấp huyện: UBND thành phố Đông Hà, UBND huyện Cam Lộ, UBND huyện Hướng Hóa, UBND huyện Đakrông, UBND huyện Cồn Cỏ.\n',
    );
    expect(text).toContain('còn 12/28 cơ quan, đơn vị chưa gửi đầy đủ báo cáo');
    expect(text).toContain('trước ngày 17/7/2024');
    expect(text).toContain(
      '| 4 | Sở Giao thông vận tải | Kết quả tự đánh giá chuyển đổi số | — |\n',
    );
    expect(text).toContain(
      '| 11 | UBND huyện Đakrông | Báo cáo tiến độ thực hiện nhiệm vụ; kết quả tự đánh giá chuyển đổi số | — |\n| 12 | UBND huyện Cồn Cỏ | Kết quả tự đánh giá chuyển đổi số | — |\n',
    );
    expect(text.indexOf('./.')).toBeLessThan(text.indexOf('Nơi nhận'));
  });

  it('prints the same words as HTML, the frame regions in place', async () => {
    const out = path.join(cwd, 'letters-html');
    const result = await runCli(['remind', ...ROUND, '--format', 'html', '--out', out], { cwd });
    expect(result.status).toBe(0);
    const html = readFileSync(path.join(out, 'don-doc-2024-H1.html'), 'utf8');
    expect(html).toContain('<title>Công văn đôn đốc gửi báo cáo 6 tháng đầu năm 2024</title>');
    expect(html).toContain(
      '<p>Số: \u00a0\u00a0\u00a0\u00a0\u00a0/SKHCN-CĐS</p><p>V/v đôn đốc gửi báo cáo kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024</p>',
    );
    // "Kính gửi:" beside its groups, each group a dashed item as in the Word letter.
    expect(html).toContain(
      '<div class="dx-addressees grouped"><div class="lead"><p>Kính gửi:</p></div><div><ul><li>Sở, ban, ngành: Sở Tài chính,',
    );
    expect(html.indexOf('./.</p>')).toBeLessThan(html.indexOf('Nơi nhận:'));
    expect(html).toContain('<td class="r">12</td><td>UBND huyện Cồn Cỏ</td>');
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

describe('the briefing with a round', () => {
  it('says in part II who sent, on time and late, and lists who has not once the deadline has passed', async () => {
    const out = path.join(cwd, 'briefing');
    const result = await runCli(
      [
        'build',
        '--period',
        '2024-H1',
        '--date',
        '2024-07-12',
        '--format',
        'md,json,xlsx',
        '--out',
        out,
      ],
      { cwd },
    );
    expect(result.status).toBe(0);
    const text = readFileSync(path.join(out, 'bao-cao-cds-2024-H1.md'), 'utf8');
    expect(text).toContain(
      '. Tình hình gửi báo cáo\n\nĐến ngày 12/7/2024 (hạn gửi 10/7/2024 theo Công văn số 1235/SKHCN-CĐS ngày 14/6/2024), 16/28 cơ quan, đơn vị đã gửi đầy đủ báo cáo (57,1%), trong đó 12 đúng hạn, 4 muộn hạn; 12 cơ quan, đơn vị chưa gửi (danh sách tại Phụ lục V).\n',
    );
    expect(text).toContain('| 4 | Sở Giao thông vận tải | Kết quả tự đánh giá chuyển đổi số |\n');
    // The figures are those of the period, whatever the date line says.
    expect(text).toContain(
      '11/21 nhiệm vụ phát triển chính quyền số, 5/9 nhiệm vụ phát triển kinh tế số, 1/6 nhiệm vụ phát triển xã hội số',
    );
    const model = JSON.parse(readFileSync(path.join(out, 'bao-cao-cds-2024-H1.json'), 'utf8')) as {
      collection: { totals: Record<string, unknown>; notSent: string[]; late: string[] };
    };
    expect(model.collection.totals).toMatchObject({
      expected: 28,
      sent: 16,
      onTime: 12,
      late: 4,
      notSent: 12,
    });
    expect(model.collection.late).toEqual([
      'so-khcn',
      'so-gddt',
      'so-xay-dung',
      'ubnd-huyen-vinh-linh',
    ]);
    expect(model.collection.notSent).toHaveLength(12);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, 'bao-cao-cds-2024-H1.xlsx'));
    const sheet = workbook.getWorksheet('Đơn vị')!;
    const header = (sheet.getRow(4).values as unknown[]).map(String);
    const [stateColumn, rateColumn] = [
      header.indexOf('Gửi báo cáo'),
      header.indexOf('Tỷ lệ cập nhật'),
    ];
    expect(stateColumn).toBeGreaterThan(0);
    const states = new Map<string, string>();
    const rates = new Map<string, unknown>();
    for (let row = 5; row <= sheet.rowCount; row++) {
      const name = sheet.getRow(row).getCell(1).text;
      states.set(name, sheet.getRow(row).getCell(stateColumn).text);
      rates.set(name, sheet.getRow(row).getCell(rateColumn).value);
    }
    expect(states.get('Sở Giao thông vận tải')).toBe('chưa gửi');
    expect(states.get('Sở Nội vụ')).toBe('đúng hạn');
    expect(states.get('Công an tỉnh')).toBe('đúng hạn');
    expect(rates.get('Văn phòng UBND tỉnh')).toBe(0.5);
    expect([...states.values()].filter((state) => state === 'chưa gửi')).toHaveLength(12);
  });

  it('says nothing of the round before its deadline', async () => {
    const out = path.join(cwd, 'briefing-early');
    await runCli(['build', '--period', '2024-H1', '--format', 'json', '--out', out], { cwd });
    const model = JSON.parse(readFileSync(path.join(out, 'bao-cao-cds-2024-H1.json'), 'utf8')) as {
      collection: unknown;
    };
    expect(model.collection).toBeNull();
  });
});
