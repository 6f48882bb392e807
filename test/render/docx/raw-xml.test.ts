/**
 * Blocks written as XML through the docx package: runs of raw blocks become
 * one numbered placeholder each, a section ending raw gets the paragraph its
 * properties go in, the placeholders are replaced by their blocks' bytes,
 * made when asked for, and a placeholder missing or seen twice is a bug.
 */
import { Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import {
  documentChunks,
  escapeXml,
  withPlaceholders,
  type RawXml,
  type XmlChunks,
} from '../../../src/render/docx/raw-xml.js';

const placeholder = (index: number) =>
  `<w:p><w:pPr><w:pStyle w:val="DxRawXml"/></w:pPr><w:r><w:t xml:space="preserve">${index}</w:t></w:r></w:p>`;
const text = (chunks: Iterable<Uint8Array>) =>
  [...chunks].map((chunk) => new TextDecoder().decode(chunk)).join('');

describe('raw XML blocks', () => {
  it('escapes markup in text', () => {
    expect(escapeXml('Sở TT&TT <"x">')).toBe('Sở TT&amp;TT &lt;&quot;x&quot;&gt;');
    expect(escapeXml('Sở Y tế')).toBe('Sở Y tế');
  });

  it('stand in the package as one placeholder a run, and end a section with an empty paragraph', () => {
    const parts: XmlChunks[][] = [];
    let made = 0;
    const table: RawXml = {
      rawXml: () => {
        made += 1;
        return [new TextEncoder().encode('<w:tbl/>')];
      },
    };
    const frame = new Paragraph({});
    const blocks = withPlaceholders(
      [{ rawXml: '<w:p>a</w:p>' }, { rawXml: '<w:p>b</w:p>' }, table, frame, table],
      parts,
    );
    expect(blocks).toHaveLength(4);
    expect(blocks[1]).toBe(frame);
    expect(blocks[3]).toBeInstanceOf(Paragraph);
    expect(parts).toHaveLength(2);
    // Nothing of a table is made before it is written.
    expect(made).toBe(0);
    const document = `<w:body>${placeholder(0)}<w:p/>${placeholder(1)}<w:p/></w:body>`;
    expect(text(documentChunks(document, parts))).toBe(
      '<w:body><w:p>a</w:p><w:p>b</w:p><w:tbl/><w:p/><w:tbl/><w:p/></w:body>',
    );
    expect(made).toBe(2);
  });

  it('refuse a document whose placeholders do not match the blocks', () => {
    const parts: XmlChunks[][] = [[() => []], [() => []]];
    expect(() => text(documentChunks(`<w:body>${placeholder(0)}</w:body>`, parts))).toThrow(
      '1 Word placeholder(s) not found',
    );
    expect(() =>
      text(documentChunks(`${placeholder(0)}${placeholder(0)}${placeholder(1)}`, parts)),
    ).toThrow('Stray Word placeholder 0');
  });
});
