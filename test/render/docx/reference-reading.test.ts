/**
 * Reading a reference document that may be hostile: the ZIP is judged by
 * its central directory before anything is inflated, the one part read is
 * inflated no further than its declared size, and word/styles.xml must be
 * well-formed XML with no DTD, at most 64 deep, under a w:styles root.
 */
import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocxReferenceError } from '../../../src/errors/known-errors.js';
import { readReferencePart } from '../../../src/render/docx/reference-zip.js';
import { readStylesXml } from '../../../src/render/docx/styles-xml.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const STYLES = `<?xml version="1.0" encoding="UTF-8"?>\n<w:styles ${W}><w:docDefaults/><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="A &amp; B &#273;"/></w:style><!-- note --><w:style w:styleId='Body'/></w:styles>\n`;

const refusal = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    return error instanceof DocxReferenceError ? [error.reason, error.detail] : error;
  }
  return 'accepted';
};

describe('word/styles.xml', () => {
  it('gives the style ids, the document defaults and where the root content lies', () => {
    const part = readStylesXml(STYLES);
    expect([...part.ids]).toEqual(['Normal', 'Body']);
    expect(part.hasDocDefaults).toBe(true);
    expect(STYLES.slice(part.contentStart).startsWith('<w:docDefaults/><w:style ')).toBe(true);
    expect(STYLES.slice(part.contentEnd)).toBe('</w:styles>\n');
  });

  it.each([
    ['an unclosed element', `<w:styles ${W}><w:style></w:styles>`, ['bad-xml', '1:91']],
    ['a stray end tag', `<w:styles ${W}></w:style></w:styles>`, ['bad-xml', '1:82']],
    ['an unquoted attribute', `<w:styles ${W} a=b></w:styles>`, ['bad-xml', '1:84']],
    ['a repeated attribute', `<w:styles ${W} a="1" a="2"/>`, ['bad-xml', '1:88']],
    ['an undefined entity', `<w:styles ${W}>&nbsp;</w:styles>`, ['bad-xml', '1:82']],
    ['a < in an attribute', `<w:styles ${W} a="<"/>`, ['bad-xml', '1:85']],
    ['text after the root', `<w:styles ${W}/>x`, ['bad-xml', '1:83']],
    ['two roots', `<w:styles ${W}/><w:styles/>`, ['bad-xml', '1:83']],
    ['nothing but a declaration', '<?xml version="1.0"?>', ['no-styles', '']],
    ['an empty root', `<w:styles ${W}/>`, ['no-styles', '']],
    [
      'a DOCTYPE',
      `<!DOCTYPE w:styles [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:styles ${W}>&x;</w:styles>`,
      ['unsafe', ''],
    ],
    ['another root', `<w:document ${W}><w:styles/></w:document>`, ['wrong-root', 'w:document']],
    [
      '65 levels',
      `<w:styles ${W}>${'<a>'.repeat(64)}${'</a>'.repeat(64)}</w:styles>`,
      ['too-deep', `1:${82 + 63 * 3}`],
    ],
  ])('%s is refused', (_, xml, expected) => {
    expect(refusal(() => readStylesXml(xml))).toEqual(expected);
  });

  it('64 levels are read; 20,000 are refused at the 65th', () => {
    const ok = `<w:styles ${W}>${'<a>'.repeat(63)}${'</a>'.repeat(63)}</w:styles>`;
    expect(readStylesXml(ok).ids.size).toBe(0);
    const deep = `<w:styles ${W}>${'<a>'.repeat(20_000)}${'</a>'.repeat(20_000)}</w:styles>`;
    expect(refusal(() => readStylesXml(deep))).toEqual(['too-deep', `1:${82 + 63 * 3}`]);
  });

  it('reads 80,000 styles, and refuses 80,000 unclosed tags at the first', () => {
    const many = `<w:styles ${W}>${Array.from({ length: 80_000 }, (_, i) => `<w:style w:styleId="S${i}"><w:name w:val="S${i}"/></w:style>`).join('')}</w:styles>`;
    expect(readStylesXml(many).ids.size).toBe(80_000);
    const unclosed = `<w:styles ${W}>${'<w:style w:type="paragraph" '.repeat(80_000)}</w:styles>`;
    expect(refusal(() => readStylesXml(unclosed))).toEqual(['bad-xml', '1:110']);
  });
});

