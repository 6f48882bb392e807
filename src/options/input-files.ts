/**
 * The files options name besides the dataset: a Markdown template and a Word
 * reference document. Each is read only if it is a regular file (a named pipe
 * would block the build) and, for a template, not larger than a template
 * can be; anything else is a usage error naming the file.
 */
import { NotRegularFileError, UsageError } from '../errors/known-errors.js';
import { readRegularFile } from '../load/read-regular-file.js';

/** The largest template read: the bundled one is 14 KB. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** A template's text; a file that is not a regular one (a named pipe) or too large is refused unread. */
export function readTemplate(file: string): string {
  try {
    return readRegularFile(file, MAX_TEMPLATE_BYTES).toString('utf8');
  } catch (error) {
    if (error instanceof NotRegularFileError && error.reason === 'not-a-file')
      throw new UsageError('templateNotFile', file);
    if (error instanceof NotRegularFileError)
      throw new UsageError('templateTooLarge', file, String(MAX_TEMPLATE_BYTES / 1024 / 1024));
    throw new UsageError('noTemplate', file);
  }
}

/** The largest Word reference document read (one saved by Word is 20–100 KB, more with pictures). */
export const MAX_REFERENCE_BYTES = 64 * 1024 * 1024;

/** The bytes of a `--docx-reference`, or the usage error saying it cannot be read; a larger file is refused by its size, unread. */
export function readReference(file: string): Uint8Array {
  try {
    return new Uint8Array(readRegularFile(file, MAX_REFERENCE_BYTES));
  } catch (error) {
    if (error instanceof NotRegularFileError && error.reason === 'too-large')
      throw new UsageError(
        'docxReferenceTooLarge',
        file,
        String(MAX_REFERENCE_BYTES / 1024 / 1024),
      );
    throw new UsageError('noDocxReference', file);
  }
}
