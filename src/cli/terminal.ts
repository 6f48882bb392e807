/**
 * Terminal manners: colour only where a person reads it (a TTY), NO_COLOR and
 * FORCE_COLOR honoured (chalk 5 does not read NO_COLOR itself), `--quiet` keeps
 * only errors. All writing to stdout/stderr goes through here, and nothing
 * written acts on the terminal or the CI runner (`terminalLines`).
 */
import type * as ChalkModule from 'chalk';
import type { ChalkInstance } from 'chalk';
import { inertLine, visibleText } from '../diagnostics/visible-text.js';
import type { CliIo, OutputStream } from './io.js';

let chalk: typeof ChalkModule | undefined;

/**
 * Loads chalk if some stream will be coloured. Output to pipes and files (CI,
 * scripts, the benchmark) is never coloured, and then chalk is not loaded at
 * all: about 13 ms of every start-up, `--version` and `--help` included.
 */
export async function prepareColour(io: Omit<CliIo, 'cwd'>): Promise<void> {
  if (colourLevel(io.stderr, io.env) > 0 || colourLevel(io.stdout, io.env) > 0)
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
  /** A GitHub workflow command (`::error file=…::…`) on stdout: the one line that may start with `::`. */
  command(text: string): void;
  /** Informational lines on stderr; silenced by --quiet. */
  info(text: string): void;
  /** Error lines on stderr; always shown. */
  error(text: string): void;
  /** Colours for stderr and for stdout: each decided by its own stream. */
  readonly paint: ChalkInstance;
  readonly paintOut: ChalkInstance;
  readonly quiet: boolean;
}

export function colourLevel(stream: OutputStream, env: NodeJS.ProcessEnv): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return 0;
    return force === '2' ? 2 : force === '3' ? 3 : 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  return 1;
}

/** The colours our painter writes (chalk's open and close codes of bold, red, yellow); no others pass. */
const OUR_COLOURS = '\u001b\\[(?:1|22|31|33|39)m';

/**
 * Text as it may reach a terminal or a CI log, whatever it holds: line by
 * line, every control character, bidirectional control and lone surrogate
 * written visibly as `\uXXXX` (ESC too, but for the colour codes of our own
 * painter when the stream is coloured), and no line that the GitHub Actions
 * runner would take for a workflow command (`::…::` at its start, `##[` in
 * it), except the first line when it is one of ours (`command`).
 * Messages escape what comes from the data already (diagnostics/reporters.ts);
 * this is the guard for every other line.
 */
export function terminalLines(text: string, coloured: boolean, command = false): string {
  const colours = new RegExp(`(${OUR_COLOURS})`);
  return text
    .split('\n')
    .map((line, index) => {
      const parts = coloured ? line.split(colours) : [line];
      // split with a capture group: odd places hold our colour codes, kept as they are.
      const visible = parts.map((part, at) => (at % 2 === 1 ? part : visibleText(part))).join('');
      return inertLine(visible, command && index === 0);
    })
    .join('\n');
}

export interface TerminalOptions {
  quiet: boolean;
  env: NodeJS.ProcessEnv;
  stdout: OutputStream;
  stderr: OutputStream;
}

export function createTerminal(options: TerminalOptions): Terminal {
  const { env, stdout, stderr } = options;
  const paint = painter(colourLevel(stderr, env));
  const paintOut = painter(colourLevel(stdout, env));
  const write = (stream: OutputStream, text: string, coloured: boolean, command = false) => {
    const safe = terminalLines(text.endsWith('\n') ? text.slice(0, -1) : text, coloured, command);
    stream.write(`${safe}\n`);
  };
  return {
    out: (text) => write(stdout, text, paintOut.level > 0),
    command: (text) => write(stdout, text, false, true),
    info: (text) => {
      if (!options.quiet) write(stderr, text, paint.level > 0);
    },
    error: (text) => write(stderr, text, paint.level > 0),
    paint,
    paintOut,
    quiet: options.quiet,
  };
}
