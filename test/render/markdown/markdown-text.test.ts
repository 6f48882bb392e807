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

  it('normalises to NFC', () => {
    expect(normalizeMarkdown('Việt'.normalize('NFD'))).toBe('Việt\n');
  });
});
