/**
 * Terminal manners: colour only where a person reads it (a TTY), NO_COLOR and
 * FORCE_COLOR honoured (chalk 5 does not read NO_COLOR itself), `--quiet` keeps
 * only errors. All writing to stdout/stderr goes through here.
 */
import type * as ChalkModule from 'chalk';
import type { ChalkInstance } from 'chalk';

let chalk: typeof ChalkModule | undefined;

/**
 * Loads chalk if some stream will be coloured. Output to pipes and files (CI,
 * scripts, the benchmark) is never coloured, and then chalk is not loaded at
 * all: about 13 ms of every start-up, `--version` and `--help` included.
 */
export async function prepareColour(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (colourLevel(process.stderr, env) > 0 || colourLevel(process.stdout, env) > 0)
    chalk ??= await import('chalk');
}

/** What chalk is at level 0, without chalk: every style returns its text unchanged. */
const PLAIN: ChalkInstance = new Proxy(() => undefined, {
  apply: (_target, _this, text: unknown[]) => text.join(' '),
  get: (_target, key) => (key === 'level' ? 0 : PLAIN),
}) as unknown as ChalkInstance;

function painter(level: 0 | 1 | 2 | 3): ChalkInstance {
  return level === 0 || !chalk ? PLAIN : new chalk.Chalk({ level });
}

export interface Terminal {
  out(text: string): void;
  /** Informational lines on stderr; silenced by --quiet. */
  info(text: string): void;
  /** Error lines on stderr; always shown. */
  error(text: string): void;
  /** Colours for stderr and for stdout: each decided by its own stream. */
  readonly paint: ChalkInstance;
  readonly paintOut: ChalkInstance;
  readonly quiet: boolean;
}

export function colourLevel(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return 0;
    return force === '2' ? 2 : force === '3' ? 3 : 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  return 1;
}

export function createTerminal(options: { quiet: boolean; env?: NodeJS.ProcessEnv }): Terminal {
  const env = options.env ?? process.env;
  const paint = painter(colourLevel(process.stderr, env));
  const write = (stream: NodeJS.WriteStream, text: string) =>
    stream.write(text.endsWith('\n') ? text : `${text}\n`);
  return {
    out: (text) => write(process.stdout, text),
    info: (text) => {
      if (!options.quiet) write(process.stderr, text);
    },
    error: (text) => write(process.stderr, text),
    paint,
    paintOut: painter(colourLevel(process.stdout, env)),
    quiet: options.quiet,
  };
}
