/**
 * The document identity in the Markdown briefing (dx-report.yaml 0.2): the
 * number line under the issuing body, "Kính gửi:", the authority and position
 * lines of the signer, and the appendix's "(Kèm theo …)" line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../src/compute/report-model.js';
import { renderMarkdown } from '../../../src/render/markdown/render-markdown.js';
import { DOCUMENT_MODEL, UNNUMBERED_MODEL } from '../../fixtures/document-model.js';

const TEMPLATE = readFileSync(
  new URL('../../../templates/bao-cao.md.hbs', import.meta.url),
  'utf8',
);

async function lines(model: ReportModel): Promise<string[]> {
  const artifact = await renderMarkdown(model, {
    template: { text: TEMPLATE, file: 'bao-cao.md.hbs' },
  });
  return new TextDecoder().decode(artifact.bytes).split('\n');
}

describe('the Markdown briefing with document: and signer authority', () => {
  it('prints the number line under the issuing body (a paragraph of its own), then Kính gửi as a list after the title', async () => {
    expect((await lines(DOCUMENT_MODEL)).slice(0, 17)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\\',
      '**BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH QUẢNG TRỊ**',
      '',
      'Số: 125/BC-BCĐ',
      '',
      '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\\',
      '**Độc lập - Tự do - Hạnh phúc**',
      '',
      '*Quảng Trị, ngày 30 tháng 6 năm 2024*',
      '',
      '**BÁO CÁO**\\',
      '**Kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024**',
      '',
      'Kính gửi:',
      '',
      '- Ban Thường vụ Tỉnh ủy;',
      '- Ủy ban nhân dân tỉnh Quảng Trị.',
    ]);
  });

  it('leaves the number blank (no-break spaces that Markdown keeps) and puts one addressee on the line', async () => {
    const text = await lines(UNNUMBERED_MODEL);
    expect(text[3]).toBe('Số: \u00a0\u00a0\u00a0\u00a0\u00a0/BC-BCĐ');
    expect(text.slice(12, 15)).toEqual(['', 'Kính gửi: Ủy ban nhân dân tỉnh Quảng Trị.', '']);
  });

  it('prints the authority above the title and the position above the name, in capitals', async () => {
    const text = await lines(DOCUMENT_MODEL);
    const start = text.indexOf('**TM. BAN CHỈ ĐẠO**\\');
    expect(text.slice(start, start + 5)).toEqual([
      '**TM. BAN CHỈ ĐẠO**\\',
      '**TRƯỞNG BAN**',
      '',
      '**CHỦ TỊCH UBND TỈNH**\\',
      '**Võ Văn Hưng**',
    ]);
  });

  it("prints a deputy's authority lines in order and the header as the office breaks it (0.3)", async () => {
    const text = await lines({
      ...DOCUMENT_MODEL,
      organization: {
        name: 'Ban Chỉ đạo phát triển KH, CN, ĐMST và CĐS tỉnh Tuyên Quang',
        lines: ['Ban Chỉ đạo phát triển KH, CN, ĐMST và CĐS', 'tỉnh Tuyên Quang'],
        parent: 'Ủy ban nhân dân tỉnh Tuyên Quang',
      },
      signer: {
        authority: ['TM. Ủy ban nhân dân', 'KT. Chủ tịch'],
        title: 'Phó Chủ tịch',
        position: null,
        name: 'Phan Huy Ngọc',
      },
    });
    expect(text.slice(0, 3)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG\\',
      '**BAN CHỈ ĐẠO PHÁT TRIỂN KH, CN, ĐMST VÀ CĐS**\\',
      '**TỈNH TUYÊN QUANG**',
    ]);
    const start = text.indexOf('**TM. ỦY BAN NHÂN DÂN**\\');
    expect(text.slice(start, start + 5)).toEqual([
      '**TM. ỦY BAN NHÂN DÂN**\\',
      '**KT. CHỦ TỊCH**\\',
      '**PHÓ CHỦ TỊCH**',
      '',
      '**Phan Huy Ngọc**',
    ]);
  });

  it('names the numbered briefing in the appendix', async () => {
    expect(await lines(DOCUMENT_MODEL)).toContain(
      '*(Kèm theo Báo cáo số 125/BC-BCĐ ngày 30 tháng 6 năm 2024 của Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị)*',
    );
  });
});
