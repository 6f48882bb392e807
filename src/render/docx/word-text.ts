/**
 * Text as WordprocessingML: XML's own escaping (the text is already safe,
 * safe-text.ts), runs with the emphasis the Markdown gave them, paragraphs
 * in a named style.
 */
import type { Span } from '../document/tree.js';

const SPECIAL = /[&<>]/g;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeXml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL, (char) => ENTITY[char] ?? char) : text;
}

/** Spaces a reader would drop unless told to keep them: at either end, or two in a row. */
const LOOSE_SPACE = /^\s|\s$|\s\s/;

/** One piece of text; `xml:space="preserve"` only where its spaces need it (most cells of a table do not). */
function plainXml(text: string): string {
  return LOOSE_SPACE.test(text)
    ? `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`
    : `<w:t>${escapeXml(text)}</w:t>`;
}

/** Tabs as Word's tab, the rest as text. */
function textXml(text: string): string {
  if (!text.includes('\t')) return plainXml(text);
  return text
    .split('\t')
    .map((part) => (part === '' ? '' : plainXml(part)))
    .join('<w:tab/>');
}

/** A run of plain text, bold or italic when asked. */
export function runXml(text: string, look: { bold?: boolean; italic?: boolean } = {}): string {
  if (text === '') return '';
  const properties =
    (look.bold === true ? '<w:b/><w:bCs/>' : '') + (look.italic === true ? '<w:i/><w:iCs/>' : '');
  return `<w:r>${properties === '' ? '' : `<w:rPr>${properties}</w:rPr>`}${textXml(text)}</w:r>`;
}

/**
 * The spans as runs. `emphasis: false` drops the Markdown's bold and italic
 * where the style carries the look (the frame of Nghị định 30), so an
 * office's reference document decides it.
 */
export function spansXml(spans: readonly Span[], emphasis = true): string {
  let xml = '';
  for (const span of spans) {
    if ('lineBreak' in span) xml += '<w:r><w:br/></w:r>';
    else xml += runXml(span.text, emphasis ? span : {});
  }
  return xml;
}

export interface ParagraphOptions {
  keepNext?: boolean;
  /** Space before, in twips, over the style's. */
  before?: number;
  /** Left and right indents, in twips (a rule's length). */
  indent?: { left: number; right: number };
  /** A top border: the paragraph is a short rule. */
  border?: boolean;
  /** Section properties ending a section with this paragraph. */
  section?: string;
}

export function paragraphXml(
  style: string,
  content: string,
  options: ParagraphOptions = {},
): string {
  const properties =
    `<w:pStyle w:val="${style}"/>` +
    (options.keepNext === true ? '<w:keepNext/>' : '') +
    (options.border === true
      ? '<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'
      : '') +
    (options.before === undefined ? '' : `<w:spacing w:before="${options.before}"/>`) +
    (options.indent === undefined
      ? ''
      : `<w:ind w:left="${options.indent.left}" w:right="${options.indent.right}"/>`) +
    (options.section ?? '');
  return `<w:p><w:pPr>${properties}</w:pPr>${content}</w:p>`;
}
