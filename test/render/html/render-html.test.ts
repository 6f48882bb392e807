import { describe, expect, it } from 'vitest';
import { printDocument } from '../../../src/render/document/print-document.js';
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
    // Odd and even appendices alternate the page counters that number each on its own when printed.
    expect(html.match(/<section class="[^"]*">/g)).toEqual([
      '<section class="body">',
      '<section class="appendix odd">',
      '<section class="appendix even landscape">',
      '<section class="appendix odd">',
      '<section class="appendix even landscape">',
    ]);
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

describe('"Kính gửi" in HTML', () => {
  const frame = { title: 'Công văn', organization: 'Sở KH&CN', date: '2024-07-20' as const };
  const print = (markdown: string) =>
    text(printDocument(markdown, frame, 'html', 'x.html').bytes ?? new Uint8Array());

  it('puts the list of addressees beside "Kính gửi:", each after "- " as Word prints it', () => {
    const html = print(
      '<!-- dx:addressees -->\nKính gửi:\n\n- Sở, ban, ngành: Sở Y tế;\n- UBND cấp huyện: UBND huyện Cam Lộ.\n<!-- dx:end -->\n',
    );
    expect(html).toContain(
      '<div class="dx-addressees grouped"><div class="lead"><p>Kính gửi:</p></div><div><ul><li>Sở, ban, ngành: Sở Y tế;</li><li>UBND cấp huyện: UBND huyện Cam Lộ.</li></ul></div></div>',
    );
    // The dash is the list's, as everywhere in the page (ul>li::before), no longer taken off here.
    expect(html).toContain('ul>li::before{content:"- "}');
    expect(html).not.toContain('.dx-addressees li::before{content:none}');
  });

  it('keeps one addressee on the line of "Kính gửi:"', () => {
    expect(
      print('<!-- dx:addressees -->\nKính gửi: UBND tỉnh Quảng Trị.\n<!-- dx:end -->\n'),
    ).toContain('<div class="dx-addressees"><p>Kính gửi: UBND tỉnh Quảng Trị.</p></div>');
  });
});
