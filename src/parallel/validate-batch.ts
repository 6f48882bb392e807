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
 * Reads one file and validates it into a collection. A file that cannot be read
 * marks its kind broken, so references into an unreadable catalogue are not
 * also reported as unknown ids.
 */
export async function readAndValidateInto(
  folder: string,
  found: FoundFile,
  limits: Limits,
  into: Collected,
): Promise<void> {
  const read = await readSourceFile(folder, found);
  if ('diagnostic' in read) {
    into.diagnostics.push(read.diagnostic);
    into.brokenKinds.add(found.kind);
  } else validateFileInto(read, limits, into);
}

/** Reads and validates a batch of record files into a collection of its own (on a worker or the main thread). */
export async function validateBatch(request: BatchRequest): Promise<Collected> {
  const part = emptyCollected();
  if (request.settings) part.settings = request.settings;
  for (const found of request.files)
    await readAndValidateInto(request.folder, found, request.limits, part);
  delete part.settings;
  return part;
}
