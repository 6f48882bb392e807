import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/compute-report.js';
import type { TaskFigures, ThemeGroup } from '../../src/compute/report-model.js';
import { emptyFigures } from '../../src/compute/task-figures.js';
import { parsePeriod, type Period } from '../../src/model/period.js';
import { buildDataset, due, task, update } from './dataset-builder.js';
import { sampleDataset } from './sample-dataset.js';

const period = (code: string) => parsePeriod(code) as Period;
const ratio = (numerator: number, denominator: number) => ({ numerator, denominator });
const figures = (counts: Partial<TaskFigures>): TaskFigures => ({ ...emptyFigures(), ...counts });

// The model names agencies by id (listed once in `agencies`).
const [khcn, tttt, ct, vp, yte] = ['khcn', 'tttt', 'ct', 'vp', 'yte'];

describe('computeReport on the sample province, 2024-H1', () => {
  const model = computeReport(sampleDataset(), { period: period('2024-H1') });

  it('fills the header from the settings, D and the previous period', () => {
    expect({
      schemaVersion: model.schemaVersion,
      organization: model.organization,
      place: model.place,
      title: model.title,
      reportDate: model.reportDate,
      document: model.document,
      signer: model.signer,
      recipients: model.recipients,
      period: model.period,
      compare: model.compare,
    }).toEqual({
      schemaVersion: 3,
      organization: {
        lines: ['Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị'],
        name: 'Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị',
        parent: 'Ủy ban nhân dân tỉnh Quảng Trị',
      },
      place: 'Quảng Trị',
      title: 'Kết quả thực hiện công tác chuyển đổi số',
      reportDate: '2024-06-30',
      document: null,
      signer: { authority: [], title: 'Trưởng Ban', position: null, name: 'Võ Văn Hưng' },
      recipients: ['Ban Chỉ đạo CĐS tỉnh', 'Lưu VT'],
      period: {
        code: '2024-H1',
        kind: 'half',
        label: '6 tháng đầu năm 2024',
        firstDay: '2024-01-01',
        lastDay: '2024-06-30',
        windowFrom: '2024-01-01',
        asOf: '2024-06-30',
      },
      compare: {
        code: '2023-H2',
        kind: 'half',
        label: '6 tháng cuối năm 2023',
        firstDay: '2023-07-01',
        lastDay: '2023-12-31',
        windowFrom: '2023-07-01',
        asOf: '2023-12-31',
      },
    });
  });

  it('counts the totals on D and compares them with 2023-12-31', () => {
    expect(model.totals).toEqual(
      figures({
        assigned: 7,
        implemented: 6,
        done: 3,
        inProgress: 3,
        notStarted: 1,
        due: 4,
        dueDoneOnTime: 1,
        dueDoneLate: 1,
        overdue: 2,
        notDue: 3,
        notDueDone: 1,
        notDueInProgress: 1,
        notDueNotStarted: 1,
        cancelled: 1,
        implementedRatio: ratio(6, 7),
        dueDoneRatio: ratio(2, 4),
      }),
    );
    expect(model.totalsComparison).toEqual({
      previous: figures({
        assigned: 8,
        implemented: 3,
        inProgress: 3,
        notStarted: 5,
        due: 2,
        overdue: 2,
        notDue: 6,
        notDueInProgress: 1,
        notDueNotStarted: 5,
        implementedRatio: ratio(3, 8),
        dueDoneRatio: ratio(0, 2),
      }),
      change: {
        assigned: -1,
        implemented: 3,
        done: 3,
        overdue: 0,
        implementedRatio: ratio(27, 56),
      },
    });
  });

  it('lists every pillar in order, the empty one with 0/0', () => {
    expect(
      model.pillars.map(({ id, figures: own, comparison }) => ({ id, own, comparison })),
    ).toEqual([
      {
        id: 'chung',
        own: figures({
          assigned: 4,
          implemented: 4,
          done: 2,
          inProgress: 2,
          due: 3,
          dueDoneOnTime: 1,
          dueDoneLate: 1,
          overdue: 1,
          notDue: 1,
          notDueInProgress: 1,
          implementedRatio: ratio(4, 4),
          dueDoneRatio: ratio(2, 3),
        }),
        comparison: {
          previous: figures({
            assigned: 4,
            implemented: 3,
            inProgress: 3,
            notStarted: 1,
            due: 2,
            overdue: 2,
            notDue: 2,
            notDueInProgress: 1,
            notDueNotStarted: 1,
            implementedRatio: ratio(3, 4),
            dueDoneRatio: ratio(0, 2),
          }),
          change: {
            assigned: 0,
            implemented: 1,
            done: 2,
            overdue: -1,
            implementedRatio: ratio(4, 16),
          },
        },
      },
      {
        id: 'cqs',
        own: figures({
          assigned: 3,
          implemented: 2,
          done: 1,
          inProgress: 1,
          notStarted: 1,
          due: 1,
          overdue: 1,
          notDue: 2,
          notDueDone: 1,
          notDueNotStarted: 1,
          cancelled: 1,
          implementedRatio: ratio(2, 3),
          dueDoneRatio: ratio(0, 1),
        }),
        comparison: {
          previous: figures({
            assigned: 4,
            notStarted: 4,
            notDue: 4,
            notDueNotStarted: 4,
            implementedRatio: ratio(0, 4),
          }),
          change: {
            assigned: -1,
            implemented: 2,
            done: 1,
            overdue: 1,
            implementedRatio: ratio(8, 12),
          },
        },
      },
      {
        id: 'kts',
        own: emptyFigures(),
        comparison: {
          previous: emptyFigures(),
          // 0/0 counts as 0 on both sides: no change.
          change: {
            assigned: 0,
            implemented: 0,
            done: 0,
            overdue: 0,
            implementedRatio: ratio(0, 1),
          },
        },
      },
    ]);
    expect(model.pillars[1]).toMatchObject({
      name: 'Chính quyền số',
      label: 'nhiệm vụ phát triển chính quyền số',
    });
  });

  it('lists only plans that assign tasks', () => {
    expect(model.plans).toEqual([
      {
        id: 'kh-1',
        number: '1982/QĐ-UBND',
        date: '2022-07-29',
        title: 'Đề án CĐS tỉnh',
        issuer: null,
        figures: figures({
          assigned: 4,
          implemented: 4,
          done: 2,
          inProgress: 2,
          due: 2,
          dueDoneOnTime: 1,
          overdue: 1,
          notDue: 2,
          notDueDone: 1,
          notDueInProgress: 1,
          implementedRatio: ratio(4, 4),
          dueDoneRatio: ratio(1, 2),
        }),
        // Its tasks (Q-1 overdue, Q-4 done early) and groups of tasks (C-1 done on time, C-2 in progress) apart.
        figuresApart: {
          tasks: {
            comparison: expect.any(Object) as unknown,
            figures: figures({
              assigned: 2,
              implemented: 2,
              done: 1,
              inProgress: 1,
              due: 1,
              overdue: 1,
              notDue: 1,
              notDueDone: 1,
              implementedRatio: ratio(2, 2),
              dueDoneRatio: ratio(0, 1),
            }),
          },
          groups: {
            comparison: expect.any(Object) as unknown,
            figures: figures({
              assigned: 2,
              implemented: 2,
              done: 1,
              inProgress: 1,
              due: 1,
              dueDoneOnTime: 1,
              notDue: 1,
              notDueInProgress: 1,
              implementedRatio: ratio(2, 2),
              dueDoneRatio: ratio(1, 1),
            }),
          },
        },
      },
    ]);
  });

  it('gives a plan of tasks alone its tasks apart, the groups null; nothing apart without groups', () => {
    const withPlan = sampleDataset();
    withPlan.tasks = withPlan.tasks.map((task) =>
      task.id === 'Q-5' ? { ...task, plan: 'kh-2' } : task,
    );
    const [, onlyTasks] = computeReport(withPlan, { period: period('2024-H1') }).plans;
    expect(onlyTasks?.figuresApart?.groups).toBeNull();
    expect(onlyTasks?.figuresApart?.tasks?.figures.assigned).toBe(1);
    const noGroups = sampleDataset();
    noGroups.tasks = noGroups.tasks.filter((task) => task.pillar !== 'chung');
    const model = computeReport(noGroups, { period: period('2024-H1') });
    expect(model.totalsApart).toBeNull();
    expect(model.plans.map((plan) => plan.figuresApart)).toEqual([null]);
  });

  it('counts tasks under the agency active on D, by Vietnamese name, with their index', () => {
    expect(model.agencyResults.map(({ figuresApart: _apart, ...row }) => row)).toEqual([
      {
        agency: ct,
        shares: 0,
        figures: figures({
          assigned: 2,
          implemented: 1,
          done: 1,
          notStarted: 1,
          notDue: 2,
          notDueDone: 1,
          notDueNotStarted: 1,
          implementedRatio: ratio(1, 2),
        }),
        comparison: {
          previous: figures({
            assigned: 2,
            notStarted: 2,
            notDue: 2,
            notDueNotStarted: 2,
            implementedRatio: ratio(0, 2),
          }),
          change: {
            assigned: 0,
            implemented: 1,
            done: 1,
            overdue: 0,
            implementedRatio: ratio(2, 4),
          },
        },
        index: null,
      },
      {
        agency: khcn,
        shares: 0,
        figures: figures({
          assigned: 3,
          implemented: 3,
          done: 2,
          inProgress: 1,
          due: 3,
          dueDoneOnTime: 1,
          dueDoneLate: 1,
          overdue: 1,
          cancelled: 1,
          implementedRatio: ratio(3, 3),
          dueDoneRatio: ratio(2, 3),
        }),
        comparison: {
          previous: figures({
            assigned: 4,
            implemented: 2,
            inProgress: 2,
            notStarted: 2,
            due: 1,
            overdue: 1,
            notDue: 3,
            notDueInProgress: 1,
            notDueNotStarted: 2,
            implementedRatio: ratio(2, 4),
            dueDoneRatio: ratio(0, 1),
          }),
          change: {
            assigned: -1,
            implemented: 1,
            done: 2,
            overdue: 0,
            implementedRatio: ratio(6, 12),
          },
        },
        index: {
          index: null,
          overall: ratio(6, 10),
          grade: null,
          rank: 2,
          previousOverall: ratio(8, 10),
          change: ratio(-20, 100),
        },
      },
      {
        agency: vp,
        shares: 0,
        figures: figures({
          assigned: 2,
          implemented: 2,
          inProgress: 2,
          due: 1,
          overdue: 1,
          notDue: 1,
          notDueInProgress: 1,
          implementedRatio: ratio(2, 2),
          dueDoneRatio: ratio(0, 1),
        }),
        comparison: {
          previous: figures({
            assigned: 2,
            implemented: 1,
            inProgress: 1,
            notStarted: 1,
            due: 1,
            overdue: 1,
            notDue: 1,
            notDueNotStarted: 1,
            implementedRatio: ratio(1, 2),
            dueDoneRatio: ratio(0, 1),
          }),
          change: {
            assigned: 0,
            implemented: 1,
            done: 0,
            overdue: 0,
            implementedRatio: ratio(2, 4),
          },
        },
        index: {
          index: null,
          overall: ratio(9, 10),
          grade: null,
          rank: 1,
          previousOverall: null,
          change: null,
        },
      },
    ]);
  });

  it("gives each agency's tasks and groups of tasks apart, a kind it holds none of null", () => {
    const [ctRow, khcnRow, vpRow] = model.agencyResults;
    // Sở Công Thương: tasks alone.
    expect(ctRow?.figuresApart).toEqual({
      tasks: { figures: ctRow?.figures, comparison: ctRow?.comparison },
      groups: null,
    });
    // Sở KH&CN: Q-1 (overdue) and Q-2 (cancelled), taken over from Sở TT&TT; C-1 on time, C-3 late.
    expect(khcnRow?.figuresApart).toEqual({
      tasks: {
        // On 2023-12-31 both were not started, Q-1 not yet due.
        comparison: {
          previous: figures({
            assigned: 2,
            notStarted: 2,
            notDue: 2,
            notDueNotStarted: 2,
            implementedRatio: ratio(0, 2),
          }),
          change: {
            assigned: -1,
            implemented: 1,
            done: 0,
            overdue: 1,
            implementedRatio: ratio(2, 2),
          },
        },
        figures: figures({
          assigned: 1,
          implemented: 1,
          inProgress: 1,
          due: 1,
          overdue: 1,
          cancelled: 1,
          implementedRatio: ratio(1, 1),
          dueDoneRatio: ratio(0, 1),
        }),
      },
      groups: {
        comparison: expect.any(Object) as unknown,
        figures: figures({
          assigned: 2,
          implemented: 2,
          done: 2,
          due: 2,
          dueDoneOnTime: 1,
          dueDoneLate: 1,
          implementedRatio: ratio(2, 2),
          dueDoneRatio: ratio(2, 2),
        }),
      },
    });
    // Văn phòng UBND tỉnh: groups of tasks alone (C-2, C-10).
    expect(vpRow?.figuresApart).toEqual({
      tasks: null,
      groups: { figures: vpRow?.figures, comparison: vpRow?.comparison },
    });
  });

  it('reports the transfer of a task whose lead ceased, but not of a cancelled one', () => {
    expect(model.transfers).toEqual([
      { task: { id: 'Q-1', title: 'Nhiệm vụ Q-1' }, from: tttt, to: khcn },
    ]);
  });

  it('lists what finished and started within [2024-01-01, D]', () => {
    const brief = (
      id: string,
      lead: string,
      deadline: string | null,
      date: string,
      issue: string | null = null,
    ) => ({
      id,
      title: `Nhiệm vụ ${id}`,
      lead,
      leadGroup: null,
      sharesDone: null,
      deadline,
      date,
      issue,
    });
    expect(model.withinPeriod).toEqual({
      finished: [
        brief('C-1', khcn, '2024-03-31', '2024-03-20'),
        brief('C-3', khcn, '2023-12-15', '2024-01-10'),
        brief('Q-4', ct, '2024-12-31', '2024-04-01'),
      ],
      started: [
        brief('C-2', vp, null, '2024-02-01', 'Thiếu kinh phí.'),
        brief('Q-1', khcn, '2024-06-30', '2024-01-15', 'Thiếu kinh phí'),
        brief('Q-4', ct, '2024-12-31', '2024-04-01'),
      ],
    });
  });

  it('merges difficulties and proposals of the period, most reported first', () => {
    // No themes.yaml: one group of no theme, its agencies by name, texts most raised first.
    expect(model.themes).toEqual([]);
    // No two wordings alike here: the body's texts are the texts.
    for (const group of [...model.difficulties, ...model.proposals])
      expect(group.gist).toEqual(group.texts);
    const withoutGist = ({ gist: _gist, ...group }: ThemeGroup) => group;
    expect(model.difficulties.map(withoutGist)).toEqual([
      {
        theme: null,
        agencies: [khcn, vp],
        texts: [
          {
            text: 'Thiếu kinh phí.',
            theme: null,
            sources: [
              { agency: vp, kind: 'task', ref: 'C-2' },
              { agency: khcn, kind: 'task', ref: 'Q-1' },
              { agency: khcn, kind: 'assessment', ref: '2024-H1' },
            ],
          },
          {
            text: 'Nhân lực chuyên trách còn thiếu',
            theme: null,
            sources: [
              { agency: khcn, kind: 'assessment', ref: '2024-H1' },
              { agency: vp, kind: 'assessment', ref: '2024-H1' },
            ],
          },
          // Raised in 2023, before the window, on C-10, overdue and still open on D: a difficulty still standing.
          {
            text: 'Hạ tầng cũ',
            theme: null,
            sources: [{ agency: vp, kind: 'task', ref: 'C-10' }],
          },
        ],
      },
    ]);
    expect(model.proposals.map(withoutGist)).toEqual([
      {
        theme: null,
        agencies: [khcn, vp],
        texts: [
          {
            text: 'Đề nghị bố trí kinh phí',
            theme: null,
            sources: [
              { agency: khcn, kind: 'assessment', ref: '2024-H1' },
              { agency: vp, kind: 'assessment', ref: '2024-H1' },
            ],
          },
          {
            text: 'Đào tạo kỹ năng số',
            theme: null,
            sources: [{ agency: vp, kind: 'assessment', ref: '2024-H1' }],
          },
        ],
      },
    ]);
  });

  it('names lagging agencies, filing, and the next steps', () => {
    expect(model.lagging).toEqual({
      overdue: [
        { agency: khcn, count: 1, groups: 0 },
        // C-10, of the pillar of groups of tasks ("nhóm nhiệm vụ chung").
        { agency: vp, count: 1, groups: 1 },
      ],
      indexFell: [khcn],
    });
    expect(model.index.filing).toEqual(ratio(2, 4));
    expect(model.index.notFiled).toEqual([ct, yte]);
    expect(model.nextSteps).toEqual({
      nextPeriod: {
        code: '2024-H2',
        kind: 'half',
        label: '6 tháng cuối năm 2024',
        firstDay: '2024-07-01',
        lastDay: '2024-12-31',
        windowFrom: '2024-07-01',
        asOf: '2024-12-31',
      },
      overdue: [
        // Each with its latest reported difficulty: the reason the committee asks for.
        {
          id: 'Q-1',
          title: 'Nhiệm vụ Q-1',
          lead: khcn,
          leadGroup: null,
          sharesDone: null,
          deadline: '2024-06-30',
          date: null,
          issue: 'Thiếu kinh phí',
        },
        {
          id: 'C-10',
          title: 'Nhiệm vụ C-10',
          lead: vp,
          leadGroup: null,
          sharesDone: null,
          deadline: '2023-12-31',
          date: null,
          issue: 'Hạ tầng cũ',
        },
      ],
      dueRest: [],
      dueNext: [
        {
          id: 'Q-5',
          title: 'Nhiệm vụ Q-5',
          lead: ct,
          leadGroup: null,
          sharesDone: null,
          deadline: '2024-09-30',
          date: null,
          issue: null,
        },
      ],
    });
  });

  it('lists every task in pillar order, then natural id order, with its state on D', () => {
    expect(model.tasks.map((row) => [row.id, row.status, row.timeliness])).toEqual([
      ['C-1', 'done', 'done-on-time'],
      ['C-2', 'in_progress', 'in-progress'],
      ['C-3', 'done', 'done-late'],
      ['C-10', 'in_progress', 'overdue'],
      ['Q-1', 'in_progress', 'overdue'],
      ['Q-2', 'cancelled', 'cancelled'],
      ['Q-4', 'done', 'done-early'],
      ['Q-5', 'not_started', 'not-started'],
    ]);
    expect(model.tasks.find((row) => row.id === 'Q-1')).toEqual({
      id: 'Q-1',
      title: 'Nhiệm vụ Q-1',
      pillar: 'cqs',
      plan: 'kh-1',
      lead: khcn,
      leadGroup: null,
      sharesDone: null,
      shares: [],
      originalLead: tttt,
      partners: [],
      start: null,
      deadline: { kind: 'date', date: '2024-06-30' },
      status: 'in_progress',
      progress: 30,
      completedOn: null,
      timeliness: 'overdue',
      lastNote: null,
      evidence: null,
      issues: ['thiếu kinh phí'],
    });
    expect(model.tasks.find((row) => row.id === 'C-2')).toMatchObject({
      plan: 'kh-1',
      originalLead: null,
      partners: [khcn],
      deadline: { kind: 'ongoing' },
    });
    expect(model.tasks.find((row) => row.id === 'C-10')?.issues).toEqual(['Hạ tầng cũ']);
  });

  it('lists every agency it names once, by Vietnamese name, with its group', () => {
    expect(model.agencies).toEqual([
      { id: 'ct', name: 'Sở Công Thương', shortName: null, group: null },
      { id: 'khcn', name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', group: null },
      { id: 'tttt', name: 'Sở Thông tin và Truyền thông', shortName: 'Sở TT&TT', group: null },
      { id: 'yte', name: 'Sở Y tế', shortName: null, group: null },
      { id: 'vp', name: 'Văn phòng UBND tỉnh', shortName: null, group: null },
    ]);
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });
});

describe('computeReport options', () => {
  const dataset = buildDataset({
    settings: { cutoffDay: 14, reportTitle: 'Tình hình chuyển đổi số' },
    tasks: [
      task('T1', { deadline: due('2024-06-20') }),
      task('T2', { deadline: due('2024-06-10'), updates: [update('2024-06-15', 'done')] }),
    ],
  });

  it('takes figures on the cutoff day, for the compared and the next period too', () => {
    const model = computeReport(dataset, { period: period('2024-H1') });
    expect(model.title).toBe('Tình hình chuyển đổi số');
    expect([model.period.asOf, model.compare?.asOf, model.nextSteps.nextPeriod.asOf]).toEqual([
      '2024-06-14',
      '2023-12-14',
      '2024-12-14',
    ]);
    // T2 was done on the 15th, after D: it is overdue on the 14th.
    expect(model.tasks.map((row) => row.timeliness)).toEqual(['not-started', 'overdue']);
    // T1 falls due after the cutoff day but before the period ends: due "from now to the end".
    expect(model.nextSteps.dueRest.map((brief) => brief.id)).toEqual(['T1']);
    expect(model.nextSteps.dueNext).toEqual([]);
    // The window runs from the day after the previous period's figures day (spec § Periods, 0.3).
    expect([model.period.windowFrom, model.nextSteps.nextPeriod.windowFrom]).toEqual([
      '2023-12-15',
      '2024-06-15',
    ]);
  });

  it('lets --as-of, --compare and --date override D, the comparison and the date line', () => {
    const model = computeReport(dataset, {
      period: period('2024-H1'),
      asOf: '2024-06-30',
      compare: period('2023-H1'),
      reportDate: '2024-07-02',
    });
    expect([model.period.asOf, model.compare?.code, model.compare?.asOf, model.reportDate]).toEqual(
      ['2024-06-30', '2023-H1', '2023-06-14', '2024-07-02'],
    );
    expect(model.tasks.map((row) => row.timeliness)).toEqual(['overdue', 'done-late']);
  });
});
