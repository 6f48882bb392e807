/**
 * Peak-memory probe for machines without GNU time: loaded with
 * `node --require bench/rss-hook.cjs`, it writes the process's peak resident
 * set size in kilobytes (process.resourceUsage().maxRSS) to the file named by
 * DX_BENCH_RSS_FILE when the process exits.
 */
'use strict';
const { writeFileSync } = require('node:fs');

const target = process.env.DX_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => writeFileSync(target, `${process.resourceUsage().maxRSS}\n`));
}
