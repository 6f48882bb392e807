/**
 * One document, many printers: the Markdown a template renders, read into the
 * document tree, printed as Word or HTML. The briefing and any other document
 * made from a template (a reminder letter) go through here; its words and its
 * frame regions are all the template's (docs/templates.md).
 */
import { type Artifact, streamedArtifact } from '../artifact.js';
import { printWord } from '../docx/print-word.js';
import { printHtml } from '../html/print-html.js';
import { settleOrientation } from '../layout/orientation.js';
import type { DocumentFrame } from './frame.js';
import { parseDocument } from './parse-markdown.js';
import type { Block } from './tree.js';

export type DocumentFormat = 'html' | 'docx';

/** The document's blocks, every section's orientation settled. */
export function documentBlocks(markdown: string): Iterable<Block> {
  return settleOrientation(parseDocument(markdown));
}

/**
 * Prints `markdown` (a rendered template) as `format`, to the file `name`;
 * Word styled by `options.reference` (an office's .docx) when given.
 */
export function printDocument(
  markdown: string,
  frame: DocumentFrame,
  format: DocumentFormat,
  name: string,
  options: { reference?: Uint8Array | undefined } = {},
): Artifact {
  switch (format) {
    case 'html':
      return streamedArtifact(name, () => printHtml(documentBlocks(markdown), frame));
    case 'docx':
      return { name, bytes: printWord(documentBlocks(markdown), frame, options.reference) };
  }
}
