/**
 * The I/O edge on the way out: every artifact goes to a temp file beside its
 * target, and only when all are written are they renamed into place. A build
 * that fails midway leaves the previous reports as they were.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Artifact } from '../render/artifact.js';

export interface WrittenFile {
  path: string;
  bytes: number;
}

export async function writeArtifacts(
  outDir: string,
  artifacts: readonly Artifact[],
): Promise<WrittenFile[]> {
  await mkdir(outDir, { recursive: true });
  const staged: { temp: string; target: string; bytes: number }[] = [];
  try {
    for (const artifact of artifacts) {
      const target = path.join(outDir, artifact.name);
      const temp = path.join(
        outDir,
        `.${artifact.name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
      );
      staged.push({ temp, target, bytes: artifact.bytes.byteLength });
      const handle = await open(temp, 'wx');
      try {
        await handle.writeFile(artifact.bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    for (const file of staged) await rename(file.temp, file.target);
  } catch (error) {
    await Promise.all(staged.map((file) => rm(file.temp, { force: true })));
    throw error;
  }
  return staged.map((file) => ({ path: file.target, bytes: file.bytes }));
}
