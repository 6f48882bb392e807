/**
 * One document, every format: a user's template that rewords one sentence
 * and replaces the list of tasks started in the period by a count changes
 * the Markdown, the Word document and the HTML page alike, and nothing else;
 * the reference document `dx-report reference-docx` writes, with one style
 * changed, changes the Word briefing's look and not its words.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { referenceDocx } from '../../../src/render/docx/reference-docx.js';
import { renderAll, type RenderInput } from '../../../src/render/registry.js';
import type { Artifact } from '../../../src/render/artifact.js';
import { REPORT_MODEL } from '../../fixtures/report-model.js';
import { readDocx } from '../docx/docx-xml.js';

const TEMPLATE = readFileSync(
  new URL('../../../templates/bao-cao.md.hbs', import.meta.url),
  'utf8',
);
const OLD_SENTENCE = 'Khó khăn, vướng mắc do từng cơ quan nêu tại';
const NEW_SENTENCE = 'Chi tiết các khó khăn, vướng mắc của từng cơ quan xem tại';
const STARTED_LIST = `{{#if started.length}}
Bắt đầu triển khai {{number started.length}} nhiệm vụ:

{{#each started}}
- {{inline title}} ({{#if lead}}{{inline (namedAside lead)}}{{else}}{{shares this}}{{/if}}, từ ngày {{textDate date}}){{#if @last}}.{{else}};{{/if}}
{{/each}}
{{else}}`;
const STARTED_COUNT = `{{#if started.length}}
Có {{started.length}} nhiệm vụ bắt đầu triển khai trong kỳ.
{{else}}`;

const edited = TEMPLATE.replace(OLD_SENTENCE, NEW_SENTENCE).replace(STARTED_LIST, STARTED_COUNT);

async function render(text: string, extra: Partial<RenderInput> = {}) {
  const artifacts = (await renderAll(REPORT_MODEL, ['md', 'docx', 'html'], {
    template: { text, file: 'mau.md.hbs' },
    ...extra,
  })) as Artifact[];
  const [md, docx, html] = artifacts;
  const word = readDocx(docx!.bytes);
  return {
    md: new TextDecoder().decode(md!.bytes),
    html: new TextDecoder().decode(html!.bytes),
    word,
    paragraphs: word.paragraphs.map((paragraph) => paragraph.text),
  };
}

describe('a user’s template, printed to every format', async () => {
  const before = await render(TEMPLATE);
  const after = await render(edited);
  // A line of the list of started tasks (its agency's "&" is escaped in XML and HTML).
  const started = 'Triển khai học bạ số (Sở Giáo dục và Đào tạo, từ ngày 26/02/2024)';

  it('is a real edit of the bundled template', () => {
    expect(edited).not.toBe(TEMPLATE);
    expect(TEMPLATE).toContain(STARTED_LIST);
  });

  it('shows the reworded sentence and the count in the Markdown, Word and HTML', () => {
    for (const text of [after.md, after.word.document, after.html]) {
      expect(text).toContain(`${NEW_SENTENCE} Phụ lục III.`);
      expect(text).toContain('Có 3 nhiệm vụ bắt đầu triển khai trong kỳ.');
      expect(text).not.toContain(OLD_SENTENCE);
      expect(text).not.toContain(started);
    }
    for (const text of [before.md, before.word.document, before.html])
      expect(text).toContain(started);
  });

  it('changes nothing else in the Word document', () => {
    const removed = before.paragraphs.filter((text) => !after.paragraphs.includes(text));
    const added = after.paragraphs.filter((text) => !before.paragraphs.includes(text));
    expect(removed).toEqual([
      'Bắt đầu triển khai 3 nhiệm vụ:',
      '- Số hóa hồ sơ lưu trữ cấp huyện (UBND huyện Cam Lộ, từ ngày 15/4/2024);',
      '- Phát triển chợ 4.0 tại thành phố Đông Hà (UBND thành phố Đông Hà, từ ngày 20/5/2024);',
      '- Triển khai học bạ số (Sở Giáo dục và Đào tạo, từ ngày 26/02/2024).',
      `${OLD_SENTENCE} Phụ lục III.`,
    ]);
    expect(added).toEqual([
      'Có 3 nhiệm vụ bắt đầu triển khai trong kỳ.',
      `${NEW_SENTENCE} Phụ lục III.`,
    ]);
    expect(after.word.tables.length).toBe(before.word.tables.length);
  });
});

describe('the reference document, edited and passed back', async () => {
  const files = unzipSync(referenceDocx());
  const styles = strFromU8(files['word/styles.xml']!);
  // What an office does in Word: Body Text set in Arial, 13 pt.
  const changed = styles.replace(
    /(<w:style w:type="paragraph" w:styleId="BodyText">[\s\S]*?)(<\/w:style>)/,
    '$1<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="26"/></w:rPr>$2',
  );
  const edited = zipSync({ ...files, 'word/styles.xml': strToU8(changed) });
  const plain = await render(TEMPLATE);
  const styled = await render(TEMPLATE, {
    docxReference: { bytes: edited, file: 'reference.docx' },
  });

  it('holds every style of the briefing, each shown once', () => {
    const document = strFromU8(files['word/document.xml']!);
    for (const id of ['BodyText', 'Heading1', 'CoQuanBanHanh', 'QuocHieu', 'SoKyHieu', 'KemTheo'])
      expect(document).toContain(`<w:pStyle w:val="${id}"/>`);
    expect(changed).not.toBe(styles);
  });

  it('changes the look of the briefing, not its words', () => {
    expect(styled.word.part('word/styles.xml')).toContain('<w:rFonts w:ascii="Arial"');
    expect(plain.word.part('word/styles.xml')).not.toContain('Arial');
    expect(styled.word.document).toBe(plain.word.document);
  });

  it('is the same bytes every time', () => {
    expect(Buffer.compare(Buffer.from(referenceDocx()), Buffer.from(referenceDocx()))).toBe(0);
  });
});
