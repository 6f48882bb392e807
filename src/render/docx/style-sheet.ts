/**
 * The named styles of the Word briefing, written as word/styles.xml. Every
 * paragraph takes its look from one of these (pandoc's approach), so an
 * office's reference document (`--docx-reference`) that defines a style of
 * the same id changes it everywhere. Sizes follow Nghị định 30/2020, Phụ lục
 * I: Times New Roman throughout; body 14 pt, justified, first line indented
 * 1,27 cm, 6 pt after each paragraph, line spacing 1,15.
 */
import { FIRST_LINE_INDENT } from '../layout/page.js';

/** The ids of the styles, as the document refers to them (Word's built-in ids where one fits). */
export const STYLE = {
  normal: 'Normal',
  body: 'BodyText',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  listItem: 'ListDash',
  listItem2: 'ListPlus',
  note: 'Note',
  nationalTitle: 'QuocHieu',
  motto: 'TieuNgu',
  parentBody: 'CoQuanChuQuan',
  issuingBody: 'CoQuanBanHanh',
  numberLine: 'SoKyHieu',
  summaryLine: 'TrichYeuCongVan',
  dateLine: 'DiaDanhNgayThang',
  documentKind: 'TenLoai',
  documentTitle: 'TrichYeu',
  addressee: 'KinhGui',
  recipientsHeading: 'NoiNhan',
  recipientsList: 'NoiNhanDanhSach',
  signerTitle: 'ChucVuNguoiKy',
  signerName: 'HoTenNguoiKy',
  appendixHeading: 'PhuLuc',
  appendixNote: 'KemTheo',
  tableText: 'TableText',
  tableNumber: 'TableNumber',
  tableHeading: 'TableHeading',
  tableTitle: 'TableTitle',
  chartCaption: 'Caption',
  code: 'SourceCode',
  rule: 'DuongKe',
  header: 'Header',
} as const;

export const FONT = 'Times New Roman';

/** Font sizes in points. */
export const SIZE = {
  body: 14,
  header: 12,
  motto: 13,
  numberLine: 13,
  table: 12,
  recipientsHeading: 12,
  recipients: 11,
  pageNumber: 13,
} as const;

interface Look {
  /** Set on Normal as well as in the document defaults, so readers that look only at styles see it. */
  font?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  align?: 'center' | 'both' | 'right' | 'left';
  /** Spacing before and after in points; line in 240ths (auto) or, with `exact`, twips. */
  before?: number;
  after?: number;
  line?: number;
  exact?: boolean;
  firstLine?: number;
  left?: number;
  hanging?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  outline?: number;
}

interface StyleSpec extends Look {
  id: string;
  name: string;
  basedOn?: string;
  next?: string;
}

const SINGLE: Look = { line: 240, before: 0, after: 0 };
const centred = (id: string, name: string, size: number, look: Look = {}): StyleSpec => ({
  id,
  name,
  basedOn: STYLE.normal,
  size,
  align: 'center',
  ...SINGLE,
  ...look,
});
const heading = (id: string, name: string, level: number, before = 6): StyleSpec => ({
  id,
  name,
  basedOn: STYLE.body,
  next: STYLE.body,
  bold: true,
  size: SIZE.body,
  keepNext: true,
  keepLines: true,
  outline: level,
  before,
  after: 6,
});

