/**
 * The I/O edge on the way in: find the dataset's files (sorted, so every run sees
 * them in one order), then read each when it is about to be parsed, rejecting
 * what is not UTF-8 text and stripping a BOM.
 * Problems are returned as diagnostics, never thrown, except a missing folder.
 */
import { readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { makeDiagnostic, WHOLE_FILE, type Diagnostic } from '../diagnostics/diagnostic.js';
import {
  expectedName,
  isIgnoredName,
  isRecordFolder,
  isYamlName,
  kindOfPath,
  namesMeant,
  topLevelNames,
  type FileKind,
} from '../dataset/file-kinds.js';
import type { Limits } from '../dataset/limits.js';
import type { FoundFile, SourceFile } from '../dataset/source-file.js';
import { suggest } from '../model/suggest.js';
import { DataFolderError, NotRegularFileError } from '../errors/known-errors.js';
import { readRegularFile } from './read-regular-file.js';

export type { FoundFile, SourceFile } from '../dataset/source-file.js';

/** Called as files are read: `done` of `total` found files; once more with done === total at the end. */
export type LoadProgress = (done: number, total: number) => void;

export interface ListedDataset {
  files: FoundFile[];
  diagnostics: Diagnostic[];
}

/**
 * Finds the dataset's files and applies the size limits, reading nothing: the
 * first half of loading, so that each file is read where it is parsed, one at
 * a time, instead of all held at once.
 *
 * The file system is asked synchronously, here and in readSourceFile: data
 * files are small and usually in the page cache, where a blocking call costs
 * microseconds and fs/promises costs several trips through the thread pool
 * (0.1 s over the 126 files of the province benchmark, BENCHMARKS.md).
 */
export function listDataset(folder: string, limits: Limits): ListedDataset {
  const info = statOrCode(folder);
  if (typeof info === 'string' || !info.isDirectory()) throw new DataFolderError(folder);
  const diagnostics: Diagnostic[] = [];
  const found = listFiles(folder, diagnostics);
  const files: FoundFile[] = [];
  // Catalogues by kind: `dx-report.yaml` beside `dx-report.yml` is two files for one.
  const catalogues = new Map<FileKind, string>();
  let total = 0;
  for (const { relative, size } of found) {
    const kind = kindOfPath(relative);
    if (!kind) {
      const meant = isYamlName(relative) ? misnamed(relative, '.yaml') : undefined;
      if (meant) diagnostics.push(meant);
      // A YAML file at the top level with no name of the layout is worth a word; other top-level files (README) are not.
      else if (isYamlName(relative))
        diagnostics.push(
          makeDiagnostic('file-ignored', relative, WHOLE_FILE, {
            why: 'name',
            names: topLevelNames().join(', '),
          }),
        );
      continue;
    }
    if (!isYamlName(relative)) {
      diagnostics.push(makeDiagnostic('file-ignored', relative, WHOLE_FILE, { why: 'extension' }));
      continue;
    }
    if (!relative.includes('/')) {
      const other = catalogues.get(kind);
      if (other !== undefined) {
        diagnostics.push(
          makeDiagnostic('file-duplicate-kind', relative, WHOLE_FILE, {
            file: relative,
            other,
            expected: expectedName(kind),
          }),
        );
        continue;
      }
      catalogues.set(kind, relative);
    }
    if (size > limits.maxFileBytes) {
      diagnostics.push(
        makeDiagnostic('file-too-large', relative, WHOLE_FILE, {
          size,
          limit: limits.maxFileBytes,
        }),
      );
      continue;
    }
    total += size;
    if (total > limits.maxDatasetBytes) {
      diagnostics.push(
        makeDiagnostic('dataset-too-large', relative, WHOLE_FILE, {
          size: total,
          limit: limits.maxDatasetBytes,
        }),
      );
      break;
    }
    files.push({ path: relative, kind, bytes: size });
  }
  return { files, diagnostics };
}

/**
 * A top-level folder or YAML file whose name is a near miss of a dataset
 * name (`Tasks/`, `assessment/`, `agency.yaml`): an error naming the name
 * meant, since all it holds would otherwise be left out of the report without
 * a word. undefined for any other name. `type`: '/' for a folder, '.yaml' for a file.
 */
function misnamed(relative: string, type: '/' | '.yaml'): Diagnostic | undefined {
  const stem = type === '/' ? relative : relative.replace(/\.ya?ml$/i, '');
  const meant = namesMeant(type);
  const alias = suggest(stem.normalize('NFC').trim(), [...meant.keys()]);
  if (alias === undefined) return undefined;
  const name = type === '/' ? `${relative}/` : relative;
  return makeDiagnostic('data-misnamed', name, WHOLE_FILE, {
    name,
    suggestion: meant.get(alias)!,
  });
}

/** A file's stat (links followed), or the error code that stopped it. */
function statOrCode(absolute: string): Stats | string {
  try {
    return statSync(absolute);
  } catch (error) {
    return errorCode(error);
  }
}

/** Reads one listed file as text (UTF-8, BOM stripped), or says why it cannot be. */
export function readSourceFile(folder: string, file: FoundFile): SourceFile | Diagnostic {
  const read = readText(path.join(folder, file.path), file.path);
  return 'text' in read ? { path: file.path, kind: file.kind, text: read.text } : read;
}

/**
 * Every file below the folder, relative and sorted. Symbolic links are followed
 * once: a link back into a folder already walked is a loop, reported and
 * skipped (its files are read through their own path). A folder that cannot be
 * listed is an error, never a silent gap in the data; so is a data file that is
 * not a regular file (a FIFO would block the read forever).
 */
function listFiles(root: string, diagnostics: Diagnostic[]): { relative: string; size: number }[] {
  const files: { relative: string; size: number }[] = [];
  // Folders by device and inode, from the stat already made: a realpath per folder cost a walk of its whole path (a tree 1,500 deep took minutes).
  const rootStat = statSync(root);
  const visited = new Set<string>([`${rootStat.dev}:${rootStat.ino}`]);
  const pending: string[] = [''];
  const unreadable = (relative: string, reason: string) =>
    diagnostics.push(makeDiagnostic('file-unreadable', relative, WHOLE_FILE, { reason }));
  while (pending.length > 0) {
    const relativeDir = pending.pop()!;
    let entries: string[];
    try {
      entries = readdirSync(path.join(root, relativeDir));
    } catch (error) {
      unreadable(relativeDir || '.', errorCode(error));
      continue;
    }
    for (const name of entries) {
      if (isIgnoredName(name)) continue;
      const relative = relativeDir ? `${relativeDir}/${name}` : name;
      const absolute = path.join(root, relative);
      const target = statOrCode(absolute);
      if (typeof target === 'string') {
        if (target === 'ELOOP') {
          diagnostics.push(
            makeDiagnostic('symlink-loop', relative, WHOLE_FILE, { path: relative }),
          );
        } else files.push({ relative, size: 0 }); // a broken link: reading it says why, if it is data
        continue;
      }
      if (target.isDirectory()) {
        if (relativeDir === '' && !isRecordFolder(name)) {
          const meant = misnamed(name, '/');
          if (meant) diagnostics.push(meant);
          continue;
        }
        const real = `${target.dev}:${target.ino}`;
        if (visited.has(real)) {
          diagnostics.push(
            makeDiagnostic('symlink-loop', relative, WHOLE_FILE, { path: relative }),
          );
          continue;
        }
        visited.add(real);
        pending.push(relative);
      } else if (target.isFile()) files.push({ relative, size: target.size });
      else if (isYamlName(name) && kindOfPath(relative)) unreadable(relative, 'not-a-file');
    }
  }
  return files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? 'EIO';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function readText(absolute: string, relative: string): { text: string } | Diagnostic {
  let bytes: Buffer;
  try {
    // Listed as a regular file, but it may have been replaced by a pipe since.
    bytes = readRegularFile(absolute);
  } catch (error) {
    const reason = error instanceof NotRegularFileError ? error.reason : errorCode(error);
    return makeDiagnostic('file-unreadable', relative, WHOLE_FILE, { reason });
  }
  // Notepad's "Unicode" is UTF-16, full of zero bytes: name the encoding problem, not "binary".
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return makeDiagnostic('file-not-utf8', relative, { line: 1, column: 1 });
  if (bytes.includes(0)) return makeDiagnostic('file-binary', relative, { line: 1, column: 1 });
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return makeDiagnostic('file-not-utf8', relative, firstInvalidByte(bytes));
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** Line and column of the first byte that is not valid UTF-8, for the message. */
function firstInvalidByte(bytes: Buffer): { line: number; column: number } {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    try {
      // stream: a character cut at the end of the prefix is not an error, so validity is monotonic.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  const valid = new TextDecoder('utf-8').decode(bytes.subarray(0, low)).replace(/^\uFEFF/, '');
  const lines = valid.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
