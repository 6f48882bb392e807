import { describe, expect, it } from 'vitest';
import { renderReports } from '../../../src/pipeline.js';
import { REPORT_MODEL } from '../../fixtures/report-model.js';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the HTML briefing of the fixture', async () => {
  const [artifact] = await renderReports(REPORT_MODEL, { formats: ['html'] });
  const html = text(artifact!.bytes);

  it('is one file named like the others, with nothing to fetch and no script', () => {
    expect(artifact!.name).toBe('bao-cao-cds-2024-H1.html');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    // The one address is the SVG namespace, a name that is never fetched.
    expect(html.match(/https?:\/\/[^"]+/g)).toEqual(['http://www.w3.org/2000/svg']);
  });

  it("prints the frame of Nghị định 30 from the template's regions, and its words", () => {
    expect(html).toContain(
      '<div class="frame dx-header"><div class="top c1" style="grid-column:1;grid-row:1"><p>ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ<br><strong>BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH QUẢNG TRỊ</strong></p></div>',
    );
    expect(html).toContain(
      '<div class="frame dx-title"><p><strong>BÁO CÁO</strong><br><strong>Kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024</strong></p></div>',
    );
    expect(html).toContain('<h2>I. KẾT QUẢ THỰC HIỆN</h2>');
    expect(html).toContain(
      '<td>Chính quyền số</td><td class="r">21</td><td class="r">11</td><td class="r">52,4%</td>',
    );
    expect(html).toContain(
      '<div class="dx-closing"><div class="recipients" style="grid-column:1">',
    );
    expect(html).toContain('<section class="appendix landscape">');
  });

  it('draws the pillar chart as inline SVG with the figures of the text', () => {
    const svg = /<figure><svg[^]*?<\/svg><\/figure>/.exec(html)?.[0] ?? '';
    expect(svg).toContain('Tỷ lệ nhiệm vụ đã triển khai theo trụ cột (%)');
    expect([...svg.matchAll(/>(\d+,\d%)</g)].map((match) => match[1])).toEqual([
      '100,0%',
      '52,4%',
      '55,6%',
      '16,7%',
    ]);
  });

  it('escapes user text for HTML: a name with & and < prints as text', () => {
    expect(html).not.toMatch(/&(?![a-z]+;|#\d+;)/);
  });
});
