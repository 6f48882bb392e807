import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Language } from '../../diagnostics/messages.js';
import { referenceDocx } from '../../render/docx/reference-docx.js';
import { say } from '../messages.js';
import type { Terminal } from '../terminal.js';

/**
 * `dx-report reference-docx [FILE]`: writes the Word briefing's styles as a
 * .docx for an office to edit and pass back with `--docx-reference` (pandoc's
 * `--print-default-data-file reference.docx`).
 */
export async function runReferenceDocx(
  file: string,
  terminal: Terminal,
  language: Language,
  cwd: string,
): Promise<number> {
  const target = path.resolve(cwd, file);
  await writeFile(target, referenceDocx());
  terminal.info(say(language, 'referenceDocxDone', path.relative(cwd, target) || target));
  return 0;
}
