/** Every exit path of the built CLI: 0 clean, 1 bad data, 2 usage, 3 unexpected; exact words on stderr. */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DONE_AT_80,
  MISSPELT_DEADLINE,
  REPO,
  removeTempFolders,
  read,
  runCli,
  workspace,
} from '../helpers/cli.js';

afterAll(removeTempFolders);

const UNKNOWN_FIELD_VI =
  'tasks/a.yaml:7:5  lỗi  Trường `deadlne` không có trong định dạng dữ liệu. Có phải ý bạn là `deadline`? Các trường hợp lệ: id, title, pillar, plan, lead, partners, start, deadline, updates, transfers.  [unknown-field]';
const UNKNOWN_FIELD_EN =
  'tasks/a.yaml:7:5  error  Field `deadlne` is not part of the format. Did you mean `deadline`? Valid fields: id, title, pillar, plan, lead, partners, start, deadline, updates, transfers.  [unknown-field]';
const DONE_AT_80_VI =
  'tasks/a.yaml:11:19  cảnh báo  Trạng thái hoàn thành nhưng tiến độ chỉ 80%.  [done-progress-below-100]';

describe.concurrent('exit 0: success', () => {
  it('validate on the bundled sample says the data is valid', async () => {
    const result = await runCli(['validate', '--data', 'data'], { cwd: REPO });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Dữ liệu hợp lệ: \d+ tệp, không có lỗi\.\n$/);
  });

  it('validate on a minimal dataset counts its files', async () => {
    const result = await runCli(['validate', '--data', 'data'], { cwd: workspace() });
    expect(result).toEqual({
      status: 0,
      stdout: '',
      stderr: 'Dữ liệu hợp lệ: 7 tệp, không có lỗi.\n',
    });
  });

  it('a warning alone does not fail the run, and is shown with the counts', async () => {
    const result = await runCli(['validate', '--data', 'data'], { cwd: workspace(DONE_AT_80) });
    expect(result).toEqual({
      status: 0,
      stdout: '',
      stderr: `${DONE_AT_80_VI}\n0 lỗi, 1 cảnh báo\n`,
    });
  });

  it('--help lists the commands and the exit codes', async () => {
    const result = await runCli(['--help'], { cwd: REPO });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: dx-report \[options\] \[command\]\n/);
    for (const command of ['validate', 'build', 'summary', 'init [dir]', 'schema']) {
      expect(result.stdout).toContain(`\n  ${command} `);
    }
    expect(result.stdout.slice(result.stdout.indexOf('Mã thoát'))).toBe(
      [
        'Mã thoát / exit codes:',
        '  0  thành công / success',
        '  1  dữ liệu có lỗi (hoặc cảnh báo khi dùng --strict) / the dataset has errors (or warnings with --strict)',
        '  2  sai cách dùng: lệnh, tùy chọn, kỳ báo cáo, thư mục dữ liệu, mẫu báo cáo / usage error',
        '  3  lỗi ngoài dự kiến (chạy lại với --debug) / unexpected failure (run again with --debug)',
        '',
      ].join('\n'),
    );
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(read(path.join(REPO, 'package.json'))) as { version: string };
    expect(await runCli(['--version'], { cwd: REPO })).toEqual({
      status: 0,
      stdout: `${version}\n`,
      stderr: '',
    });
  });

  it('-V, and --version beside other flags (answered by commander, not the launcher), agree', async () => {
    const { version } = JSON.parse(read(path.join(REPO, 'package.json'))) as { version: string };
    for (const argv of [['-V'], ['--version', '--lang', 'en']]) {
      expect(await runCli(argv, { cwd: REPO })).toEqual({
        status: 0,
        stdout: `${version}\n`,
        stderr: '',
      });
    }
  });
});

