/**
 * An office's reference document (`--docx-reference`): its styles win over
 * the briefing's, style by style; the briefing's own styles fill in the ids
 * it lacks; a file that is not a Word document is refused with a reason.
 */
import { describe, expect, it } from 'vitest';
import { BRIEFING_INPUT } from './docx-xml.js';
import { DocxReferenceError } from '../../../src/errors/known-errors.js';
import { renderDocx } from '../../../src/render/docx/render-docx.js';
import { DOCUMENT_MODEL } from '../../fixtures/document-model.js';
import { entryText, readZip, storedZip } from '../../helpers/zip-reader.js';

const STAMP = { date: 0x21, time: 0 };
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A house style: Arial 13 pt throughout, its own body text at 13 pt with 1,5 lines. */
const HOUSE_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>` +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="26"/></w:rPr></w:rPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/>' +
  '<w:pPr><w:spacing w:after="160" w:line="360" w:lineRule="auto"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr></w:style>' +
  '</w:styles>';

const reference = (files: Record<string, string>) => ({
  bytes: storedZip(files, STAMP),
  file: 'mau.docx',
});
const HOUSE = reference({
  'word/document.xml': `<w:document ${W}><w:body/></w:document>`,
  'word/styles.xml': HOUSE_STYLES,
});

async function stylesWith(docxReference: { bytes: Uint8Array; file: string }): Promise<string> {
  const artifact = await renderDocx(DOCUMENT_MODEL, {
    ...BRIEFING_INPUT,
    docxReference,
  });
  return entryText(readZip(artifact.bytes), 'word/styles.xml');
}

const styleXml = (styles: string, id: string) =>
  new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';

describe('a reference document', () => {
  it('replaces the document defaults and the styles it defines', async () => {
    const styles = await stylesWith(HOUSE);
    expect(styles).toContain('<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>');
    expect(styles).not.toContain('Times New Roman');
    expect(styleXml(styles, 'BodyText')).toContain(
      '<w:spacing w:after="160" w:line="360" w:lineRule="auto"/>',
    );
    expect(styles.match(/w:styleId="BodyText"/g)).toHaveLength(1);
    // The table style it lacks is ours: the tables' cells stay centred vertically.
    expect(styleXml(styles, 'DataTable')).toContain('<w:tcPr><w:vAlign w:val="center"/></w:tcPr>');
  });

  it('takes a style LibreOffice saved under an id of its own by its name (Body Text as TextBody)', async () => {
    const saved = reference({
      'word/document.xml': `<w:document ${W}><w:body/></w:document>`,
      'word/styles.xml':
        `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>` +
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
        '<w:style w:type="paragraph" w:styleId="TextBody"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans"/></w:rPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Quchiu"><w:name w:val="Quốc hiệu"/><w:basedOn w:val="TextBody"/><w:next w:val="TextBody"/><w:rPr><w:sz w:val="30"/></w:rPr></w:style>' +
        '</w:styles>',
    });
    const styles = await stylesWith(saved);
    expect(styleXml(styles, 'BodyText')).toContain(
      '<w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans"/>',
    );
    expect(styleXml(styles, 'QuocHieu')).toContain(
      '<w:basedOn w:val="BodyText"/><w:next w:val="BodyText"/><w:rPr><w:sz w:val="30"/>',
    );
    expect(styles.match(/w:styleId="BodyText"/g)).toHaveLength(1);
    expect(styles).not.toMatch(/TextBody|Quchiu/);
  });

  it("keeps the briefing's own styles for the ids it does not define", async () => {
    const styles = await stylesWith(HOUSE);
    expect(styleXml(styles, 'QuocHieu')).toContain('<w:b/>');
    expect(styleXml(styles, 'NoiNhan')).toContain('<w:i/>');
    expect(styleXml(styles, 'Heading1')).toContain('<w:basedOn w:val="BodyText"/>');
  });

  it('is refused when it is not a ZIP, not a Word document, or its styles part is not w:styles', async () => {
    const attempt = (docxReference: { bytes: Uint8Array; file: string }) =>
      renderDocx(DOCUMENT_MODEL, { ...BRIEFING_INPUT, docxReference });
    await expect(
      attempt({ bytes: new TextEncoder().encode('not a zip'), file: 'a.docx' }),
    ).rejects.toEqual(new DocxReferenceError('not-zip'));
    await expect(attempt(reference({ 'xl/workbook.xml': '<workbook/>' }))).rejects.toEqual(
      new DocxReferenceError('not-word'),
    );
    await expect(
      attempt(reference({ 'word/document.xml': '<w:document/>', 'word/styles.xml': '<nothing/>' })),
    ).rejects.toEqual(new DocxReferenceError('wrong-root', 'nothing'));
  });
});

describe("a reference document's page", () => {
  const section = (inner: string) =>
    `<w:document ${W}><w:body><w:p/><w:sectPr>${inner}</w:sectPr></w:body></w:document>`;
  const sections = async (inner: string) => {
    const artifact = await renderDocx(DOCUMENT_MODEL, {
      ...BRIEFING_INPUT,
      docxReference: reference({
        'word/document.xml': section(inner),
        'word/styles.xml': HOUSE_STYLES,
      }),
    });
    const xml = entryText(readZip(artifact.bytes), 'word/document.xml');
    return [...xml.matchAll(/<w:pgSz ([^>]*)\/><w:pgMar ([^>]*)\/>/g)].map(
      ([, size, margins]) => `${size} | ${margins}`,
    );
  };
  const PORTRAIT_A4 =
    'w:w="11906" w:h="16838" w:orient="portrait" | w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"';
  const LANDSCAPE_A4 =
    'w:w="16838" w:h="11906" w:orient="landscape" | w:top="1701" w:right="1134" w:bottom="850" w:left="1134" w:header="850" w:footer="454" w:gutter="0"';

  it('gives the body its size and margins, and a wide appendix the same sheet turned', async () => {
    // Letter, margins 25/20/22/35 mm as twips and as a measure with a unit.
    const found = await sections(
      '<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1417" w:right="20mm" w:bottom="1247" w:left="1984" w:header="709" w:footer="0.5in" w:gutter="0"/>',
    );
    const portrait =
      'w:w="12240" w:h="15840" w:orient="portrait" | w:top="1417" w:right="1134" w:bottom="1247" w:left="1984" w:header="709" w:footer="720" w:gutter="0"';
    const landscape =
      'w:w="15840" w:h="12240" w:orient="landscape" | w:top="1984" w:right="1417" w:bottom="1134" w:left="1247" w:header="709" w:footer="720" w:gutter="0"';
    expect(new Set(found)).toEqual(new Set([portrait, landscape]));
    expect(found[0]).toBe(portrait);
  });

  it("keeps the briefing's pages when it keeps the briefing's page, or says nothing of it", async () => {
    const ours = new Set([PORTRAIT_A4, LANDSCAPE_A4]);
    expect(
      new Set(
        await sections(
          '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>',
        ),
      ),
    ).toEqual(ours);
    expect(new Set(await sections(''))).toEqual(ours);
  });

  it('takes a landscape reference as the landscape pages, the portrait ones turned back', async () => {
    const found = await sections(
      '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1701" w:right="1134" w:bottom="850" w:left="1134" w:header="567" w:footer="567"/>',
    );
    expect(found[0]).toBe(
      'w:w="11906" w:h="16838" w:orient="portrait" | w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"',
    );
  });

  it('is refused when its margins leave no room for the text', async () => {
    await expect(
      sections(
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="6000" w:bottom="1134" w:left="6000"/>',
      ),
    ).rejects.toEqual(new DocxReferenceError('bad-page'));
  });
});
