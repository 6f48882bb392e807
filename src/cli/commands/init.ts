import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Language } from '../../diagnostics/messages.js';
import { UsageError } from '../../pipeline/usage-error.js';
import { say } from '../messages.js';
import { STARTER_FILES } from '../starter-dataset.js';
import type { Terminal } from '../terminal.js';
import { schemaDocuments } from './schema.js';

/** `dx-report init [DIR]`: writes the starter dataset; refuses to overwrite any file. */
export async function runInit(
  dir: string,
  terminal: Terminal,
  language: Language,
): Promise<number> {
  const folder = path.resolve(dir);
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
    if (exists) throw new UsageError('initExists', path.relative(process.cwd(), target) || target);
  }
  for (const [name, text] of files) {
    const target = path.join(folder, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text, { flag: 'wx' });
  }
  terminal.info(say(language, 'initDone', path.relative(process.cwd(), folder) || '.'));
  return 0;
}
