/**
 * The office's reference document (`--docx-reference`) is not a Word document
 * the briefing can take styles from. Its own module, without the zip reader,
 * so the pipeline can recognise it without loading the Word renderer.
 */
export class DocxReferenceError extends Error {
  override readonly name = 'DocxReferenceError';
  constructor(readonly reason: DocxReferenceProblem) {
    super(REASONS[reason]);
  }
}

/** What is wrong with it; the CLI words each in the user's language. */
export type DocxReferenceProblem = 'not-zip' | 'not-word' | 'no-styles' | 'too-large' | 'unsafe';

const REASONS: Record<DocxReferenceProblem, string> = {
  'not-zip': 'not a .docx file (it is not a ZIP archive)',
  'not-word': 'not a Word document with styles (no word/styles.xml)',
  'no-styles': 'word/styles.xml holds no <w:styles>',
  'too-large': 'word/styles.xml is larger than 8 MB',
  unsafe: 'word/styles.xml declares a DTD or entities',
};
