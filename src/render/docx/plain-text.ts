/**
 * User text as Word takes it: printed as written (no Markdown escaping), in
 * NFC, on one line (line breaks and runs of spaces collapsed to one space,
 * as in the other renderers), and without the control characters that XML
 * 1.0 cannot hold, which would make the document unreadable.
 */

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
// Tab is collapsed like a space; the rest of C0 (and U+FFFE/U+FFFF) is not allowed in XML 1.0.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function plain(text: string): string {
  return text
    .normalize('NFC')
    .replace(LINE_BREAKS, ' ')
    .replace(NOT_IN_XML, '')
    .replace(/[ \t\f\v]+/g, ' ')
    .trim();
}
