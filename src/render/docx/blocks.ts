/**
 * The paragraphs of the briefing's body, each in its named style: headings
 * of the NĐ 30 hierarchy, body text, dash lists, notes. Text is plain user
 * text (plain-text.ts); emphasis inside a paragraph is a bold run.
 */
import { Paragraph, TextRun } from 'docx';
import { plain } from './plain-text.js';
import { STYLE } from './styles.js';

/** Part of a paragraph's text: plain, or bold (an agency name leading its list). */
export type Inline = string | { bold: string };

/** User text made plain, keeping one space where it meets the part before or after it. */
function plainPart(text: string): string {
  const core = plain(text);
  if (core === '') return /\s/.test(text) ? ' ' : '';
  return `${/^\s/.test(text) ? ' ' : ''}${core}${/\s$/.test(text) ? ' ' : ''}`;
}

function runs(parts: readonly Inline[]): TextRun[] {
  if (parts.length === 1 && typeof parts[0] === 'string') return [new TextRun(plain(parts[0]))];
  return parts.map((part) =>
    typeof part === 'string'
      ? new TextRun(plainPart(part))
      : new TextRun({ text: plainPart(part.bold), bold: true }),
  );
}

/** A body paragraph: justified, first line indented. */
export function bodyParagraph(...parts: Inline[]): Paragraph {
  return new Paragraph({ style: STYLE.body, children: runs(parts) });
}

/** A body paragraph that introduces the list under it ("Kết quả xếp loại:"), kept on its page. */
export function leadIn(...parts: Inline[]): Paragraph {
  return new Paragraph({ style: STYLE.body, keepNext: true, children: runs(parts) });
}

/** A heading: level 1 "I. KẾT QUẢ…" (caps, bold), 2 "1. Tổng quan", 3 "a) Hoàn thành trong kỳ". */
export function heading(level: 1 | 2 | 3, text: string): Paragraph {
  const style = level === 1 ? STYLE.heading1 : level === 2 ? STYLE.heading2 : STYLE.heading3;
  return new Paragraph({ style, children: runs([text]) });
}

/** A list item, written as the office writes it: "- …" (level 1) or "+ …" (level 2). */
export function listItem(level: 1 | 2, ...parts: Inline[]): Paragraph {
  return item(level, false, parts);
}

/** A level-1 item heading the "+" items under it (an agency and its tasks), kept on their page. */
export function listHead(...parts: Inline[]): Paragraph {
  return item(1, true, parts);
}

function item(level: 1 | 2, keepNext: boolean, parts: readonly Inline[]): Paragraph {
  const style = level === 1 ? STYLE.listItem : STYLE.listItem2;
  // The marker is not user text: plain() would trim its space.
  return new Paragraph({
    style,
    ...(keepNext ? { keepNext } : {}),
    children: [new TextRun(level === 1 ? '- ' : '+ '), ...runs(parts)],
  });
}

/** A note under a table or a remark in italics. */
export function note(text: string): Paragraph {
  return new Paragraph({ style: STYLE.note, children: runs([text]) });
}

/** The bold line naming the table under it ("Xếp hạng: Sở, ban, ngành"). */
export function tableTitle(text: string): Paragraph {
  return new Paragraph({ style: STYLE.tableTitle, children: runs([text]) });
}
