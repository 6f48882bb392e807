/** Problems in a workbook are named at `file › Sheet!Cell` by every reporter (issue 25). */
import { describe, expect, it } from 'vitest';
import { makeDiagnostic, WHOLE_FILE } from '../../src/diagnostics/diagnostic.js';
import { formatGithub, formatJson, formatText } from '../../src/diagnostics/reporters.js';

const problem = {
  ...makeDiagnostic('intake-progress', 'nhan/so-noi-vu-2026-11.xlsx', WHOLE_FILE, { value: '120' }),
  sheet: 'Nhiệm vụ',
  cell: 'I7',
};

describe('a workbook place', () => {
  it('text: file › Sheet!Cell, in Vietnamese or English', () => {
    expect(formatText(problem, 'vi')).toBe(
      'nhan/so-noi-vu-2026-11.xlsx › Nhiệm vụ!I7  lỗi  Tiến độ 120% không hợp lệ: phải từ 0 đến 100.  [intake-progress]',
    );
    expect(formatText(problem, 'en')).toBe(
      'nhan/so-noi-vu-2026-11.xlsx › Nhiệm vụ!I7  error  Progress 120% is not valid: it must be from 0 to 100.  [intake-progress]',
    );
  });

  it('json: the sheet and the cell as fields', () => {
    const [entry] = (JSON.parse(formatJson([problem], 'vi')) as { diagnostics: object[] })
      .diagnostics;
    expect(entry).toMatchObject({
      file: 'nhan/so-noi-vu-2026-11.xlsx',
      sheet: 'Nhiệm vụ',
      cell: 'I7',
      line: 0,
    });
  });

  it('github: the cell leads the message', () => {
    expect(formatGithub(problem, 'vi', '')).toBe(
      '::error file=nhan/so-noi-vu-2026-11.xlsx,title=dx-report intake-progress::Nhiệm vụ!I7: Tiến độ 120%25 không hợp lệ: phải từ 0 đến 100.',
    );
  });
});
