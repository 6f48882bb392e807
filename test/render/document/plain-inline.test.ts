/**
 * The shortcut of the core rule `inline` (parse-markdown.ts): a text in which
 * nothing can start inline markup reads as one text token. For every text,
 * plain or not, the tokens are markdown-it's own, field for field.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { plainInline } from '../../../src/render/document/parse-markdown.js';

const reference = () => new MarkdownIt('commonmark', { html: true }).enable('table');
const shortcut = () => {
  const md = reference();
  md.core.ruler.at('inline', plainInline);
  return md;
};

const TEXTS = [
  'Sở Thông tin và Truyền thông',
  'XHS-000015',
  '31/12/2025',
  'Sở TN&MT',
  'Sở VH-TT&DL: 3 (+1) = 4 # $ % @ ^ { } > : ;',
  'tăng 13,81 điểm phần trăm',
  '&amp; &#38; &copy x&y;',
  '**đậm** và *nghiêng* và _nghiêng_',
  'a\\*b `mã` [liên kết](http://a.b) ![ảnh](a.png) <http://a.b> <b>html</b>',
  'dòng một\\\ndòng hai',
  '~gạch~ ] [ !',
  '',
  // Each kind of markup alone in a text otherwise plain.
  '*nghiêng*',
  '**đậm**',
  '_nghiêng_',
  '`mã`',
  '[a](b)',
  '![a](b)',
  '<b>x</b>',
  '<http://a.b>',
  'a\\*b',
  '&amp;',
  '&#38;',
  'a\nb',
];

/** A table row and a paragraph of each text, and the text as a heading and a list item. */
const documentOf = (texts: readonly string[]) =>
  [
    '| A | B |',
    '|:--|--:|',
    ...texts.map((text) => `| ${text.replaceAll('|', '\\|').replaceAll('\n', ' ')} | x |`),
    '',
    ...texts.flatMap((text) => [text, '', `## ${text}`, '', `- ${text}`, '']),
  ].join('\n');

describe('plainInline', () => {
  it('gives the tokens markdown-it gives, for plain texts and texts with markup', () => {
    const source = documentOf(TEXTS);
    expect(shortcut().parse(source, {})).toEqual(reference().parse(source, {}));
  });

  it('gives them for random texts of plain and markup characters', () => {
    const alphabet = 'aăđ ơ1-:&#;*_`[]!<>\\~\n.x|';
    let seed = 20240630;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const texts = Array.from({ length: 400 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
        alphabet.charAt(Math.floor(random() * alphabet.length)),
      ).join(''),
    );
    const source = documentOf(texts);
    expect(shortcut().parse(source, {})).toEqual(reference().parse(source, {}));
  });
});
