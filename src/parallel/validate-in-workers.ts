/**
 * Parsing YAML is the floor under every run (the `yaml` package reads ~2–3 MB/s),
 * so large datasets are read and validated on a pool of worker threads: the
 * catalogues on the main thread (records refer to them, and they are small),
 * the record files in batches of contiguous files on the workers. Batches are
 * merged in file order, so the result is exactly that of a sequential run.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readSourceFile, type FoundFile, type LoadProgress } from '../load/load-dataset.js';
import { mergeCollected, type Collected } from '../validate/collected.js';
import type { Limits } from '../validate/limits.js';
import {
  finishValidation,
  inReadOrder,
  startValidation,
  validateFileInto,
  type ValidationResult,
} from '../validate/validate-dataset.js';
import type { BatchRequest } from './validate-worker.js';

const WORKER_FILE = new URL('./validate-worker.js', import.meta.url);

/** Below this many bytes of records, starting workers (each loads yaml and ajv) costs more than it saves. */
export const PARALLEL_THRESHOLD_BYTES = 4 * 1024 * 1024;
const BATCH_BYTES = 1024 * 1024;

/** How many workers to use for a dataset: 0 means read it on the main thread. */
export function workerCount(recordBytes: number, jobs: number | undefined): number {
  // Running from TypeScript sources (tests) there is no compiled worker to start.
  if (!existsSync(fileURLToPath(WORKER_FILE))) return 0;
  const wanted =
    jobs ?? (recordBytes >= PARALLEL_THRESHOLD_BYTES ? Math.min(availableParallelism(), 4) : 1);
  return wanted > 1 ? wanted : 0;
}

export interface ParallelOptions {
  folder: string;
  files: readonly FoundFile[];
  loadDiagnostics: readonly Diagnostic[];
  limits: Limits;
  workers: number;
  onProgress?: LoadProgress | undefined;
}

export async function validateInWorkers(options: ParallelOptions): Promise<ValidationResult> {
  const { folder, limits } = options;
  const ordered = inReadOrder(options.files);
  const collected = startValidation(options.loadDiagnostics);
  const records = ordered.filter((file) => file.kind === 'tasks' || file.kind === 'assessment');
  let done = 0;
  const total = ordered.length;
  for (const found of ordered.filter(
    (file) => file.kind !== 'tasks' && file.kind !== 'assessment',
  )) {
    options.onProgress?.(done++, total);
    const read = await readSourceFile(folder, found);
    if ('diagnostic' in read) collected.diagnostics.push(read.diagnostic);
    else validateFileInto(read, limits, collected);
  }
  const batches = intoBatches(records);
  const parts = await runBatches(
    batches,
    options.workers,
    (batch) => ({ folder, files: batch, limits, settings: collected.settings }),
    (batch) => {
      done += batch.length;
      options.onProgress?.(done, total);
    },
  );
  for (const part of parts) mergeCollected(collected, part);
  options.onProgress?.(total, total);
  return finishValidation(collected, options.files, options.loadDiagnostics);
}

/** Contiguous runs of files of about BATCH_BYTES each, so the merge keeps file order. */
function intoBatches(files: readonly FoundFile[]): FoundFile[][] {
  const batches: FoundFile[][] = [];
  let current: FoundFile[] = [];
  let bytes = 0;
  for (const file of files) {
    current.push(file);
    bytes += file.bytes;
    if (bytes >= BATCH_BYTES) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Hands batches to workers as they become free; resolves with the parts in batch order. */
async function runBatches(
  batches: FoundFile[][],
  size: number,
  request: (batch: FoundFile[]) => BatchRequest,
  onBatchDone: (batch: FoundFile[]) => void,
): Promise<Collected[]> {
  const parts: Collected[] = new Array<Collected>(batches.length);
  const workers = Array.from(
    { length: Math.min(size, batches.length) },
    () => new Worker(WORKER_FILE),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(async (worker) => {
        while (next < batches.length) {
          const index = next++;
          parts[index] = await runOne(worker, request(batches[index]!));
          onBatchDone(batches[index]!);
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return parts;
}

function runOne(worker: Worker, request: BatchRequest): Promise<Collected> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    const onMessage = (reply: { ok: true; part: Collected } | { ok: false; message: string }) => {
      cleanup();
      if (reply.ok) resolve(reply.part);
      else reject(new Error(`validation worker failed: ${reply.message}`));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(request);
  });
}
