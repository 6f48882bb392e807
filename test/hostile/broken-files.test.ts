/**
 * The corpus of broken files (test/fixtures/hostile/<case>/) through the real
 * CLI: each is refused with exit 1, a message naming the file and, where the
 * text has them, the line and column; no stack trace, no hang, no report.
 */
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  fixtureDataset,
  removeTempFolders,
  runBuild,
  STACK_TRACE,
  NOTES_MISSING_SHOWN,
  shownDiagnostics,
  type Shown,
} from '../helpers/cli.js';

afterAll(removeTempFolders);

const error = (file: string, line: number, column: number, code: string): Shown => ({
  file,
  line,
  column,
  severity: 'lỗi',
  code,
});

const REFUSED: [string, Shown[]][] = [
  ['empty-file', [error('tasks/b.yaml', 1, 1, 'file-empty')]],
  ['only-comments', [error('tasks/b.yaml', 1, 1, 'file-empty')]],
  ['binary', [error('tasks/b.yaml', 1, 1, 'file-binary')]],
  // TCVN3 bytes: the first one is in "S\xeb Khoa…" on line 3; the agencies file is then
  // broken, so the references to its ids are not reported as unknown as well.
  ['invalid-utf8', [error('agencies.yaml', 3, 13, 'file-not-utf8')]],
  ['utf16', [error('pillars.yaml', 1, 1, 'file-not-utf8')]],
  ['alias-bomb', [error('tasks/b.yaml', 5, 10, 'yaml-alias-limit')]],
  ['alias-cycle', [error('tasks/b.yaml', 8, 16, 'yaml-alias-cycle')]],
  ['duplicate-keys', [error('tasks/b.yaml', 8, 5, 'yaml-duplicate-key')]],
  [
    'proto-keys',
    [
      error('tasks/b.yaml', 3, 1, 'unknown-field'),
      error('tasks/b.yaml', 5, 1, 'unknown-field'),
      error('tasks/b.yaml', 12, 5, 'unknown-field'),
    ],
  ],
  [
    'tab-indent',
    [
      // One Tab, one error: not the parser's echoes on the lines after it.
      error('tasks/b.yaml', 5, 1, 'yaml-tab-indent'),
    ],
  ],
  ['multiple-documents', [error('tasks/b.yaml', 7, 1, 'yaml-multiple-documents')]],
  ['top-level-list', [error('tasks/b.yaml', 1, 1, 'root-not-mapping')]],
  ['title-number', [error('tasks/b.yaml', 5, 12, 'wrong-type')]],
  [
    'text-for-number',
    [error('criteria.yaml', 7, 10, 'wrong-type'), error('tasks/b.yaml', 8, 60, 'wrong-type')],
  ],
  [
    'inf-nan-negative',
    [
      error('assessments/2023-H2/so-khcn.yaml', 5, 10, 'value-out-of-range'),
      error('assessments/2024-H1/so-khcn.yaml', 4, 10, 'number-not-finite'),
      error('assessments/2024-H1/so-yte.yaml', 4, 18, 'number-not-finite'),
    ],
  ],
  ['unknown-criterion', [error('assessments/2024-H1/so-khcn.yaml', 5, 3, 'unknown-reference')]],
  // Round two (issue 16): each of these once passed with a wrong report.
  // A Map or a Set passed the schema as an empty object: every score was dropped.
  ['tag-omap', [error('assessments/2024-H1/so-khcn.yaml', 3, 9, 'yaml-tag')]],
  ['tag-set', [error('tasks/b.yaml', 7, 15, 'yaml-tag')]],
  // `K-01` and `K-01` with a KELVIN SIGN: one key in NFC; the quick reader used to keep the last.
  ['nfc-folded-keys', [error('assessments/2024-H1/so-khcn.yaml', 5, 3, 'yaml-duplicate-key')]],
  // YAML 1.1 would read `max: 010` as 8.
  ['yaml-1-1', [error('criteria.yaml', 1, 1, 'yaml-version')]],
  [
    'year-0024',
    [
      error('tasks/b.yaml', 7, 15, 'deadline-invalid'),
      error('tasks/b.yaml', 9, 15, 'date-invalid'),
    ],
  ],
  ['catalogue-twice', [{ file: 'dx-report.yml', severity: 'lỗi', code: 'file-duplicate-kind' }]],
  [
    'misnamed-folders',
    [
      { file: 'Tasks/', severity: 'lỗi', code: 'data-misnamed' },
      { file: 'assessment/', severity: 'lỗi', code: 'data-misnamed' },
    ],
  ],
  [
    'max-1e308',
    [
      error('criteria.yaml', 7, 10, 'value-out-of-range'),
      error('criteria.yaml', 11, 10, 'value-out-of-range'),
    ],
  ],
  // Once, not twice at the same place.
  ['period-20250', [error('tasks/b.yaml', 8, 17, 'value-out-of-range')]],
  ['workflow-commands', [error('tasks/b.yaml', 9, 17, 'status-invalid')]],
];

