import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SCHEMA_KINDS, SCHEMA_FILE_NAMES, schemaFor } from '../../validate/schemas/index.js';
import { reportSchema } from '../../compute/report-schema.js';
import { say } from '../messages.js';
import type { Terminal } from '../terminal.js';
import type { Language } from '../../diagnostics/messages.js';

const asText = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;

/**
 * The JSON Schema documents as they are shipped in `schemas/`: stable bytes,
 * one per dataset file kind (for editors), and the report model's (for tools
 * reading `--format json`, and as the reference of template fields).
 */
export function schemaDocuments(): { name: string; text: string }[] {
  return [
    ...SCHEMA_KINDS.map((kind) => ({
      name: SCHEMA_FILE_NAMES[kind],
      text: asText(schemaFor(kind)),
    })),
    { name: 'report.schema.json', text: asText(reportSchema()) },
  ];
}

/** `dx-report schema [--out DIR]`: writes the schemas for editors (yaml-language-server). */
export async function runSchema(
  outDir: string,
  terminal: Terminal,
  language: Language,
  cwd: string,
): Promise<number> {
  const folder = path.resolve(cwd, outDir);
  await mkdir(folder, { recursive: true });
  const documents = schemaDocuments();
  for (const document of documents)
    await writeFile(path.join(folder, document.name), document.text);
  terminal.info(
    say(language, 'schemaDone', String(documents.length), path.relative(cwd, folder) || '.'),
  );
  return 0;
}
