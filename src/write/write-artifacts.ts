/**
 * The I/O edge on the way out: every artifact goes to a temp file beside its
 * target; only when all are written do they replace the previous reports, and
 * if any replacement fails the ones already made are undone. A build that
 * fails midway leaves the previous reports as they were, never a new Markdown
 * beside an old JSON.
 *
 * - A report's name is never empty: `rename(temp, target)` replaces the old
 *   file in one step. The old file is kept under a second name (a hard link,
 *   or a copy where links are not possible) only to put it back if a later
 *   replacement fails.
 * - The replacements are made synchronously, in one go: a signal (Ctrl-C, a CI
 *   cancel) is handled before they start or after they are all done, never
 *   between two of them, so an interrupted build leaves the whole previous set
 *   or the whole new one. Until then, its temp files are removed on a signal
 *   (debris.ts).
 * - One build at a time puts reports into a folder (output-lock.ts).
 */
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  linkSync,
  lstatSync,
  readlinkSync,
  renameSync,
  rmdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Artifact } from '../render/artifact.js';
import { trackFile, trackFolder, untrackFile, untrackFolder } from './debris.js';
import { makeFolder } from './make-folder.js';
import { lockOutputFolder } from './output-lock.js';

export interface WrittenFile {
  path: string;
  bytes: number;
}

interface Staged {
  temp: string;
  target: string;
  bytes: number;
}

const sideName = (outDir: string, name: string, suffix: string): string =>
  path.join(outDir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.${suffix}`);

/** Writes an artifact's bytes, or its chunks one by one (a large report is never held whole); returns the size. */
async function writeContent(handle: FileHandle, artifact: Artifact): Promise<number> {
  if (artifact.chunks === undefined) {
    await handle.writeFile(artifact.bytes);
    return artifact.bytes.byteLength;
  }
  let size = 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    await handle.write(Buffer.concat(pending, pendingBytes));
    pending = [];
    pendingBytes = 0;
  };
  for (const chunk of artifact.chunks()) {
    pending.push(chunk);
    pendingBytes += chunk.byteLength;
    size += chunk.byteLength;
    // Small pieces gathered into writes of about 1 MB: one system call each.
    if (pendingBytes >= WRITE_BYTES) await flush();
  }
  await flush();
  return size;
}

/** Bytes gathered before a write of a streamed artifact. */
const WRITE_BYTES = 1024 * 1024;

export async function writeArtifacts(
  outDir: string,
  artifacts: readonly Artifact[],
): Promise<WrittenFile[]> {
  // Folders made for the reports go again if the build fails (or is stopped) before they hold any.
  const made = makeFolder(outDir);
  for (const folder of made) trackFolder(folder);
  const staged: Staged[] = [];
  const removeTemps = () => {
    for (const file of staged) {
      rmSync(file.temp, { force: true });
      untrackFile(file.temp);
    }
  };
  try {
    for (const artifact of artifacts) {
      const target = path.join(outDir, artifact.name);
      // A name may hold folders (`updates/2024-H1/so-khcn.yaml`): its temp file sits beside it.
      const folder = path.dirname(target);
      if (folder !== path.resolve(outDir) && folder !== outDir)
        for (const level of makeFolder(folder)) {
          trackFolder(level);
          made.push(level);
        }
      const temp = sideName(folder, path.basename(artifact.name), 'tmp');
      trackFile(temp);
      const entry: Staged = { temp, target, bytes: 0 };
      staged.push(entry);
      const handle = await open(temp, 'wx');
      try {
        entry.bytes = await writeContent(handle, artifact);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    const unlock = await lockOutputFolder(outDir);
    try {
      replaceAll(outDir, staged);
    } finally {
      unlock();
    }
  } catch (error) {
    removeTemps();
    for (const folder of [...made].reverse()) {
      untrackFolder(folder);
      try {
        rmdirSync(folder);
      } catch {
        // Not empty: something else was put there meanwhile.
      }
    }
    throw error;
  }
  for (const folder of made) untrackFolder(folder);
  return staged.map((file) => ({ path: file.target, bytes: file.bytes }));
}

/**
 * Puts every staged report in place, or none: a folder where a report goes
 * stops the build before anything is replaced; a replacement that still fails
 * undoes the ones before it (in reverse order) before the error is passed on.
 * Synchronous on purpose (see the module comment).
 */
function replaceAll(outDir: string, staged: readonly Staged[]): void {
  for (const file of staged) {
    const previous = lstatOrUndefined(file.target);
    if (previous?.isDirectory())
      throw Object.assign(new Error(`EISDIR: a folder is in the way, rename '${file.target}'`), {
        code: 'EISDIR',
        path: file.target,
      });
  }
  const undo: (() => void)[] = [];
  const backups: string[] = [];
  try {
    for (const file of staged) {
      const previous = lstatOrUndefined(file.target);
      if (previous) {
        // A second name for the old report, to put it back; the target keeps its name throughout.
        const backup = sideName(outDir, path.basename(file.target), 'bak');
        trackFile(backup);
        backups.push(backup);
        keepCopy(file.target, backup, previous.isSymbolicLink());
        renameSync(file.temp, file.target);
        undo.push(() => renameSync(backup, file.target));
      } else {
        renameSync(file.temp, file.target);
        undo.push(() => rmSync(file.target, { force: true }));
      }
      untrackFile(file.temp);
    }
  } catch (error) {
    for (const step of undo.reverse()) {
      try {
        step();
      } catch {
        // Best effort: the error that stopped the build is the one to report.
      }
    }
    throw error;
  } finally {
    for (const backup of backups) {
      rmSync(backup, { force: true });
      untrackFile(backup);
    }
  }
}

/** A second name for a file: a hard link (a link itself for a symbolic link), else a copy. */
function keepCopy(target: string, backup: string, symbolic: boolean): void {
  try {
    linkSync(target, backup);
  } catch {
    // No hard links here (some network or FAT file systems): a copy of the file, or of the link.
    if (symbolic) symlinkSync(readlinkSync(target), backup);
    else copyFileSync(target, backup);
  }
}

function lstatOrUndefined(file: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}