describe('broken files are refused cleanly', () => {
  it.each(REFUSED)('%s', async (name, expected) => {
    const run = await runBuild(fixtureDataset(name));
    expect(shownDiagnostics(run.stderr)).toEqual(expected);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(run.outDir)).toBe(false);
  });

  it('says what the number is and what is allowed', async () => {
    const run = await runBuild(fixtureDataset('inf-nan-negative'));
    expect(run.stderr).toContain(
      'assessments/2024-H1/so-khcn.yaml:4:10  lỗi  Trường `NT-01` phải là một số hữu hạn, không phải `Infinity`.  [number-not-finite]',
    );
    expect(run.stderr).toContain(
      'assessments/2023-H2/so-khcn.yaml:5:10  lỗi  Giá trị -2 của trường `NT-02` không hợp lệ: phải từ 0 trở lên.  [value-out-of-range]',
    );
  });

  it('puts a caret under the duplicate key', async () => {
    const run = await runBuild(fixtureDataset('duplicate-keys'));
    expect(run.stderr).toContain(
      'tasks/b.yaml:8:5  lỗi  Trường `lead` bị khai báo hai lần trong cùng một khối. Hãy giữ lại một.  [yaml-duplicate-key]\n8 |     lead: so-yte\n        ^\n',
    );
  });
});

describe('round two: the messages say what to do', () => {
  it('a tag: named, at the tag', async () => {
    const run = await runBuild(fixtureDataset('tag-omap'));
    expect(run.stderr).toContain(
      'assessments/2024-H1/so-khcn.yaml:3:9  lỗi  Thẻ YAML `!!omap` không được dùng trong dữ liệu dx-report',
    );
    expect(run.stderr).toContain('3 | scores: !!omap\n            ^\n');
  });

  it('a year 0024: the year meant', async () => {
    const run = await runBuild(fixtureDataset('year-0024'));
    expect(run.stderr).toContain(
      'tasks/b.yaml:9:15  lỗi  Ngày `0024-03-15` không có thật hoặc sai dạng. Năm 0024 nằm ngoài khoảng 1900–2999. Có phải là năm 2024?',
    );
  });

  it('two files for one catalogue: both named', async () => {
    const run = await runBuild(fixtureDataset('catalogue-twice'), ['--lang', 'en']);
    expect(run.stderr).toContain(
      'dx-report.yml  error  `dx-report.yaml` and `dx-report.yml` are two files for one catalogue; dx-report cannot tell which to read. Merge them into one `dx-report.yaml`.  [file-duplicate-kind]',
    );
  });

  it('a misnamed folder: the name meant', async () => {
    const run = await runBuild(fixtureDataset('misnamed-folders'));
    expect(run.stderr).toContain('Có phải ý bạn là `tasks/`?');
    expect(run.stderr).toContain('Có phải ý bạn là `assessments/`?');
  });

  it('max past 10,000: the bounds', async () => {
    const run = await runBuild(fixtureDataset('max-1e308'));
    expect(run.stderr).toContain(
      'criteria.yaml:7:10  lỗi  Giá trị 1e+308 của trường `max` không hợp lệ: phải lớn hơn 0 và không quá 10.000.  [value-out-of-range]',
    );
  });
});

describe('files that are not YAML are warnings', () => {
  it('a .txt and a .docx under tasks/ are named and skipped; the report is built', async () => {
    const run = await runBuild(fixtureDataset('stray-files'));
    expect(shownDiagnostics(run.stderr)).toEqual([
      { file: 'tasks/ghi-chu.txt', severity: 'cảnh báo', code: 'file-ignored' },
      { file: 'tasks/ke-hoach-2024.docx', severity: 'cảnh báo', code: 'file-ignored' },
      NOTES_MISSING_SHOWN,
    ]);
    expect(run.status).toBe(0);
    expect(existsSync(`${run.outDir}/bao-cao-cds-2024-H1.md`)).toBe(true);
  });

  it('--strict refuses them, writing nothing', async () => {
    const run = await runBuild(fixtureDataset('stray-files'), ['--strict']);
    expect(run.status).toBe(1);
    expect(existsSync(run.outDir)).toBe(false);
  });
});
