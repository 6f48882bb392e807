/**
 * The edge with exceljs (loaded only here): a workbook's bytes → its cells as
 * read-form.ts reads them, and the phiếu trả lại: the agency's workbook with
 * each faulty cell marked and a "Lỗi" column saying what is wrong.
 */
import type { CellValue, Workbook } from 'exceljs';
import type { CellRead } from './cell-values.js';
import { FIRST_ROW, HEADER_ROW } from './layout.js';
import type { Problem, SheetCells, WorkbookCells } from './read-form.js';

/** Why bytes are not a workbook we can read, before exceljs is asked. */
export type NotReadable =
  { problem: 'intake-not-workbook'; reason?: string | undefined } | { problem: 'intake-encrypted' };

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The stream a password-protected .xlsx keeps its package in (ECMA-376 encryption), as OLE2 names it. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
const ODS_MIMETYPE = Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet');

/**
 * What a file is, by its bytes rather than its name: an .xlsx (a zip), an
 * OpenDocument spreadsheet (a zip whose first entry says so) or an OLE2 file
 * (an .xls, to convert) — or a password-protected .xlsx, which Excel writes
 * as an OLE2 file holding an `EncryptedPackage` stream; anything else is not
 * a workbook.
 */
export function sniff(bytes: Uint8Array): { format: 'xlsx' | 'xls' | 'ods' } | NotReadable {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const starts = (magic: readonly number[]) => magic.every((byte, index) => bytes[index] === byte);
  if (starts(OLE2))
    return buffer.includes(ENCRYPTED_PACKAGE) ? { problem: 'intake-encrypted' } : { format: 'xls' };
  if (!starts(ZIP)) return { problem: 'intake-not-workbook' };
  // A zip's first local header: its name at 30; an .ods stores `mimetype` first, uncompressed.
  return buffer.subarray(30, 30 + ODS_MIMETYPE.length).equals(ODS_MIMETYPE)
    ? { format: 'ods' }
    : { format: 'xlsx' };
}

async function load(bytes: Uint8Array): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** The cells of every sheet (values as typed: rich text joined, formulas by their result). */
export async function readWorkbookCells(bytes: Uint8Array): Promise<WorkbookCells | NotReadable> {
  let workbook: Workbook;
  try {
    workbook = await load(bytes);
  } catch (error) {
    return {
      problem: 'intake-not-workbook',
      reason: error instanceof Error ? error.message.slice(0, 120) : undefined,
    };
  }
  // A zip with no workbook in it (a .docx, a folder zipped) loads as an empty workbook.
  if (workbook.worksheets.length === 0) return { problem: 'intake-not-workbook' };
  const sheets: SheetCells[] = [];
  workbook.eachSheet((sheet) => {
    const rows = new Map<number, Map<number, CellRead>>();
    let lastRow = 0;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells = new Map<number, CellRead>();
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const value = plain(cell.value);
        if (value === null) return;
        const read: CellRead = { value };
        if (cell.numFmt) read.format = cell.numFmt;
        cells.set(col, read);
      });
      if (cells.size > 0) {
        rows.set(rowNumber, cells);
        lastRow = rowNumber;
      }
    });
    sheets.push({ name: sheet.name, rows, lastRow });
  });
  return sheets;
}

function plain(value: CellValue): CellRead['value'] {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('result' in value) return plain(value.result);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return null;
  }
  return null;
}

const FAULT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } } as const;
const THIN = { style: 'thin', color: { argb: 'FF999999' } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * The return sheet: a copy of the workbook with each faulty cell shaded red
 * and a "Lỗi" column, right of each table, saying what is wrong on that row;
 * problems of a whole sheet or workbook go on the guide's first free rows.
 */
export async function returnSheet(
  bytes: Uint8Array,
  problems: readonly Problem[],
  message: (problem: Problem) => string,
  guideSheet: string,
): Promise<Uint8Array> {
  const workbook = await load(bytes);
  const byRow = new Map<string, string[]>();
  const general: string[] = [];
  for (const problem of problems) {
    const sheet = problem.sheet === undefined ? undefined : workbook.getWorksheet(problem.sheet);
    if (!sheet || problem.cell === undefined) {
      general.push(message(problem));
      continue;
    }
    const cell = sheet.getCell(problem.cell);
    // A style of its own: cells read from a file share one, and shading it would shade them all.
    cell.style = { ...cell.style, fill: FAULT_FILL };
    const key = `${sheet.name}\u0000${cell.row}`;
    byRow.set(key, [...(byRow.get(key) ?? []), `${problem.cell}: ${message(problem)}`]);
  }
  for (const [key, messages] of byRow) {
    const [name, row] = key.split('\u0000') as [string, string];
    const sheet = workbook.getWorksheet(name)!;
    const errorColumn = Math.max(sheet.getRow(HEADER_ROW).cellCount, 1) + 1;
    const header = sheet.getCell(HEADER_ROW, errorColumn);
    header.value = 'Lỗi';
    header.style = {
      font: { bold: true, color: { argb: 'FF9C0006' } },
      fill: FAULT_FILL,
      border: BORDER,
      alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' },
    };
    sheet.getColumn(errorColumn).width = 60;
    const cell = sheet.getCell(Number(row) < FIRST_ROW ? FIRST_ROW : Number(row), errorColumn);
    cell.value = messages.join('\n');
    cell.style = {
      font: { color: { argb: 'FF9C0006' } },
      border: BORDER,
      alignment: { wrapText: true, vertical: 'top' },
    };
    // Tall enough for its messages, at about 55 characters a line.
    const lines = messages.reduce((sum, text) => sum + Math.ceil(text.length / 55), 0);
    const sheetRow = sheet.getRow(Number(cell.row));
    sheetRow.height = Math.max(sheetRow.height ?? 15, 15 * lines);
  }
  const guide = workbook.getWorksheet(guideSheet) ?? workbook.worksheets[0];
  if (guide && general.length > 0) {
    const start = guide.rowCount + 2;
    guide.getCell(start, 1).value = 'Lỗi:';
    guide.getCell(start, 1).font = { bold: true, color: { argb: 'FF9C0006' } };
    general.forEach((text, index) => (guide.getCell(start + 1 + index, 1).value = text));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
