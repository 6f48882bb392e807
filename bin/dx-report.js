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

  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(process.argv);
}
