/**
 * One mistake, one message, at the place to fix, in words a clerk can act on:
 * the YAML parser's English (and its echoes on every later line) never reaches
 * the user.
 */
import { describe, expect, it } from 'vitest';
import { YAML_REASONS } from '../../src/diagnostics/codes.js';
import { describe as describeDiagnostic } from '../../src/diagnostics/messages.js';
import { DEFAULT_LIMITS } from '../../src/dataset/limits.js';
import { parseYaml } from '../../src/validate/yaml-source.js';

const problems = (text: string) =>
  parseYaml('tasks/a.yaml', text, DEFAULT_LIMITS).diagnostics.map(
    ({ code, line, column, args }) => ({ code, line, column, args }),
  );

/** Words of the parser's English messages; none may show in a Vietnamese one. */
const ENGLISH =
  /\b(the|is|are|not|must|allowed|missing|expected|mappings?|keys?|line|indent\w*)\b/i;

describe('YAML syntax errors', () => {
  it('one Tab gives one error, not one per following line', () => {
    const text =
      'tasks:\n  - id: A\n\ttitle: X\n    lead: a\n    deadline: 2024\n  - id: B\n    title: Y\n';
    expect(problems(text)).toEqual([{ code: 'yaml-tab-indent', line: 3, column: 1, args: {} }]);
  });

  it('a colon inside text: quote the text', () => {
    expect(problems('pillars:\n  - id: a\n    name: Kinh tế số: phát triển\n')).toEqual([
      { code: 'yaml-colon-in-text', line: 3, column: 11, args: {} },
    ]);
  });

  it('a line indented deeper than its siblings, at that line, with the column expected', () => {
    expect(problems('pillars:\n  - id: a\n     name: x\n    label: y\n')).toEqual([
      { code: 'yaml-bad-indent', line: 3, column: 6, args: { column: 6, expected: 5 } },
    ]);
  });

  it('a line indented less than its siblings, with the column expected', () => {
    expect(problems('tasks:\n  - id: A\n    title: X\n   lead: a\n')).toEqual([
      { code: 'yaml-bad-indent', line: 4, column: 4, args: { column: 4, expected: 5 } },
    ]);
  });

  it('an unclosed quote, where it opened, not at the end of the file', () => {
    expect(
      problems('pillars:\n  - id: a\n    name: "Kinh tế số\n    label: x\n  - id: b\n'),
    ).toEqual([{ code: 'yaml-unclosed-quote', line: 3, column: 11, args: { quote: '"' } }]);
    expect(problems("pillars:\n  - id: a\n    name: 'Kinh tế số\n")).toEqual([
      { code: 'yaml-unclosed-quote', line: 3, column: 11, args: { quote: "'" } },
    ]);
  });

  it('an unclosed bracket, where it opened', () => {
    expect(problems('tasks:\n  - id: A\n    partners: [so-yte, so-khcn\n')).toEqual([
      {
        code: 'yaml-unclosed-bracket',
        line: 3,
        column: 15,
        args: { bracket: '[', closing: ']' },
      },
    ]);
  });

  it('other errors by their reason, worded without the parser’s English', () => {
    expect(problems('p: "a\\q"\n')).toEqual([
      { code: 'yaml-syntax', line: 1, column: 6, args: { reason: 'BAD_DQ_ESCAPE' } },
    ]);
    const [multiline] = parseYaml(
      't.yaml',
      'p: a\nkey without colon\nq: b\n',
      DEFAULT_LIMITS,
    ).diagnostics;
    expect(multiline?.code).toBe('yaml-syntax');
    expect(describeDiagnostic(multiline!, 'vi')).not.toMatch(ENGLISH);
  });

  it.each(YAML_REASONS)('%s is worded in Vietnamese with no English and in English', (reason) => {
    const diagnostic = {
      code: 'yaml-syntax' as const,
      severity: 'error' as const,
      file: 'tasks/a.yaml',
      line: 3,
      column: 5,
      args: { reason },
    };
    const vi = describeDiagnostic(diagnostic, 'vi');
    const en = describeDiagnostic(diagnostic, 'en');
    // Backticks quote YAML itself (`&`, `*tên`): only the prose around them must be Vietnamese.
    expect(vi.replace(/`[^`]*`/g, '')).not.toMatch(ENGLISH);
    expect(vi).toMatch(/^Lỗi cú pháp YAML\. \S/);
    expect(en).toMatch(/^YAML syntax error\. \S/);
  });

  it('words each reason differently', () => {
    const worded = YAML_REASONS.map((reason) =>
      describeDiagnostic(
        {
          code: 'yaml-syntax',
          severity: 'error',
          file: 'a.yaml',
          line: 1,
          column: 1,
          args: { reason },
        },
        'vi',
      ),
    );
    expect(new Set(worded).size).toBe(YAML_REASONS.length);
  });
});