describe.concurrent('exit 1: the dataset has errors', () => {
  it('names file, line, column and code in Vietnamese', async () => {
    const result = await runCli(['validate', '--data', 'data'], {
      cwd: workspace(MISSPELT_DEADLINE),
    });
    expect(result).toEqual({
      status: 1,
      stdout: '',
      stderr: `${UNKNOWN_FIELD_VI}\nDữ liệu có lỗi: 1 lỗi, 0 cảnh báo.\n`,
    });
  });

  it('--lang en speaks English', async () => {
    const result = await runCli(['validate', '--data', 'data', '--lang', 'en'], {
      cwd: workspace(MISSPELT_DEADLINE),
    });
    expect(result).toEqual({
      status: 1,
      stdout: '',
      stderr: `${UNKNOWN_FIELD_EN}\nThe dataset has errors: 1 error, 0 warnings.\n`,
    });
  });

  it("dx-report.yaml's defaults.lang applies when --lang is absent, even to a broken dataset", async () => {
    const settings =
      'schema_version: 1\norganization: BCĐ\nplace: Quảng Trị\ndefaults:\n  lang: en\n';
    const cwd = workspace({ ...MISSPELT_DEADLINE, 'dx-report.yaml': settings });
    const [fromSettings, fromFlag] = await Promise.all([
      runCli(['validate', '--data', 'data'], { cwd }),
      runCli(['validate', '--data', 'data', '--lang', 'vi'], { cwd }),
    ]);
    expect(fromSettings.stderr).toBe(
      `${UNKNOWN_FIELD_EN}\nThe dataset has errors: 1 error, 0 warnings.\n`,
    );
    expect(fromFlag.stderr).toBe(`${UNKNOWN_FIELD_VI}\nDữ liệu có lỗi: 1 lỗi, 0 cảnh báo.\n`);
  });

  it('an unknown key under defaults: is an error like any other unknown field', async () => {
    const settings =
      'schema_version: 1\norganization: BCĐ\nplace: Quảng Trị\ndefaults:\n  colour: red\n';
    const result = await runCli(['validate', '--data', 'data'], {
      cwd: workspace({ 'dx-report.yaml': settings }),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'dx-report.yaml:5:3  lỗi  Trường `colour` không có trong định dạng dữ liệu. Các trường hợp lệ: formats, out, lang, template, plans, docx_reference.  [unknown-field]\n' +
        'Dữ liệu có lỗi: 1 lỗi, 0 cảnh báo.\n',
    );
  });

  it('--strict turns a warning into a failure, for validate and build', async () => {
    const cwd = workspace(DONE_AT_80);
    const [validate, build] = await Promise.all([
      runCli(['validate', '--data', 'data', '--strict'], { cwd }),
      runCli(['build', '--data', 'data', '--period', '2024-H1', '--strict'], { cwd }),
    ]);
    expect(validate).toEqual({
      status: 1,
      stdout: '',
      stderr: `${DONE_AT_80_VI}\nCó cảnh báo (0 lỗi, 1 cảnh báo) và đang dùng --strict.\n`,
    });
    expect(build).toEqual({
      status: 1,
      stdout: '',
      stderr: `${DONE_AT_80_VI}\nCó cảnh báo (0 lỗi, 1 cảnh báo) và đang dùng --strict; không ghi báo cáo nào.\n`,
    });
  });

  it('build writes nothing from bad data', async () => {
    const cwd = workspace(MISSPELT_DEADLINE);
    const result = await runCli(['build', '--data', 'data', '--period', '2024-H1'], { cwd });
    expect(result).toEqual({
      status: 1,
      stdout: '',
      stderr: `${UNKNOWN_FIELD_VI}\nDữ liệu có lỗi (1 lỗi, 0 cảnh báo); không ghi báo cáo nào.\n`,
    });
  });

  it('summary fails on bad data too', async () => {
    const result = await runCli(['summary', '--data', 'data', '--period', '2024-H1'], {
      cwd: workspace(MISSPELT_DEADLINE),
    });
    expect(result).toEqual({
      status: 1,
      stdout: '',
      stderr: `${UNKNOWN_FIELD_VI}\nDữ liệu có lỗi: 1 lỗi, 0 cảnh báo.\n`,
    });
  });
});

describe.concurrent('exit 2: usage errors', () => {
  const cwd = workspace();

  it('an unknown command, with a suggestion when one is close', async () => {
    const [unknown, close, english] = await Promise.all([
      runCli(['frob'], { cwd }),
      runCli(['valdate'], { cwd }),
      runCli(['--lang', 'en', 'valdate'], { cwd }),
    ]);
    expect(unknown).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'dx-report: Không có lệnh `frob`. Các lệnh: validate, build, summary, init, schema.\n',
    });
    expect(close).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'dx-report: Không có lệnh `valdate`. Có phải ý bạn là `validate`? Các lệnh: validate, build, summary, init, schema.\n',
    });
    expect(english).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'dx-report: Unknown command `valdate`. Did you mean `validate`? Commands: validate, build, summary, init, schema.\n',
    });
  });

  it('an unknown option, with a suggestion when one is close', async () => {
    const [unknown, close] = await Promise.all([
      runCli(['validate', '--frob'], { cwd }),
      runCli(['build', '--perod', '2024-H1', '--period', '2024-H1', '--lang=en'], { cwd }),
    ]);
    expect(unknown).toEqual({
      status: 2,
      stdout: '',
      stderr: 'dx-report: Không có tùy chọn `--frob`. Xem: dx-report <lệnh> --help\n',
    });
    expect(close).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'dx-report: Unknown option `--perod`. Did you mean `--period`? See: dx-report <command> --help\n',
    });
  });

  it('a missing --period, or a missing value', async () => {
    const [period, english, value] = await Promise.all([
      runCli(['build', '--data', 'data'], { cwd }),
      runCli(['build', '--data', 'data', '--lang', 'en'], { cwd }),
      runCli(['build', '--period', '2024-H1', '--format'], { cwd }),
    ]);
    expect(period).toEqual({
      status: 2,
      stdout: '',
      stderr: 'dx-report: Thiếu tùy chọn bắt buộc `--period`, ví dụ `--period 2024-H1`.\n',
    });
    expect(english).toEqual({
      status: 2,
      stdout: '',
      stderr: 'dx-report: The option `--period` is required, e.g. `--period 2024-H1`.\n',
    });
    expect(value).toEqual({
      status: 2,
      stdout: '',
      stderr: 'dx-report: Tùy chọn `-f, --format <list>` cần một giá trị.\n',
    });
  });

  it('a value outside the choices, and a stray argument', async () => {
    const [kind, extra] = await Promise.all([
      runCli(['build', '--period', 'current', '--period-kind', 'weekly'], { cwd }),
      runCli(['init', 'a', 'b'], { cwd }),
    ]);
    expect(kind).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'dx-report: Giá trị `weekly` của `--period-kind <kind>` không hợp lệ. Chọn một trong: month, quarter, half, nine-months, year.\n',
    });
    expect(extra).toEqual({
      status: 2,
      stdout: '',
      stderr: 'dx-report: Thừa đối số: lệnh này không nhận thêm giá trị nào.\n',
    });
  });

  it('no command: the help, on stderr, and exit 2', async () => {
    const result = await runCli([], { cwd });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Usage: dx-report \[options\] \[command\]/);
    expect(result.stderr).not.toContain('outputHelp');
  });

  it('a bad period code, in either language', async () => {
    const [vi, en] = await Promise.all([
      runCli(['build', '--data', 'data', '--period', '2024-H3'], { cwd }),
      runCli(['build', '--data', 'data', '--period', '2024-H3', '--lang', 'en'], { cwd }),
    ]);
    expect(vi).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'dx-report: Kỳ báo cáo `2024-H3` không hợp lệ. Dùng: 2024, 2024-H1, 2024-Q2, 2024-9M, 2024-06, current hoặc previous.\n',
    });
    expect(en).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'dx-report: `2024-H3` is not a period code. Use 2024, 2024-H1, 2024-Q2, 2024-9M, 2024-06, current or previous.\n',
    });
  });

  it('a bad --lang or --reporter', async () => {
    const [lang, reporter] = await Promise.all([
      runCli(['validate', '--data', 'data', '--lang', 'fr'], { cwd }),
      runCli(['validate', '--data', 'data', '--reporter', 'xml'], { cwd }),
    ]);
    expect(lang).toEqual({
      status: 2,
      stdout: '',
      stderr: 'dx-report: Ngôn ngữ `fr` không hỗ trợ. Dùng vi hoặc en.\n',
    });
    expect(reporter).toEqual({
      status: 2,
      stdout: '',
      stderr: 'dx-report: Kiểu báo lỗi `xml` không hỗ trợ. Dùng text, json hoặc github.\n',
    });
  });

  it('a missing data folder', async () => {
    expect(await runCli(['validate', '--data', 'nowhere'], { cwd })).toEqual({
      status: 2,
      stdout: '',
      stderr: `dx-report: Không tìm thấy thư mục dữ liệu \`${path.join(cwd, 'nowhere')}\`. Chỉ định bằng --data DIR, hoặc tạo mới bằng \`dx-report init\`.\n`,
    });
  });

  it('an unreadable template, and one Handlebars cannot parse', async () => {
    writeFileSync(path.join(cwd, 'broken.hbs'), '{{#if period}}never closed\n');
    const [missing, broken] = await Promise.all([
      runCli(
        ['build', '--data', 'data', '-p', '2024-H1', '--template', 'nope.hbs', '--out', 'r1'],
        { cwd },
      ),
      runCli(
        ['build', '--data', 'data', '-p', '2024-H1', '--template', 'broken.hbs', '--out', 'r2'],
        {
          cwd,
        },
      ),
    ]);
    expect(missing).toEqual({
      status: 2,
      stdout: '',
      stderr: `dx-report: Không đọc được mẫu báo cáo \`${path.join(cwd, 'nope.hbs')}\`.\n`,
    });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toBe(
      `dx-report: Mẫu báo cáo ${path.join(cwd, 'broken.hbs')}:1:1: khối \`{{#if}}\` chưa được đóng. Hãy thêm \`{{/if}}\` ở cuối khối.\n`,
    );
  });
});

