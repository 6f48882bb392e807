/**
 * What a run has created and must not leave behind if it is stopped (Ctrl-C,
 * a CI cancel): temp files, backups, the output lock, a half-made starter
 * dataset. Each is registered while it exists; `removeDebrisSync` removes
 * whatever is registered, synchronously, from a signal handler.
 */
import { rmdirSync, rmSync } from 'node:fs';

const files = new Set<string>();
const folders: string[] = [];

const trees = new Set<string>();
const processGroups = new Set<number>();

/** Registers a temporary folder removed whole (a converter's workspace and profile). */
export function trackTree(folder: string): void {
  trees.add(folder);
}
export function untrackTree(folder: string): void {
  trees.delete(folder);
}

/** Registers a program run in its own process group (LibreOffice): stopped, children and all. */
export function trackProcessGroup(pid: number): void {
  processGroups.add(pid);
}
export function untrackProcessGroup(pid: number): void {
  processGroups.delete(pid);
}

/** Kills a process group, whatever is left of it; never throws. */
export function killProcessGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Gone already.
  }
}

/** Registers a file this run made and will remove or rename itself. */
export function trackFile(file: string): void {
  files.add(file);
}

/** The file was removed or renamed into place: nothing to clean up any more. */
export function untrackFile(file: string): void {
  files.delete(file);
}

/** Registers a folder this run made; removed (if empty) after the files, newest first. */
export function trackFolder(folder: string): void {
  folders.push(folder);
}

/** The run finished with the folder: keep it. */
export function untrackFolder(folder: string): void {
  const index = folders.lastIndexOf(folder);
  if (index >= 0) folders.splice(index, 1);
}

/** What one run made: its files, and its folders oldest first. */
export interface Debris {
  files: readonly string[];
  folders: readonly string[];
}

/**
 * Removes every registered file, then every registered folder that is empty;
 * never throws. With `only`, just those (one run's, when several run in one
 * process), and they are no longer registered.
 */
export function removeDebrisSync(only?: Debris): void {
  if (only === undefined) {
    // Programs first, so none writes into a folder being removed.
    for (const pid of processGroups) killProcessGroup(pid);
    processGroups.clear();
    for (const tree of trees) {
      try {
        rmSync(tree, { recursive: true, force: true });
      } catch {
        // Best effort, as below.
      }
    }
    trees.clear();
  }
  for (const file of only?.files ?? [...files]) {
    try {
      rmSync(file, { force: true });
    } catch {
      // Best effort: the file may be gone already, or its folder unreadable.
    }
    files.delete(file);
  }
  const doomed = only === undefined ? folders.splice(0) : [...only.folders];
  for (const folder of doomed.reverse()) {
    untrackFolder(folder);
    try {
      rmdirSync(folder);
    } catch {
      // Not empty (something else lives there) or gone: left as it is.
    }
  }
}
