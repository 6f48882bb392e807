/** What `build` writes and says: paths and sizes, the one-line summary, --dry-run, settings defaults. */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  SAMPLE_DATA,
  notesMissingLine,
  removeTempFolders,
  read,
  runCli,
  workspace,
} from '../helpers/cli.js';

afterAll(removeTempFolders);

/** The size as build prints it: `812 B` or `4,7 KB` (`4.7 KB` in English). */
function shownSize(file: string, language: 'vi' | 'en' = 'vi'): string {
  const bytes = statSync(file).size;
  const kilobytes = (bytes / 1024).toFixed(1);
  return bytes < 1024
    ? `${bytes} B`
    : `${language === 'vi' ? kilobytes.replace('.', ',') : kilobytes} KB`;
}

const SAMPLE_SUMMARY =
  '6 tháng đầu năm 2024 (số liệu đến 30/6/2024): đã triển khai 17/36 (47,2%) nhiệm vụ và 11/11 (100%) nhóm nhiệm vụ, hoàn thành 5 nhiệm vụ và 3 nhóm nhiệm vụ, quá hạn 2 nhiệm vụ.';
const MINIMAL_SUMMARY =
  '6 tháng đầu năm 2024 (số liệu đến 30/6/2024): đã triển khai 1/1 (100%) nhiệm vụ, hoàn thành 0, quá hạn 0.';

