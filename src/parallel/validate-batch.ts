import { readSourceFile, type FoundFile } from '../load/load-dataset.js';
import type { Settings } from '../model/types.js';
import { emptyCollected, type Collected } from '../validate/collected.js';
import type { Limits } from '../validate/limits.js';
import { validateFileInto } from '../validate/validate-dataset.js';

export interface BatchRequest {
  folder: string;
  files: FoundFile[];
  limits: Limits;
  /** dx-report.yaml as read: its cutoff_day dates `period:` updates. */
  settings: Settings | undefined;
}

/**
 * Reads files and validates each into a collection, in order. A file that
 * cannot be read marks its kind broken, so references into an unreadable
 * catalogue are not also reported as unknown ids. `onFile` is called before
 * each file, for progress.
 */
export async function validateFilesInto(
  folder: string,
  files: readonly FoundFile[],
  limits: Limits,
  into: Collected,
  onFile?: () => void,
): Promise<void> {
  for (const found of files) {
    onFile?.();
    const read = readSourceFile(folder, found);
    if ('diagnostic' in read) {
      into.diagnostics.push(read.diagnostic);
      into.brokenKinds.add(found.kind);
    } else await validateFileInto(read, limits, into);
  }
}

/** Reads and validates a batch of record files into a collection of its own (on a worker or the main thread). */
export async function validateBatch(request: BatchRequest): Promise<Collected> {
  const part = emptyCollected();
  if (request.settings) part.settings = request.settings;
  await validateFilesInto(request.folder, request.files, request.limits, part);
  delete part.settings;
  return part;
}
