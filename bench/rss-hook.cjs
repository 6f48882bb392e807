/**
 * Usage probe for machines without GNU time: loaded with
 * `node --require bench/rss-hook.cjs`, it writes "RSS USER SYSTEM" (peak
 * resident set size in kilobytes, CPU seconds in user and system mode; the
 * layout of `/usr/bin/time -f "%M %U %S"`) to the file named by
 * DX_BENCH_RSS_FILE when the process exits.
 */
'use strict';
const { writeFileSync } = require('node:fs');

const target = process.env.DX_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const seconds = (/** @type {number} */ micro) => (micro / 1e6).toFixed(3);
    writeFileSync(
      target,
      `${usage.maxRSS} ${seconds(usage.userCPUTime)} ${seconds(usage.systemCPUTime)}\n`,
    );
  });
}
