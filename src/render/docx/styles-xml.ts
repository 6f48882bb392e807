/**
 * A reference document's word/styles.xml, read as XML 1.0 must be and no
 * further: one pass, in time linear in the text, with no DTD and no entity
 * but the five predefined ones and character references (a DOCTYPE is
 * refused, never read). Elements must nest and close properly, at most
 * MAX_STYLES_DEPTH deep, under one root `w:styles`. What the merge needs is
 * collected on the way: the ids of the styles, whether there are document
 * defaults, and where the root's content starts and ends.
 */
import { DocxReferenceError } from '../../errors/known-errors.js';

/** Nesting allowed (Word's own styles part is 6 deep). */
export const MAX_STYLES_DEPTH = 64;

export interface StylesPart {
  /** `w:styleId` of each `w:style` directly under the root. */
  ids: ReadonlySet<string>;
  /** Whether the root has a `w:docDefaults`. */
  hasDocDefaults: boolean;
  /** Offset just after the root's start tag. */
  contentStart: number;
  /** Offset of the root's end tag. */
  contentEnd: number;
}

const NAME = /[^\s/>=<"'&]+/y;
const SPACE = /\s*/y;
const REFERENCE = /&(?:lt|gt|amp|apos|quot|#[0-9]+|#x[0-9a-fA-F]+);/y;

/** Line and column (1-based) of an offset. */
function place(xml: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = xml.indexOf('\n'); i !== -1 && i < offset; i = xml.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return `${line}:${offset - start + 1}`;
}

class Reader {
  i = 0;
  constructor(
    readonly xml: string,
    readonly part: string,
  ) {}

  fail(offset: number = this.i): never {
    throw new DocxReferenceError('bad-xml', place(this.xml, offset), this.part);
  }

  /** Moves past `end`, which must come. */
  skipPast(end: string): void {
    const at = this.xml.indexOf(end, this.i);
    if (at === -1) this.fail();
    this.i = at + end.length;
  }

  match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.i;
    const found = pattern.exec(this.xml);
    if (found === null) return undefined;
    this.i = pattern.lastIndex;
    return found[0];
  }

  /** The next `&` at or after `i` (kept, so the text is searched once in all: linear). */
  private ampersand = -1;

  /** Text from here to `end` (exclusive) may hold `&` only as a predefined or character reference. */
  checkReferences(end: number): void {
    for (;;) {
      if (this.ampersand !== Number.POSITIVE_INFINITY && this.ampersand < this.i) {
        const found = this.xml.indexOf('&', this.i);
        this.ampersand = found === -1 ? Number.POSITIVE_INFINITY : found;
      }
      if (this.ampersand >= end) return;
      REFERENCE.lastIndex = this.ampersand;
      if (!REFERENCE.test(this.xml)) this.fail(this.ampersand);
      this.i = REFERENCE.lastIndex;
    }
  }

  /** A start tag's name and attributes, after `<`; the attributes by name. */
  startTag(): { name: string; attributes: Map<string, string>; empty: boolean } {
    const name = this.match(NAME) ?? this.fail();
    const attributes = new Map<string, string>();
    for (;;) {
      const space = this.match(SPACE) ?? '';
      if (this.xml.startsWith('/>', this.i)) {
        this.i += 2;
        return { name, attributes, empty: true };
      }
      if (this.xml[this.i] === '>') {
        this.i += 1;
        return { name, attributes, empty: false };
      }
      if (space === '') this.fail();
      const attributeStart = this.i;
      const attribute = this.match(NAME) ?? this.fail();
      this.match(SPACE);
      if (this.xml[this.i] !== '=') this.fail();
      this.i++;
      this.match(SPACE);
      const quote = this.xml[this.i];
      if (quote !== '"' && quote !== "'") this.fail();
      const close = this.xml.indexOf(quote, this.i + 1);
      if (close === -1) this.fail();
      const start = this.i + 1;
      const value = this.xml.slice(start, close);
      const lt = value.indexOf('<');
      if (lt !== -1) this.fail(start + lt);
      if (attributes.has(attribute)) this.fail(attributeStart);
      this.i = start;
      this.checkReferences(close);
      attributes.set(attribute, value);
      this.i = close + 1;
    }
  }
}

/** The styles part's facts; a DocxReferenceError when it is not well-formed XML under a `w:styles` root. */
export function readStylesXml(xml: string): StylesPart {
  return readPartXml(xml, 'word/styles.xml', 'w:styles');
}

/**
 * Any part of the reference the briefing reads (word/document.xml, for its
 * page), checked as above under its `root` before anything searches it.
 */
export function readPartXml(xml: string, part: string, root: string): StylesPart {
  const reader = new Reader(xml, part);
  if (xml.startsWith('\uFEFF')) reader.i = 1;
  const open: string[] = [];
  const ids = new Set<string>();
  let hasDocDefaults = false;
  let contentStart = -1;
  let contentEnd = -1;
  while (reader.i < xml.length) {
    const lt = xml.indexOf('<', reader.i);
    const end = lt === -1 ? xml.length : lt;
    if (open.length === 0) {
      // Outside the root only white space (and markup below) is allowed.
      if (xml.slice(reader.i, end).trim() !== '') reader.fail(reader.i);
    } else reader.checkReferences(end);
    if (lt === -1) break;
    reader.i = lt;
    if (xml.startsWith('<?', lt)) reader.skipPast('?>');
    else if (xml.startsWith('<!--', lt)) reader.skipPast('-->');
    else if (xml.startsWith('<![CDATA[', lt)) {
      if (open.length === 0) reader.fail();
      reader.skipPast(']]>');
    } else if (xml.startsWith('<!', lt)) throw new DocxReferenceError('unsafe', '', part);
    else if (xml.startsWith('</', lt)) {
      reader.i += 2;
      const name = reader.match(NAME);
      reader.match(SPACE);
      if (name === undefined || name !== open.at(-1) || xml[reader.i] !== '>') reader.fail(lt);
      reader.i++;
      open.pop();
      if (open.length === 0) contentEnd = lt;
    } else {
      reader.i++;
      const tag = reader.startTag();
      if (open.length === 0) {
        if (contentEnd !== -1) reader.fail(lt);
        if (tag.name !== root)
          throw new DocxReferenceError('wrong-root', tag.name.slice(0, 60), part);
        contentStart = reader.i;
      } else if (open.length === 1) {
        if (tag.name === 'w:docDefaults') hasDocDefaults = true;
        const id = tag.name === 'w:style' ? tag.attributes.get('w:styleId') : undefined;
        if (id !== undefined) ids.add(id);
      }
      if (!tag.empty) {
        if (open.length >= MAX_STYLES_DEPTH)
          throw new DocxReferenceError('too-deep', place(xml, lt), part);
        open.push(tag.name);
      } else if (open.length === 0) contentEnd = contentStart = -2; // an empty root: no styles
    }
  }
  if (open.length > 0) reader.fail(xml.length);
  if (contentStart < 0 || contentEnd < 0)
    throw new DocxReferenceError(root === 'w:styles' ? 'no-styles' : 'wrong-root', '', part);
  return { ids, hasDocDefaults, contentStart, contentEnd };
}
