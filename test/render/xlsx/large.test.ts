/**
 * The benchmark's stress size: 100,000 tasks. Slow, so it runs only when
 * DX_XLSX_LARGE is set (`DX_XLSX_LARGE=1 npx vitest run test/render/xlsx/large`),
 * and prints the time and peak memory it took.
 */
import { describe, expect, it } from 'vitest';
import { renderXlsx } from '../../../src/render/xlsx/render-xlsx.js';
import { syntheticModel } from './synthetic-model.js';
import { entryText, readZip } from '../../helpers/zip-reader.js';

const TASKS = 100_000;
const enabled = process.env.DX_XLSX_LARGE !== undefined;
if (!enabled)
  console.warn(`DX_XLSX_LARGE is not set: the ${TASKS}-task workbook check is skipped.`);

describe.skipIf(!enabled)(`a workbook of ${TASKS} tasks`, () => {
  it('streams every task row into the Nhiệm vụ sheet', async () => {
    const model = syntheticModel(TASKS);
    const started = performance.now();
    const { bytes } = await renderXlsx(model);
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `${TASKS} tasks: ${seconds.toFixed(1)} s, ${(bytes.length / 1e6).toFixed(1)} MB, ` +
        `peak RSS of the test process ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
    );
    const tasks = entryText(readZip(bytes), 'xl/worksheets/sheet2.xml');
    expect(tasks.match(/<row /g)?.length).toBe(TASKS + 3);
    expect(tasks).toContain(`<row r="${TASKS + 3}"`);
    expect(tasks).toContain('<autoFilter ref="A3:N100003"/>');
  }, 120_000);
});
