/**
 * The frame regions of the document (document/directives.ts) as Nghị định
 * 30/2020, Phụ lục I lays them out in Word. Each line takes its look from a
 * named style chosen by its place in the region, not from the Markdown's
 * emphasis, so an office's reference document decides it:
 * - header: two columns in a borderless table; in each, the first paragraph
 *   on the first row (the issuing body, bold lines in Cơ quan ban hành and
 *   the others in Cơ quan chủ quản, a rule 40% of its width under it | the
 *   national title and the motto, a rule of the motto's width under it), the
 *   rest on the second (the number line, then a công văn's "V/v …" summary |
 *   the place and date), level with each other;
 * - title: the kind of document, then its title, a rule a third of its width;
 * - addressees: "Kính gửi:" with the first addressee after a tab, the others
 *   under it;
 * - signature beside recipients: one row that does not split, "Nơi nhận"
 *   left, the signer right with room for the signature;
 * - an appendix's head: its label and title, then the "Kèm theo" line.
 * Widths follow the body's text width (the page's, or a reference's).
 */
import {
  allBold,
  allItalic,
  spanLines,
  spanText,
  type Block,
  type Span,
} from '../document/tree.js';
import { mm } from '../layout/page.js';
import { textWidth } from '../layout/text-width.js';
import { SIZE, STYLE } from './style-sheet.js';
import { paragraphXml, runXml, spansXml } from './word-text.js';

/** Cell padding on either side, in twips. */
const PADDING = 57;
/** The header reaches 1 cm into the left margin and 0,5 cm into the right, as NĐ 30's models do. */
const OUTDENT = { left: mm(10), right: mm(5) };
/** Room left for the signature and the seal, in twips (about 2,5 cm). */
const SIGNATURE_SPACE = 1440;

/** The printed lines of blocks: each paragraph's or heading's lines, each list item's. */
function lines(blocks: readonly Block[]): Span[][] {
  const found: Span[][] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph' || block.type === 'heading')
      found.push(...spanLines(block.spans));
    else if (block.type === 'list') for (const item of block.items) found.push(item.spans);
  }
  return found;
}

const line = (style: string, spans: readonly Span[], before?: number) =>
  paragraphXml(style, spansXml(spans, false), before === undefined ? {} : { before });

/** A short rule `length` twips long, centred in a column `width` twips wide. */
function rule(length: number, width: number): string {
  const side = Math.max(0, Math.round((width - length) / 2));
  return paragraphXml(STYLE.rule, '', { indent: { left: side, right: side }, border: true });
}

const NO_BORDERS =
  '<w:tblBorders><w:top w:val="none"/><w:left w:val="none"/><w:bottom w:val="none"/><w:right w:val="none"/><w:insideH w:val="none"/><w:insideV w:val="none"/></w:tblBorders>';

function cell(width: number, content: string): string {
  // A cell needs a paragraph, even an empty one.
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${content === '' ? '<w:p/>' : content}</w:tc>`;
}

function borderless(widths: readonly number[], rows: readonly string[][], indent = 0): string {
  const total = widths.reduce((sum, width) => sum + width, 0);
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${indent === 0 ? '' : `<w:tblInd w:w="${indent}" w:type="dxa"/>`}${NO_BORDERS}<w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:left w:w="${PADDING}" w:type="dxa"/><w:right w:w="${PADDING}" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>` +
    rows
      .map(
        (cells) =>
          `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.map((content, index) => cell(widths[index] ?? 0, content)).join('')}</w:tr>`,
      )
      .join('') +
    '</w:tbl>'
  );
}

