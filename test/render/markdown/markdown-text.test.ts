import { describe, expect, it } from 'vitest';
import {
  escapeCell,
  escapeInline,
  normalizeMarkdown,
} from '../../../src/render/markdown/markdown-text.js';

describe('escapeInline', () => {
  it('keeps ordinary Vietnamese text and a bare & as written', () => {
    expect(escapeInline('Sở KH&CN, Sở TT&TT')).toBe('Sở KH&CN, Sở TT&TT');
    expect(escapeInline('Xây dựng kho dữ liệu (giai đoạn 2022 - 2025)')).toBe(
      'Xây dựng kho dữ liệu (giai đoạn 2022 - 2025)',
    );
  });

  it('collapses line breaks and runs of spaces, and trims', () => {
    expect(escapeInline('  Nâng cấp Cổng\r\ndịch vụ   công\n')).toBe('Nâng cấp Cổng dịch vụ công');
  });

  it('escapes characters that would start markup', () => {
    expect(escapeInline('*Ghi chú* `mã` <b> [xem] ~50% C:\\dữ liệu')).toBe(
      '\\*Ghi chú\\* \\`mã\\` \\<b> \\[xem\\] \\~50% C:\\\\dữ liệu',
    );
    expect(escapeInline('&amp; và &#38;')).toBe('\\&amp; và \\&#38;');
  });

  it('escapes markup that only normalising makes: U+1FEF GREEK VARIA is a backtick in NFC', () => {
    expect(escapeInline('a\u1fefmã\u1fefb')).toBe('a\\`mã\\`b');
    expect(escapeCell('x\u1fef|y')).toBe('x\\`\\|y');
  });

  it('escapes an underscore only where it could open or close emphasis', () => {
    expect(escapeInline('CQS_07 và _nháp_')).toBe('CQS_07 và \\_nháp\\_');
  });

  it('escapes what would start a block at the beginning of a line', () => {
    expect(escapeInline('# Tiêu đề')).toBe('\\# Tiêu đề');
    expect(escapeInline('- Như trên')).toBe('\\- Như trên');
    expect(escapeInline('2024. Năm chuyển đổi số')).toBe('2024\\. Năm chuyển đổi số');
    expect(escapeInline('> trích')).toBe('\\> trích');
  });

  it('returns NFC text', () => {
    const decomposed = 'Quảng Trị'.normalize('NFD');
    expect(escapeInline(decomposed)).toBe('Quảng Trị'.normalize('NFC'));
  });
});

describe('escapeCell', () => {
  it('escapes pipes and joins lines, so a title stays in one cell', () => {
    expect(escapeCell(' Cổng dịch vụ công | Một cửa\nđiện tử ')).toBe(
      'Cổng dịch vụ công \\| Một cửa điện tử',
    );
  });
});

describe('normalizeMarkdown', () => {
  it('gives LF line ends, no trailing spaces, single blank lines and one final newline', () => {
    const raw = '\n\n# A  \r\n\r\n\r\n\r\nb\t\r\nc\n\n\n\n';
    expect(normalizeMarkdown(raw)).toBe('# A\n\nb\nc\n');
  });

  it('trims blanks and blank lines at both ends, spaces after the last line too', () => {
    expect(normalizeMarkdown(' \t\n\na  \n\n \n\t \n  ')).toBe('a\n');
    expect(normalizeMarkdown('a\n\n\n  \t')).toBe('a\n');
    expect(normalizeMarkdown('a\r\r\n\r \tb\r')).toBe('a\n\n \tb\n');
    expect(normalizeMarkdown(' \n\t\n')).toBe('\n');
    // Each against the whole-text regular expressions it replaces.
    for (const raw of [
      ' \t\n\na  \n\n \n\t \n  ',
      'x \r\n\r\n\r\ny\t',
      '\n \n',
      '  ',
      'a \u00a0\n',
    ])
      expect(normalizeMarkdown(raw)).toBe(
        `${raw
          .normalize('NFC')
          .replace(/\r\n?/g, '\n')
          .replace(/[ \t]+(?=\n|$)/g, '')
          .replace(/\n{3,}/g, '\n\n')
          .replace(/^\n+|\n+$/g, '')}\n`,
      );
  });

  it('normalises to NFC', () => {
    expect(normalizeMarkdown('Việt'.normalize('NFD'))).toBe('Việt\n');
  });
});
