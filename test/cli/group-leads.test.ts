/**
 * Group-led tasks through the CLI (spec § tasks, `lead: { group }`, added in
 * 0.3): five communes share three tasks; the briefing counts each task once
 * and says how many communes have done theirs, each commune's row counts its
 * shares; a share reported by an agency holding none is one error at its place.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { read, removeTempFolders, runCli, shownDiagnostics, workspace } from '../helpers/cli.js';
import { GROUP_LED_FILES } from '../fixtures/group-led.js';

afterAll(removeTempFolders);

interface Model {
  totals: Record<string, unknown>;
  agencyResults: { agency: string; shares: number; figures: Record<string, unknown> }[];
  tasks: {
    id: string;
    lead: string | null;
    leadGroup: string | null;
    sharesDone: unknown;
    shares: unknown[];
  }[];
  withinPeriod: { finished: { id: string; sharesDone: unknown }[] };
  nextSteps: {
    overdue: { id: string; lead: string }[];
    dueNext: { id: string; lead: string | null; leadGroup: string | null }[];
  };
}

describe('build with group-led tasks', () => {
  it('counts each task once province-wide, each share for its commune, and says how many communes are done', async () => {
    const cwd = workspace(GROUP_LED_FILES);
    const result = await runCli(
      ['build', '--data', 'data', '--period', '2026-H1', '--format', 'md,json', '--out', 'out'],
      { cwd },
    );
    expect(result.status).toBe(0);
    expect(result.stderr.split('\n').at(-2)).toBe(
      '6 tháng đầu năm 2026 (số liệu đến 30/6/2026): đã triển khai 4/4 (100%) nhiệm vụ, hoàn thành 1, quá hạn 1.',
    );
    const markdown = read(path.join(cwd, 'out', 'bao-cao-cds-2026-H1.md'));
    const lines = markdown.split('\n');
    // The body: the tasks given to every commune, each with its communes done (names, no codes).
    expect(lines).toContain(
      '- Kiện toàn Tổ công nghệ số cộng đồng: 4/5 xã, phường đã hoàn thành; quá hạn.',
    );
    expect(lines).toContain(
      '- Triển khai thanh toán không dùng tiền mặt tại chợ: 0/5 xã, phường đã hoàn thành.',
    );
    expect(lines).toContain(
      '- Công khai thủ tục hành chính trên trang thông tin điện tử (5/5 xã, phường đã hoàn thành, hoàn thành ngày 20/6/2026).',
    );
    // Counted once: 4 tasks, 1 done (XHS-14), 1 overdue (XHS-12).
    expect(lines).toContain(
      'Trong tổng số 4 nhiệm vụ được giao, đã triển khai 4/4 nhiệm vụ (100%), trong đó hoàn thành 1 nhiệm vụ (1 đúng hạn), đang triển khai 3 nhiệm vụ. Có 1 nhiệm vụ quá hạn. Tỷ lệ hoàn thành nhiệm vụ đến hạn đạt 1/2 (50%).',
    );
    // The overdue share under its commune; the task falling due listed once for the group.
    expect(lines).toContain('UBND phường Nam Đông Hà có 1 nhiệm vụ quá hạn.');
    expect(lines).toContain(
      '- Triển khai thanh toán không dùng tiền mặt tại chợ (Xã, phường: 0/5 xã, phường đã hoàn thành, thời hạn 31/12/2026).',
    );
    // Each commune's row counts its shares as its own tasks.
    expect(lines.filter((line) => line.startsWith('| UBND '))).toEqual([
      '| UBND phường Đông Hà | 3 | 2/3 (66,7%) | 2 | 0 | 2/2 (100%) | chưa tự đánh giá | — | — |',
      '| UBND phường Nam Đông Hà | 3 | 2/3 (66,7%) | 1 | 1 | 1/2 (50%) | chưa tự đánh giá | — | — |',
      '| UBND xã Cam Lộ | 3 | 2/3 (66,7%) | 2 | 0 | 2/2 (100%) | chưa tự đánh giá | — | — |',
      '| UBND xã Gio Linh | 3 | 3/3 (100%) | 2 | 0 | 2/2 (100%) | chưa tự đánh giá | — | — |',
      '| UBND xã Hiếu Giang | 3 | 2/3 (66,7%) | 2 | 0 | 2/2 (100%) | chưa tự đánh giá | — | — |',
    ]);
    // The task appendix: the group task once, its communes done beside its state.
    expect(lines).toContain(
      '| 2 | XHS-12 | Kiện toàn Tổ công nghệ số cộng đồng | Xã, phường | 30/6/2026 | quá hạn (đang triển khai); 4/5 xã, phường đã hoàn thành | 92% | — | Quyết định số 25/QĐ-UBND |',
    );
    const model = JSON.parse(read(path.join(cwd, 'out', 'bao-cao-cds-2026-H1.json'))) as Model;
    expect(model.totals).toMatchObject({
      assigned: 4,
      implemented: 4,
      done: 1,
      overdue: 1,
      due: 2,
    });
    expect(
      model.agencyResults.map((row) => [
        row.agency,
        row.shares,
        row.figures.assigned,
        row.figures.done,
        row.figures.overdue,
      ]),
    ).toEqual([
      ['so-khcn', 0, 1, 0, 0],
      ['ubnd-phuong-dong-ha', 3, 3, 2, 0],
      ['ubnd-phuong-nam-dong-ha', 3, 3, 1, 1],
      ['ubnd-xa-cam-lo', 3, 3, 2, 0],
      ['ubnd-xa-gio-linh', 3, 3, 2, 0],
      ['ubnd-xa-hieu-giang', 3, 3, 2, 0],
    ]);
    const xhs12 = model.tasks.find((task) => task.id === 'XHS-12')!;
    expect(xhs12).toMatchObject({
      lead: null,
      leadGroup: 'xa-phuong',
      sharesDone: { done: 4, total: 5 },
    });
    expect(xhs12.shares).toEqual([
      {
        agency: 'ubnd-phuong-dong-ha',
        status: 'done',
        progress: 100,
        completedOn: '2026-06-12',
        timeliness: 'done-on-time',
      },
      {
        agency: 'ubnd-phuong-nam-dong-ha',
        status: 'in_progress',
        progress: 60,
        completedOn: null,
        timeliness: 'overdue',
      },
      {
        agency: 'ubnd-xa-cam-lo',
        status: 'done',
        progress: 100,
        completedOn: '2026-03-10',
        timeliness: 'done-on-time',
      },
      {
        agency: 'ubnd-xa-gio-linh',
        status: 'done',
        progress: 100,
        completedOn: '2026-05-20',
        timeliness: 'done-on-time',
      },
      {
        agency: 'ubnd-xa-hieu-giang',
        status: 'done',
        progress: 100,
        completedOn: '2026-04-15',
        timeliness: 'done-on-time',
      },
    ]);
    expect(model.nextSteps.overdue.map((brief) => [brief.id, brief.lead])).toEqual([
      ['XHS-12', 'ubnd-phuong-nam-dong-ha'],
    ]);
    expect(model.nextSteps.dueNext.map((brief) => [brief.id, brief.lead, brief.leadGroup])).toEqual(
      [
        ['CQS-01', 'so-khcn', null],
        ['XHS-13', null, 'xa-phuong'],
      ],
    );
  });

  it('gives the same bytes twice', async () => {
    const cwd = workspace(GROUP_LED_FILES);
    const args = ['build', '--data', 'data', '--period', '2026-H1', '--format', 'md,json,xlsx'];
    expect((await runCli([...args, '--out', 'a'], { cwd })).status).toBe(0);
    expect((await runCli([...args, '--out', 'b'], { cwd })).status).toBe(0);
    for (const name of [
      'bao-cao-cds-2026-H1.md',
      'bao-cao-cds-2026-H1.json',
      'bao-cao-cds-2026-H1.xlsx',
    ])
      expect(read(path.join(cwd, 'b', name))).toBe(read(path.join(cwd, 'a', name)));
  });

  it('a share reported by an agency that holds none: one error at its agency, in Vietnamese and English', async () => {
    const cwd = workspace({
      ...GROUP_LED_FILES,
      'tasks/a.yaml': GROUP_LED_FILES['tasks/a.yaml']!.replace(
        '{ agency: ubnd-xa-cam-lo, date: 2026-03-10, status: done }',
        '{ agency: so-khcn, date: 2026-03-10, status: done }',
      ),
    });
    const vi = await runCli(['validate', '--data', 'data'], { cwd });
    expect(vi.status).toBe(1);
    expect(shownDiagnostics(vi.stderr)).toEqual([
      {
        file: 'tasks/a.yaml',
        line: 15,
        column: 19,
        severity: 'lỗi',
        code: 'update-agency-no-share',
      },
    ]);
    expect(vi.stderr).toContain(
      'tasks/a.yaml:15:19  lỗi  Ngày 10/3/2026, cơ quan `so-khcn` không có phần việc của nhiệm vụ `XHS-12`: nhiệm vụ giao cho các cơ quan của nhóm `xa-phuong` đang hoạt động ngày đó (5 cơ quan: ubnd-xa-cam-lo, ubnd-xa-hieu-giang, ubnd-xa-gio-linh, ubnd-phuong-dong-ha, ubnd-phuong-nam-dong-ha).  [update-agency-no-share]',
    );
    const en = await runCli(['--lang', 'en', 'validate', '--data', 'data'], { cwd });
    expect(en.stderr).toContain(
      'tasks/a.yaml:15:19  error  On 2026-03-10, agency `so-khcn` holds no share of task `XHS-12`: the task is shared among the agencies of group `xa-phuong` active that day (5 agencies: ubnd-xa-cam-lo, ubnd-xa-hieu-giang, ubnd-xa-gio-linh, ubnd-phuong-dong-ha, ubnd-phuong-nam-dong-ha).  [update-agency-no-share]',
    );
  });
});
