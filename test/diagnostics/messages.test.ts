import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_SEVERITY } from '../../src/diagnostics/codes.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { describe as describeDiagnostic } from '../../src/diagnostics/messages.js';
import { formatGithub, formatJson, formatText } from '../../src/diagnostics/reporters.js';

const ARGS = {
  file: 'agencies.yaml',
  reason: 'EACCES',
  size: '31.0',
  limit: 20,
  detail: 'Unexpected ]',
  key: 'lead',
  field: 'deadlne',
  expected: 'string',
  actual: 'integer',
  suggestion: 'deadline',
  allowed: 'id, title',
  value: '2024-H3',
  range: '≥ 0',
  kind: 'agency',
  id: 'so-kcn',
  first: 'tasks/a.yaml:4:9',
  chain: 'a → b → a',
  from: '2025-07-01',
  until: '2025-06-30',
  name: 'Tốt',
  agency: 'so-khcn',
  period: '2024-H1',
  otherValue: 80,
  progress: 90,
  date: '2024-03-01',
  start: '2024-01-01',
  deadline: '2023-12-31',
  due: '2023-12-31',
  folder: '2024-H1',
  path: 'tasks/loop',
  criterion: 'NT-01',
  max: 10,
  column: 9,
  quote: '"',
  bracket: '[',
  closing: ']',
  indicator: 'ho-co-smartphone',
  tag: '!!omap',
  version: '1.1',
  other: 'agencies.yml',
  count: 3,
  task: 'CQS-07',
  lead: 'so-tttt',
  day: '2024-06-30',
  ext: '.xls',
  named: 'so-yte',
  found: 'Sheet1',
  sheet: 'Nhiệm vụ',
  code: 'CQS-99',
  row: 7,
  dataset: 'Ban Chỉ đạo CĐS tỉnh A',
  themed: 12,
  unthemed: 17,
  parts: 'công tác lãnh đạo, chỉ đạo',
  latest: '2024-07-12',
  weekday: 'Chủ nhật',
  wanted: 'Times New Roman',
  used: 'Liberation Serif',
  successors: 'ubnd-xa-cam-lo, ubnd-xa-hieu-giang',
  group: 'xa-phuong',
  holders: 'ubnd-xa-cam-lo, ubnd-xa-hieu-giang, ubnd-xa-gio-linh',
  previous: '2025-07-01',
  measured: '2026-12-10',
  component: 'nhan-thuc-so',
  index: 'chi-so-xa',
  own: 'chi-so-so',
  indices: 'chi-so-so, chi-so-xa',
};

const sample = (code: Diagnostic['code']): Diagnostic => ({
  code,
  severity: DIAGNOSTIC_SEVERITY[code],
  file: 'tasks/a.yaml',
  line: 7,
  column: 5,
  args: ARGS,
});

describe('message catalogs', () => {
  it.each(DIAGNOSTIC_CODES)(
    '%s has a Vietnamese and an English message with no unfilled value',
    (code) => {
      for (const language of ['vi', 'en'] as const) {
        const message = describeDiagnostic(sample(code), language);
        expect(message.length).toBeGreaterThan(15);
        expect(message).not.toMatch(/undefined|\$\{/);
        expect(message).toBe(message.normalize('NFC'));
      }
      expect(describeDiagnostic(sample(code), 'vi')).not.toBe(
        describeDiagnostic(sample(code), 'en'),
      );
    },
  );
});

describe('reporters', () => {
  const unknownField: Diagnostic = {
    code: 'unknown-field',
    severity: 'error',
    file: 'tasks/a.yaml',
    line: 7,
    column: 5,
    args: { field: 'deadlne', suggestion: 'deadline', allowed: 'id, title, deadline' },
  };

  it('text: path:line:col, severity word, message, code', () => {
    expect(formatText(unknownField, 'vi')).toBe(
      'tasks/a.yaml:7:5  lỗi  Trường `deadlne` không có trong định dạng dữ liệu. Có phải ý bạn là `deadline`? Các trường hợp lệ: id, title, deadline.  [unknown-field]',
    );
    expect(formatText(unknownField, 'en')).toBe(
      'tasks/a.yaml:7:5  error  Field `deadlne` is not part of the format. Did you mean `deadline`? Valid fields: id, title, deadline.  [unknown-field]',
    );
  });

  it('text: a caret under the column of a syntax error', () => {
    const syntax: Diagnostic = {
      ...unknownField,
      code: 'yaml-syntax',
      line: 3,
      column: 15,
      args: { detail: 'Unexpected token' },
      excerpt: '    partners: [so-yte',
    };
    expect(formatText(syntax, 'en').split('\n').slice(1)).toEqual([
      '3 |     partners: [so-yte',
      `${' '.repeat(18)}^`,
    ]);
  });

  it('github: a workflow command with escaped properties and data', () => {
    const odd: Diagnostic = {
      ...unknownField,
      file: 'tasks/a,b:c.yaml',
      args: { field: '50%\nx', allowed: 'id' },
    };
    expect(formatGithub(odd, 'en', 'data/')).toBe(
      '::error file=data/tasks/a%2Cb%3Ac.yaml,line=7,col=5,title=dx-report unknown-field::Field `50%25%0Ax` is not part of the format. Valid fields: id.',
    );
  });

  it('json: counts and every field', () => {
    expect(JSON.parse(formatJson([unknownField], 'en'))).toEqual({
      errors: 1,
      warnings: 0,
      diagnostics: [
        {
          file: 'tasks/a.yaml',
          line: 7,
          column: 5,
          severity: 'error',
          code: 'unknown-field',
          message:
            'Field `deadlne` is not part of the format. Did you mean `deadline`? Valid fields: id, title, deadline.',
          args: { field: 'deadlne', suggestion: 'deadline', allowed: 'id, title, deadline' },
        },
      ],
    });
  });
});
