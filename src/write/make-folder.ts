/**
 * Creates a folder and its missing parents, one level at a time. Node's
 * `mkdir(…, { recursive: true })` loops forever where the file system
 * answers neither "made" nor "missing" (`/proc/x` on Linux); here each
 * missing level is made once, and any refusal is an error naming the folder.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Makes `folder` and its missing parents; returns the folders made, outermost first. */
export function makeFolder(folder: string): string[] {
  const missing: string[] = [];
  let current = path.resolve(folder);
  for (;;) {
    let isFolder: boolean;
    try {
      isFolder = statSync(current).isDirectory();
    } catch (error) {
      // ENOTDIR and the like: said as the mkdir it stops ("ENOTDIR: not a directory, mkdir '…'").
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw asMkdir(error);
      missing.push(current);
      const parent = path.dirname(current);
      if (parent === current) throw error;
      current = parent;
      continue;
    }
    if (!isFolder)
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${current}'`), {
        code: 'ENOTDIR',
        path: current,
      });
    break;
  }
  const made: string[] = [];
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level);
      made.push(level);
    } catch (error) {
      // Made by someone else meanwhile: as good.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return made;
}

/** A stat error as the mkdir of the same path would have said it. */
function asMkdir(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  error.message = error.message.replace(/, stat '/, ", mkdir '");
  return error;
}
