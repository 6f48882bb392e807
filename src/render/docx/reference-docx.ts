/**
 * `dx-report reference-docx [FILE]`: the briefing's styles in a .docx an
 * office opens in Word or LibreOffice, changes (a font, a size, a spacing)
 * and passes back with `--docx-reference` (pandoc's
 * `--print-default-data-file reference.docx`). Each style shows once, a
 * paragraph that names it; the page is the briefing's A4. The same bytes
 * every time.
 */
import { STYLES, stylesXml } from './style-sheet.js';
import { packageDocx } from './word-package.js';
import { paragraphXml, runXml } from './word-text.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function* sample(): Iterable<string> {
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>`;
  for (const style of STYLES) yield paragraphXml(style.id, runXml(`${style.name} (${style.id})`));
  yield `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;
}

export function referenceDocx(): Uint8Array {
  return packageDocx(sample(), [], stylesXml(), {
    title: 'dx-report reference.docx',
    organization: 'dx-report',
    date: '2024-01-01',
  });
}
