/**
 * Python's python-docx (Debian's python3-docx) as an independent reader of
 * the Word briefing: python-docx-read.py opens a .docx, failing on any
 * warning, and describes its sections, styles, paragraphs and tables as JSON.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'python-docx-read.py');

/** The first python3 on PATH that can import docx (a pyenv one may come first without it), or null. */
export function findPythonDocx(): string | null {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(folder, 'python3');
    if (folder === '' || !existsSync(candidate)) continue;
    const probe = spawnSync(candidate, ['-c', 'import docx'], { stdio: 'ignore', timeout: 30_000 });
    if (probe.status === 0) return candidate;
  }
  return null;
}

export interface PyStyle {
  name: string;
  font: string | null;
  size: number | null;
  bold: boolean | null;
  italic: boolean | null;
  alignment: string | null;
  first_line_indent: number | null;
  space_after: number | null;
  line_spacing: number | null;
}

export interface PyParagraph {
  style: string | null;
  text: string;
  bold: (boolean | null)[];
  italic: (boolean | null)[];
}

export interface PyDocument {
  sections: {
    width: number;
    height: number;
    orientation: string;
    top: number;
    bottom: number;
    left: number;
    right: number;
    different_first_page: boolean;
    header: string[];
    first_page_header: string[];
  }[];
  styles: Record<string, PyStyle>;
  paragraphs: PyParagraph[];
  /** Tables, rows, cells, paragraphs. */
  tables: PyParagraph[][][][];
}

export async function readWithPythonDocx(python: string, file: string): Promise<PyDocument> {
  const { stdout } = await promisify(execFile)(python, [SCRIPT, file], {
    env: { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONUTF8: '1' },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as PyDocument;
}
