#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (shipped in the package; in a clone, built by
// `npm ci` through `prepare`).
import { setFlagsFromString } from 'node:v8';

// Reading YAML makes short-lived garbage that V8 lets the heap grow for by up to
// 4× per collection; capping growth at 1.5× keeps the peak memory of a national
// dataset under 2× a bare parse, for a few percent more time in GC (BENCHMARKS.md).
setFlagsFromString('--heap-growing-percent=50');

const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv);
