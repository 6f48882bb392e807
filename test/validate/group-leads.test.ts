/**
 * Group-led tasks (spec § tasks, `lead: { group: G }`, added in 0.3), read and
 * checked at file:line:col: a lead or a transfer's lead may name a group; an
 * inline update of a group-led task names the share holder it reports for
 * (`agency:`); an updates/ file's agency reports on its own share; cycles
 * through successor lists are errors, found in linear work.
 */
import { describe, expect, it } from 'vitest';
import { buildModel, checkDataset } from '../../src/pipeline.js';
import { parsePeriod } from '../../src/model/period.js';
import { sharesOn } from '../../src/model/shares.js';
import { successorCycles } from '../../src/model/successor-graph.js';
import type { Agency } from '../../src/model/types.js';
import { describe as describeDiagnostic } from '../../src/diagnostics/messages.js';
import { writeDataset } from '../helpers/temp-dataset.js';
import { GROUP_LED_AGENCIES, GROUP_LED_FILES } from '../fixtures/group-led.js';

const tasks = (...lines: string[]) =>
  ['plan: qd-1', 'pillar: cqs', 'tasks:', ...lines, ''].join('\n');

async function check(files: Record<string, string>) {
  const folder = writeDataset(files, GROUP_LED_FILES);
  const result = await checkDataset({ data: folder });
  return {
    dataset: result.dataset,
    diagnostics: result.diagnostics,
    problems: result.diagnostics.map(({ code, file, line, column, args }) => ({
      code,
      file,
      line,
      column,
      args,
    })),
  };
}

