/**
 * What the command line reads and writes instead of `process`: the launcher
 * (bin/dx-report.js) passes the real streams, environment and working folder;
 * tests pass their own and run the CLI in-process.
 */

/** A stream the CLI writes text to; process.stdout and process.stderr fit. */
export interface OutputStream {
  write(text: string): unknown;
  /** A terminal a person reads: colours and the progress line only there. */
  readonly isTTY?: boolean | undefined;
  /** The terminal's width, for help text. */
  readonly columns?: number | undefined;
}

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: NodeJS.ProcessEnv;
  /** The working folder: every relative path on the command line starts here. */
  readonly cwd: string;
}
