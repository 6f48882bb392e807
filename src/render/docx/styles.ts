/**
 * The named styles of the Word briefing. Every paragraph takes its look from
 * one of these (pandoc's approach), never from formatting run by run, so an
 * office's reference document (`--docx-reference`) that defines a style of
 * the same id changes it everywhere. Sizes follow Nghị định 30/2020, Phụ lục
 * I (facts §4): Times New Roman throughout; body 14 pt, justified, first line
 * indented 1,27 cm, 6 pt after each paragraph, line spacing 1,15.
 */
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import { FIRST_LINE_INDENT } from '../layout/page.js';

/** The ids of the styles, as documents refer to them (Word's built-in ids where one fits). */
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

const halfPoints = (points: number): number => points * 2;
const points = (value: number): number => value * 20;

/** Single line spacing, for the header and tables. */
const SINGLE = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } as const;

type ParagraphStyle = NonNullable<IStylesOptions['paragraphStyles']>[number];

/** A centred, unindented paragraph of the header or signature block. */
function centred(
  id: string,
  name: string,
  size: number,
  look: { bold?: boolean; italics?: boolean } = {},
): ParagraphStyle {
  return {
    id,
    name,
    basedOn: STYLE.normal,
    quickFormat: true,
    run: { size: halfPoints(size), ...look },
    paragraph: { alignment: AlignmentType.CENTER, spacing: SINGLE },
  };
}

function heading(id: string, name: string, level: number, before = points(6)): ParagraphStyle {
  return {
    id,
    name,
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    run: { bold: true, size: halfPoints(SIZE.body) },
    paragraph: {
      keepNext: true,
      keepLines: true,
      outlineLevel: level,
      spacing: { before, after: points(6) },
    },
  };
}

