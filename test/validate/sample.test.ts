import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/pipeline.js';
import { MINIMAL_FILES, writeDataset } from '../helpers/temp-dataset.js';

const SAMPLE = fileURLToPath(new URL('../../data/', import.meta.url));

async function check(folder: string) {
  return checkDataset({ data: folder });
}

describe('valid datasets', () => {
  it('the bundled sample validates clean', async () => {
    const result = await check(SAMPLE);
    expect(result.diagnostics).toEqual([]);
    expect(result.dataset?.tasks.filter((task) => task.plan === 'qd-1982')).toHaveLength(47);
  });

  it('a minimal dataset validates clean', async () => {
    const result = await check(writeDataset(MINIMAL_FILES));
    expect(result.diagnostics).toEqual([]);
    expect(result.dataset?.tasks.map((task) => task.id)).toEqual(['T-1']);
  });
});