/** The paragraph styles, in the order Word lists them. */
export const STYLES: readonly StyleSpec[] = [
  { id: STYLE.normal, name: 'Normal', font: FONT, size: SIZE.body, ...SINGLE },
  {
    id: STYLE.body,
    name: 'Body Text',
    basedOn: STYLE.normal,
    align: 'both',
    firstLine: FIRST_LINE_INDENT,
    before: 0,
    after: 6,
    line: 276,
  },
  heading(STYLE.heading1, 'heading 1', 0, 12),
  heading(STYLE.heading2, 'heading 2', 1),
  // Points ("a) …"): upright and not bold (NĐ 30/2020, Phụ lục I); a bold paragraph keeps its bold runs.
  { ...heading(STYLE.heading3, 'heading 3', 2), bold: false },
  { id: STYLE.listItem, name: 'Gạch đầu dòng', basedOn: STYLE.body },
  {
    id: STYLE.listItem2,
    name: 'Gạch đầu dòng cấp 2',
    basedOn: STYLE.body,
    firstLine: FIRST_LINE_INDENT * 2,
    after: 3,
  },
  {
    id: STYLE.note,
    name: 'Ghi chú',
    basedOn: STYLE.body,
    italic: true,
    size: SIZE.numberLine,
    before: 3,
  },
  centred(STYLE.parentBody, 'Cơ quan chủ quản', SIZE.header),
  centred(STYLE.issuingBody, 'Cơ quan ban hành', SIZE.header, { bold: true }),
  centred(STYLE.numberLine, 'Số, ký hiệu', SIZE.numberLine, { before: 6 }),
  centred(STYLE.summaryLine, 'Trích yếu công văn', SIZE.header),
  centred(STYLE.nationalTitle, 'Quốc hiệu', SIZE.header, { bold: true }),
  centred(STYLE.motto, 'Tiêu ngữ', SIZE.motto, { bold: true }),
  centred(STYLE.dateLine, 'Địa danh, ngày tháng', SIZE.numberLine, { italic: true, before: 6 }),
  centred(STYLE.documentKind, 'Tên loại văn bản', SIZE.body, {
    bold: true,
    before: 18,
    keepNext: true,
  }),
  centred(STYLE.documentTitle, 'Trích yếu', SIZE.body, { bold: true, keepNext: true }),
  {
    id: STYLE.addressee,
    name: 'Kính gửi',
    basedOn: STYLE.normal,
    before: 6,
    after: 0,
    left: 3402,
    hanging: 1418,
  },
  {
    id: STYLE.recipientsHeading,
    name: 'Nơi nhận',
    basedOn: STYLE.normal,
    bold: true,
    italic: true,
    size: SIZE.recipientsHeading,
    ...SINGLE,
  },
  {
    id: STYLE.recipientsList,
    name: 'Nơi nhận (danh sách)',
    basedOn: STYLE.normal,
    size: SIZE.recipients,
    ...SINGLE,
  },
  centred(STYLE.signerTitle, 'Quyền hạn, chức vụ người ký', SIZE.body, { bold: true }),
  centred(STYLE.signerName, 'Họ tên người ký', SIZE.body, { bold: true }),
  centred(STYLE.appendixHeading, 'Phụ lục', SIZE.body, { bold: true, keepNext: true }),
  centred(STYLE.appendixNote, 'Kèm theo', SIZE.body, { italic: true, after: 12 }),
  {
    id: STYLE.tableText,
    name: 'Table Text',
    basedOn: STYLE.normal,
    size: SIZE.table,
    line: 240,
    before: 2,
    after: 2,
  },
  { id: STYLE.tableNumber, name: 'Table Number', basedOn: STYLE.tableText, align: 'right' },
  {
    id: STYLE.tableHeading,
    name: 'Table Heading',
    basedOn: STYLE.tableText,
    bold: true,
    align: 'center',
    keepNext: true,
  },
  {
    id: STYLE.tableTitle,
    name: 'Table Title',
    basedOn: STYLE.body,
    bold: true,
    keepNext: true,
    before: 6,
    after: 3,
  },
  {
    id: STYLE.chartCaption,
    name: 'caption',
    basedOn: STYLE.normal,
    italic: true,
    size: SIZE.numberLine,
    align: 'center',
    before: 3,
    after: 6,
  },
  { id: STYLE.code, name: 'Source Code', basedOn: STYLE.normal, size: SIZE.table },
  {
    id: STYLE.rule,
    name: 'Đường kẻ',
    basedOn: STYLE.normal,
    size: 1,
    align: 'center',
    before: 3,
    after: 0,
    line: 40,
    exact: true,
  },
  {
    id: STYLE.header,
    name: 'header',
    basedOn: STYLE.normal,
    size: SIZE.pageNumber,
    align: 'center',
    ...SINGLE,
  },
];

