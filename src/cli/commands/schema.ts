import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FILE_KINDS, SCHEMA_FILE_NAMES, schemaFor } from '../../validate/schemas/index.js';
import { say } from '../messages.js';
import type { Terminal } from '../terminal.js';
import type { Language } from '../../diagnostics/messages.js';

/** The JSON Schema documents as they are shipped in `schemas/`: stable bytes, one per file kind. */
export function schemaDocuments(): { name: string; text: string }[] {
  return FILE_KINDS.map((kind) => ({
    name: SCHEMA_FILE_NAMES[kind],
    text: `${JSON.stringify(schemaFor(kind), null, 2)}\n`,
  }));
}

/** `dx-report schema [--out DIR]`: writes the schemas for editors (yaml-language-server). */
export async function runSchema(
  outDir: string,
  terminal: Terminal,
  language: Language,
): Promise<number> {
  const folder = path.resolve(outDir);
  await mkdir(folder, { recursive: true });
  const documents = schemaDocuments();
  for (const document of documents)
    await writeFile(path.join(folder, document.name), document.text);
  terminal.info(
    say(
      language,
      'schemaDone',
      String(documents.length),
      path.relative(process.cwd(), folder) || '.',
    ),
  );
  return 0;
}
