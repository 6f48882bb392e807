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
