/**
 * The page of an office's reference document, end to end: `dx-report
 * reference-docx` writes the reference, python-docx changes its margins and
 * a style's font (as an office's script, or Word, would), the briefing is
 * built with `--docx-reference`, and python-docx reads the margins and the
 * font back from the briefing. Skipped, with a warning, where no python3 on
 * PATH can import docx (apt-get install python3-docx).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempFolders, runCli, tempFolder, SAMPLE_DATA } from '../helpers/cli.js';
import { findPythonDocx, readWithPythonDocx } from './python-docx.js';

afterAll(removeTempFolders);

const python = findPythonDocx();
if (python === null) {
  console.warn(
    'No python3 with python-docx on PATH (apt-get install python3-docx): the reference page check is skipped.',
  );
}

/** Margins 25/20/22/35 mm (top, right, bottom, left) and Arial for Body Text. */
const EDIT = `
import sys, docx
from docx.shared import Mm
document = docx.Document(sys.argv[1])
section = document.sections[0]
section.top_margin, section.right_margin = Mm(25), Mm(20)
section.bottom_margin, section.left_margin = Mm(22), Mm(35)
document.styles['Body Text'].font.name = 'Arial'
document.save(sys.argv[2])
`;

describe.skipIf(python === null)(
  'a reference document with other margins, as python-docx reads the briefing',
  () => {
    it('gives the body those margins, turns them for a landscape appendix, and takes its font', async () => {
      const cwd = tempFolder();
      expect((await runCli(['reference-docx', 'mau.docx'], { cwd })).status).toBe(0);
      await promisify(execFile)(python ?? 'python3', [
        '-c',
        EDIT,
        join(cwd, 'mau.docx'),
        join(cwd, 'sua.docx'),
      ]);
      const built = await runCli(
        [
          'build',
          '--data',
          SAMPLE_DATA,
          '-p',
          '2024-H1',
          '-f',
          'docx',
          '--docx-reference',
          'sua.docx',
          '--out',
          'out',
        ],
        { cwd },
      );
      expect(built.status).toBe(0);
      const read = await readWithPythonDocx(
        python ?? 'python3',
        join(cwd, 'out', 'bao-cao-cds-2024-H1.docx'),
      );
      const page = ({
        width,
        height,
        orientation,
        top,
        right,
        bottom,
        left,
      }: (typeof read.sections)[number]) => ({
        width,
        height,
        orientation,
        top,
        right,
        bottom,
        left,
      });
      // 25 mm = 1417 twips, 20 mm = 1134, 22 mm = 1247, 35 mm = 1984 (python-docx keeps EMUs: ±1).
      const portrait = {
        width: 11906,
        height: 16838,
        orientation: 'PORTRAIT (0)',
        top: 1417,
        right: 1134,
        bottom: 1247,
        left: 1984,
      };
      const landscape = {
        width: 16838,
        height: 11906,
        orientation: 'LANDSCAPE (1)',
        top: 1984,
        right: 1417,
        bottom: 1134,
        left: 1247,
      };
      expect(read.sections.map(page)).toEqual([
        portrait,
        portrait,
        landscape,
        landscape,
        landscape,
      ]);
      expect(read.styles.BodyText?.font).toBe('Arial');
    });
  },
);