describe('lead: { group }', () => {
  it('reads the fixture clean: the group as lead, each share’s log, the updates/ entry in its holder’s share', async () => {
    const { dataset, problems } = await check({});
    expect(problems).toEqual([]);
    const task = dataset!.tasks.find((item) => item.id === 'XHS-12')!;
    expect(task.lead).toEqual({ group: 'xa-phuong' });
    expect(task.updates.map((update) => [update.date, update.agency, update.status])).toEqual([
      ['2026-03-10', 'ubnd-xa-cam-lo', 'done'],
      ['2026-04-15', 'ubnd-xa-hieu-giang', 'done'],
      ['2026-05-05', 'ubnd-phuong-nam-dong-ha', 'in_progress'],
      ['2026-05-20', 'ubnd-xa-gio-linh', 'done'],
      ['2026-06-12', 'ubnd-phuong-dong-ha', 'done'],
    ]);
    expect(sharesOn(task, '2026-06-30', dataset!.agencies)).toEqual([
      'ubnd-xa-cam-lo',
      'ubnd-xa-hieu-giang',
      'ubnd-xa-gio-linh',
      'ubnd-phuong-dong-ha',
      'ubnd-phuong-nam-dong-ha',
    ]);
    expect(
      sharesOn(
        dataset!.tasks.find((item) => item.id === 'CQS-01')!,
        '2026-06-30',
        dataset!.agencies,
      ),
    ).toEqual([]);
  });

  it('an unknown group is an error at its id, with the nearest group', async () => {
    const { problems } = await check({
      'tasks/a.yaml': tasks(
        '  - id: XHS-12',
        '    title: Kiện toàn Tổ công nghệ số cộng đồng',
        '    lead: { group: xa-phuon }',
      ),
    });
    expect(problems).toEqual([
      {
        code: 'unknown-reference',
        file: 'tasks/a.yaml',
        line: 6,
        column: 20,
        args: { kind: 'group', id: 'xa-phuon', suggestion: 'xa-phuong' },
      },
    ]);
  });

  it('a misspelt key of a group lead is one error at the key', async () => {
    const { problems } = await check({
      'tasks/a.yaml': tasks(
        '  - id: XHS-12',
        '    title: Kiện toàn Tổ công nghệ số cộng đồng',
        '    lead: { grop: xa-phuong }',
      ),
    });
    expect(problems.map(({ code, line, column, args }) => [code, line, column, args])).toEqual([
      ['unknown-field', 6, 13, { field: 'grop', suggestion: 'group', allowed: 'group' }],
    ]);
  });

  it('an inline update of a group-led task names a share holder of its day; of an agency-led one, none', async () => {
    const { problems, diagnostics } = await check({
      'tasks/a.yaml': tasks(
        '  - id: CQS-01',
        '    title: Kho dữ liệu dùng chung',
        '    lead: so-khcn',
        '    updates:',
        '      - { date: 2026-03-01, status: in_progress, agency: so-khcn }',
        '  - id: XHS-12',
        '    title: Kiện toàn Tổ công nghệ số cộng đồng',
        '    lead: { group: xa-phuong }',
        '    updates:',
        '      - { date: 2026-03-10, status: done }',
        '      - { date: 2026-03-11, status: done, agency: so-khcn }',
      ),
    });
    const holders =
      'ubnd-xa-cam-lo, ubnd-xa-hieu-giang, ubnd-xa-gio-linh, ubnd-phuong-dong-ha, ubnd-phuong-nam-dong-ha';
    expect(problems).toEqual([
      {
        code: 'update-agency-not-shared',
        file: 'tasks/a.yaml',
        line: 8,
        column: 50,
        args: { task: 'CQS-01', date: '2026-03-01' },
      },
      {
        code: 'update-share-agency-missing',
        file: 'tasks/a.yaml',
        line: 13,
        column: 9,
        args: { task: 'XHS-12', date: '2026-03-10', group: 'xa-phuong', count: 5, holders },
      },
      {
        code: 'update-agency-no-share',
        file: 'tasks/a.yaml',
        line: 14,
        column: 51,
        args: {
          task: 'XHS-12',
          date: '2026-03-11',
          group: 'xa-phuong',
          count: 5,
          holders,
          agency: 'so-khcn',
        },
      },
    ]);
    expect(describeDiagnostic(diagnostics[2]!, 'vi')).toBe(
      'Ngày 11/3/2026, cơ quan `so-khcn` không có phần việc của nhiệm vụ `XHS-12`: nhiệm vụ giao cho các cơ quan của nhóm `xa-phuong` đang hoạt động ngày đó (5 cơ quan: ubnd-xa-cam-lo, ubnd-xa-hieu-giang, ubnd-xa-gio-linh, ubnd-phuong-dong-ha, ubnd-phuong-nam-dong-ha).',
    );
    expect(describeDiagnostic(diagnostics[1]!, 'en')).toBe(
      'On 2026-03-10, task `XHS-12` is shared among the agencies of group `xa-phuong`: write `agency:`, the agency whose share this update reports on (5 agencies: ubnd-xa-cam-lo, ubnd-xa-hieu-giang, ubnd-xa-gio-linh, ubnd-phuong-dong-ha, ubnd-phuong-nam-dong-ha).',
    );
  });

  it('an updates/ file of an agency holding no share is an error at the task, naming the group', async () => {
    const { problems } = await check({
      'updates/2026-H1/so-khcn.yaml': [
        'agency: so-khcn',
        'period: 2026-H1',
        'updates:',
        '  - { task: XHS-13, date: 2026-06-01, status: in_progress }',
        '',
      ].join('\n'),
    });
    expect(problems).toEqual([
      {
        code: 'update-agency-no-share',
        file: 'updates/2026-H1/so-khcn.yaml',
        line: 4,
        column: 13,
        args: {
          agency: 'so-khcn',
          task: 'XHS-13',
          date: '2026-06-01',
          group: 'xa-phuong',
          count: 5,
          holders:
            'ubnd-xa-cam-lo, ubnd-xa-hieu-giang, ubnd-xa-gio-linh, ubnd-phuong-dong-ha, ubnd-phuong-nam-dong-ha',
        },
      },
    ]);
  });

  it('two holders’ entries of one day are two shares; the same holder twice, differing, is a conflict', async () => {
    const twoHolders = await check({
      'updates/2026-H1/ubnd-xa-hieu-giang.yaml': [
        'agency: ubnd-xa-hieu-giang',
        'period: 2026-H1',
        'updates:',
        '  - { task: XHS-12, date: 2026-03-10, status: in_progress, progress: 50 }',
        '',
      ].join('\n'),
    });
    expect(twoHolders.problems).toEqual([]);
    const { problems } = await check({
      'updates/2026-H1/ubnd-xa-cam-lo.yaml': [
        'agency: ubnd-xa-cam-lo',
        'period: 2026-H1',
        'updates:',
        '  - { task: XHS-12, date: 2026-03-10, status: in_progress }',
        '',
      ].join('\n'),
    });
    expect(problems.map(({ code, file, line, column }) => [code, file, line, column])).toEqual([
      ['update-entry-conflict', 'updates/2026-H1/ubnd-xa-cam-lo.yaml', 4, 27],
    ]);
  });

  it('a transfer may hand a task to a group: from its date the shares count, before it the lead’s log', async () => {
    const { dataset, problems } = await check({
      'tasks/a.yaml': tasks(
        '  - id: CQS-02',
        '    title: Chuyển giao cho các xã, phường',
        '    lead: so-khcn',
        '    deadline: 2026-12-31',
        '    transfers:',
        '      - { date: 2026-04-01, lead: { group: xa-phuong }, decision: Quyết định số 9/QĐ-UBND }',
        '    updates:',
        '      - { date: 2026-02-01, status: in_progress, progress: 50 }',
        '      - { date: 2026-05-01, status: done, agency: ubnd-xa-cam-lo }',
        '      - { date: 2026-05-02, status: done, agency: ubnd-xa-gio-linh }',
      ),
      // Phường Đông Hà reports on its share in its own file.
      'updates/2026-H1/ubnd-phuong-dong-ha.yaml': [
        'agency: ubnd-phuong-dong-ha',
        'period: 2026-H1',
        'updates:',
        '  - { task: CQS-02, date: 2026-06-12, status: in_progress, progress: 20 }',
        '',
      ].join('\n'),
    });
    expect(problems).toEqual([]);
    const q1 = buildModel(dataset!, { period: parsePeriod('2026-Q1')! });
    const h1 = buildModel(dataset!, { period: parsePeriod('2026-H1')! });
    expect(
      q1.tasks.map((row) => [row.lead, row.leadGroup, row.status, row.progress, row.sharesDone]),
    ).toEqual([['so-khcn', null, 'in_progress', 50, null]]);
    expect(
      h1.tasks.map((row) => [row.lead, row.leadGroup, row.status, row.progress, row.sharesDone]),
    ).toEqual([
      // (100 + 100 + 20 + 0 + 0) / 5 = 44.
      [null, 'xa-phuong', 'in_progress', 44, { done: 2, total: 5 }],
    ]);
    expect(
      h1.agencyResults.map((row) => [row.agency, row.figures.assigned, row.figures.done]),
    ).toEqual([
      ['ubnd-phuong-dong-ha', 1, 0],
      ['ubnd-phuong-nam-dong-ha', 1, 0],
      ['ubnd-xa-cam-lo', 1, 1],
      ['ubnd-xa-gio-linh', 1, 1],
      ['ubnd-xa-hieu-giang', 1, 0],
    ]);
  });
});

