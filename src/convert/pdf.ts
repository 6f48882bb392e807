/**
 * `--format pdf`: the Word briefing converted by LibreOffice (`soffice
 * --headless --convert-to pdf`), in a temporary folder with a throwaway
 * profile, so a LibreOffice the user has open is neither disturbed nor in
 * the way. I/O: it runs a program, which the pure render/ stage may not. The
 * PDF is LibreOffice's: the same .docx gives the same pages and text, not
 * the same bytes (it stamps its own dates and ids).
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConversionError } from '../errors/known-errors.js';
import { isConversion, type Artifact, type Rendered } from '../render/artifact.js';
import {
  killProcessGroup,
  trackProcessGroup,
  trackTree,
  untrackProcessGroup,
  untrackTree,
} from '../write/debris.js';

/**
 * How long LibreOffice may take, by the work: two minutes, and two more per
 * MB of the document (a briefing of 1,000 pillars takes it about 40 s, one of
 * 2,000 about 140 s). Past it, LibreOffice is hung: it is stopped.
 */
const BASE_TIMEOUT_MS = 120_000;
const TIMEOUT_MS_PER_MB = 120_000;
export const conversionTimeoutMs = (bytes: number): number =>
  BASE_TIMEOUT_MS + Math.ceil((bytes / 1_048_576) * TIMEOUT_MS_PER_MB);

const PROGRAMS = ['soffice', 'libreoffice'];

/** A file this user may run (a folder or a file without x named `soffice` is not). */
function isProgram(candidate: string): boolean {
  try {
    if (!statSync(candidate).isFile()) return false;
    accessSync(candidate, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** LibreOffice's soffice on PATH (or `libreoffice`): the first that can be run, or null. */
export function findSoffice(searchPath = process.env.PATH ?? ''): string | null {
  for (const folder of searchPath.split(path.delimiter)) {
    if (folder === '') continue;
    for (const program of PROGRAMS) {
      const candidate = path.join(folder, program);
      if (isProgram(candidate)) return candidate;
    }
  }
  return null;
}

/**
 * Runs LibreOffice in a process group of its own, so that on a time-out, on
 * Ctrl-C or a CI cancel (write/debris.ts) it is stopped with every process it
 * started (soffice starts soffice.bin), never left running.
 */
function runConverter(
  program: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      env,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const pid = child.pid;
    if (pid !== undefined) trackProcessGroup(pid);
    let said = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (said.length < 2_000) said += chunk.toString('utf8');
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (pid !== undefined) killProcessGroup(pid);
    }, timeoutMs);
    const settle = (error?: Error) => {
      clearTimeout(timer);
      if (pid !== undefined) {
        // Whatever it left running goes too.
        killProcessGroup(pid);
        untrackProcessGroup(pid);
      }
      if (error) reject(error);
      else resolve();
    };
    child.on('error', (error) => settle(new ConversionError('failed', error.message)));
    // 'exit' can come before the last of stderr is read: wait for its end, but not for a
    // process it started that keeps the pipe open (the group is killed in settle).
    child.on('exit', (code, signal) => {
      if (child.stderr.readableEnded) finish(code, signal);
      else {
        const grace = setTimeout(() => finish(code, signal), 1_000);
        child.stderr.once('end', () => {
          clearTimeout(grace);
          finish(code, signal);
        });
      }
    });
    let finished = false;
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      if (finished) return;
      finished = true;
      if (timedOut)
        settle(
          new ConversionError(
            'failed',
            `LibreOffice did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`,
          ),
        );
      else if (code !== 0)
        settle(
          new ConversionError(
            'failed',
            `LibreOffice ended with ${code ?? signal}${said.trim() ? `: ${said.trim().split('\n')[0]}` : ''}`,
          ),
        );
      else settle();
    };
  });
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
  trackTree(folder);
  try {
    const source = path.join(folder, document.name);
    await writeFile(source, document.bytes);
    await runConverter(
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
      { ...env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
      conversionTimeoutMs(document.bytes.length),
    );
    const converted = source.replace(/\.[^./]+$/, '') + `.${to}`;
    if (!existsSync(converted))
      throw new ConversionError('failed', `LibreOffice wrote no ${to.toUpperCase()}`);
    return new Uint8Array(await readFile(converted));
  } finally {
    await rm(folder, { recursive: true, force: true });
    untrackTree(folder);
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
