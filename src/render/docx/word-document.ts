/**
 * The Word printer: the document tree (document/tree.ts) as word/document.xml,
 * in pieces. Every paragraph names its style (style-sheet.ts): headings by
 * level (## Heading 1, ### Heading 2, deeper Heading 3), a paragraph all in
 * italics a Note, one all in bold a Table Title above a table and a Heading 3
 * elsewhere, the rest Body Text; lists as offices write them ("- …", nested
 * "+ …"). Each appendix is a section from a new page, numbered on its own,
 * turned as its directive or its first table says (layout/orientation.ts);
 * every section numbers its pages at the top from its second page.
 */
import {
  allBold,
  allItalic,
  type Block,
  type ListItem,
  type Orientation,
} from '../document/tree.js';
import { BRIEFING_PAGES, textWidthOf, type PageSetup } from '../layout/page.js';
import type { BarChart } from '../document/tree.js';
import { STYLE } from './style-sheet.js';
import { chartRunXml } from './word-chart.js';
import { addresseesXml, appendixHeadXml, closingXml, headerXml, titleXml } from './word-frame.js';
import { tableXml } from './word-table.js';
import { paragraphXml, runXml, spansXml } from './word-text.js';

export const HEADER_ID = 'rIdHeader';
export const FIRST_HEADER_ID = 'rIdHeaderFirst';
export const chartId = (number: number) => `rIdChart${number}`;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';

/** The properties of a section: its page as turned (A4 and NĐ 30's margins, or the reference's), page numbers from 1, none on its first page. */
function sectionXml(orientation: Orientation, first: boolean, pages: PageSetup): string {
  const landscape = orientation === 'landscape';
  const { width, height, margins } = landscape ? pages.landscape : pages.portrait;
  const size = `<w:pgSz w:w="${width}" w:h="${height}" w:orient="${landscape ? 'landscape' : 'portrait'}"/>`;
  return (
    `<w:sectPr><w:headerReference w:type="default" r:id="${HEADER_ID}"/><w:headerReference w:type="first" r:id="${FIRST_HEADER_ID}"/>` +
    (first ? '' : '<w:type w:val="nextPage"/>') +
    size +
    `<w:pgMar w:top="${margins.top}" w:right="${margins.right}" w:bottom="${margins.bottom}" w:left="${margins.left}" w:header="${margins.header}" w:footer="${margins.footer}" w:gutter="0"/>` +
    '<w:pgNumType w:start="1"/><w:titlePg/></w:sectPr>'
  );
}

function itemsXml(items: readonly ListItem[], ordered: boolean, depth: number): string {
  let xml = '';
  items.forEach((item, index) => {
    const marker = ordered ? `${index + 1}. ` : depth === 0 ? '- ' : '+ ';
    const nested = item.children.some((child) => child.type === 'list');
    xml += paragraphXml(
      depth === 0 ? STYLE.listItem : STYLE.listItem2,
      `${runXml(marker)}${spansXml(item.spans)}`,
      {
        keepNext: nested,
      },
    );
    for (const child of item.children)
      xml +=
        child.type === 'list'
          ? itemsXml(child.items, child.ordered, depth + 1)
          : [...simpleXml(child, null)].join('');
  });
  return xml;
}

/** A block that is not a region, a section or a table. */
function* simpleXml(block: Block, next: Block | null): Iterable<string> {
  switch (block.type) {
    case 'heading': {
      const style =
        block.level <= 2 ? STYLE.heading1 : block.level === 3 ? STYLE.heading2 : STYLE.heading3;
      yield paragraphXml(style, spansXml(block.spans));
      return;
    }
    case 'paragraph': {
      const beforeList = next?.type === 'list';
      let style: string = STYLE.body;
      if (allItalic(block.spans)) style = STYLE.note;
      else if (allBold(block.spans))
        style = next?.type === 'table' ? STYLE.tableTitle : STYLE.heading3;
      // The last words before the signature go to its page with it: no signature alone on a page.
      const beforeClosing =
        next?.type === 'region' && (next.role === 'signature' || next.role === 'recipients');
      yield paragraphXml(style, spansXml(block.spans), {
        keepNext: beforeList || next?.type === 'table' || beforeClosing,
      });
      return;
    }
    case 'list':
      yield itemsXml(block.items, block.ordered, 0);
      return;
    case 'code':
      for (const text of block.text.replace(/\n$/, '').split('\n'))
        yield paragraphXml(STYLE.code, runXml(text));
      return;
    case 'rule':
      // Before an appendix the new page is the break.
      if (next?.type !== 'section') yield paragraphXml(STYLE.rule, '', { border: true });
      return;
    default:
      return;
  }
}

/**
 * word/document.xml in pieces. Charts found on the way are pushed to
 * `charts` (the package adds their parts, numbered in order).
 */
export function* documentXml(
  blocks: Iterable<Block>,
  charts: BarChart[],
  pages: PageSetup = BRIEFING_PAGES,
): Iterable<string> {
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="${WP}"><w:body>`;
  const portraitWidth = textWidthOf(pages.portrait);
  let orientation: Orientation = 'portrait';
  let first = true;
  let held: Block | null = null;
  let closing: { signature: Block[] | null; recipients: Block[] | null } | null = null;
  const print = function* (block: Block, next: Block | null): Iterable<string> {
    if (block.type === 'region' && (block.role === 'signature' || block.role === 'recipients')) {
      closing ??= { signature: null, recipients: null };
      closing[block.role] = block.columns.flat();
      const pairs =
        next?.type === 'region' &&
        (next.role === 'signature' || next.role === 'recipients') &&
        closing[next.role] === null;
      if (!pairs) {
        yield closingXml(closing.signature, closing.recipients, portraitWidth);
        closing = null;
      }
      return;
    }
    const width = textWidthOf(orientation === 'landscape' ? pages.landscape : pages.portrait);
    switch (block.type) {
      case 'section':
        yield paragraphXml(STYLE.normal, '', { section: sectionXml(orientation, first, pages) });
        orientation = block.orientation === 'landscape' ? 'landscape' : 'portrait';
        first = false;
        return;
      case 'table':
        yield* tableXml(block, width);
        return;
      case 'chart':
        charts.push(block.chart);
        yield paragraphXml(
          STYLE.chartCaption,
          chartRunXml(block.chart, charts.length, chartId(charts.length)),
        );
        return;
      case 'region': {
        const blocks = block.columns.flat();
        if (block.role === 'header') yield headerXml(block.columns, portraitWidth);
        else if (block.role === 'title') yield titleXml(blocks, portraitWidth);
        else if (block.role === 'addressees') yield addresseesXml(blocks);
        else yield appendixHeadXml(blocks);
        return;
      }
      default:
        yield* simpleXml(block, next);
    }
  };
  for (const block of blocks) {
    if (held !== null) yield* print(held, block);
    held = block;
  }
  if (held !== null) yield* print(held, null);
  yield `${sectionXml(orientation, first, pages)}</w:body></w:document>`;
}
