/**
 * The corpus of broken files (test/fixtures/hostile/<case>/) through the real
 * CLI: each is refused with exit 1, a message naming the file and, where the
 * text has them, the line and column; no stack trace, no hang, no report.
 */
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  FINISH_MS,
  fixtureDataset,
  removeTempFolders,
  runBuild,
  STACK_TRACE,
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
];

describe('broken files are refused cleanly', () => {
  it.each(REFUSED)('%s', (name, expected) => {
    const run = runBuild(fixtureDataset(name));
    expect(run.signal).toBeNull();
    expect(shownDiagnostics(run.stderr)).toEqual(expected);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.ms).toBeLessThan(FINISH_MS);
    expect(existsSync(run.outDir)).toBe(false);
  });

  it('says what the number is and what is allowed', () => {
    const run = runBuild(fixtureDataset('inf-nan-negative'));
    expect(run.stderr).toContain(
      'assessments/2024-H1/so-khcn.yaml:4:10  lỗi  Trường `NT-01` phải là một số hữu hạn, không phải `Infinity`.  [number-not-finite]',
    );
    expect(run.stderr).toContain(
      'assessments/2023-H2/so-khcn.yaml:5:10  lỗi  Giá trị -2 của trường `NT-02` không hợp lệ: phải từ 0 trở lên.  [value-out-of-range]',
    );
  });

  it('puts a caret under the duplicate key', () => {
    const run = runBuild(fixtureDataset('duplicate-keys'));
    expect(run.stderr).toContain(
      'tasks/b.yaml:8:5  lỗi  Trường `lead` bị khai báo hai lần trong cùng một khối. Hãy giữ lại một.  [yaml-duplicate-key]\n8 |     lead: so-yte\n        ^\n',
    );
  });
});

describe('files that are not YAML are warnings', () => {
  it('a .txt and a .docx under tasks/ are named and skipped; the report is built', () => {
    const run = runBuild(fixtureDataset('stray-files'));
    expect(shownDiagnostics(run.stderr)).toEqual([
      { file: 'tasks/ghi-chu.txt', severity: 'cảnh báo', code: 'file-ignored' },
      { file: 'tasks/ke-hoach-2024.docx', severity: 'cảnh báo', code: 'file-ignored' },
    ]);
    expect(run.status).toBe(0);
    expect(existsSync(`${run.outDir}/bao-cao-cds-2024-H1.md`)).toBe(true);
  });

  it('--strict refuses them, writing nothing', () => {
    const run = runBuild(fixtureDataset('stray-files'), ['--strict']);
    expect(run.status).toBe(1);
    expect(existsSync(run.outDir)).toBe(false);
  });
});
