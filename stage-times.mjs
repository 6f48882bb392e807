import { checkDataset, buildModel, renderReports } from './dist/pipeline.js';
import { parsePeriod } from './dist/model/period.js';
const t0 = performance.now();
const c = await checkDataset({ data: process.argv[2], jobs: 1 });
const t1 = performance.now();
const m = buildModel(c.dataset, { period: parsePeriod('2024-H1') });
const t2 = performance.now();
const mem = () => (process.memoryUsage().rss / 1e6).toFixed(0);
console.log('check', (t1 - t0).toFixed(0), 'model', (t2 - t1).toFixed(0), 'rss', mem());
for (const f of (process.argv[3] ?? 'json,md,xlsx').split(',')) {
  const a = performance.now();
  const [r] = await renderReports(m, { formats: [f] });
  console.log(f, (performance.now() - a).toFixed(0), 'ms', (r.bytes.length / 1e6).toFixed(1), 'MB', 'rss', mem());
}
