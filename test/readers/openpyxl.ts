/**
 * Python's openpyxl as a third, independent reader of the workbook (analysts
 * open it from their own scripts): openpyxl-read.py loads an .xlsx, failing on
 * any warning, and describes its sheets, print setup and chosen rows as JSON.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'openpyxl-read.py');

/**
 * The first python3 on PATH that can import openpyxl, or null. Every one is
 * tried: a pyenv or virtualenv python3 may come first without the package
 * that the system's python3 (Debian's python3-openpyxl) has.
 */
export function findPython(name = 'python3'): string | null {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(folder, name);
    if (folder === '' || !existsSync(candidate)) continue;
    const probe = spawnSync(candidate, ['-c', 'import openpyxl'], {
      stdio: 'ignore',
      timeout: 30_000,
    });
    if (probe.status === 0) return candidate;
  }
  return null;
}

/** One cell as openpyxl reads it, with the formula's cached result beside it. */
export interface OpenpyxlCell {
  coordinate: string;
  /** openpyxl's type: 's' text, 'n' number or empty, 'd' date, 'f' formula, 'b' boolean. */
  data_type: string;
  /** The Python type of the value: 'str', 'int', 'float', 'datetime', 'NoneType'… */
  python_type: string;
  /** The value as written; a date or time as ISO text, a formula as its text with '='. */
  value: string | number | boolean | null;
  formula: string | null;
  /** The value loaded with data_only=True: what the formula last computed. */
  cached: string | number | boolean | null;
  cached_type: string;
  is_date: boolean;
  number_format: string;
  bold: boolean;
}

export interface OpenpyxlRule {
  type: string;
  priority: number;
  color_scale: {
    cfvo: { type: string; val: number | string | null }[];
    color: (string | null)[];
  } | null;
}

export interface OpenpyxlSheet {
  title: string;
  dimensions: string;
  max_row: number;
  max_column: number;
  freeze_panes: string | null;
  auto_filter: string | null;
  /** The sheet's Excel Tables (name, range, column names, the table's own filter). */
  tables: { name: string; ref: string; columns: string[]; auto_filter: string | null }[];
  /** The centre of the odd pages' footer, as written ("Trang &P/&N"). */
  footer: string | null;
  print: {
    orientation: string | null;
    paperSize: number | null;
    fitToPage: boolean;
    fitToWidth: number | null;
    fitToHeight: number | null;
    print_title_rows: string | null;
    print_title_cols: string | null;
  };
  conditional_formatting: { range: string; rules: OpenpyxlRule[] }[];
  /** The chosen rows that the sheet has, by row number, each with all its columns. */
  rows: Record<string, OpenpyxlCell[]>;
}

export interface OpenpyxlBook {
  openpyxl: string;
  sheets: OpenpyxlSheet[];
}

/**
 * Reads an .xlsx with openpyxl; `rows` are the row numbers to describe cell by
 * cell on every sheet (the script's default: 1 to 4). Rejects, with Python's
 * message, when openpyxl warns about the file or cannot read it.
 */
export async function readWithOpenpyxl(
  python: string,
  file: string,
  rows: readonly number[] = [],
): Promise<OpenpyxlBook> {
  const { stdout } = await promisify(execFile)(python, [SCRIPT, file, ...rows.map(String)], {
    // UTF-8 whatever the machine's locale, for the Vietnamese sheet names and text.
    env: { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONUTF8: '1' },
    timeout: 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as OpenpyxlBook;
}
