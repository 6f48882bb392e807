/** The reporters (text, json, github), GitHub Actions defaults, colour and --quiet, through the built CLI. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ANSI,
  DONE_AT_80,
  MISSPELT_DEADLINE,
  SAMPLE_DATA,
  removeTempFolders,
  tempFolder,
  read,
  runCli,
  workspace,
} from '../helpers/cli.js';

afterAll(removeTempFolders);

const UNKNOWN_FIELD_MESSAGE =
  'Trường `deadlne` không có trong định dạng dữ liệu. Có phải ý bạn là `deadline`? Các trường hợp lệ: id, title, pillar, plan, lead, partners, start, deadline, updates, transfers.';
const UNKNOWN_FIELD_TEXT = `tasks/a.yaml:7:5  lỗi  ${UNKNOWN_FIELD_MESSAGE}  [unknown-field]`;
const UNKNOWN_FIELD_ANNOTATION = `::error file=data/tasks/a.yaml,line=7,col=5,endLine=7,endColumn=12,title=dx-report unknown-field::${UNKNOWN_FIELD_MESSAGE}`;

describe.concurrent('--reporter json', () => {
  it('prints every diagnostic as one JSON document on stdout, nothing on stderr', async () => {
    const result = await runCli(['validate', '--data', 'data', '--reporter', 'json'], {
      cwd: workspace(MISSPELT_DEADLINE),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      errors: 1,
      warnings: 0,
      diagnostics: [
        {
          file: 'tasks/a.yaml',
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 12,
          severity: 'error',
          code: 'unknown-field',
          message: UNKNOWN_FIELD_MESSAGE,
          args: {
            field: 'deadlne',
            suggestion: 'deadline',
            allowed: 'id, title, pillar, plan, lead, partners, start, deadline, updates, transfers',
          },
        },
      ],
    });
  });

  it('keeps warnings under --quiet (a tool asked for them) and speaks --lang en', async () => {
    const result = await runCli(
      ['validate', '--data', 'data', '--reporter', 'json', '-q', '--lang', 'en'],
      {
        cwd: workspace(DONE_AT_80),
      },
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      errors: 0,
      warnings: 1,
      diagnostics: [
        {
          file: 'tasks/a.yaml',
          line: 11,
          column: 19,
          endLine: 11,
          endColumn: 21,
          severity: 'warning',
          code: 'done-progress-below-100',
          message: 'Status is done but progress is only 80%.',
          args: { progress: 80 },
        },
      ],
    });
  });

  it('on build: the document on stdout, what was written on stderr', async () => {
    const result = await runCli(
      ['build', '--data', 'data', '--period', '2024-H1', '--reporter', 'json', '--format', 'json'],
      { cwd: workspace() },
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ errors: 0, warnings: 0, diagnostics: [] });
    expect(result.stderr).toMatch(
      /^Đã ghi reports\/bao-cao-cds-2024-H1\.json \(\d+,\d KB\)\n6 tháng đầu năm 2024 /,
    );
  });
});

describe.concurrent('--reporter github', () => {
  it('prints a workflow command with the repository-relative path, and the text form in the log', async () => {
    const result = await runCli(['validate', '--data', 'data', '--reporter', 'github'], {
      cwd: workspace(MISSPELT_DEADLINE),
    });
    expect(result).toEqual({
      status: 1,
      stdout: `${UNKNOWN_FIELD_ANNOTATION}\n`,
      stderr: `${UNKNOWN_FIELD_TEXT}\nDữ liệu có lỗi: 1 lỗi, 0 cảnh báo.\n`,
    });
  });

  it('is the default under GITHUB_ACTIONS=true, paths relative to GITHUB_WORKSPACE', async () => {
    const repository = workspace(MISSPELT_DEADLINE);
    // Run from elsewhere: the path must come from GITHUB_WORKSPACE, not the working directory.
    const result = await runCli(['validate', '--data', path.join(repository, 'data')], {
      cwd: tempFolder(),
      env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repository },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(`${UNKNOWN_FIELD_ANNOTATION}\n`);
    expect(result.stderr).toBe(`${UNKNOWN_FIELD_TEXT}\nDữ liệu có lỗi: 1 lỗi, 0 cảnh báo.\n`);
  });

  it('a warning becomes ::warning, with % escaped in the message', async () => {
    const result = await runCli(['validate', '--data', 'data'], {
      cwd: workspace(DONE_AT_80),
      env: { GITHUB_ACTIONS: 'true' },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      '::warning file=data/tasks/a.yaml,line=11,col=19,endLine=11,endColumn=21,title=dx-report done-progress-below-100::Trạng thái hoàn thành nhưng tiến độ chỉ 80%25.\n',
    );
  });

  it('--reporter text wins over GITHUB_ACTIONS', async () => {
    const result = await runCli(['validate', '--data', 'data', '--reporter', 'text'], {
      cwd: workspace(MISSPELT_DEADLINE),
      env: { GITHUB_ACTIONS: 'true' },
    });
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${UNKNOWN_FIELD_TEXT}\nDữ liệu có lỗi: 1 lỗi, 0 cảnh báo.\n`);
  });
});

describe.concurrent('GITHUB_STEP_SUMMARY', () => {
  it('build appends the key figures as Markdown to the job summary', async () => {
    const summary = path.join(tempFolder(), 'summary.md');
    writeFileSync(summary, 'Earlier step\n');
    const result = await runCli(['build', '--data', 'data', '--period', '2024-H1', '--dry-run'], {
      cwd: workspace(),
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(result.status).toBe(0);
    expect(read(summary)).toBe(
      [
        'Earlier step',
        '### Ban Chỉ đạo Chuyển đổi số tỉnh: 6 tháng đầu năm 2024',
        '',
        'Số liệu từ 01/01/2024 đến 30/6/2024.',
        '',
        '| Trụ cột | Đã triển khai | Hoàn thành | Quá hạn | Hoàn thành/đến hạn |',
        '|---|---|---|---|---|',
        '| Chính quyền số | 1/1 (100%) | 0 | 0 | 0/0 (—) |',
        '| **Tổng cộng** | 1/1 (100%) | 0 | 0 | 0/0 (—) |',
        '',
        '',
      ].join('\n'),
    );
  });

  it('in English with --lang en', async () => {
    const summary = path.join(tempFolder(), 'summary.md');
    const result = await runCli(
      ['build', '--data', 'data', '--period', '2024-H1', '--dry-run', '--lang', 'en'],
      { cwd: workspace(), env: { GITHUB_STEP_SUMMARY: summary } },
    );
    expect(result.status).toBe(0);
    expect(read(summary)).toBe(
      [
        '### Ban Chỉ đạo Chuyển đổi số tỉnh: 2024-H1',
        '',
        'Figures from 2024-01-01 to 2024-06-30.',
        '',
        '| Pillar | Implemented | Done | Overdue | Done/due |',
        '|---|---|---|---|---|',
        '| Chính quyền số | 1/1 (100.0%) | 0 | 0 | 0/0 (—) |',
        '| **Total** | 1/1 (100.0%) | 0 | 0 | 0/0 (—) |',
        '',
        '',
      ].join('\n'),
    );
  });
});

describe.concurrent('job summary of the sample', () => {
  it('gives tasks and groups of tasks apart, as the pillar table of the briefing, never 47 added', async () => {
    const summary = path.join(tempFolder(), 'summary.md');
    const result = await runCli(
      ['build', '--data', SAMPLE_DATA, '--period', '2024-H1', '--dry-run'],
      { cwd: tempFolder(), env: { GITHUB_STEP_SUMMARY: summary } },
    );
    expect(result.status).toBe(0);
    expect(read(summary).split('\n').slice(4, 12)).toEqual([
      '| Trụ cột | Đã triển khai | Hoàn thành | Quá hạn | Hoàn thành/đến hạn |',
      '|---|---|---|---|---|',
      '| Nhiệm vụ chung | 11/11 (100%) | 3 | 0 | 3/3 (100%) |',
      '| Chính quyền số | 11/21 (52,4%) | 5 | 2 | 5/7 (71,4%) |',
      '| Kinh tế số | 5/9 (55,6%) | 0 | 0 | 0/0 (—) |',
      '| Xã hội số | 1/6 (16,7%) | 0 | 0 | 0/0 (—) |',
      '| **Cộng nhiệm vụ** | 17/36 (47,2%) | 5 | 2 | 5/7 (71,4%) |',
      '| **Cộng nhóm nhiệm vụ** | 11/11 (100%) | 3 | 0 | 3/3 (100%) |',
    ]);
  });
});

describe.concurrent('GITHUB_OUTPUT', () => {
  /** The delimiter of the first `name<<delimiter` line: random in every run. */
  const delimiterOf = (text: string) => /^period<<(dx-report-[0-9a-f-]{36})\n/m.exec(text)?.[1];

  it('build appends the period, the folder and the files written, for the next steps', async () => {
    const outputs = path.join(tempFolder(), 'outputs');
    writeFileSync(outputs, 'earlier=step\n');
    // The code as written (any case) becomes the period's code.
    const args = ['build', '--data', 'data', '--period', '2024-h1', '--format', 'md,json'];
    const result = await runCli([...args, '--out', 'reports'], {
      cwd: workspace(),
      env: { GITHUB_OUTPUT: outputs, GITHUB_ACTIONS: 'true' },
    });
    expect(result.status).toBe(0);
    const text = read(outputs);
    const delimiter = delimiterOf(text)!;
    expect(delimiter).toBeDefined();
    expect(text).toBe(
      [
        'earlier=step',
        `period<<${delimiter}`,
        '2024-H1',
        delimiter,
        `out<<${delimiter}`,
        'reports',
        delimiter,
        `files<<${delimiter}`,
        'reports/bao-cao-cds-2024-H1.md',
        'reports/bao-cao-cds-2024-H1.json',
        delimiter,
        '',
      ].join('\n'),
    );
  });

  it('names a folder outside the working folder by its absolute path', async () => {
    const outputs = path.join(tempFolder(), 'outputs');
    const out = path.join(tempFolder(), 'elsewhere');
    const result = await runCli(['build', '--data', 'data', '--period', '2024-H1', '--out', out], {
      cwd: workspace(),
      env: { GITHUB_OUTPUT: outputs },
    });
    expect(result.status).toBe(0);
    const delimiter = delimiterOf(read(outputs))!;
    expect(read(outputs).split('\n')).toEqual([
      `period<<${delimiter}`,
      '2024-H1',
      delimiter,
      `out<<${delimiter}`,
      out,
      delimiter,
      `files<<${delimiter}`,
      path.join(out, 'bao-cao-cds-2024-H1.md'),
      delimiter,
      '',
    ]);
  });

  it('is left alone by a dry run and by bad data', async () => {
    const outputs = path.join(tempFolder(), 'outputs');
    writeFileSync(outputs, '');
    const build = ['build', '--data', 'data', '--period', '2024-H1'];
    const env = { GITHUB_OUTPUT: outputs };
    expect((await runCli([...build, '--dry-run'], { cwd: workspace(), env })).status).toBe(0);
    expect((await runCli(build, { cwd: workspace(MISSPELT_DEADLINE), env })).status).toBe(1);
    expect(read(outputs)).toBe('');
  });
});

