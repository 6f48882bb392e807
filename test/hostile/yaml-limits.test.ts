/**
 * The limits of parseYaml, in process: each is configurable, each ends in one
 * located diagnostic, and none lets the work outgrow the text.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatText } from '../../src/diagnostics/reporters.js';
import { DEFAULT_LIMITS, type Limits } from '../../src/dataset/limits.js';
import { EXCERPT_WIDTH, MAX_YAML_PROBLEMS, parseYaml } from '../../src/validate/yaml-source.js';

const parse = (text: string, limits: Partial<Limits> = {}) =>
  parseYaml('tasks/a.yaml', text, { ...DEFAULT_LIMITS, ...limits });

const where = ({ code, line, column, args }: Diagnostic) => ({ code, line, column, args });

describe('maxDepth', () => {
  it('counts the file itself as level 1 and stops at the first level past the limit', () => {
    expect(parse('a: [[1]]\n', { maxDepth: 3 })).toMatchObject({
      value: { a: [[1]] },
      diagnostics: [],
    });
    expect(parse('a: [[[1]]]\n', { maxDepth: 3 }).diagnostics.map(where)).toEqual([
      { code: 'yaml-too-deep', line: 1, column: 6, args: { limit: 3 } },
    ]);
  });

  it('is checked before yaml composes, whose recursion would overflow; the overflow itself is a last resort', () => {
    const text = `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    expect(parse(text).diagnostics.map(where)).toEqual([
      { code: 'yaml-too-deep', line: 1, column: 67, args: { limit: 64 } },
    ]);
    const [overflow] = parse(text, { maxDepth: 10_000_000 }).diagnostics;
    expect(overflow?.code).toBe('yaml-too-deep');
  });

  it('counts what aliases bring in', () => {
    const text = 'a: &a [[[1]]]\nb: [*a]\n';
    expect(parse(text, { maxDepth: 5 }).value).toEqual({ a: [[[1]]], b: [[[[1]]]] });
    expect(parse(text, { maxDepth: 4 }).diagnostics.map(where)).toEqual([
      { code: 'yaml-too-deep', line: 2, column: 5, args: { limit: 4 } },
    ]);
  });
});

describe('aliases', () => {
  it('a few are fine and expand to their values', () => {
    const text = 'common: &partners [so-yte, so-tc]\nx: *partners\ny: *partners\n';
    expect(parse(text)).toMatchObject({
      value: { common: ['so-yte', 'so-tc'], x: ['so-yte', 'so-tc'], y: ['so-yte', 'so-tc'] },
      diagnostics: [],
    });
  });

  it('more alias nodes than maxAliasCount: an error at the first one past it', () => {
    expect(
      parse('a: &a 1\nb: [*a, *a, *a]\n', { maxAliasCount: 2 }).diagnostics.map(where),
    ).toEqual([{ code: 'yaml-alias-limit', line: 2, column: 13, args: { limit: 2 } }]);
  });

  it('few nodes that expand to many (billion laughs): an error at the first alias', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [previous, name] of [...'abcdefg'].map((c, i) => [c, 'bcdefgh'[i]!])) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    expect(parse(`${levels.join('\n')}\n`).diagnostics.map(where)).toEqual([
      { code: 'yaml-alias-limit', line: 2, column: 8, args: { limit: 100 } },
    ]);
  });

  it('an alias inside the block it names would be infinite: an error, not a circular value', () => {
    expect(parse('a: &a [1, *a]\n').diagnostics.map(where)).toEqual([
      { code: 'yaml-alias-cycle', line: 1, column: 11, args: { name: 'a' } },
    ]);
    expect(parse('t: &t\n  id: T-1\n  self: *t\n').diagnostics.map(where)).toEqual([
      { code: 'yaml-alias-cycle', line: 3, column: 9, args: { name: 't' } },
    ]);
  });
});

describe('duplicate keys', () => {
  it('are the keys the value would merge: NFC and NFD, a number and its text', () => {
    const text = 'tên: a\nte\u0302n: b\n1: x\n"1": y\n';
    expect(parse(text).diagnostics.map(where)).toEqual([
      {
        code: 'yaml-duplicate-key',
        line: 2,
        column: 1,
        args: { detail: 'Map keys must be unique', key: 'tên' },
      },
      {
        code: 'yaml-duplicate-key',
        line: 4,
        column: 1,
        args: { detail: 'Map keys must be unique', key: '1' },
      },
    ]);
  });

  // Compared pairwise (yaml's own uniqueKeys), 100,000 keys are 5·10⁹ comparisons: minutes,
  // which the generous timeout catches as a hang. One pass over a Set takes a second or two.
  it('are found in one pass over a map of 100,000 keys', () => {
    const keys = Array.from({ length: 100_000 }, (_, index) => `k${index}: 1\n`).join('');
    expect(parse(`${keys}k5: 2\n`, { maxFileBytes: Infinity }).diagnostics.map(where)).toEqual([
      {
        code: 'yaml-duplicate-key',
        line: 100_001,
        column: 1,
        args: { detail: 'Map keys must be unique', key: 'k5' },
      },
    ]);
  }, 60_000);
});

describe('reporting', () => {
  it("one syntax error per file: the parser's later ones echo it", () => {
    const { diagnostics } = parse(`tasks: [${','.repeat(10_000)}]\n`);
    expect(diagnostics.map(where)).toEqual([
      { code: 'yaml-syntax', line: 1, column: 10, args: { reason: 'UNEXPECTED_TOKEN' } },
    ]);
  });

  it(`at most ${MAX_YAML_PROBLEMS} duplicate keys per file`, () => {
    const keys = Array.from({ length: 50 }, () => 'a: 1\n').join('');
    expect(parse(keys).diagnostics).toHaveLength(MAX_YAML_PROBLEMS);
  });

  it('a long line is cut around the column, and the caret still points at the mistake', () => {
    const text = `title: "${'x'.repeat(50_000)}" ] ${'y'.repeat(50_000)}\n`;
    const [first] = parse(text).diagnostics;
    expect(first).toMatchObject({ code: 'yaml-syntax', line: 1, column: text.indexOf(']') + 1 });
    expect(first!.excerpt).toHaveLength(EXCERPT_WIDTH + 2);
    expect(first!.excerpt![first!.excerptColumn! - 1]).toBe(']');
    const [, shown, caret] = formatText(first!, 'vi').split('\n');
    expect(shown![caret!.indexOf('^')]).toBe(']');
  });

  it('a short line is shown whole, with the caret at the column', () => {
    const [first] = parse('title: "Cổng" ] dịch vụ\n').diagnostics;
    expect(first).toMatchObject({ line: 1, column: 15, excerpt: 'title: "Cổng" ] dịch vụ' });
    expect(first!.excerptColumn).toBeUndefined();
    expect(formatText(first!, 'vi').split('\n').slice(1)).toEqual([
      '1 | title: "Cổng" ] dịch vụ',
      '                  ^',
    ]);
  });
});

it('keys and text come out in NFC', () => {
  expect(parse('te\u0302n: "Hoa\u0300n tha\u0300nh"\n').value).toEqual({ tên: 'Hoàn thành' });
});
