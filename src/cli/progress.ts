/**
 * A one-line progress indicator on stderr for long runs. It appears only where a
 * person watches (stderr is a TTY, not --quiet, not CI, not a dumb terminal) and
 * only when the run is long: thousands of files, or more than a second. It is
 * redrawn at most ten times a second and erased before anything else is printed,
 * so logs and pipes never see it.
 */

/** The part of a stream the indicator needs; process.stderr fits. */
export interface ProgressStream {
  readonly isTTY?: boolean | undefined;
  write(text: string): unknown;
}

export interface Progress {
  /** `done` of `total` items; `done === total` means the slow step after reading has begun. */
  update(done: number, total: number): void;
  /** Erases the line if one was drawn; call before printing anything else. */
  end(): void;
}

export interface ProgressOptions {
  stream: ProgressStream;
  env: NodeJS.ProcessEnv;
  quiet: boolean;
  /** The words on the line for `done` of `total`. */
  label: (done: number, total: number) => string;
  /** Milliseconds; injectable for tests. */
  now?: () => number;
}

export const MANY_FILES = 1000;
export const SLOW_MS = 1000;
export const FRAME_MS = 100;

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const ERASE_LINE = '\r\u001b[K';

const NO_PROGRESS: Progress = { update: () => undefined, end: () => undefined };

/** Whether a progress line may be drawn at all: a TTY that a person reads, outside CI. */
export function progressAllowed(
  stream: ProgressStream,
  env: NodeJS.ProcessEnv,
  quiet: boolean,
): boolean {
  const ci =
    (env.CI !== undefined && env.CI !== '' && env.CI !== 'false') || env.GITHUB_ACTIONS === 'true';
  return stream.isTTY === true && !quiet && !ci && env.TERM !== 'dumb';
}

export function createProgress(options: ProgressOptions): Progress {
  if (!progressAllowed(options.stream, options.env, options.quiet)) return NO_PROGRESS;
  const now = options.now ?? (() => performance.now());
  const started = now();
  let lastDrawn = Number.NEGATIVE_INFINITY;
  let frame = 0;
  let drawn = false;
  return {
    update(done, total) {
      const time = now();
      if (total < MANY_FILES && time - started < SLOW_MS) return;
      // The final update announces the step that follows, so it is always drawn.
      if (done < total && time - lastDrawn < FRAME_MS) return;
      lastDrawn = time;
      drawn = true;
      options.stream.write(
        `${ERASE_LINE}${SPINNER[frame++ % SPINNER.length]} ${options.label(done, total)}`,
      );
    },
    end() {
      if (drawn) options.stream.write(ERASE_LINE);
      drawn = false;
    },
  };
}