describe('a transfer to a group', () => {
  it('is an error when no agency of the group is active on its date, at the group', async () => {
    const { problems, diagnostics } = await check({
      'agencies.yaml': GROUP_LED_AGENCIES.replace(
        '  - { id: xa-phuong, name: "Xã, phường" }',
        '  - { id: xa-phuong, name: "Xã, phường" }\n  - { id: cap-huyen, name: UBND cấp huyện }',
      ),
      'tasks/a.yaml': tasks(
        '  - id: CQS-02',
        '    title: Chuyển giao cho cấp huyện',
        '    lead: so-khcn',
        '    transfers:',
        '      - { date: 2026-04-01, lead: { group: cap-huyen } }',
      ),
      'updates/2026-H1/ubnd-phuong-dong-ha.yaml':
        'agency: ubnd-phuong-dong-ha\nperiod: 2026-H1\nupdates: []\n',
    });
    expect(problems).toEqual([
      {
        code: 'transfer-group-empty',
        file: 'tasks/a.yaml',
        line: 8,
        column: 44,
        args: { group: 'cap-huyen', date: '2026-04-01' },
      },
    ]);
    expect(describeDiagnostic(diagnostics[0]!, 'vi')).toBe(
      'Nhóm `cap-huyen` không có cơ quan nào đang hoạt động vào ngày chuyển giao 01/4/2026: không cơ quan nào nhận được phần việc. Hãy kiểm tra ngày chuyển giao hoặc `active_from` của các cơ quan trong nhóm.',
    );
  });
});

