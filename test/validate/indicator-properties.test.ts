/**
 * Indicator figures depend on the values, never on how they are filed: the
 * same measurements split over any number of files, in any order, give the
 * same indicator section.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/model/period.js';
import { buildModel, checkDataset } from '../../src/pipeline.js';
import { MINIMAL_FILES, writeDataset } from '../helpers/temp-dataset.js';

const CATALOGUE =
  'indicators:\n' +
  '  - { id: a, name: Chỉ tiêu A, unit: "%", targets: [{ by: 2024, value: 50 }] }\n' +
  '  - { id: b, name: Chỉ tiêu B, unit: hồ sơ, better: lower, targets: [{ by: 2023, value: 10 }, { by: 2025, value: 5 }] }\n' +
  '  - { id: c, name: Chỉ tiêu C, unit: "%" }\n';

const days = ['2023-06-30', '2023-12-31', '2024-03-15', '2024-06-30', '2024-07-01'];
const measurement = fc.record({
  indicator: fc.constantFrom('a', 'b', 'c'),
  date: fc.constantFrom(...days),
  thousandths: fc.integer({ min: 0, max: 120_000 }),
});
// One value per indicator and day: two different ones would be an error, not a figure.
const measurements = fc.uniqueArray(measurement, {
  selector: (entry) => `${entry.indicator} ${entry.date}`,
  maxLength: 15,
});

type Measurement = { indicator: string; date: string; thousandths: number };

function valuesFile(entries: readonly Measurement[]): string {
  const lines = entries.map(
    (entry) =>
      `  - { indicator: ${entry.indicator}, date: ${entry.date}, value: ${entry.thousandths / 1000} }`,
  );
  return `values:\n${lines.join('\n')}\n`;
}

/** The files for one way of filing the values: file i holds the entries assigned to it. */
function filed(entries: readonly Measurement[], assignment: readonly number[]) {
  const files: Record<string, string> = { 'indicators.yaml': CATALOGUE };
  const byFile = new Map<number, Measurement[]>();
  entries.forEach((entry, index) => {
    const file = assignment[index] ?? 0;
    byFile.set(file, [...(byFile.get(file) ?? []), entry]);
  });
  for (const [file, list] of byFile)
    files[`indicators/nhom-${file}/so-lieu.yaml`] = valuesFile(list);
  return files;
}

async function indicatorsOf(files: Record<string, string>) {
  const checked = await checkDataset({ data: writeDataset(files, MINIMAL_FILES) });
  expect(checked.diagnostics).toEqual([]);
  return buildModel(checked.dataset!, { period: parsePeriod('2024-H1')! }).indicators;
}

describe('indicator figures', () => {
  it('do not depend on file order or on how the values are split into files', async () => {
    await fc.assert(
      fc.asyncProperty(
        measurements.chain((entries) =>
          fc.tuple(
            fc.constant(entries),
            fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }),
            fc.array(fc.integer({ min: 0, max: 3 }), {
              minLength: entries.length,
              maxLength: entries.length,
            }),
          ),
        ),
        async ([entries, shuffled, assignment]) => {
          const together = await indicatorsOf(filed(entries, []));
          const apart = await indicatorsOf(filed(shuffled, assignment));
          expect(apart).toEqual(together);
        },
      ),
      { numRuns: 25 },
    );
  });
});
