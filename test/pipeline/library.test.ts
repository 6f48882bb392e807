import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import {
  buildModel,
  checkDataset,
  DEFAULT_LIMITS,
  parsePeriod,
  renderReports,
} from '../../src/index.js';

it('the library entry point runs the same pipeline as the CLI', async () => {
  const checked = await checkDataset(
    fileURLToPath(new URL('../../data/', import.meta.url)),
    DEFAULT_LIMITS,
  );
  const model = buildModel(checked.dataset!, { period: parsePeriod('2024-h1')! });
  expect(
    model.pillars.map((pillar) => `${pillar.figures.implemented}/${pillar.figures.assigned}`),
  ).toEqual(['11/11', '11/21', '5/9', '1/6']);
  const [json] = await renderReports(model, { formats: ['json'] });
  expect(json?.name).toBe('bao-cao-cds-2024-H1.json');
});
