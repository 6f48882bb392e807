/**
 * The paragraphs of the briefing's body, each in its named style: headings
 * of the NĐ 30 hierarchy, body text, dash lists, notes. Text is plain user
 * text (plain-text.ts); emphasis inside a paragraph is a bold run. Written as
 * WordprocessingML text (raw-xml.ts), like the tables: a national report's
 * lists of tasks run to thousands of items.
 */
import { plain } from './plain-text.js';
import { escapeXml, type RawXml } from './raw-xml.js';
import { STYLE } from './styles.js';

/** Part of a paragraph's text: plain, or bold (an agency name leading its list). */
export type Inline = string | { bold: string };

/** User text made plain, keeping one space where it meets the part before or after it. */
function plainPart(text: string): string {
  const core = plain(text);
  if (core === '') return /\s/.test(text) ? ' ' : '';
  return `${/^\s/.test(text) ? ' ' : ''}${core}${/\s$/.test(text) ? ' ' : ''}`;
}

const run = (text: string, bold = false) =>
  text === ''
    ? ''
    : `<w:r>${bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

function runs(parts: readonly Inline[]): string {
  if (parts.length === 1 && typeof parts[0] === 'string') return run(plain(parts[0]));
  return parts
    .map((part) =>
      typeof part === 'string' ? run(plainPart(part)) : run(plainPart(part.bold), true),
    )
    .join('');
}

/** A paragraph in `style`, kept on the page of the next one when `keepNext`. */
function paragraph(style: string, content: string, keepNext = false): RawXml {
  const keep = keepNext ? '<w:keepNext/>' : '';
  return { rawXml: `<w:p><w:pPr><w:pStyle w:val="${style}"/>${keep}</w:pPr>${content}</w:p>` };
}

/** A body paragraph: justified, first line indented. */
export function bodyParagraph(...parts: Inline[]): RawXml {
  return paragraph(STYLE.body, runs(parts));
}

/** A body paragraph that introduces the list under it ("Kết quả xếp loại:"), kept on its page. */
export function leadIn(...parts: Inline[]): RawXml {
  return paragraph(STYLE.body, runs(parts), true);
}

/** A heading: level 1 "I. KẾT QUẢ…" (caps, bold), 2 "1. Tổng quan", 3 "a) Hoàn thành trong kỳ". */
export function heading(level: 1 | 2 | 3, text: string): RawXml {
  const style = level === 1 ? STYLE.heading1 : level === 2 ? STYLE.heading2 : STYLE.heading3;
  return paragraph(style, runs([text]));
}

/** A list item, written as the office writes it: "- …" (level 1) or "+ …" (level 2). */
export function listItem(level: 1 | 2, ...parts: Inline[]): RawXml {
  return item(level, false, parts);
}

/** A level-1 item heading the "+" items under it (an agency and its tasks), kept on their page. */
export function listHead(...parts: Inline[]): RawXml {
  return item(1, true, parts);
}

function item(level: 1 | 2, keepNext: boolean, parts: readonly Inline[]): RawXml {
  const style = level === 1 ? STYLE.listItem : STYLE.listItem2;
  // The marker is not user text: plain() would trim its space.
  return paragraph(style, `${run(level === 1 ? '- ' : '+ ')}${runs(parts)}`, keepNext);
}

/** A note under a table or a remark in italics. */
export function note(text: string): RawXml {
  return paragraph(STYLE.note, runs([text]));
}

/** The bold line naming the table under it ("Xếp hạng: Sở, ban, ngành"). */
export function tableTitle(text: string): RawXml {
  return paragraph(STYLE.tableTitle, runs([text]));
}
