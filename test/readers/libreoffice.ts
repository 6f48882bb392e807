/**
 * LibreOffice as a second, independent reader of the workbook: converts an
 * .xlsx to one CSV per sheet, with cells as shown (number formats applied).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

/** The soffice executable on PATH, or null. */
export function findSoffice(): string | null {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(folder, 'soffice');
    if (folder !== '' && existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * CSV filter options: comma, double quote, UTF-8, from line 1, cells as shown,
 * and (LibreOffice ≥ 7.2) every sheet to its own file "<name>-<sheet>.csv".
 */
const CSV_EVERY_SHEET =
  'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/** Converts the .xlsx files in `folder` to CSV in `folder`, with a throwaway profile. */
export async function convertToCsv(
  soffice: string,
  folder: string,
  files: readonly string[],
): Promise<void> {
  await promisify(execFile)(
    soffice,
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${join(folder, 'profile')}`,
      '--convert-to',
      CSV_EVERY_SHEET,
      '--outdir',
      folder,
      ...files.map((file) => join(folder, file)),
    ],
    // C.UTF-8: UTF-8 file names for the Vietnamese sheet names, and LibreOffice's default
    // English formats, so that "as shown" reads 52.4% on every machine.
    { env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' }, timeout: 90_000 },
  );
}

/** Parses CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The rows of the CSV LibreOffice wrote for one sheet of a converted file. */
export async function sheetCsv(
  folder: string,
  file: string,
  sheetName: string,
): Promise<string[][]> {
  const base = file.replace(/\.xlsx$/, '');
  return parseCsv(await readFile(join(folder, `${base}-${sheetName}.csv`), 'utf8'));
}
