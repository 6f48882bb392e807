/**
 * Issue 28, a Word reference document that may be hostile, given on the
 * command line or by the dataset (`defaults.docx_reference`): a zip bomb,
 * a size that lies, malformed XML, a DTD with an external entity, a wrong
 * root, 20,000 nested elements, a 1.9 GB file. Each is one line, exit 2,
 * nothing written; 80,000 styles are read.
 */
import {
  closeSync,
  ftruncateSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { dataset, removeTempFolders, runCli, tempFolder } from '../helpers/cli.js';
import { MINIMAL_FILES } from '../helpers/temp-dataset.js';
import { entryText, readZip } from '../helpers/zip-reader.js';

afterAll(removeTempFolders);

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const DOCUMENT = strToU8(`<w:document ${W}><w:body/></w:document>`);

const docx = (styles: string) =>
  zipSync({ 'word/document.xml': DOCUMENT, 'word/styles.xml': strToU8(styles) });

/** One deflated 8 MB styles part that the central directory lists `times` times, with word/document.xml. */
function bomb(times: number, declared?: number): Uint8Array {
  const styles = deflateSync(strToU8(`<w:styles ${W}>${' '.repeat(8_000_000)}</w:styles>`));
  const size = declared ?? 8_000_000 + 81 + 11;
  const names = { styles: strToU8('word/styles.xml'), document: strToU8('word/document.xml') };
  const document = deflateSync(DOCUMENT);
  const local = (name: Uint8Array, data: Uint8Array, inflated: number) => {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(inflated, 22);
    header.writeUInt16LE(name.length, 26);
    return Buffer.concat([header, name, data]);
  };
  const central = (name: Uint8Array, data: Uint8Array, inflated: number, offset: number) => {
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(inflated, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    return Buffer.concat([header, name]);
  };
  const first = local(names.styles, styles, size);
  const second = local(names.document, document, DOCUMENT.length);
  const directory = Buffer.concat([
    central(names.document, document, DOCUMENT.length, first.length),
    ...Array.from({ length: times }, () => central(names.styles, styles, size, 0)),
  ]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(times + 1, 8);
  end.writeUInt16LE(times + 1, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(first.length + second.length, 16);
  return Buffer.concat([first, second, directory, end]);
}

function file(name: string, bytes: Uint8Array): string {
  const target = path.join(tempFolder(), name);
  writeFileSync(target, bytes);
  return target;
}

const build = (reference: string, lang = 'vi') => {
  const out = path.join(tempFolder(), 'reports');
  return runCli([
    'build',
    '--data',
    dataset(MINIMAL_FILES),
    '--period',
    '2024-H1',
    '--format',
    'md,docx',
    '--out',
    out,
    '--docx-reference',
    reference,
    '--lang',
    lang,
  ]).then((run) => ({ ...run, written: readdirSync(path.dirname(out)) }));
};

const unusable = (reference: string, why: string) =>
  `dx-report: Tài liệu mẫu Word \`${reference}\` không dùng được (${why}); hãy chọn một tệp .docx lưu từ Word hoặc LibreOffice.\n`;

describe.concurrent('a hostile reference document: one line, exit 2, nothing written', () => {
  it.each([
    [
      'a bomb: the 8 MB styles part listed 4,000 times (0.3 MB)',
      bomb(4000),
      'tệp nén ZIP hỏng: hai mục cùng một tên',
    ],
    [
      'a size that lies (1,000 bytes declared, 8 MB inside)',
      bomb(1, 1000),
      'tệp nén ZIP hỏng: dữ liệu giải nén khác kích thước đã khai báo',
    ],
    [
      'malformed XML',
      docx(`${HEAD}<w:styles ${W}><w:style w:styleId="Normal"><w:name w:val="N"/></w:styles>`),
      'word/styles.xml không phải XML hợp lệ, ở dòng:cột 2:129',
    ],
    [
      'a DOCTYPE with an external entity',
      docx(
        `${HEAD}<!DOCTYPE w:styles [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:styles ${W}>&x;</w:styles>`,
      ),
      'word/styles.xml khai báo DTD hoặc thực thể (entity)',
    ],
    [
      'an undefined entity',
      docx(`${HEAD}<w:styles ${W}>&x;</w:styles>`),
      'word/styles.xml không phải XML hợp lệ, ở dòng:cột 2:82',
    ],
    [
      'a wrong root',
      docx(`${HEAD}<w:document ${W}><w:styles/></w:document>`),
      'phần tử gốc của word/styles.xml là <w:document>, không phải <w:styles>',
    ],
    [
      '20,000 nested elements',
      docx(
        `${HEAD}<w:styles ${W}>${'<w:style>'.repeat(20_000)}${'</w:style>'.repeat(20_000)}</w:styles>`,
      ),
      `word/styles.xml lồng nhau quá 64 cấp, ở dòng:cột 2:${82 + 63 * 9}`,
    ],
    [
      '80,000 tags left open',
      docx(`${HEAD}<w:styles ${W}>${'<w:style w:type="paragraph" '.repeat(80_000)}</w:styles>`),
      'word/styles.xml không phải XML hợp lệ, ở dòng:cột 2:110',
    ],
  ])('%s', async (_, bytes, why) => {
    const reference = file('mau.docx', bytes);
    const run = await build(reference);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(unusable(reference, why));
    expect(run.stdout).toBe('');
    expect(run.written).toEqual([]);
  });

  it('800,000 tags left open in the page of word/document.xml (10 KB)', async () => {
    const document = `<w:document ${W}><w:body><w:sectPr>${'<w:pgSz '.repeat(800_000)}</w:sectPr></w:body></w:document>`;
    const bytes = zipSync({
      'word/document.xml': strToU8(document),
      'word/styles.xml': strToU8(`<w:styles ${W}><w:style w:styleId="Normal"/></w:styles>`),
    });
    const reference = file('mau.docx', bytes);
    const run = await build(reference);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      unusable(reference, 'word/document.xml không phải XML hợp lệ, ở dòng:cột 1:110'),
    );
    expect(run.written).toEqual([]);
  });

  it('a 1.9 GB file is refused by its size, unread', async () => {
    const reference = path.join(tempFolder(), 'lon.docx');
    const fd = openSync(reference, 'w');
    ftruncateSync(fd, 1900 * 1024 * 1024);
    closeSync(fd);
    const run = await build(reference, 'en');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `dx-report: The Word reference document \`${reference}\` is larger than 64 MB, so it is not read; a reference document is a few dozen KB. Check the path.\n`,
    );
    expect(run.written).toEqual([]);
  });

  it('the same from the dataset (defaults.docx_reference), in English', async () => {
    const data = dataset({
      ...MINIMAL_FILES,
      'dx-report.yaml': `${MINIMAL_FILES['dx-report.yaml']}defaults:\n  docx_reference: mau.docx\n`,
    });
    writeFileSync(path.join(data, 'mau.docx'), bomb(4000));
    const out = path.join(tempFolder(), 'reports');
    const run = await runCli([
      'build',
      '--data',
      data,
      '--period',
      '2024-H1',
      '--format',
      'docx',
      '--out',
      out,
      '--lang',
      'en',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `dx-report: The Word reference document \`${path.join(data, 'mau.docx')}\` cannot be used (a damaged ZIP archive: two entries have one name); choose a .docx saved by Word or LibreOffice.\n`,
    );
    expect(readdirSync(path.dirname(out))).toEqual([]);
  });
});

it('80,000 styles are read, and every one reaches the briefing', async () => {
  const styles = Array.from(
    { length: 80_000 },
    (_, i) => `<w:style w:type="paragraph" w:styleId="S${i}"><w:name w:val="S${i}"/></w:style>`,
  ).join('');
  const reference = file('mau.docx', docx(`${HEAD}<w:styles ${W}>${styles}</w:styles>`));
  const out = path.join(tempFolder(), 'reports');
  const run = await runCli([
    'build',
    '--data',
    dataset(MINIMAL_FILES),
    '--period',
    '2024-H1',
    '--format',
    'docx',
    '--out',
    out,
    '--quiet',
    '--docx-reference',
    reference,
  ]);
  expect(run.status).toBe(0);
  const written = readZip(readFileSync(path.join(out, 'bao-cao-cds-2024-H1.docx')));
  expect(entryText(written, 'word/styles.xml').match(/w:styleId="S\d+"/g)).toHaveLength(80_000);
});
