/**
 * Several successors and transfers by decision (spec § agencies.yaml and §
 * tasks, added in 0.3): read, checked at file:line:col, and followed by the
 * figures.
 */
import { describe, expect, it } from 'vitest';
import { checkDataset, buildModel } from '../../src/pipeline.js';
import { parsePeriod } from '../../src/model/period.js';
import { MINIMAL_FILES, writeDataset } from '../helpers/temp-dataset.js';

const AGENCIES = [
  'agencies:',
  '  - { id: so-khcn, name: Sở Khoa học và Công nghệ }',
  '  - id: ubnd-huyen-cam-lo',
  '    name: UBND huyện Cam Lộ',
  '    active_until: 2025-06-30',
  '    successor: [ubnd-xa-cam-lo, ubnd-xa-hieu-giang]',
  '  - { id: ubnd-huyen-gio-linh, name: UBND huyện Gio Linh, active_until: 2025-06-30, successor: [ubnd-xa-gio-linh] }',
  '  - { id: ubnd-xa-cam-lo, name: UBND xã Cam Lộ, active_from: 2025-07-01 }',
  '  - { id: ubnd-xa-hieu-giang, name: UBND xã Hiếu Giang, active_from: 2025-07-01 }',
  '  - { id: ubnd-xa-gio-linh, name: UBND xã Gio Linh, active_from: 2025-07-01 }',
  '',
].join('\n');

const tasks = (...lines: string[]) =>
  ['plan: qd-1', 'pillar: cqs', 'tasks:', ...lines, ''].join('\n');

async function check(taskFile: string) {
  const folder = writeDataset(
    { 'agencies.yaml': AGENCIES, 'tasks/a.yaml': taskFile },
    MINIMAL_FILES,
  );
  const result = await checkDataset({ data: folder });
  return {
    dataset: result.dataset,
    problems: result.diagnostics.map(({ code, file, line, column, args }) => ({
      code,
      file,
      line,
      column,
      args,
    })),
  };
}

describe('successor as a list, and transfers', () => {
  it('a task reaching several successors without a transfer is an error at its lead, naming them', async () => {
    const { problems } = await check(
      tasks(
        '  - id: CQS-20',
        '    title: Thí điểm xã chuyển đổi số',
        '    lead: ubnd-huyen-cam-lo',
      ),
    );
    expect(problems).toEqual([
      {
        code: 'lead-successors-ambiguous',
        file: 'tasks/a.yaml',
        line: 6,
        column: 11,
        args: {
          agency: 'ubnd-huyen-cam-lo',
          successors: 'ubnd-xa-cam-lo, ubnd-xa-hieu-giang',
          first: 'ubnd-xa-cam-lo',
          date: '2025-07-01',
        },
      },
    ]);
  });

  it('a transfer names who took it: from its date the task counts under that agency', async () => {
    const { dataset, problems } = await check(
      tasks(
        '  - id: CQS-20',
        '    title: Thí điểm xã chuyển đổi số',
        '    lead: ubnd-huyen-cam-lo',
        '    transfers:',
        '      - { date: 2025-07-01, lead: ubnd-xa-hieu-giang, decision: Quyết định số 1450/QĐ-UBND }',
        '  - id: CQS-21',
        '    title: Cổng thông tin huyện',
        '    lead: ubnd-huyen-gio-linh',
      ),
    );
    expect(problems).toEqual([]);
    expect(dataset!.tasks[0]!.transfers).toEqual([
      { date: '2025-07-01', lead: 'ubnd-xa-hieu-giang', decision: 'Quyết định số 1450/QĐ-UBND' },
    ]);
    const before = buildModel(dataset!, { period: parsePeriod('2025-H1')! });
    const after = buildModel(dataset!, { period: parsePeriod('2025-H2')! });
    expect(before.tasks.map((row) => [row.id, row.lead, row.originalLead])).toEqual([
      ['CQS-20', 'ubnd-huyen-cam-lo', null],
      ['CQS-21', 'ubnd-huyen-gio-linh', null],
    ]);
    // A list of one successor is followed like a lone successor.
    expect(after.tasks.map((row) => [row.id, row.lead, row.originalLead])).toEqual([
      ['CQS-20', 'ubnd-xa-hieu-giang', 'ubnd-huyen-cam-lo'],
      ['CQS-21', 'ubnd-xa-gio-linh', 'ubnd-huyen-gio-linh'],
    ]);
  });

  it('transfers out of date order, and a transfer to an agency not active on its date', async () => {
    const { problems } = await check(
      tasks(
        '  - id: CQS-20',
        '    title: Thí điểm xã chuyển đổi số',
        '    lead: ubnd-huyen-cam-lo',
        '    transfers:',
        '      - { date: 2025-07-01, lead: ubnd-xa-cam-lo }',
        '      - { date: 2025-05-01, lead: ubnd-xa-hieu-giang }',
      ),
    );
    expect(problems.map(({ code, line, column }) => [code, line, column])).toEqual([
      ['transfers-out-of-order', 9, 17],
      ['transfer-lead-inactive', 9, 35],
    ]);
  });

  it('a lead not active at the start is warned at its lead line, naming its successor', async () => {
    const { problems } = await check(
      tasks(
        '  - id: CQS-21',
        '    title: Cổng thông tin huyện',
        '    lead: ubnd-huyen-gio-linh',
        '    start: 2025-09-01',
      ),
    );
    expect(problems).toEqual([
      {
        code: 'lead-inactive-at-start',
        file: 'tasks/a.yaml',
        line: 6,
        column: 11,
        args: {
          agency: 'ubnd-huyen-gio-linh',
          start: '2025-09-01',
          successors: 'ubnd-xa-gio-linh',
        },
      },
    ]);
  });
});
