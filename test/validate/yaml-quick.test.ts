/**
 * The quick reading (js-yaml, no positions) must never disagree with `yaml`:
 * whenever it gives a value, `yaml` parses the same text without a problem and
 * gives the same value, keys in the same order; everything else is left to
 * `yaml` (undefined).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { DEFAULT_LIMITS } from '../../src/dataset/limits.js';
import { hasOutdentedComment, parseYamlQuickly } from '../../src/validate/yaml-quick.js';
import { parseYaml } from '../../src/validate/yaml-source.js';

const quick = (text: string) => parseYamlQuickly(text, DEFAULT_LIMITS);
const slow = (text: string) => parseYaml('tasks/a.yaml', text, DEFAULT_LIMITS);

/** Same value and same key order: JSON keeps both (no value here is undefined or a function). */
const sameAsYaml = (text: string) => {
  const value = quick(text);
  if (value === undefined) return 'left to yaml';
  const reference = slow(text);
  expect(reference.diagnostics).toEqual([]);
  expect(JSON.stringify(value)).toBe(JSON.stringify(reference.value));
  return 'same';
};

function yamlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}

describe('parseYamlQuickly', () => {
  it('reads every file of the bundled sample, and each one exactly as yaml does', () => {
    const files = yamlFiles('data');
    expect(files.length).toBe(161);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(sameAsYaml(text), file).toBe('same');
    }
  });

  it('agrees with yaml on every file of the hostile corpus, or leaves it to yaml', () => {
    const outcomes = new Map<string, string>();
    for (const file of yamlFiles('test/fixtures/hostile')) {
      const bytes = readFileSync(file);
      const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
      outcomes.set(path.relative('test/fixtures/hostile', file), sameAsYaml(text));
    }
    // The syntax and structure cases: bad YAML, duplicate keys, aliases, several documents, tabs.
    for (const [file, outcome] of outcomes) {
      if (
        /^(alias-bomb|alias-cycle|duplicate-keys|multiple-documents|tab-indent|empty-file|only-comments)\//.test(
          file,
        )
      )
        expect(outcome, file).toBe('left to yaml');
    }
  });

  it.each([
    [
      'integers and floats of the YAML 1.2 core schema',
      'a: [0o17, 0x1F, +1, -0, 010, 1e3, .5, 1., -1.5e-3, 9007199254740993]\n',
    ],
    ['infinities and NaN', 'a: [.inf, -.Inf, .NaN]\n'],
    ['null and booleans', 'a: [~, null, Null, NULL, true, True, FALSE, yes, no, on]\n'],
    ['forms that stay text', 'a: [1_000, 0b101, 2024-06-30, 12:30, =, 0x, 1e, tRue]\n'],
    ['quoted scalars and escapes', 'a: ["\\u0301", \'it\'\'s\', "a\\tb", "\\x41", "\\N\\L\\P"]\n'],
    ['block scalars', 'a: |\n  một\n  hai\nb: >\n  ba\n  bốn\n\n  năm\nc: >-\n  x\nd: |+\n  y\n\n'],
    ['multi-line plain and quoted text', 'a: Triển khai\n  nền tảng số\nb: "dòng\n  tiếp"\n'],
    ['text with ! inside a word', 'note: Lưu ý! Hạn chót là 30/6\n'],
    ['Vietnamese in NFD becomes NFC', 'title: Chuye\u0302\u0309n đổi số\n'],
    ['a number key', '1: a\n'],
    ['a number too large for a double (Infinity to both)', 'a: 1e400\n'],
    ['a negative one', 'a: [1, -1e400]\n'],
    ['a decimal integer of 400 digits', `a: ${'1'.repeat(400)}\n`],
    ['a hexadecimal one', `a: 0x${'f'.repeat(300)}\n`],
    ['a quoted text over lines indented past its key', 'c: \'q\n  r\'\nd:\n  - "x\n     y"\n'],
    ['quotes inside plain text', 'note: Anh nói "xin chào" và \'tạm biệt\'\n'],
  ])('%s: the same value as yaml', (_name, text) => {
    expect(sameAsYaml(text)).toBe('same');
  });

  it.each([
    ['a tag, which the parsers resolve differently', 'a: !!float 1\n'],
    ['a custom tag', 'a: !thing 1\n'],
    ['a directive, which switches yaml to YAML 1.1', '%YAML 1.1\n---\na: yes\n'],
    ['an alias', 'a: &x 1\nb: *x\n'],
    ['a null key (js-yaml says "null", yaml "")', '~: 1\n'],
    ['an anchor, even one never used', 'a: &x 1\nb: 2\n'],
    ['a collection as a key', '? [a, b]\n: 1\n'],
    ['a list as an implicit key', '[a]: 1\n'],
    ['a mapping as an implicit key', '{a: 1}: 2\n'],
    ['a quoted text over two lines', 'c: "q\na\n r"\n'],
    ['a single-quoted one', "c: 'q\nr'\n"],
    ['an empty list item, then one less indented (an error to yaml alone)', ' -\n- x\n'],
    ['a quoted text of a list item over a line not past the item', '- a: "q\n  r"\n'],
    ['a __proto__ key', '__proto__: {a: 1}\n'],
    ['a key past 1,024 characters (an error to yaml alone)', `${'k'.repeat(1025)}: 1\n`],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a syntax error', 'a: [1, 2\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['an empty file', ''],
    ['only comments', '# nothing\n'],
    ['a bare scalar', 'text\n'],
    [
      'a comment less indented than the item after it (yaml: one item "3] - x")',
      '-\n#a\n 3]\n- x\n',
    ],
    ['a comment less indented than the value after it (an error to yaml)', 'a:\n#c\n 3\nb: x\n'],
    ['the same with CR LF line ends', '-\r\n#a\r\n 3]\r\n- x\r\n'],
    ['nesting near the depth limit', `a: ${'['.repeat(63)}${']'.repeat(63)}\n`],
    ['nesting far past it', `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`],
  ])('%s: left to yaml', (_name, text) => {
    expect(quick(text)).toBeUndefined();
  });
});