describe('a group leading from the start', () => {
  it('warns when no agency of the group is active on the start day, at the group', async () => {
    const { problems, diagnostics } = await check({
      'agencies.yaml': GROUP_LED_AGENCIES.replace(
        '  - { id: xa-phuong, name: "Xã, phường" }',
        '  - { id: xa-phuong, name: "Xã, phường" }\n  - { id: xa-moi, name: Xã mới }',
      ).replace(
        '  - { id: ubnd-phuong-nam-dong-ha, name: UBND phường Nam Đông Hà, group: xa-phuong }',
        '  - { id: ubnd-phuong-nam-dong-ha, name: UBND phường Nam Đông Hà, group: xa-phuong }\n' +
          '  - { id: ubnd-xa-moi, name: UBND xã Mới, group: xa-moi, active_from: 2025-07-01 }',
      ),
      'tasks/a.yaml': tasks(
        '  - id: CQS-03',
        '    title: Kế hoạch chuyển đổi số của xã',
        '    lead: { group: xa-moi }',
        '    start: 2025-03-01',
        '    deadline: 2025-12-31',
      ),
      'updates/2026-H1/ubnd-phuong-dong-ha.yaml':
        'agency: ubnd-phuong-dong-ha\nperiod: 2026-H1\nupdates: []\n',
    });
    expect(problems).toEqual([
      {
        code: 'lead-group-empty-at-start',
        file: 'tasks/a.yaml',
        line: 6,
        column: 20,
        args: { group: 'xa-moi', start: '2025-03-01' },
      },
    ]);
    expect(describeDiagnostic(diagnostics[0]!, 'vi')).toBe(
      'Nhóm chủ trì `xa-moi` không có cơ quan nào đang hoạt động vào ngày bắt đầu 01/3/2025: chưa cơ quan nào nhận phần việc của nhiệm vụ. Hãy kiểm tra ngày bắt đầu hoặc `active_from` của các cơ quan trong nhóm.',
    );
  });
});

describe('cycles through successor lists', () => {
  it('a cycle through a list is an error at the successor of its member declared first', async () => {
    const { problems } = await check({
      'agencies.yaml': GROUP_LED_AGENCIES.replace(
        '  - { id: so-khcn, name: Sở Khoa học và Công nghệ, short_name: Sở KH&CN, group: so }',
        [
          '  - { id: so-khcn, name: Sở Khoa học và Công nghệ, short_name: Sở KH&CN, group: so }',
          '  - { id: huyen-a, name: UBND huyện A, successor: [xa-b, xa-c] }',
          '  - { id: xa-b, name: UBND xã B }',
          '  - { id: xa-c, name: UBND xã C, successor: [xa-d, huyen-a] }',
          '  - { id: xa-d, name: UBND xã D }',
        ].join('\n'),
      ),
    });
    expect(problems).toEqual([
      {
        code: 'reference-cycle',
        file: 'agencies.yaml',
        line: 6,
        column: 51,
        args: { field: 'successor', chain: 'huyen-a → xa-c → huyen-a' },
      },
    ]);
  });

  it('2,000 agencies in one long chain of lists: each entered once, each successor followed once', () => {
    const count = 2000;
    const agencies: Agency[] = Array.from({ length: count }, (_, index) => ({
      id: `a${index}`,
      name: `Cơ quan ${index}`,
      ranked: true,
      // Each hands over to the next two: 2 × 2,000 − 3 edges that exist.
      ...(index < count - 1
        ? { successors: [`a${index + 1}`, `a${Math.min(index + 2, count - 1)}`] }
        : {}),
    }));
    let steps = 0;
    expect(successorCycles(agencies, () => (steps += 1))).toEqual([]);
    // 2,000 agencies entered, 2 × 1,999 successors followed: linear, not quadratic.
    expect(steps).toBe(count + 2 * (count - 1));
    // The last hands back to the first: one cycle of all 2,000, found in the same linear work.
    agencies[count - 1] = { ...agencies[count - 1]!, successor: 'a0' };
    steps = 0;
    const cycles = successorCycles(agencies, () => (steps += 1));
    expect(cycles.map((cycle) => [cycle.length, cycle[0], cycle.at(-1)])).toEqual([
      [count, 'a0', `a${count - 1}`],
    ]);
    expect(steps).toBe(count + 2 * (count - 1) + 1);
  });
});