describe.concurrent('build', () => {
  it('writes md, json and xlsx of the sample and prints each path with its size, then the figures', async () => {
    const cwd = workspace();
    const result = await runCli(
      [
        'build',
        '--data',
        SAMPLE_DATA,
        '--period',
        '2024-H1',
        '--format',
        'md,json,xlsx',
        '--out',
        'reports',
      ],
      { cwd },
    );
    const names = [
      'bao-cao-cds-2024-H1.md',
      'bao-cao-cds-2024-H1.json',
      'bao-cao-cds-2024-H1.xlsx',
    ];
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(readdirSync(path.join(cwd, 'reports')).sort()).toEqual([...names].sort());
    expect(result.stderr).toBe(
      [
        ...names.map(
          (name) => `Đã ghi reports/${name} (${shownSize(path.join(cwd, 'reports', name))})`,
        ),
        SAMPLE_SUMMARY,
        '',
      ].join('\n'),
    );
    const model = JSON.parse(read(path.join(cwd, 'reports', names[1]!))) as {
      totals: { implementedRatio: unknown };
    };
    expect(model.totals.implementedRatio).toEqual({ numerator: 28, denominator: 47 });
    expect(read(path.join(cwd, 'reports', names[0]!))).toContain('11/21');
  });

  it('says the tasks and groups of tasks of the sample apart in English too', async () => {
    const result = await runCli(
      ['build', '--data', SAMPLE_DATA, '-p', '2024-H1', '--dry-run', '--lang', 'en'],
      { cwd: workspace() },
    );
    expect(result.stderr.split('\n').at(-2)).toBe(
      '2024-H1 as of 2024-06-30: implemented 17/36 (47.2%) tasks and 11/11 (100.0%) task groups, done 5 tasks and 3 task groups, overdue 2 tasks.',
    );
  });

  it('--dry-run says what it would write and writes nothing; --lang en', async () => {
    const cwd = workspace();
    const [vi, en] = await Promise.all([
      runCli(
        ['build', '--data', 'data', '--period', '2024-H1', '--format', 'md,json', '--dry-run'],
        { cwd },
      ),
      runCli(['build', '--data', 'data', '-p', '2024-H1', '--dry-run', '--lang', 'en'], { cwd }),
    ]);
    expect(existsSync(path.join(cwd, 'reports'))).toBe(false);
    expect(vi.status).toBe(0);
    // The minimal dataset has no notes/: the draft's parts to fill are named first.
    const [viWarning, viRest] = [
      vi.stderr.split('\n')[0],
      vi.stderr.slice(vi.stderr.indexOf('\n') + 1),
    ];
    expect(viWarning).toBe(notesMissingLine('2024-H1'));
    expect(en.stderr.split('\n')[0]).toBe(notesMissingLine('2024-H1', 'en'));
    expect(viRest).toMatch(
      new RegExp(
        [
          '^Sẽ ghi reports/bao-cao-cds-2024-H1\\.md \\(\\d+,\\d KB\\) — chạy thử, không ghi tệp',
          'Sẽ ghi reports/bao-cao-cds-2024-H1\\.json \\(\\d+,\\d KB\\) — chạy thử, không ghi tệp',
          `${MINIMAL_SUMMARY.replace(/[()]/g, '\\$&')}\n$`,
        ].join('\n'),
      ),
    );
    expect(en.stderr.slice(en.stderr.indexOf('\n') + 1)).toMatch(
      /^Would write reports\/bao-cao-cds-2024-H1\.md \(\d+\.\d KB\) — dry run, nothing written\n2024-H1 as of 2024-06-30: implemented 1\/1 \(100\.0%\), done 0, overdue 0\.\n$/,
    );
  });

  it('--period previous --period-kind quarter resolves from today', async () => {
    const today = new Date();
    const quarter = Math.floor(today.getMonth() / 3) + 1;
    const [year, previous] =
      quarter === 1 ? [today.getFullYear() - 1, 4] : [today.getFullYear(), quarter - 1];
    const result = await runCli(
      ['build', '--data', 'data', '--period', 'previous', '--period-kind', 'quarter', '--dry-run'],
      { cwd: workspace() },
    );
    expect(result.status).toBe(0);
    expect(result.stderr.split('\n').slice(0, 2)).toEqual([
      notesMissingLine(`${year}-Q${previous}`),
      expect.stringMatching(new RegExp(`^Sẽ ghi reports/bao-cao-cds-${year}-Q${previous}\\.md `)),
    ]);
  });

  it("takes formats, out, template and lang from dx-report.yaml's defaults, relative to the dataset folder", async () => {
    const settings = [
      'schema_version: 1',
      'organization: Ban Chỉ đạo Chuyển đổi số tỉnh',
      'place: Quảng Trị',
      'defaults:',
      '  formats: [md, json]',
      '  out: ../published',
      '  template: mau.hbs',
      '  lang: en',
      '',
    ].join('\n');
    const cwd = workspace({ 'dx-report.yaml': settings });
    writeFileSync(
      path.join(cwd, 'data', 'mau.hbs'),
      'Kỳ {{period.code}}: {{totals.done}} hoàn thành\n',
    );
    const result = await runCli(['build', '--data', 'data', '--period', '2024-H1'], { cwd });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      [
        notesMissingLine('2024-H1', 'en'),
        'Wrote published/bao-cao-cds-2024-H1.md (29 B)',
        `Wrote published/bao-cao-cds-2024-H1.json (${shownSize(path.join(cwd, 'published', 'bao-cao-cds-2024-H1.json'), 'en')})`,
        // English output writes English numbers: a decimal point.
        '2024-H1 as of 2024-06-30: implemented 1/1 (100.0%), done 0, overdue 0.',
        '',
      ].join('\n'),
    );
    expect(read(path.join(cwd, 'published', 'bao-cao-cds-2024-H1.md'))).toBe(
      'Kỳ 2024-H1: 0 hoàn thành\n',
    );
  });

  it('flags override the defaults', async () => {
    const settings =
      'schema_version: 1\norganization: BCĐ\nplace: Quảng Trị\ndefaults:\n  formats: [json]\n  out: ../published\n  lang: en\n';
    const cwd = workspace({ 'dx-report.yaml': settings });
    const result = await runCli(
      [
        'build',
        '--data',
        'data',
        '-p',
        '2024-H1',
        '--format',
        'md',
        '--out',
        'mine',
        '--lang',
        'vi',
      ],
      { cwd },
    );
    expect(result.status).toBe(0);
    expect(readdirSync(path.join(cwd, 'mine'))).toEqual(['bao-cao-cds-2024-H1.md']);
    expect(existsSync(path.join(cwd, 'published'))).toBe(false);
    expect(result.stderr.split('\n').slice(0, 2)).toEqual([
      notesMissingLine('2024-H1'),
      expect.stringMatching(/^Đã ghi mine\/bao-cao-cds-2024-H1\.md \(/u),
    ]);
  });
});
