/**
 * Reads a file only if it is a regular file, checked on the open file itself:
 * a named pipe would block the read forever (a FIFO opened without a writer),
 * and a device (`/dev/zero`) never ends. The file is opened non-blocking, so
 * even a pipe put in a file's place after it was listed returns at once, and
 * is then refused. `maxBytes` bounds what is read.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { NotRegularFileError } from '../errors/known-errors.js';

// O_NONBLOCK is 0 where the platform has none (Windows, where opening a pipe does not block).
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The file's bytes; throws NotRegularFileError (errors/), or the system's error (ENOENT, EACCES…). */
export function readRegularFile(file: string, maxBytes = Number.POSITIVE_INFINITY): Buffer {
  const fd = openSync(file, READ_FLAGS);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new NotRegularFileError('not-a-file', info.size);
    if (info.size > maxBytes) throw new NotRegularFileError('too-large', info.size);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
