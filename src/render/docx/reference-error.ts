/**
 * The office's reference document (`--docx-reference`) is not a Word document
 * the briefing can take styles from. Its own module, without the zip reader,
 * so the pipeline can recognise it without loading the Word renderer.
 */
export class DocxReferenceError extends Error {
  override readonly name = 'DocxReferenceError';
}
