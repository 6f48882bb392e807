import { access, open } from 'node:fs/promises';
import path from 'node:path';
import type { Language } from '../../diagnostics/messages.js';
import { UsageError } from '../../errors/known-errors.js';
import {
  removeDebrisSync,
  trackFile,
  trackFolder,
  untrackFile,
  untrackFolder,
} from '../../write/debris.js';
import { makeFolder } from '../../write/make-folder.js';
import { say } from '../messages.js';
import { STARTER_FILES } from '../starter-dataset.js';
import type { Terminal } from '../terminal.js';
import { schemaDocuments } from './schema.js';

/**
 * `dx-report init [DIR]`: writes the starter dataset, all or nothing. It
 * refuses to overwrite any file; if writing fails midway (a file in the way of
 * a folder, a full disk) or is stopped, every file and folder it made is
 * removed again, so the folder is as before and init can simply be run again.
 */
export async function runInit(
  dir: string,
  terminal: Terminal,
  language: Language,
  cwd: string,
): Promise<number> {
  const folder = path.resolve(cwd, dir);
  const files: [string, string][] = [
    ...Object.entries(STARTER_FILES),
    ...schemaDocuments().map((document): [string, string] => [
      `_schemas/${document.name}`,
      document.text,
    ]),
  ];
  for (const [name] of files) {
    const target = path.join(folder, name);
    const exists = await access(target).then(
      () => true,
      () => false,
    );
    if (exists) throw new UsageError('initExists', path.relative(cwd, target) || target);
  }
  const made: string[] = [];
  const folders: string[] = [];
  try {
    for (const [name, text] of files) {
      const target = path.join(folder, name);
      for (const level of makeFolder(path.dirname(target))) {
        trackFolder(level);
        folders.push(level);
      }
      // Registered once made (O_EXCL): a file that appeared meanwhile is someone else's, never removed.
      const handle = await open(target, 'wx');
      trackFile(target);
      made.push(target);
      try {
        await handle.writeFile(text);
      } finally {
        await handle.close();
      }
    }
  } catch (error) {
    // Only what this run made: a file that was in the way stays.
    removeDebrisSync({ files: made, folders });
    throw error;
  }
  for (const file of made) untrackFile(file);
  for (const level of folders) untrackFolder(level);
  terminal.info(say(language, 'initDone', path.relative(cwd, folder) || '.'));
  return 0;
}
