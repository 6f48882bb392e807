/**
 * What 2026 offices type (issue 24 §8): a decimal comma or a per-cent sign in
 * a number, a date typed day first. The message says what to write, and an
 * update whose date could not be read draws no follow-on warning.
 */
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/pipeline.js';
import { MINIMAL_FILES, writeDataset } from '../helpers/temp-dataset.js';

async function problems(updates: string[]) {
  const text = [
    'plan: qd-1',
    'pillar: cqs',
    'tasks:',
    '  - id: T-1',
    '    title: Kho dữ liệu',
    '    lead: so-khcn',
    '    start: 2026-01-01',
    '    updates:',
    ...updates,
    '',
  ].join('\n');
  const folder = writeDataset({ 'tasks/a.yaml': text }, MINIMAL_FILES);
  const result = await checkDataset({ data: folder });
  return result.diagnostics.map(({ code, line, column, args }) => ({
    code,
    line,
    column,
    meant: args.meant,
  }));
}

describe('numbers and dates as offices type them', () => {
  it('progress: 24% and progress: 78,4 are answered with the number to write', async () => {
    expect(
      await problems([
        '      - { date: 2026-03-10, status: in_progress, progress: 24% }',
        '      - date: 2026-04-10',
        '        status: in_progress',
        '        progress: 78,4',
      ]),
    ).toEqual([
      { code: 'wrong-type', line: 9, column: 60, meant: '24' },
      { code: 'wrong-type', line: 12, column: 19, meant: '78.4' },
    ]);
  });

  it('a date typed 10/3/2026 is answered with 2026-03-10, and no warning about the date it could not read', async () => {
    expect(await problems(['      - { date: 10/3/2026, status: in_progress }'])).toEqual([
      { code: 'date-invalid', line: 9, column: 17, meant: '2026-03-10' },
    ]);
  });
});
