/**
 * The I/O edge on the way out: every artifact goes to a temp file beside its
 * target; only when all are written do they replace the previous reports, and
 * if any replacement fails the ones already made are undone. A build that
 * fails midway leaves the previous reports as they were, never a new Markdown
 * beside an old JSON.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Artifact } from '../render/artifact.js';

export interface WrittenFile {
  path: string;
  bytes: number;
}

interface Staged {
  temp: string;
  target: string;
  bytes: number;
  /** Where the previous report was moved while the new one goes in. */
  backup?: string;
}

const sideName = (outDir: string, name: string, suffix: string): string =>
  path.join(outDir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.${suffix}`);

export async function writeArtifacts(
  outDir: string,
  artifacts: readonly Artifact[],
): Promise<WrittenFile[]> {
  await mkdir(outDir, { recursive: true });
  const staged: Staged[] = [];
  try {
    for (const artifact of artifacts) {
      const target = path.join(outDir, artifact.name);
      const temp = sideName(outDir, artifact.name, 'tmp');
      staged.push({ temp, target, bytes: artifact.bytes.byteLength });
      const handle = await open(temp, 'wx');
      try {
        await handle.writeFile(artifact.bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    await replaceAll(outDir, staged);
  } catch (error) {
    await Promise.all(staged.map((file) => rm(file.temp, { force: true })));
    throw error;
  }
  await Promise.all(
    staged.flatMap((file) => (file.backup ? [rm(file.backup, { force: true })] : [])),
  );
  return staged.map((file) => ({ path: file.target, bytes: file.bytes }));
}

/**
 * Moves each previous report aside, then each new one in. On a failure, every
 * step already taken is reversed (in reverse order) before the error is passed on.
 */
async function replaceAll(outDir: string, staged: Staged[]): Promise<void> {
  const undo: (() => Promise<void>)[] = [];
  try {
    for (const file of staged) {
      const previous = await lstat(file.target).catch(() => undefined);
      // A link is replaced, never followed; a folder in the way fails the rename below.
      if (previous && !previous.isDirectory()) {
        const backup = sideName(outDir, path.basename(file.target), 'bak');
        await rename(file.target, backup);
        file.backup = backup;
        undo.push(() => rename(backup, file.target));
      }
      await rename(file.temp, file.target);
      undo.push(() => rename(file.target, file.temp));
    }
  } catch (error) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    throw error;
  }
}