describe.concurrent('exit 2: a layout directive mistyped in the template', () => {
  const cwd = workspace({});
  const bundled = read(path.join(REPO, 'templates', 'bao-cao.md.hbs'));
  const signatureLine = bundled.split('\n').indexOf('<!-- dx:signature -->') + 1;
  writeFileSync(
    path.join(cwd, 'mau.hbs'),
    bundled.replace('<!-- dx:signature -->', '<!-- dx:signatur -->'),
  );

  it('names it at its line, with the directive meant, in Vietnamese and in English; writes nothing', async () => {
    const where = `${path.join(cwd, 'mau.hbs')}:${signatureLine}:9`;
    expect(signatureLine).toBeGreaterThan(1);
    const [vi, en] = await Promise.all([
      runCli(
        [
          'build',
          '--data',
          'data',
          '-p',
          '2024-H1',
          '-f',
          'md,html,docx',
          '--template',
          'mau.hbs',
          '--out',
          'vi',
        ],
        { cwd },
      ),
      runCli(
        [
          'build',
          '--data',
          'data',
          '-p',
          '2024-H1',
          '-f',
          'md,html,docx',
          '--template',
          'mau.hbs',
          '--out',
          'en',
          '--lang',
          'en',
        ],
        { cwd },
      ),
    ]);
    expect(vi).toEqual({
      status: 2,
      stdout: '',
      stderr: `dx-report: Mẫu báo cáo ${where}: không có chỉ thị \`dx:signatur\`. Có phải ý bạn là \`dx:signature\`? Các chỉ thị: dx:header, dx:next, dx:title, dx:addressees, dx:signature, dx:recipients, dx:appendix, dx:end (docs/templates.md).\n`,
    });
    expect(en).toEqual({
      status: 2,
      stdout: '',
      stderr: `dx-report: Template ${where}: there is no directive \`dx:signatur\`. Did you mean \`dx:signature\`? The directives: dx:header, dx:next, dx:title, dx:addressees, dx:signature, dx:recipients, dx:appendix, dx:end (docs/templates.md).\n`,
    });
    expect(existsSync(path.join(cwd, 'vi'))).toBe(false);
    expect(existsSync(path.join(cwd, 'en'))).toBe(false);
  });
});

describe.concurrent('exit 3: unexpected failure', () => {
  // --out below a regular file: mkdir fails with ENOTDIR after the data is checked.
  const cwd = workspace({});
  writeFileSync(path.join(cwd, 'afile'), 'not a folder\n');
  const args = ['build', '--data', 'data', '--period', '2024-H1', '--out', 'afile/reports'];
  const line = `dx-report: Lỗi đọc/ghi tệp: ENOTDIR: not a directory, mkdir '${path.join(cwd, 'afile', 'reports')}'. Chạy lại với --debug để xem chi tiết.\n`;

  it('prints one line saying how to see more, never a stack', async () => {
    expect(await runCli(args, { cwd })).toEqual({ status: 3, stdout: '', stderr: line });
  });

  it('--debug adds the stack', async () => {
    const result = await runCli([...args, '--debug'], { cwd });
    expect(result.status).toBe(3);
    expect(result.stderr.startsWith(`${line}Error: ENOTDIR: not a directory, mkdir`)).toBe(true);
    expect(result.stderr).toMatch(/\n {4}at .*writeArtifacts/);
  });
});
