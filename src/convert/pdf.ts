/**
 * `--format pdf`: the Word briefing converted by LibreOffice (`soffice
 * --headless --convert-to pdf`), in a temporary folder with a throwaway
 * profile, so a LibreOffice the user has open is neither disturbed nor in
 * the way. I/O: it runs a program, which the pure render/ stage may not. The
 * PDF is LibreOffice's: the same .docx gives the same pages and text, not
 * the same bytes (it stamps its own dates and ids).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { isConversion, type Artifact, type Rendered } from '../render/artifact.js';

/** A conversion that could not run: LibreOffice is missing, or it failed. */
export class ConversionError extends Error {
  override readonly name = 'ConversionError';
  constructor(
    readonly kind: 'no-converter' | 'failed',
    detail: string,
  ) {
    super(detail);
  }
}

/** Converting a long briefing takes LibreOffice a few seconds; a hung one is stopped. */
const TIMEOUT_MS = 180_000;
const PROGRAMS = ['soffice', 'libreoffice'];

/** LibreOffice's soffice on PATH (or `libreoffice`), or null. */
export function findSoffice(searchPath = process.env.PATH ?? ''): string | null {
  for (const folder of searchPath.split(path.delimiter)) {
    if (folder === '') continue;
    for (const program of PROGRAMS) {
      const candidate = path.join(folder, program);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/** The PDF of a .docx, as LibreOffice prints it. */
export async function convertToPdf(
  soffice: string,
  document: Artifact,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<Uint8Array> {
  return convertDocument(soffice, document, 'pdf', env);
}

/**
 * A document converted by LibreOffice to another format: a .docx to `pdf`,
 * an .xls or .ods workbook to `xlsx` (intake import).
 */
export async function convertDocument(
  soffice: string,
  document: Pick<Artifact, 'name' | 'bytes'>,
  to: 'pdf' | 'xlsx',
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<Uint8Array> {
  const folder = await mkdtemp(path.join(tmpdir(), `dx-report-${to}-`));
  try {
    const source = path.join(folder, document.name);
    await writeFile(source, document.bytes);
    try {
      await promisify(execFile)(
        soffice,
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=${pathToFileURL(path.join(folder, 'profile')).href}`,
          '--convert-to',
          to,
          '--outdir',
          folder,
          source,
        ],
        { timeout: TIMEOUT_MS, env: { ...env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } },
      );
    } catch (error) {
      throw new ConversionError(
        'failed',
        error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
      );
    }
    const converted = source.replace(/\.[^./]+$/, '') + `.${to}`;
    if (!existsSync(converted))
      throw new ConversionError('failed', `LibreOffice wrote no ${to.toUpperCase()}`);
    return new Uint8Array(await readFile(converted));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Every conversion run, in place: the artifacts in the order they were rendered. */
export async function finishConversions(
  rendered: readonly Rendered[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<Artifact[]> {
  const conversions = rendered.filter(isConversion);
  if (conversions.length === 0)
    return rendered.filter((item): item is Artifact => !isConversion(item));
  const soffice = findSoffice(env.PATH ?? '');
  if (soffice === null) throw new ConversionError('no-converter', 'soffice');
  const artifacts: Artifact[] = [];
  for (const item of rendered)
    artifacts.push(
      isConversion(item)
        ? { name: item.name, bytes: await convertToPdf(soffice, item.from, env) }
        : item,
    );
  return artifacts;
}
