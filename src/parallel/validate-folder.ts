/**
 * Reads and validates the listed files one at a time, so no more than a batch
 * of texts and one YAML tree per thread are alive at once. Parsing YAML is
 * most of a run, even with js-yaml as the quick reader, so for large
 * datasets worker threads share the record files with the main thread: the
 * catalogues are read first on the main thread (records refer to them, and
 * they are small), then contiguous batches of record files go to whichever
 * thread is free. Batches are merged in file order, so the result is exactly
 * that of reading every file in order on one thread.
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
  type ValidationResult,
} from '../validate/validate-dataset.js';
import { validateBatch, validateFilesInto, type BatchRequest } from './validate-batch.js';

const WORKER_FILE = new URL('./validate-worker.js', import.meta.url);

/** Below this many bytes of records, starting a worker (it loads the parsers and the validators) costs more than it saves. */
export const PARALLEL_THRESHOLD_BYTES = 4 * 1024 * 1024;
const BATCH_BYTES = 256 * 1024;

/** How many threads read a dataset, the main one included (1: the main thread alone). */
export function threadCount(recordBytes: number, jobs: number | undefined): number {
  // Running from TypeScript sources (tests) there is no compiled worker to start.
  if (!existsSync(fileURLToPath(WORKER_FILE))) return 1;
  const wanted =
    jobs ?? (recordBytes >= PARALLEL_THRESHOLD_BYTES ? Math.min(availableParallelism(), 4) : 1);
  return Math.max(1, wanted);
}

export interface ParallelOptions {
  folder: string;
  files: readonly FoundFile[];
  loadDiagnostics: readonly Diagnostic[];
  limits: Limits;
  /** Threads that read, the main one included; 1 reads every file on the main thread, one at a time. */
  threads: number;
  onProgress?: LoadProgress | undefined;
}

export async function validateFolder(options: ParallelOptions): Promise<ValidationResult> {
  const { folder, limits } = options;
  const ordered = inReadOrder(options.files);
  const isRecord = (file: FoundFile) => file.kind === 'tasks' || file.kind === 'assessment';
  const collected = startValidation(options.loadDiagnostics);
  const total = ordered.length;
  let done = 0;
  const readHere = (files: readonly FoundFile[]) =>
    validateFilesInto(folder, files, limits, collected, () => options.onProgress?.(done++, total));
  const catalogues = ordered.filter((file) => !isRecord(file));
  // Settings first: the workers need its cutoff_day. They start now and load their
  // modules while this thread reads the catalogues.
  await readHere(catalogues.filter((file) => file.kind === 'settings'));
  const workers = startWorkers(options.threads - 1);
  try {
    await readHere(catalogues.filter((file) => file.kind !== 'settings'));
    const batches = intoBatches(ordered.filter(isRecord));
    const request = (batch: FoundFile[]): BatchRequest => ({
      folder,
      files: batch,
      limits,
      settings: collected.settings,
    });
    const parts = await runBatches(batches, workers, request, (batch) => {
      done += batch.length;
      options.onProgress?.(done, total);
    });
    for (const part of parts) mergeCollected(collected, part);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  options.onProgress?.(total, total);
  const byPath = new Map(options.files.map((file) => [file.path, file]));
  const readText = (path: string) => {
    const found = byPath.get(path);
    const read = found ? readSourceFile(folder, found) : undefined;
    return read && 'text' in read ? read.text : undefined;
  };
  return finishValidation(collected, options.files, options.loadDiagnostics, readText, limits);
}

function startWorkers(count: number): Worker[] {
  return Array.from({ length: Math.max(0, count) }, () => new Worker(WORKER_FILE));
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

/**
 * Hands batches out as threads become free, the main thread taking its share
 * (one isolate fewer in memory than a worker per core); resolves with the
 * parts in batch order.
 */
async function runBatches(
  batches: FoundFile[][],
  workers: readonly Worker[],
  request: (batch: FoundFile[]) => BatchRequest,
  onBatchDone: (batch: FoundFile[]) => void,
): Promise<Collected[]> {
  const parts: Collected[] = new Array<Collected>(batches.length);
  let next = 0;
  const drain = async (run: (request: BatchRequest) => Promise<Collected>) => {
    while (next < batches.length) {
      const index = next++;
      parts[index] = await run(request(batches[index]!));
      onBatchDone(batches[index]!);
    }
  };
  await Promise.all([
    ...workers.map((worker) => drain((batch) => runOne(worker, batch))),
    drain(validateBatch),
  ]);
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