describe.concurrent('colour', () => {
  const broken = workspace(MISSPELT_DEADLINE);
  const validate = ['validate', '--data', 'data'];
  const redBoldError = '\u001b[31m\u001b[1mlỗi\u001b[22m\u001b[39m';

  it('none in a pipe by default', async () => {
    const result = await runCli(validate, { cwd: broken });
    expect(result.stderr).not.toMatch(ANSI);
  });

  it('FORCE_COLOR=1 colours even a pipe', async () => {
    const result = await runCli(validate, { cwd: broken, env: { FORCE_COLOR: '1' } });
    expect(result.stderr.split('\n')[0]).toBe(UNKNOWN_FIELD_TEXT.replace('lỗi', redBoldError));
  });

  it('NO_COLOR and --no-color switch it off', async () => {
    const [noColor, flag] = await Promise.all([
      runCli(validate, { cwd: broken, env: { NO_COLOR: '1', TERM: 'xterm-256color' } }),
      runCli([...validate, '--no-color'], { cwd: broken, env: { FORCE_COLOR: '1' } }),
    ]);
    expect(noColor.stderr).toBe(`${UNKNOWN_FIELD_TEXT}\nDữ liệu có lỗi: 1 lỗi, 0 cảnh báo.\n`);
    expect(flag.stderr).toBe(`${UNKNOWN_FIELD_TEXT}\nDữ liệu có lỗi: 1 lỗi, 0 cảnh báo.\n`);
  });
});

describe.concurrent('--quiet', () => {
  it('a clean validate or build prints nothing at all', async () => {
    const cwd = workspace();
    const [validate, build] = await Promise.all([
      runCli(['validate', '--data', 'data', '--quiet'], { cwd }),
      runCli(['build', '--data', 'data', '--period', '2024-H1', '-q'], { cwd }),
    ]);
    expect(validate).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(build).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(read(path.join(cwd, 'reports', 'bao-cao-cds-2024-H1.md'))).toContain('2024');
  });

  it('hides warnings, keeps errors', async () => {
    const [warning, error] = await Promise.all([
      runCli(['validate', '--data', 'data', '-q'], { cwd: workspace(DONE_AT_80) }),
      runCli(['validate', '--data', 'data', '-q'], { cwd: workspace(MISSPELT_DEADLINE) }),
    ]);
    expect(warning).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(error).toEqual({
      status: 1,
      stdout: '',
      stderr: `${UNKNOWN_FIELD_TEXT}\nDữ liệu có lỗi: 1 lỗi, 0 cảnh báo.\n`,
    });
  });
});
