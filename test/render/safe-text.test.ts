/**
 * The one policy for characters no report carries (render/safe-text.ts), and
 * its terminal counterpart (diagnostics/visible-text.ts), checked over every
 * UTF-16 code unit: the same set, replaced by U+FFFD in reports and written as
 * `\uXXXX` on the terminal (which also escapes line ends and separators).
 */
import { describe, expect, it } from 'vitest';
import { terminalLines } from '../../src/cli/terminal.js';
import { inertLine, visibleText } from '../../src/diagnostics/visible-text.js';
import { safeStrings, safeText } from '../../src/render/safe-text.js';

const UNSAFE = (code: number): boolean =>
  (code <= 0x1f && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
  (code >= 0x7f && code <= 0x9f) ||
  code === 0x061c ||
  code === 0x200e ||
  code === 0x200f ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2066 && code <= 0x2069) ||
  code === 0xfffe ||
  code === 0xffff ||
  // Alone, a surrogate is half a character.
  (code >= 0xd800 && code <= 0xdfff);

describe('safeText', () => {
  it('replaces exactly the unsafe characters by U+FFFD, each alone', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      expect(safeText(`a${char}b`), code.toString(16)).toBe(
        UNSAFE(code) ? 'a\uFFFDb' : `a${char}b`,
      );
    }
  });

  it('keeps surrogate pairs, Vietnamese, tab and line ends', () => {
    const text = 'Chuyển đổi số 😀\ttab\r\nline';
    expect(safeText(text)).toBe(text);
  });

  it('safeStrings copies plain data with every string and key made safe, `__proto__` a plain key', () => {
    const data = JSON.parse(
      '{"a\\u0000": ["x\\u202e", {"__proto__": "\\ud800"}], "n": 1}',
    ) as object;
    const safe = safeStrings(data) as Record<string, unknown>;
    expect(JSON.stringify(safe)).toBe('{"a\uFFFD":["x\uFFFD",{"__proto__":"\uFFFD"}],"n":1}');
    expect(Object.getPrototypeOf((safe['a\uFFFD'] as object[])[1])).toBe(Object.prototype);
  });
});

describe('visibleText', () => {
  it('escapes every character safeText replaces, and the line ends and separators too', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const acting =
        UNSAFE(code) || code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
      const escaped = `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
      expect(visibleText(char), code.toString(16)).toBe(acting ? escaped : char);
    }
  });
});

describe('no line is a GitHub workflow command', () => {
  it('`::` at the start (after white space) and `##[` anywhere are made inert', () => {
    expect(inertLine('::error::x')).toBe('\\u003A:error::x');
    expect(inertLine('  \u3000::add-mask::x')).toBe('  \u3000\\u003A:add-mask::x');
    expect(inertLine('a ##[warning]b ##[x]')).toBe('a \\u0023#[warning]b \\u0023#[x]');
    expect(inertLine('a::b')).toBe('a::b');
    expect(inertLine('::error file=a::m', true)).toBe('::error file=a::m');
  });

  it('terminalLines keeps our colour codes only when the stream is coloured', () => {
    const text = '\u001b[31mlỗi\u001b[39m \u001b[2J\u001b]52;c;x\u0007\n::x';
    expect(terminalLines(text, true)).toBe(
      '\u001b[31mlỗi\u001b[39m \\u001B[2J\\u001B]52;c;x\\u0007\n\\u003A:x',
    );
    expect(terminalLines(text, false)).toBe(
      '\\u001B[31mlỗi\\u001B[39m \\u001B[2J\\u001B]52;c;x\\u0007\n\\u003A:x',
    );
  });
});
