/** The intake form with indices per level (0.3): an agency's assessment sheet lists its own index's criteria. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { intakeForm } from '../../src/intake/form-model.js';
import { parsePeriod } from '../../src/model/period.js';
import { checkDataset } from '../../src/pipeline.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/two-indices/', import.meta.url));

describe('the intake form of an agency', () => {
  it('lists the criteria of its own index only', async () => {
    const checked = await checkDataset({ data: FIXTURE });
    const dataset = checked.dataset!;
    const criteriaOf = (id: string) =>
      intakeForm(
        dataset,
        dataset.agencies.find((agency) => agency.id === id)!,
        parsePeriod('2026-H2')!,
      ).criteria?.map((criterion) => `${criterion.id} ${criterion.component} ${criterion.max}`);
    expect(criteriaOf('so-yte')).toEqual([
      'SO-01 Nhận thức số 10',
      'SO-02 Nhận thức số 10',
      'SO-03 Chính quyền số 20',
    ]);
    expect(criteriaOf('x-hieu-giang')).toEqual([
      'XA-01 Nhận thức số 10',
      'XA-02 Nhận thức số 10',
      'XA-03 Xã hội số 15',
      'XA-04 Xã hội số 15',
    ]);
  });
});