function paragraphProperties(look: Look): string {
  let xml = '';
  if (look.keepNext === true) xml += '<w:keepNext/>';
  if (look.keepLines === true) xml += '<w:keepLines/>';
  if (look.before !== undefined || look.after !== undefined || look.line !== undefined) {
    const attributes = [
      look.before === undefined ? '' : ` w:before="${look.before * 20}"`,
      look.after === undefined ? '' : ` w:after="${look.after * 20}"`,
      look.line === undefined
        ? ''
        : ` w:line="${look.line}" w:lineRule="${look.exact === true ? 'exact' : 'auto'}"`,
    ];
    xml += `<w:spacing${attributes.join('')}/>`;
  }
  if (look.firstLine !== undefined || look.left !== undefined || look.hanging !== undefined) {
    const attributes = [
      look.left === undefined ? '' : ` w:left="${look.left}"`,
      look.firstLine === undefined ? '' : ` w:firstLine="${look.firstLine}"`,
      look.hanging === undefined ? '' : ` w:hanging="${look.hanging}"`,
    ];
    xml += `<w:ind${attributes.join('')}/>`;
  }
  if (look.align !== undefined) xml += `<w:jc w:val="${look.align}"/>`;
  if (look.outline !== undefined) xml += `<w:outlineLvl w:val="${look.outline}"/>`;
  return xml === '' ? '' : `<w:pPr>${xml}</w:pPr>`;
}

function runProperties(look: Look): string {
  let xml =
    look.font === undefined
      ? ''
      : `<w:rFonts w:ascii="${look.font}" w:hAnsi="${look.font}" w:eastAsia="${look.font}" w:cs="${look.font}"/>`;
  if (look.bold === true) xml += '<w:b/><w:bCs/>';
  if (look.italic === true) xml += '<w:i/><w:iCs/>';
  if (look.size !== undefined)
    xml += `<w:sz w:val="${look.size * 2}"/><w:szCs w:val="${look.size * 2}"/>`;
  return xml === '' ? '' : `<w:rPr>${xml}</w:rPr>`;
}

/** One style as XML. */
function styleXml(style: StyleSpec): string {
  const isDefault = style.id === STYLE.normal ? ' w:default="1"' : '';
  return (
    `<w:style w:type="paragraph"${isDefault} w:styleId="${style.id}"><w:name w:val="${style.name}"/>` +
    (style.basedOn === undefined ? '' : `<w:basedOn w:val="${style.basedOn}"/>`) +
    (style.next === undefined ? '' : `<w:next w:val="${style.next}"/>`) +
    `<w:qFormat/>${paragraphProperties(style)}${runProperties(style)}</w:style>`
  );
}

/** The document defaults: Times New Roman 14 pt, Vietnamese, single spacing. */
export const DOC_DEFAULTS =
  `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/>` +
  `<w:sz w:val="${SIZE.body * 2}"/><w:szCs w:val="${SIZE.body * 2}"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>` +
  '<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>';

/**
 * The style of the tables of figures: every cell centred vertically. Said
 * once here rather than in each cell: a national appendix has 180,000 cells,
 * and `<w:tcPr><w:vAlign w:val="center"/></w:tcPr>` in each was a quarter of
 * word/document.xml.
 */
export const TABLE_STYLE = { id: 'DataTable', name: 'Data Table' } as const;

const TABLE_STYLE_XML = `<w:style w:type="table" w:styleId="${TABLE_STYLE.id}"><w:name w:val="${TABLE_STYLE.name}"/><w:tblPr/><w:tcPr><w:vAlign w:val="center"/></w:tcPr></w:style>`;

/** Each of our styles as XML, by id (a reference document may replace any of them). */
export function styleElements(): Map<string, string> {
  return new Map([
    ...STYLES.map((style): [string, string] => [style.id, styleXml(style)]),
    [TABLE_STYLE.id, TABLE_STYLE_XML],
  ]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** word/styles.xml: the defaults and every style. */
export function stylesXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}">` +
    `${DOC_DEFAULTS}${[...styleElements().values()].join('')}` +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '</w:styles>'
  );
}
