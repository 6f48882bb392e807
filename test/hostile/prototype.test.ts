/**
 * `__proto__` and `constructor` in the data, in process: validation refuses
 * them as fields, accepts them as ids, and never touches Object.prototype.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parsePeriod, type Period } from '../../src/model/period.js';
import { buildModel, checkDataset, renderReports } from '../../src/pipeline.js';
import { fixtureDataset, removeTempFolders } from '../helpers/cli.js';

afterAll(removeTempFolders);

/** Every own property of the built-in prototypes, with its value, to compare before and after. */
function builtIns(): Map<string, unknown> {
  const seen = new Map<string, unknown>();
  for (const [name, prototype] of [
    ['Object', Object.prototype],
    ['Array', Array.prototype],
    ['Function', Function.prototype],
  ] as const) {
    for (const key of Reflect.ownKeys(prototype)) {
      seen.set(`${name}.${String(key)}`, Object.getOwnPropertyDescriptor(prototype, key)?.value);
    }
    seen.set(`${name} prototype of prototype`, Object.getPrototypeOf(prototype));
  }
  return seen;
}

describe('Object.prototype stays as it was', () => {
  it('after validating __proto__ and constructor keys, which are refused as unknown fields', async () => {
    const before = builtIns();
    const checked = await checkDataset({ data: fixtureDataset('proto-keys') });
    expect(
      checked.diagnostics.map(({ code, file, line, column }) => [code, file, line, column]),
    ).toEqual([
      ['unknown-field', 'tasks/b.yaml', 3, 1],
      ['unknown-field', 'tasks/b.yaml', 5, 1],
      ['unknown-field', 'tasks/b.yaml', 12, 5],
    ]);
    expect(builtIns()).toEqual(before);
    const probe: Record<string, unknown> = {};
    expect([probe.polluted, probe.isAdmin, Object.getPrototypeOf(probe)]).toEqual([
      undefined,
      undefined,
      Object.prototype,
    ]);
  });

  it('after a whole build from ids named __proto__, constructor and toString', async () => {
    const before = builtIns();
    const checked = await checkDataset({ data: fixtureDataset('accepted-odd-ids') });
    expect(checked.diagnostics).toEqual([]);
    const model = buildModel(checked.dataset!, { period: parsePeriod('2024-H1') as Period });
    const artifacts = await renderReports(model, { formats: ['md', 'json', 'xlsx'] });
    expect(artifacts.map((artifact) => artifact.name)).toEqual([
      'bao-cao-cds-2024-H1.md',
      'bao-cao-cds-2024-H1.json',
      'bao-cao-cds-2024-H1.xlsx',
    ]);
    expect(checked.dataset!.agencies.map((agency) => [agency.id, agency.name])).toEqual([
      ['__proto__', 'Sở Khoa học và Công nghệ'],
      ['constructor', 'Sở Y tế'],
      ['hasOwnProperty', 'Sở Tài chính'],
    ]);
    expect(builtIns()).toEqual(before);
  });
});
