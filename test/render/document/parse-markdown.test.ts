import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../../src/errors/known-errors.js';
import { readChart } from '../../../src/render/document/chart.js';
import {
  continuedTable,
  documentPieces,
  parseDocument,
} from '../../../src/render/document/parse-markdown.js';
import { documentBlocks } from '../../../src/render/document/print-document.js';
import type { Block } from '../../../src/render/document/tree.js';

const parse = (text: string): Block[] => [...parseDocument(text)];
const span = (text: string, bold = false, italic = false) => ({ text, bold, italic });

describe('reading the Markdown into the document tree', () => {
  it('keeps emphasis as flags, hard breaks as breaks, escapes and soft breaks as text', () => {
    expect(parse('A\\\n**B** *c* \\| \\*d\nnext\n')).toEqual([
      {
        type: 'paragraph',
        spans: [
          span('A'),
          { lineBreak: true },
          span('B', true),
          span(' '),
          span('c', false, true),
          span(' | *d next'),
        ],
      },
    ]);
  });

  it('turns the directives into regions, columns and sections, and leaves other HTML out', () => {
    const text = [
      '<!-- dx:header -->',
      'LEFT',
      '',
      'Số: 1',
      '<!-- dx:next -->',
      'RIGHT',
      '<!-- dx:end -->',
      '<!-- a comment -->',
      '# Body',
      '<!-- dx:appendix landscape -->',
      '## PHỤ LỤC',
      '<!-- dx:end -->',
      'after',
      '',
    ].join('\n');
    expect(parse(text)).toEqual([
      {
        type: 'region',
        role: 'header',
        columns: [
          [
            { type: 'paragraph', spans: [span('LEFT')] },
            { type: 'paragraph', spans: [span('Số: 1')] },
          ],
          [{ type: 'paragraph', spans: [span('RIGHT')] }],
        ],
      },
      { type: 'heading', level: 1, spans: [span('Body')] },
      { type: 'section', orientation: 'landscape' },
      {
        type: 'region',
        role: 'appendix-head',
        columns: [[{ type: 'heading', level: 2, spans: [span('PHỤ LỤC')] }]],
      },
      { type: 'paragraph', spans: [span('after')] },
    ]);
  });

  it('refuses a directive its rendering made wrong (without a line), and reads none inside other HTML', () => {
    expect(() => parse('<!-- dx:signatur -->\n')).toThrow(
      new TemplateError('templateUnknownDirective', [
        'signatur',
        'dx:signature',
        'dx:header, dx:next, dx:title, dx:addressees, dx:signature, dx:recipients, dx:appendix, dx:end',
      ]),
    );
    expect(parse('<div>\n<!-- dx:end -->\n</div>\n\nx\n')).toEqual([
      { type: 'paragraph', spans: [span('x')] },
    ]);
  });

  it('reads a GFM table with its alignments, and nested lists', () => {
    expect(parse('| A | B |\n|:--|--:|\n| **x** | 1 |\n\n- a\n  - b\n- c\n')).toEqual([
      {
        type: 'table',
        align: ['left', 'right'],
        head: [[span('A')], [span('B')]],
        rows: [[[span('x', true)], [span('1')]]],
      },
      {
        type: 'list',
        ordered: false,
        items: [
          {
            spans: [span('a')],
            children: [
              { type: 'list', ordered: false, items: [{ spans: [span('b')], children: [] }] },
            ],
          },
          { spans: [span('c')], children: [] },
        ],
      },
    ]);
  });

  it('reads a Mermaid bar chart back into its figures, and its labels as the text writes numbers', () => {
    const source =
      'xychart-beta\n    title "Tỷ lệ (%)"\n    x-axis ["A", "B"]\n    y-axis "%" 0 --> 100\n    bar [100.0, 52.4]\n';
    expect(readChart(source)).toEqual({
      title: 'Tỷ lệ (%)',
      unit: '%',
      categories: ['A', 'B'],
      values: [100, 52.4],
      range: [0, 100],
    });
    expect(parse('```mermaid\n' + source + '```\n')[0]?.type).toBe('chart');
    expect(parse('```mermaid\ngraph TD\n```\n')[0]).toEqual({ type: 'code', text: 'graph TD\n' });
  });

  it('reads a long text in pieces that each start a block, and gives the blocks a whole reading gives', () => {
    const rows = Array.from({ length: 4000 }, (_, index) => `| ${index} | tên ${index} |`).join(
      '\n',
    );
    const section = (index: number) =>
      `### ${index}. Nhóm\n\n| STT | Tên |\n|--:|:--|\n${rows}\n\n`;
    const text = `${section(1)}\`\`\`\n### not a heading\n\`\`\`\n\n${section(2)}${section(3)}`;
    const pieces = [...documentPieces(text)];
    // 12,000 rows of about 20 characters (233,481 in all) in pieces of at least 8,192
    // characters; the headings come before a piece is that long, so only the rows cut the text.
    expect(pieces.map((piece) => piece.continues)).toEqual([
      false,
      ...Array.from({ length: 28 }, () => true),
    ]);
    expect(pieces[0]?.text.startsWith('### 1. Nhóm')).toBe(true);
    for (const piece of pieces.slice(1))
      expect(piece.text.startsWith('| STT | Tên |\n|--:|:--|\n| ')).toBe(true);
    const blocks = parse(text);
    expect(blocks.map((block) => block.type)).toEqual([
      'heading',
      'table',
      'code',
      'heading',
      'table',
      'heading',
      'table',
    ]);
    expect(blocks.map((block) => (block.type === 'table' ? block.rows.length : 0))).toEqual([
      0, 4000, 0, 0, 4000, 0, 4000,
    ]);
    expect(blocks).toEqual([...parseDocument(text, Infinity)]);
  });

  it('cut wherever it may be, reads every kind of block as a whole reading does', () => {
    const table = '| A | B |\n|:--|--:|\n| **x** | 1 |\n| y \\| z | 2 |\n| 3 |\n';
    const text = [
      '# Đầu',
      table,
      'Đoạn văn\n| không | phải bảng |\n|--|--|\n| c | d |\n',
      '- một\n- hai\n  - con\n  tiếp\n- ba\n- bốn\n',
      '1. một\n2. hai\n3) khác\n',
      'Đoạn\n2. không phải danh sách\n3. vẫn là đoạn\n',
      '* * *\n- a\n- - -\n- b\n',
      '```\n| a | b |\n|--|--|\n| c | d |\n- x\n- y\n# không\n```\n',
      '<div>\n| a | b |\n|--|--|\n| c | d |\n- x\n- y\n</div>\n',
      '<!--\n# không\n- x\n- y\n-->\n- sau\n- nữa\n',
      '<!-- dx:signature -->\n| a | b |\n|--|--|\n| c | d |\n| e | f |\n<!-- dx:end -->',
      '> trích\n- x\n- y\n',
      '| 1 | 2 |\n|--|--|--|\n| 3 | 4 |\n| 5 | 6 |\n',
    ].join('\n');
    const whole = [...parseDocument(text, Infinity)];
    expect(whole.some((block) => block.type === 'table' && block.rows.length === 3)).toBe(true);
    expect([...parseDocument(text, 1)]).toEqual(whole);
    expect([...documentPieces(text, 1)].length).toBe(12);
  });

  it('reads a piece that only continues a table as markdown-it reads it, and leaves it any other', () => {
    const head = '| STT | Tên | Ghi chú |\n|--:|:--|:-:|\n';
    const rows = [
      '| 1 | Sở TT&TT | — |',
      '| 2 | **đậm** *nghiêng* |   |',
      '|3|thiếu|',
      '| 4 | thừa | ô | ô nữa |',
      '| 5 | `mã | tách` | x |',
      '| 6 | \u00a0cách\u00a0 | <b>html</b> [a](b) |',
      '|',
      '| 7 | cuối | dòng |   ',
    ].join('\n');
    for (const text of [`${head}${rows}`, `${head}${rows}\n`, `${head}${rows}\n\n \t\n`]) {
      const found = continuedTable(text);
      expect(found).not.toBeNull();
      expect([found]).toEqual([...parseDocument(text, Infinity)]);
    }
    expect(continuedTable(`${head}${rows}`)).toMatchObject({
      type: 'table',
      align: ['right', 'left', 'center'],
      rows: { length: 8 },
    });
    for (const other of [
      `${head}| 1 | a \\| b | c |\n`,
      `${head}| 1 | a | b |\n\nĐoạn sau\n`,
      `${head}| 1 | a | b |\n  | 2 | thụt | lề |\n`,
      `${head}| 1 | a | b |\nkhông | có | ống đầu\n`,
      '| a | b |\nkhông phải bảng\n| c | d |\n',
      '- một\n- hai\n',
    ])
      expect(continuedTable(other)).toBeNull();
  });

  it('turns an appendix left to us when its first table is too wide for a portrait page', () => {
    const wide = `| ${'Tên cơ quan rất dài | '.repeat(9)}\n|${':--|'.repeat(9)}\n| ${'Ủy ban nhân dân huyện Hải Lăng | '.repeat(9)}\n`;
    const narrow = '| STT | Tên |\n|--:|:--|\n| 1 | a |\n';
    const orientation = (table: string) =>
      [...documentBlocks(`<!-- dx:appendix -->\n## P\n<!-- dx:end -->\n\n${table}`)].find(
        (block) => block.type === 'section',
      );
    expect(orientation(wide)).toEqual({ type: 'section', orientation: 'landscape' });
    expect(orientation(narrow)).toEqual({ type: 'section', orientation: 'portrait' });
  });
});