export function headerXml(columns: readonly Block[][], bodyWidth: number): string {
  const width = bodyWidth + OUTDENT.left + OUTDENT.right;
  const [left = [], right = []] = columns;
  const bodies = lines(left.slice(0, 1));
  const numbers = lines(left.slice(1));
  const nation = lines(right.slice(0, 1));
  const dates = lines(right.slice(1));
  const title = textWidth(spanText(nation[0] ?? []), SIZE.header, true);
  const rightWidth = Math.min(
    Math.round(width * 0.6),
    Math.max(Math.ceil(title * 1.06) + 2 * PADDING, Math.round(width * 0.52)),
  );
  const leftWidth = width - rightWidth;
  const issuing = bodies.filter((spans) => allBold(spans)).at(-1) ?? bodies.at(-1) ?? [];
  const issuingWidth = Math.min(
    textWidth(spanText(issuing), SIZE.header, true),
    leftWidth - 2 * PADDING,
  );
  const top = [
    bodies
      .map((spans) => line(allBold(spans) ? STYLE.issuingBody : STYLE.parentBody, spans))
      .join('') +
      (bodies.length > 0 ? rule(Math.round(issuingWidth * 0.4), leftWidth - 2 * PADDING) : ''),
    nation
      .map((spans, index) => line(index === 0 ? STYLE.nationalTitle : STYLE.motto, spans))
      .join('') +
      (nation.length > 1
        ? rule(textWidth(spanText(nation.at(-1) ?? []), SIZE.motto, true), rightWidth - 2 * PADDING)
        : ''),
  ];
  const bottom = [
    numbers
      .map((spans, index) => line(index === 0 ? STYLE.numberLine : STYLE.summaryLine, spans))
      .join(''),
    dates.map((spans) => line(STYLE.dateLine, spans)).join(''),
  ];
  return borderless([leftWidth, rightWidth], [top, bottom], -OUTDENT.left);
}

export function titleXml(blocks: readonly Block[], bodyWidth: number): string {
  const found = lines(blocks);
  const title = found.at(-1) ?? [];
  const printed = Math.min(textWidth(spanText(title), SIZE.body, true), bodyWidth);
  return (
    found
      .map((spans, index) => line(index === 0 ? STYLE.documentKind : STYLE.documentTitle, spans))
      .join('') + rule(Math.round(printed / 3), bodyWidth)
  );
}

export function addresseesXml(blocks: readonly Block[]): string {
  const lead = blocks
    .filter((block) => block.type === 'paragraph')
    .flatMap((block) => spanLines(block.spans));
  const items = blocks.flatMap((block) =>
    block.type === 'list' ? block.items.map((item) => item.spans) : [],
  );
  if (items.length === 0) return lead.map((spans) => line(STYLE.addressee, spans)).join('');
  const leadText = lead.map((spans) => spansXml(spans, false)).join(' ');
  return items
    .map((spans, index) =>
      paragraphXml(
        STYLE.addressee,
        `${index === 0 ? leadText : ''}${runXml('\t- ')}${spansXml(spans, false)}`,
      ),
    )
    .join('');
}

function signerXml(blocks: readonly Block[]): string {
  const paragraphs = blocks
    .filter((block) => block.type === 'paragraph')
    .map((block) => spanLines(block.spans));
  const count = paragraphs.reduce((sum, each) => sum + each.length, 0);
  let printed = 0;
  let xml = '';
  paragraphs.forEach((found, index) =>
    found.forEach((spans, at) => {
      printed += 1;
      const spaced = (index === 1 && at === 0) || (paragraphs.length === 1 && printed === count);
      xml += line(
        printed === count ? STYLE.signerName : STYLE.signerTitle,
        spans,
        spaced ? SIGNATURE_SPACE : undefined,
      );
    }),
  );
  return xml;
}

function recipientsXml(blocks: readonly Block[]): string {
  let xml = '';
  for (const block of blocks) {
    if (block.type === 'list')
      for (const item of block.items)
        xml += paragraphXml(STYLE.recipientsList, `${runXml('- ')}${spansXml(item.spans, false)}`);
    else if (block.type === 'paragraph' || block.type === 'heading')
      xml += spanLines(block.spans)
        .map((spans) => line(xml === '' ? STYLE.recipientsHeading : STYLE.recipientsList, spans))
        .join('');
  }
  return xml;
}

/** The end of the body: "Nơi nhận" left, the signer right (either may be missing). */
export function closingXml(
  signature: readonly Block[] | null,
  recipients: readonly Block[] | null,
  bodyWidth: number,
): string {
  const left = Math.round(bodyWidth * 0.45);
  return (
    paragraphXml(STYLE.normal, '', { keepNext: true }) +
    borderless(
      [left, bodyWidth - left],
      [
        [
          recipients === null ? '' : recipientsXml(recipients),
          signature === null ? '' : signerXml(signature),
        ],
      ],
    )
  );
}

export function appendixHeadXml(blocks: readonly Block[]): string {
  return lines(blocks)
    .map((spans) => line(allItalic(spans) ? STYLE.appendixNote : STYLE.appendixHeading, spans))
    .join('');
}