/** A ZIP written by hand: `entries` name local records, `central` lists them (possibly more than once). */
function handZip(
  local: { name: string; data: Uint8Array; method: 0 | 8; size: number }[],
  central: number[],
): Uint8Array {
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const entry of local) {
    const name = strToU8(entry.name);
    const header = new DataView(new ArrayBuffer(30));
    header.setUint32(0, 0x04034b50, true);
    header.setUint16(8, entry.method, true);
    header.setUint32(18, entry.data.length, true);
    header.setUint32(22, entry.size, true);
    header.setUint16(26, name.length, true);
    offsets.push(at);
    parts.push(new Uint8Array(header.buffer), name, entry.data);
    at += 30 + name.length + entry.data.length;
  }
  const start = at;
  for (const index of central) {
    const entry = local[index]!;
    const name = strToU8(entry.name);
    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(10, entry.method, true);
    header.setUint32(20, entry.data.length, true);
    header.setUint32(24, entry.size, true);
    header.setUint16(28, name.length, true);
    header.setUint32(42, offsets[index]!, true);
    parts.push(new Uint8Array(header.buffer), name);
    at += 46 + name.length;
  }
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, central.length, true);
  end.setUint16(10, central.length, true);
  end.setUint32(12, at - start, true);
  end.setUint32(16, start, true);
  parts.push(new Uint8Array(end.buffer));
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const read = (bytes: Uint8Array) =>
  readReferencePart(bytes, 'word/styles.xml', 'word/document.xml');
const DOCUMENT = {
  name: 'word/document.xml',
  data: strToU8('<w:document/>'),
  method: 0,
  size: 13,
} as const;

describe('the reference ZIP', () => {
  it('gives the styles part, stored or deflated', () => {
    const text = STYLES;
    expect(
      read(zipSync({ 'word/document.xml': strToU8('<d/>'), 'word/styles.xml': strToU8(text) })),
    ).toBe(text);
    expect(
      read(
        zipSync(
          { 'word/document.xml': strToU8('<d/>'), 'word/styles.xml': strToU8(text) },
          { level: 0 },
        ),
      ),
    ).toBe(text);
  });

  it('refuses a styles part listed 4,000 times (a bomb of 32 GB), before inflating any', () => {
    const big = strToU8(' '.repeat(8 * 1024 * 1024));
    const styles = {
      name: 'word/styles.xml',
      data: deflateSync(big),
      method: 8,
      size: big.length,
    } as const;
    const bomb = handZip([styles, DOCUMENT], [1, ...Array.from({ length: 4000 }, () => 0)]);
    expect(bomb.length).toBeLessThan(300_000);
    expect(refusal(() => read(bomb))).toEqual(['damaged', 'duplicate-name']);
  });

  it('stops inflating at the declared size when the size lies', () => {
    const big = strToU8(' '.repeat(64 * 1024 * 1024));
    const liar = {
      name: 'word/styles.xml',
      data: deflateSync(big),
      method: 8,
      size: 1000,
    } as const;
    expect(refusal(() => read(handZip([liar, DOCUMENT], [0, 1])))).toEqual([
      'damaged',
      'size-mismatch',
    ]);
  });

  it('refuses by the declared size a part over 8 MB', () => {
    const styles = {
      name: 'word/styles.xml',
      data: new Uint8Array(10),
      method: 8,
      size: 8 * 1024 * 1024 + 1,
    } as const;
    expect(refusal(() => read(handZip([styles, DOCUMENT], [0, 1])))).toEqual(['too-large', '']);
  });

  it('refuses more than 10,000 entries', () => {
    const entries = Array.from(
      { length: 10_001 },
      (_, i) => ({ name: `media/${i}`, data: new Uint8Array(0), method: 0, size: 0 }) as const,
    );
    expect(
      refusal(() =>
        read(
          handZip(
            entries,
            entries.map((_, i) => i),
          ),
        ),
      ),
    ).toEqual(['too-many-entries', '']);
  });

  it('refuses an entry past the end of the file, an unknown method, and no ZIP at all', () => {
    const zip = handZip(
      [{ name: 'word/styles.xml', data: strToU8('<w:styles/>'), method: 0, size: 11 }, DOCUMENT],
      [0, 1],
    );
    const cut = zip.slice();
    new DataView(cut.buffer).setUint32(cut.length - 22 - 46 - 17 - 46 - 15 + 42, 0x7fffffff, true);
    expect(refusal(() => read(cut))).toEqual(['damaged', 'past-end']);
    const method = handZip(
      [{ name: 'word/styles.xml', data: strToU8('x'), method: 0, size: 1 }, DOCUMENT],
      [0, 1],
    );
    new DataView(method.buffer).setUint16(method.length - 22 - 46 - 17 - 46 - 15 + 10, 12, true);
    expect(refusal(() => read(method))).toEqual(['damaged', 'method']);
    expect(refusal(() => read(strToU8('not a zip at all, just text')))).toEqual(['not-zip', '']);
  });
});