describe('parseYamlQuickly on the sample with random edits', () => {
  // What a hand edit may leave: a character typed, deleted or an indent changed, near YAML's indicators.
  const typed = [
    ' ',
    '  ',
    '\t',
    '\n',
    '#',
    ' #',
    '"',
    "'",
    '[',
    ']',
    '{',
    '}',
    ',',
    ':',
    ': ',
    '- ',
    '?',
    '? ',
    '&a ',
    '*a',
    '|',
    '>',
    '\\',
    '~',
    'null',
    '1e400',
    '0x1F',
    '1_0',
    '.5',
    '-.inf',
    '\r',
    '\u00a0',
    'é',
    '"q\n',
    "'s\n",
  ];
  const texts = yamlFiles('data').map((file) => readFileSync(file, 'utf8'));
  const edit = fc.tuple(
    fc.nat(),
    fc.constantFrom('type', 'delete', 'indent', 'outdent'),
    fc.constantFrom(...typed),
    fc.integer({ min: 1, max: 4 }),
  );

  it('gives what yaml gives, whenever it gives anything', () => {
    let quickly = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: texts.length - 1 }),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        (which, edits) => {
          let text = texts[which]!;
          for (const [place, kind, piece, length] of edits) {
            const at = place % (text.length + 1);
            const lineStart = text.lastIndexOf('\n', at - 1) + 1;
            if (kind === 'type') text = text.slice(0, at) + piece + text.slice(at);
            else if (kind === 'delete') text = text.slice(0, at) + text.slice(at + length);
            else if (kind === 'indent')
              text = `${text.slice(0, lineStart)} ${text.slice(lineStart)}`;
            else text = text.slice(0, lineStart) + text.slice(lineStart).replace(/^ /, '');
          }
          if (sameAsYaml(text) === 'same') quickly++;
        },
      ),
      { numRuns: 1500 },
    );
    // Many edits leave a file js-yaml reads (some 40%): the test is not passed by leaving everything to yaml.
    expect(quickly).toBeGreaterThan(400);
  });
});

