#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (shipped in the package; in a clone, built by
// `npm ci` through `prepare`).
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Answered here, as commander would answer it, because loading the CLI (commander, chalk,
  // the option tables) is most of the start-up: ~15 ms over `node -e 0` instead of ~40 ms.
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  // Reading YAML makes short-lived garbage that V8 lets the heap grow for by up to
  // 4× per collection; capping growth at 1.5× keeps the peak memory of a national
  // dataset under 2× a bare parse, for a few percent more time in GC (BENCHMARKS.md).
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--heap-growing-percent=50');

  // `dx-report summary | head` closes the pipe while we write: that is the
  // reader's choice, not a failure, so writing stops without a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error.code !== 'EPIPE') throw error;
      stream.destroy();
    });
  }
  // Ctrl-C or a CI cancel: what the run made so far is removed, then the process ends by the signal.
  const { cleanUpOnSignals } = await import('../dist/cli/interrupts.js');
  cleanUpOnSignals();

  // The CLI itself never touches `process`: it gets the streams, environment and working folder.
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
}
