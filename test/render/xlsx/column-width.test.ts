import { describe, expect, it } from 'vitest';
import { textLines } from '../../../src/render/xlsx/column-width.js';
import { NUMBER_FORMATS, scoreKind } from '../../../src/render/xlsx/styles.js';

describe('textLines', () => {
  // Calibri 11 (Carlito in LibreOffice) sets about 80 letters of Vietnamese text in a column 60 wide.
  it('keeps a text of 68 letters on one line of a column 60 wide', () => {
    const text = 'Một số đơn vị trực thuộc chưa chú trọng việc thực hiện chuyển đổi số';
    expect([text.length, textLines(text, 60)]).toEqual([68, 1]);
  });

  it('wraps at the last word that fits, 72 letters a line in a column 60 wide', () => {
    const text =
      'Nhân lực tham mưu chuyển đổi số chủ yếu là kiêm nhiệm, không được đào tạo đúng chuyên ngành công nghệ thông tin';
    expect(textLines(text, 60)).toBe(2);
    expect(textLines('a'.repeat(72), 60)).toBe(1);
    expect(textLines(`${'a'.repeat(72)} b`, 60)).toBe(2);
  });

  it('counts each line of a text with line breaks', () => {
    expect(textLines('Dòng một\nDòng hai\nDòng ba', 60)).toBe(3);
  });
});

describe('scoreKind', () => {
  it('formats whole points #,##0 and points with decimals with every decimal shown', () => {
    expect([scoreKind(28), scoreKind(null), scoreKind(27.5)]).toEqual([
      'score',
      'score',
      'measure',
    ]);
    expect([NUMBER_FORMATS.score, NUMBER_FORMATS.measure]).toEqual([
      '#,##0',
      '#,##0.0###############',
    ]);
  });
});
