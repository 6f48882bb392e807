/**
 * Data that tries to act instead of print (issue 16): workflow commands for
 * the GitHub Actions runner, terminal escapes, markup in the job summary, and
 * characters that reorder or break the reports. Every case runs through the
 * built CLI; the decisions are in docs/robustness.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  dataset,
  fixtureDataset,
  removeTempFolders,
  runBuild,
  STACK_TRACE,
  tempFolder,
  runCli,
} from '../helpers/cli.js';

afterAll(removeTempFolders);

const REPORT = 'bao-cao-cds-2024-H1';
const ESC = '\u001b';
/** A raw control character (tab and line ends aside) or C1 control. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/** An escape sequence, or a C1 CSI. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ESCAPES = /\u001b\[[0-9;]*[A-Za-z]|\u001b[^[]|\u009b/g;

/** Lines the runner would take for a workflow command: `::name` at the start after white space, `##[` anywhere. */
const commandLines = (stream: string): string[] =>
  stream.split(/\r\n|\r|\n/).filter((line) => /^\s*::/.test(line) || line.includes('##['));

describe('workflow commands in the data (--reporter github, under GitHub Actions)', () => {
  const env = { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: undefined };

  it('a status holding `\\n::error …`, `::add-mask::`, `##[…]` adds no command to stdout or stderr', async () => {
    const data = fixtureDataset('workflow-commands');
    const run = await runCli(['validate', '--data', data, '--reporter', 'github'], { env });
    expect(run.status).toBe(1);
    // stdout: our one annotation, its data escaped (%0A, %0D), nothing else that is a command.
    expect(commandLines(run.stdout)).toHaveLength(1);
    expect(commandLines(run.stdout)[0]).toMatch(
      /^::error file=[^,]*tasks\/b\.yaml,line=9,col=17,.*title=dx-report status-invalid::/,
    );
    expect(run.stdout).not.toContain('##[');
    // stderr: the same problem as text, the value on one line with its line ends shown.
    expect(commandLines(run.stderr)).toEqual([]);
    expect(run.stderr).toContain(
      'tasks/b.yaml:9:17  lỗi  Trạng thái `x\\u000A::error file=fake.yaml,line=1::Giả\\u000A::add-mask::Sở\\u000D::stop-commands::t \\u0023#[warning]w` không hợp lệ.',
    );
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('a file named `x\\n::warning …` is named on one line, in both streams', async () => {
    const data = dataset();
    writeFileSync(path.join(data, 'tasks', 'x\n::warning file=y::evil.yaml'), 'tasks: [\n');
    const run = await runCli(['validate', '--data', data, '--reporter', 'github'], { env });
    expect(run.status).toBe(1);
    expect(commandLines(run.stderr)).toEqual([]);
    expect(commandLines(run.stdout)).toHaveLength(1);
    expect(run.stderr).toContain('tasks/x\\u000A::warning file=y::evil.yaml:1:8  lỗi');
  });

  it('a top-level file named `::error::x.yaml` does not start a line', async () => {
    const data = dataset({ '::error::x.yaml': 'a: 1\n' });
    const run = await runCli(['validate', '--data', data]);
    expect(commandLines(run.stderr)).toEqual([]);
    expect(run.stderr).toContain('\\u003A:error::x.yaml  cảnh báo');
  });
});

describe('terminal escapes in the data', () => {
  const hostile = `${ESC}]52;c;aGk=\u0007${ESC}[2J\u009b31m`;
  const data = () =>
    dataset({
      'pillars.yaml': `pillars:\n  - id: cqs\n    name: "Chính quyền \\e]52;c;aGk=\\a\\e[2J\\x9b31m số"\n`,
      'tasks/b.yaml': `plan: qd-1\npillar: cqs\ntasks:\n  - id: T-2\n    title: X\n    lead: so-yte\n    updates:\n      - { date: 2024-03-15, status: "\\e[2Jdone" }\n`,
    });

  it('never reach stderr raw, coloured or not: only our own colour codes pass', async () => {
    for (const colour of [{ NO_COLOR: '1' }, { FORCE_COLOR: '1' }]) {
      const run = await runCli(['validate', '--data', data()], { env: colour });
      expect(run.status).toBe(1);
      const escapes = run.stderr.match(ESCAPES) ?? [];
      for (const escape of escapes)
        expect(['\u001b[1m', '\u001b[22m', '\u001b[31m', '\u001b[39m']).toContain(escape);
      expect(run.stderr).toContain('Trạng thái `\\u001B[2Jdone` không hợp lệ.');
    }
  });

  it('never reach stdout raw from `summary`, a name from the data included', async () => {
    const run = await runCli([
      'summary',
      '--data',
      dataset({
        'pillars.yaml': `pillars:\n  - id: cqs\n    name: "Chính quyền \\e]52;c;aGk=\\a\\e[2J\\x9b31m\\nsố"\n`,
      }),
      '--period',
      '2024-H1',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain(
      'Chính quyền \\u001B]52;c;aGk=\\u0007\\u001B[2J\\u009B31m\\u000Asố',
    );
    expect(hostile).toContain(ESC);
  });

  it('never reach stdout raw with --reporter json either, and the JSON reads back the same', async () => {
    const run = await runCli(['validate', '--data', data(), '--reporter', 'json']);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    const report = JSON.parse(run.stdout) as { diagnostics: { args: { value?: string } }[] };
    expect(report.diagnostics.map((entry) => entry.args.value)).toContain(`${ESC}[2Jdone`);
  });
});

describe('the job summary ($GITHUB_STEP_SUMMARY)', () => {
  it('escapes `|`, line breaks, Markdown and HTML in the names from the data', async () => {
    const summary = path.join(tempFolder(), 'summary.md');
    const run = await runBuild(fixtureDataset('names-with-markup'), [], {
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(run.status).toBe(0);
    const lines = readFileSync(summary, 'utf8').split('\n');
    const row = lines.find((line) => line.startsWith('| Chính quyền'));
    expect(row).toBe(
      '| Chính quyền \\| số # Tiêu đề \\<img src=x onerror=alert(1)> \\[link\\](http://x) | 1/1 (100%) | 0 | 0 | 0/0 (—) |',
    );
    // One table: header, rule, a row per pillar and the total, and no heading added by a name.
    expect(lines.filter((line) => line.startsWith('#'))).toHaveLength(1);
  });
});

describe('control characters, bidi controls and lone surrogates in the reports', () => {
  it('are replaced by U+FFFD at the same places in the Markdown, the JSON and the workbook', async () => {
    const run = await runBuild(fixtureDataset('control-characters'), ['--format', 'md,json,xlsx']);
    expect(run.status).toBe(0);
    const expected = 'Cổng�dịch �[2J�]52;c;aGk=� vụ �công� � �x';
    const read = (extension: string) =>
      readFileSync(path.join(run.outDir, `${REPORT}.${extension}`));
    const markdown = read('md').toString('utf8');
    expect(read('md').includes(0)).toBe(false);
    expect(markdown).toContain(`| T-2 | ${expected.replace('[', '\\[').replace(']', '\\]')} |`);
    const json = read('json').toString('utf8');
    expect(json).not.toMatch(/\\u0000|\\u001b|\\ud800|[\u202a-\u202e\u2066-\u2069\u0085]/i);
    const tasks = (JSON.parse(json) as { tasks: { id: string; title: string }[] }).tasks;
    expect(tasks.find((task) => task.id === 'T-2')?.title).toBe(expected);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(run.outDir, `${REPORT}.xlsx`));
    const cells: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))),
    );
    expect(cells).toContain(expected);
  });
});
