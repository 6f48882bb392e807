/**
 * The formats the packaging tests build: every one of REPORT_FORMATS, so a
 * new format is tested from the tarball and through the action as soon as it
 * is registered. A format that LibreOffice makes by converting another (the
 * PDF of the Word briefing) needs `soffice` on PATH: without it, it is left
 * out with a visible warning. LibreOffice stamps its own dates and ids, so
 * its files are compared by name and size, not bytes.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPORT_FORMATS } from '../../src/model/report-formats.js';

const CONVERTED_BY_LIBREOFFICE: readonly string[] = ['pdf'];

/** Whether LibreOffice (`soffice`) is on PATH: the PDF is made by converting the .docx. */
export const hasSoffice = (process.env.PATH ?? '')
  .split(path.delimiter)
  .some(
    (folder) =>
      folder !== '' &&
      ['soffice', 'libreoffice'].some((program) => existsSync(path.join(folder, program))),
  );

const leftOut = hasSoffice
  ? []
  : REPORT_FORMATS.filter((format) => CONVERTED_BY_LIBREOFFICE.includes(format));
if (leftOut.length > 0)
  console.warn(
    `LibreOffice is not installed: the packaging tests do not build ${leftOut.join(', ')}.`,
  );

/** Every registered format this machine can build, in the registry's order. */
export const BUILT_FORMATS: readonly string[] = REPORT_FORMATS.filter(
  (format) => !leftOut.includes(format),
);

/** Whether two builds of the same data give the same bytes in this format. */
export const sameBytes = (format: string): boolean => !CONVERTED_BY_LIBREOFFICE.includes(format);
