/**
 * An Excel Table (ListObject) over a sheet's data, written as its own part
 * (`xl/tables/tableN.xml`): the name an analyst's pivot or Power Query refers
 * to (`tblNhiemVu`), the header row, the data rows and a filter over them.
 * exceljs's streaming writer has no tables, so the part, the sheet's
 * relationship to it and its content type are added here.
 */
import { safeText } from '../safe-text.js';

export interface TableDefinition {
  /** The table's name: letters, digits and `_`, starting with a letter (`tblNhiemVu`). */
  name: string;
  /** "A4:O51": the header row and the data rows, nothing else. */
  ref: string;
  /** The header cells' texts, in order: Excel requires them equal to the cells and distinct. */
  columns: readonly string[];
}

export const TABLE_RELATIONSHIP =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
export const TABLE_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';

function escapeXml(text: string): string {
  return safeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The part's XML; `id` is unique in the workbook (1, 2, …). */
export function tablePartXml(id: number, table: TableDefinition): string {
  const columns = table.columns
    .map((name, index) => `<tableColumn id="${index + 1}" name="${escapeXml(name)}"/>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' +
    ` id="${id}" name="${table.name}" displayName="${table.name}" ref="${table.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${table.ref}"/>` +
    `<tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0"' +
    ' showRowStripes="1" showColumnStripes="0"/>' +
    '</table>'
  );
}

/** The element a worksheet ends with to name its table part. */
export function tablePartsXml(relationshipId: string): string {
  return `<tableParts count="1"><tablePart r:id="${relationshipId}"/></tableParts>`;
}