describe('parseYamlQuickly on random values', () => {
  // Keys and text of every kind: Vietnamese, YAML indicators, quotes, escapes, line breaks, look-alikes of numbers.
  const tricky = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom(
      'Chuyển đổi số',
      'Sở KH&CN',
      '- a',
      ': b',
      '#c',
      '"q"',
      "'s'",
      '*x',
      '&y',
      '!z',
      '%d',
      '1_000',
      '0o17',
      '.inf',
      'null',
      '~',
      'True',
      '2024-06-30',
      ' lead',
      'trail ',
      'a\nb',
      'a\tb',
      '\\u0301',
    ),
  );
  const value = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      tricky,
      fc.integer(),
      fc.double({ noNaN: false }),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('node'), { maxLength: 4 }),
      fc.dictionary(
        tricky.filter((key) => key !== '__proto__'),
        tie('node'),
        { maxKeys: 4 },
      ),
    ),
  })).node;
  const styles = [
    {},
    { defaultStringType: 'QUOTE_DOUBLE' },
    { collectionStyle: 'flow' },
    { defaultStringType: 'BLOCK_LITERAL' },
  ] as const;

  it('gives what yaml gives, whenever it gives anything, for text written by yaml in several styles', () => {
    let quickly = 0;
    fc.assert(
      fc.property(
        fc.dictionary(tricky, value, { minKeys: 1, maxKeys: 5 }),
        fc.constantFrom(...styles),
        (root, style) => {
          if (sameAsYaml(stringify(root, style)) === 'same') quickly++;
        },
      ),
      { numRuns: 1500 },
    );
    // Not a test that passes by leaving everything to yaml: most texts are read quickly.
    expect(quickly).toBeGreaterThan(750);
  });

  it('reads every plain scalar made of number, boolean and null characters as yaml does', () => {
    const chars = [...'0123456789.eE+-xXoObB_aAfF:~nNulLtTrRsSiI'];
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...chars), minLength: 1, maxLength: 8 }),
        (plain) => {
          const text = `a: ${plain}\n`;
          const value = quick(text);
          if (value === undefined) return;
          const reference = slow(text);
          expect(reference.diagnostics).toEqual([]);
          expect(
            Object.is((value as { a: unknown }).a, (reference.value as { a: unknown }).a),
            plain,
          ).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('the two readers agree on line ends and on keys that NFC folds into one', () => {
  /** What the whole validation sees: the quick value when there is one, else yaml's value or its diagnostics. */
  const reading = (text: string) => {
    const value = quick(text);
    if (value !== undefined) return { value: JSON.stringify(value) };
    const parsed = slow(text);
    return parsed.diagnostics.length > 0
      ? { problems: parsed.diagnostics.map(({ code, line, column }) => ({ code, line, column })) }
      : { value: JSON.stringify(parsed.value) };
  };
  const lines = fc.array(
    fc.oneof(
      fc.constantFrom(
        'a: 1',
        'b: [1, 2,',
        ' 3]',
        '- x',
        'c: "q',
        ' r"',
        'd: |',
        '  lit',
        '# c',
        '',
        'e: f',
      ),
      fc.string({ unit: fc.constantFrom(...'ab: -[]{},"\'#'), maxLength: 8 }),
    ),
    { minLength: 1, maxLength: 8 },
  );

  it('a lone CR and CR LF read as LF, in either reader, with the same values, codes, lines and columns', () => {
    fc.assert(
      fc.property(lines, fc.infiniteStream(fc.constantFrom('\r\n', '\r')), (parts, ends) => {
        const lf = `${parts.join('\n')}\n`;
        const mixed = parts.map((part) => `${part}${ends.next().value as string}`).join('');
        expect(reading(mixed)).toEqual(reading(lf));
        // Whatever reads it quickly, yaml reads it the same.
        const value = quick(mixed);
        if (value !== undefined) {
          expect(slow(mixed).diagnostics).toEqual([]);
          expect(JSON.stringify(value)).toBe(JSON.stringify(slow(mixed).value));
        }
      }),
      { numRuns: 2000 },
    );
  });

  // Keys that are one key in NFC: the KELVIN SIGN and K, the ANGSTROM SIGN and Å, NFD and NFC Vietnamese.
  const twins: [string, string][] = [
    ['K-01', '\u212A-01'],
    ['\u00C5', '\u212B'],
    ['\u00C5', 'A\u030A'],
    ['Chuyển', 'Chuye\u0302\u0309n'],
    ['ê', 'e\u0302'],
  ];

  it('two keys that NFC folds into one are a duplicate key to both readers, never merged', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...twins),
        fc.boolean(),
        fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 3 }),
        fc.constantFrom('block', 'flow', 'quoted'),
        ([a, b], swap, others, style) => {
          const [first, second] = swap ? [b, a] : [a, b];
          const keys = [...new Set(others)];
          const entry = (key: string, value: number) =>
            style === 'quoted' ? `"${key}": ${value}` : `${key}: ${value}`;
          const entries = [
            ...keys.map((key, i) => entry(key, i)),
            entry(first, 1),
            entry(second, 2),
          ];
          const text =
            style === 'flow'
              ? `scores: {${entries.join(', ')}}\n`
              : `scores:\n${entries.map((e) => `  ${e}\n`).join('')}`;
          expect(quick(text)).toBeUndefined();
          expect(slow(text).diagnostics.map((entry) => entry.code)).toEqual(['yaml-duplicate-key']);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('hasOutdentedComment', () => {
  /** The rule read line by line: a run of comment lines, then a line with content indented more. */
  const lineByLine = (text: string): boolean => {
    let commentIndent = -1;
    for (const line of text.split('\n')) {
      const indent = line.length - line.replace(/^[ \t]+/, '').length;
      if (indent === line.length) continue;
      if (line[indent] === '#') {
        if (commentIndent === -1 || indent < commentIndent) commentIndent = indent;
      } else {
        if (commentIndent !== -1 && indent > commentIndent) return true;
        commentIndent = -1;
      }
    }
    return false;
  };

  it.each([
    ['-\n#a\n 3]\n- x', true],
    ['a:\n#c\n 3', true],
    ['a:\n  #c\n  b: 1', false],
    ['a: 1 # not a comment line\n    b', false],
    ['  # one\n# two\n  a: 1', true],
    ['# one\n\n   \n# two\na: 1\n  #x', false],
    ['a:\n\t#c\n\t\tb', true],
  ])('%j → %s', (text, expected) => {
    expect(hasOutdentedComment(text)).toBe(expected);
    expect(lineByLine(text)).toBe(expected);
  });

  it('says what the line-by-line rule says, on random lines of blanks, tabs, comments and content', () => {
    const line = fc
      .tuple(
        fc.constantFrom('', ' ', '  ', '\t', ' \t'),
        fc.constantFrom('', '#c', 'a: 1', '- x', '#', 'b'),
      )
      .map(([indent, rest]) => indent + rest);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const text = lines.join('\n');
        expect(hasOutdentedComment(text)).toBe(lineByLine(text));
      }),
      { numRuns: 3000 },
    );
  });
});