/** The paragraph styles, in the order Word lists them. */
export const PARAGRAPH_STYLES: readonly ParagraphStyle[] = [
  {
    // Spelled out as well as in the document defaults, so readers that look only at styles see it.
    id: STYLE.normal,
    name: 'Normal',
    quickFormat: true,
    run: { font: FONT, size: halfPoints(SIZE.body) },
    paragraph: { spacing: SINGLE },
  },
  {
    id: STYLE.body,
    name: 'Body Text',
    basedOn: STYLE.normal,
    quickFormat: true,
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: FIRST_LINE_INDENT },
      spacing: { before: 0, after: points(6), line: 276, lineRule: LineRuleType.AUTO },
    },
  },
  heading(STYLE.heading1, 'heading 1', 0, points(12)),
  heading(STYLE.heading2, 'heading 2', 1),
  heading(STYLE.heading3, 'heading 3', 2),
  { id: STYLE.listItem, name: 'Gạch đầu dòng', basedOn: STYLE.body, quickFormat: true },
  {
    id: STYLE.listItem2,
    name: 'Gạch đầu dòng cấp 2',
    basedOn: STYLE.body,
    quickFormat: true,
    paragraph: { indent: { firstLine: FIRST_LINE_INDENT * 2 }, spacing: { after: points(3) } },
  },
  {
    id: STYLE.note,
    name: 'Ghi chú',
    basedOn: STYLE.body,
    quickFormat: true,
    run: { italics: true, size: halfPoints(SIZE.numberLine) },
    paragraph: { spacing: { before: points(3) } },
  },
  centred(STYLE.parentBody, 'Cơ quan chủ quản', SIZE.header),
  centred(STYLE.issuingBody, 'Cơ quan ban hành', SIZE.header, { bold: true }),
  {
    ...centred(STYLE.numberLine, 'Số, ký hiệu', SIZE.numberLine),
    paragraph: { alignment: AlignmentType.CENTER, spacing: { ...SINGLE, before: points(6) } },
  },
  centred(STYLE.nationalTitle, 'Quốc hiệu', SIZE.header, { bold: true }),
  centred(STYLE.motto, 'Tiêu ngữ', SIZE.motto, { bold: true }),
  {
    ...centred(STYLE.dateLine, 'Địa danh, ngày tháng', SIZE.numberLine, { italics: true }),
    paragraph: { alignment: AlignmentType.CENTER, spacing: { ...SINGLE, before: points(6) } },
  },
  {
    ...centred(STYLE.documentKind, 'Tên loại văn bản', SIZE.body, { bold: true }),
    paragraph: {
      alignment: AlignmentType.CENTER,
      spacing: { ...SINGLE, before: points(18) },
      keepNext: true,
    },
  },
  {
    ...centred(STYLE.documentTitle, 'Trích yếu', SIZE.body, { bold: true }),
    paragraph: { alignment: AlignmentType.CENTER, spacing: SINGLE, keepNext: true },
  },
  {
    id: STYLE.addressee,
    name: 'Kính gửi',
    basedOn: STYLE.normal,
    quickFormat: true,
    paragraph: { spacing: { before: points(6), after: 0 }, indent: { left: 3402, hanging: 1418 } },
  },
  {
    id: STYLE.recipientsHeading,
    name: 'Nơi nhận',
    basedOn: STYLE.normal,
    quickFormat: true,
    run: { bold: true, italics: true, size: halfPoints(SIZE.recipientsHeading) },
    paragraph: { spacing: SINGLE },
  },
  {
    id: STYLE.recipientsList,
    name: 'Nơi nhận (danh sách)',
    basedOn: STYLE.normal,
    quickFormat: true,
    run: { size: halfPoints(SIZE.recipients) },
    paragraph: { spacing: SINGLE },
  },
  centred(STYLE.signerTitle, 'Quyền hạn, chức vụ người ký', SIZE.body, { bold: true }),
  centred(STYLE.signerName, 'Họ tên người ký', SIZE.body, { bold: true }),
  {
    ...centred(STYLE.appendixHeading, 'Phụ lục', SIZE.body, { bold: true }),
    paragraph: { alignment: AlignmentType.CENTER, spacing: SINGLE, keepNext: true },
  },
  {
    ...centred(STYLE.appendixNote, 'Kèm theo', SIZE.body, { italics: true }),
    paragraph: { alignment: AlignmentType.CENTER, spacing: { ...SINGLE, after: points(12) } },
  },
  {
    id: STYLE.tableText,
    name: 'Table Text',
    basedOn: STYLE.normal,
    quickFormat: true,
    run: { size: halfPoints(SIZE.table) },
    paragraph: { spacing: { ...SINGLE, before: points(2), after: points(2) } },
  },
  {
    id: STYLE.tableNumber,
    name: 'Table Number',
    basedOn: STYLE.tableText,
    quickFormat: true,
    paragraph: { alignment: AlignmentType.RIGHT },
  },
  {
    id: STYLE.tableHeading,
    name: 'Table Heading',
    basedOn: STYLE.tableText,
    quickFormat: true,
    run: { bold: true },
    paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
  },
  {
    id: STYLE.tableTitle,
    name: 'Table Title',
    basedOn: STYLE.body,
    quickFormat: true,
    run: { bold: true },
    paragraph: { keepNext: true, spacing: { before: points(6), after: points(3) } },
  },
  {
    id: STYLE.chartCaption,
    name: 'caption',
    basedOn: STYLE.normal,
    quickFormat: true,
    run: { italics: true, size: halfPoints(SIZE.numberLine) },
    paragraph: {
      alignment: AlignmentType.CENTER,
      spacing: { before: points(3), after: points(6) },
    },
  },
  {
    id: STYLE.rule,
    name: 'Đường kẻ',
    basedOn: STYLE.normal,
    run: { size: 2 },
    paragraph: {
      alignment: AlignmentType.CENTER,
      spacing: { before: points(3), after: 0, line: 40, lineRule: LineRuleType.EXACT },
    },
  },
  {
    id: STYLE.header,
    name: 'header',
    basedOn: STYLE.normal,
    run: { size: halfPoints(SIZE.pageNumber) },
    paragraph: { alignment: AlignmentType.CENTER, spacing: SINGLE },
  },
];

/** The document defaults and the Normal style: Times New Roman 14 pt, Vietnamese. */
export const DEFAULT_STYLES: NonNullable<IStylesOptions['default']> = {
  document: {
    run: { font: FONT, size: halfPoints(SIZE.body), language: { value: 'vi-VN' } },
    paragraph: { spacing: SINGLE },
  },
};
