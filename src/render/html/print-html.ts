/**
 * The HTML printer: the document tree (document/tree.ts) as one self-contained
 * page (style inline, the chart as inline SVG, no script, nothing fetched).
 * The frame regions print as the Nghị định 30 layout (html-style.ts); each
 * appendix is a section that starts a printed page. Written in pieces: a
 * table a few hundred rows at a time, so a national briefing is never one
 * string.
 */
import type { Block, ListItem, Role, Span } from '../document/tree.js';
import { allItalic, groupCell } from '../document/tree.js';
import type { DocumentFrame } from '../document/frame.js';
import { escapeHtml } from './escape-html.js';
import { HTML_STYLE } from './html-style.js';
import { svgChart } from './svg-chart.js';

const ROWS_PER_PIECE = 256;

function spansHtml(spans: readonly Span[]): string {
  let html = '';
  for (const span of spans) {
    if ('lineBreak' in span) {
      html += '<br>';
      continue;
    }
    let text = escapeHtml(span.text);
    if (span.italic) text = `<em>${text}</em>`;
    if (span.bold) text = `<strong>${text}</strong>`;
    html += text;
  }
  return html;
}

function paragraphHtml(spans: readonly Span[]): string {
  return allItalic(spans)
    ? `<p class="note">${spansHtml(spans)}</p>`
    : `<p>${spansHtml(spans)}</p>`;
}

function itemsHtml(items: readonly ListItem[]): string {
  return items
    .map(
      (item) =>
        `<li>${spansHtml(item.spans)}${item.children.map((child) => [...blockHtml(child)].join('')).join('')}</li>`,
    )
    .join('');
}

function* tableHtml(block: Extract<Block, { type: 'table' }>): Iterable<string> {
  const classes = block.align.map((align) =>
    align === 'right' ? ' class="r"' : align === 'center' ? ' class="c"' : '',
  );
  let piece = `<div class="table"><table><thead><tr>${block.head.map((cell) => `<th>${spansHtml(cell)}</th>`).join('')}</tr></thead><tbody>`;
  let count = 0;
  for (const row of block.rows) {
    const group = groupCell(row);
    piece +=
      group >= 0
        ? `<tr class="group">${'<td></td>'.repeat(group)}<td colspan="${row.length - group}">${spansHtml(row[group] ?? [])}</td></tr>`
        : `<tr>${row.map((cell, index) => `<td${classes[index] ?? ''}>${spansHtml(cell)}</td>`).join('')}</tr>`;
    if (++count % ROWS_PER_PIECE === 0) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}</tbody></table></div>`;
}

function* blockHtml(block: Block): Iterable<string> {
  switch (block.type) {
    case 'heading': {
      const level = Math.min(6, Math.max(1, block.level));
      yield `<h${level}>${spansHtml(block.spans)}</h${level}>`;
      return;
    }
    case 'paragraph':
      yield paragraphHtml(block.spans);
      return;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      yield `<${tag}>${itemsHtml(block.items)}</${tag}>`;
      return;
    }
    case 'table':
      yield* tableHtml(block);
      return;
    case 'chart':
      yield `<figure>${svgChart(block.chart)}</figure>`;
      return;
    case 'code':
      yield `<pre>${escapeHtml(block.text)}</pre>`;
      return;
    case 'rule':
      yield '<hr>';
      return;
    case 'region':
      yield regionHtml(block.role, block.columns);
      return;
    case 'section':
      return;
  }
}

function blocksHtml(blocks: readonly Block[]): string {
  return blocks.map((block) => [...blockHtml(block)].join('')).join('');
}

/** A header column: its first block on the first row, the rest on the second. */
function headerHtml(columns: readonly Block[][]): string {
  return columns
    .slice(0, 2)
    .map((column, index) => {
      const place = `grid-column:${index + 1}`;
      return `<div class="top c${index + 1}" style="${place};grid-row:1">${blocksHtml(column.slice(0, 1))}</div><div class="bottom c${index + 1}" style="${place};grid-row:2">${blocksHtml(column.slice(1))}</div>`;
    })
    .join('');
}

/**
 * "Kính gửi:" and, when it has a list, the list beside it, each addressee
 * after "- " as the Word briefing prints them (the list's first item on the
 * line of "Kính gửi:").
 */
function addresseesHtml(blocks: readonly Block[]): string {
  const lists = blocks.filter((block) => block.type === 'list');
  if (lists.length === 0) return `<div class="dx-addressees">${blocksHtml(blocks)}</div>`;
  const lead = blocks.filter((block) => block.type !== 'list');
  return `<div class="dx-addressees grouped"><div class="lead">${blocksHtml(lead)}</div><div>${blocksHtml(lists)}</div></div>`;
}

function regionHtml(role: Role, columns: readonly Block[][]): string {
  const all = columns.flat();
  switch (role) {
    case 'header':
      return `<div class="frame dx-header">${headerHtml(columns)}</div>`;
    case 'title':
      return `<div class="frame dx-title">${blocksHtml(all)}</div>`;
    case 'addressees':
      return addresseesHtml(all);
    case 'appendix-head':
      return `<header class="frame appendix-head">${blocksHtml(all)}</header>`;
    case 'signature':
    case 'recipients':
      return `<div class="frame ${role}">${blocksHtml(all)}</div>`;
  }
}

/**
 * The page, in pieces. The signer and the recipients, when one follows the
 * other, stand side by side (recipients left, as Nghị định 30 lays them out).
 */
export function* printHtml(blocks: Iterable<Block>, frame: DocumentFrame): Iterable<string> {
  yield `<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(frame.title)}</title>\n<style>${HTML_STYLE}</style>\n</head>\n<body>\n<main>\n<section class="body">`;
  let closing: { signature?: string; recipients?: string } | null = null;
  const flushClosing = function* (): Iterable<string> {
    if (closing === null) return;
    yield `<div class="dx-closing"><div class="recipients" style="grid-column:1">${closing.recipients ?? ''}</div><div class="frame signature" style="grid-column:2">${closing.signature ?? ''}</div></div>`;
    closing = null;
  };
  let previous: Block | null = null;
  let appendices = 0;
  for (const block of blocks) {
    if (block.type === 'region' && (block.role === 'signature' || block.role === 'recipients')) {
      const html = blocksHtml(block.columns.flat());
      if (closing !== null && closing[block.role] !== undefined) yield* flushClosing();
      closing ??= {};
      closing[block.role] = html;
      previous = block;
      continue;
    }
    yield* flushClosing();
    if (block.type === 'section') {
      const turned = block.orientation === 'landscape' ? ' landscape' : '';
      // Odd and even appendices number their pages with two counters in turn (html-style.ts).
      appendices += 1;
      yield `</section>\n<section class="appendix ${appendices % 2 === 1 ? 'odd' : 'even'}${turned}">`;
    } else if (block.type === 'rule' && previous === null) {
      // nothing
    } else yield* blockHtml(block);
    previous = block;
    yield '\n';
  }
  yield* flushClosing();
  yield '</section>\n</main>\n</body>\n</html>\n';
}
