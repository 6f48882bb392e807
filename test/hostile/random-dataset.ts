/**
 * Random valid datasets for the property tests, as YAML text. A dataset is
 * drawn once (`datasets`); `layoutFiles` then writes the same content in many
 * ways: tasks split across files and folders, in any order, statuses in any
 * accepted spelling. Every way must give the same report.
 */
import fc from 'fast-check';
import { addDays } from '../../src/model/dates.js';

type Status = 'not_started' | 'in_progress' | 'done' | 'cancelled';

const SPELLINGS: Readonly<Record<Status, readonly string[]>> = {
  not_started: ['not_started', 'chưa triển khai', 'Chưa Triển Khai', 'NOT_STARTED'],
  in_progress: ['in_progress', 'đang triển khai', 'ĐANG TRIỂN KHAI', 'Đang  triển khai'],
  done: ['done', 'hoàn thành', 'Hoàn thành', 'DONE'],
  cancelled: ['cancelled', 'dừng thực hiện', 'Dừng thực hiện', 'Cancelled'],
};

const PILLARS = [
  ['chung', 'Nhiệm vụ chung'],
  ['cqs', 'Chính quyền số'],
  ['kts', 'Kinh tế số'],
  ['xhs', 'Xã hội số'],
] as const;
const AGENCIES = [
  ['so-khcn', 'Sở Khoa học và Công nghệ', 'so'],
  ['so-yte', 'Sở Y tế', 'so'],
  ['ubnd-cam-lo', 'UBND huyện Cam Lộ', 'huyen'],
  ['ubnd-dong-ha', 'UBND thành phố Đông Hà', 'huyen'],
  ['so-tc', 'Sở Tài chính', undefined],
] as const;
const TITLES = [
  'Kho dữ liệu dùng chung',
  'Cổng dịch vụ công',
  'Số hóa hồ sơ',
  'Đào tạo kỹ năng số',
];
const ISSUES = [
  'Thiếu kinh phí triển khai',
  'Nhân lực còn kiêm nhiệm',
  'thiếu kinh phí triển khai.',
];

const day = fc.integer({ min: 0, max: 1095 }).map((offset) => addDays('2023-01-01', offset));
const deadline = fc.oneof(
  day,
  fc.constantFrom('2024-H1', '2024-Q3', '2023', '2025', 'ongoing', 'thường xuyên'),
  fc.constant(undefined),
);

export interface RandomUpdate {
  date: string;
  status: Status;
  spelling: number;
  issue: string | undefined;
}

export interface RandomTask {
  pillar: number;
  lead: number;
  start: string | undefined;
  deadline: string | undefined;
  updates: RandomUpdate[];
  title: number;
}

const update = fc.record({
  date: day,
  status: fc.constantFrom<Status>('not_started', 'in_progress', 'done', 'cancelled'),
  spelling: fc.nat(3),
  issue: fc.option(fc.constantFrom(...ISSUES), { nil: undefined }),
});

const task = fc.record({
  pillar: fc.nat(3),
  lead: fc.nat(4),
  start: fc.option(day, { nil: undefined }),
  deadline,
  // Distinct days: two statuses on one day are a warning whose outcome depends on order.
  updates: fc.uniqueArray(update, { maxLength: 4, selector: (entry) => entry.date }),
  title: fc.nat(TITLES.length - 1),
});

export interface RandomDataset {
  pillars: number;
  agencies: number;
  tasks: RandomTask[];
  scores: { agency: number; period: '2023-H2' | '2024-H1'; nt1: number; nt2: number | undefined }[];
  cutoffDay: number | undefined;
}

export const datasets: fc.Arbitrary<RandomDataset> = fc.record({
  pillars: fc.integer({ min: 1, max: 4 }),
  agencies: fc.integer({ min: 1, max: 5 }),
  tasks: fc.array(task, { maxLength: 10 }),
  scores: fc.uniqueArray(
    fc.record({
      agency: fc.nat(4),
      period: fc.constantFrom('2023-H2' as const, '2024-H1' as const),
      nt1: fc.integer({ min: 0, max: 20 }).map((half) => half / 2),
      nt2: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    }),
    { maxLength: 6, selector: (entry) => `${entry.agency}/${entry.period}` },
  ),
  cutoffDay: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
});

/** How one dataset is written: which file each task goes to, the order in files, the spellings. */
export interface Layout {
  /** Per task: index of its file. */
  fileOf: number[];
  fileNames: string[];
  /** Reverse the task order inside each file and the update order inside each task. */
  reversed: boolean;
  /** Write statuses as the canonical English values instead of the drawn spellings. */
  canonicalStatuses: boolean;
}

const quote = (text: string): string => JSON.stringify(text);

/** The dataset's files (relative path → YAML text) in one layout. */
export function layoutFiles(data: RandomDataset, layout: Layout): Record<string, string> {
  const pillars = PILLARS.slice(0, data.pillars);
  const agencies = AGENCIES.slice(0, data.agencies);
  const pillarOf = (index: number) => pillars[index % pillars.length]![0];
  const agencyOf = (index: number) => agencies[index % agencies.length]![0];
  const files: Record<string, string> = {
    'dx-report.yaml': `schema_version: 1\norganization: Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị\nplace: Quảng Trị\n${data.cutoffDay === undefined ? '' : `cutoff_day: ${data.cutoffDay}\n`}`,
    'pillars.yaml': `pillars:\n${pillars.map(([id, name]) => `  - { id: ${id}, name: ${quote(name)} }\n`).join('')}`,
    'agencies.yaml': `groups:\n  - { id: so, name: "Sở, ban, ngành" }\n  - { id: huyen, name: UBND cấp huyện }\nagencies:\n${agencies
      .map(
        ([id, name, group]) =>
          `  - { id: ${id}, name: ${quote(name)}${group ? `, group: ${group}` : ''} }\n`,
      )
      .join('')}`,
    'plans.yaml':
      'plans:\n  - { id: qd-1, number: 1982/QĐ-UBND, date: 2022-07-29, title: Kế hoạch chuyển đổi số }\n',
    'criteria.yaml':
      'components:\n  - { id: nt, name: Nhận thức số }\ncriteria:\n  - { id: NT-01, component: nt, name: Người đứng đầu chỉ đạo, max: 10 }\n  - { id: NT-02, component: nt, name: Ban hành kế hoạch, max: 5 }\n',
  };
  const order = <T>(items: T[]): T[] => (layout.reversed ? [...items].reverse() : items);
  const taskText = (entry: RandomTask, index: number): string => {
    const lines = [
      `  - id: T-${String(index + 1).padStart(2, '0')}`,
      `    title: ${quote(`${TITLES[entry.title]} ${index + 1}`)}`,
      `    pillar: ${pillarOf(entry.pillar)}`,
      '    plan: qd-1',
      `    lead: ${agencyOf(entry.lead)}`,
      ...(entry.start ? [`    start: ${entry.start}`] : []),
      ...(entry.deadline ? [`    deadline: ${entry.deadline}`] : []),
    ];
    if (entry.updates.length > 0) lines.push('    updates:');
    for (const step of order(entry.updates)) {
      const spelled = layout.canonicalStatuses
        ? step.status
        : SPELLINGS[step.status][step.spelling]!;
      const issue = step.issue ? `, issues: ${quote(step.issue)}` : '';
      lines.push(`      - { date: ${step.date}, status: ${quote(spelled)}${issue} }`);
    }
    return `${lines.join('\n')}\n`;
  };
  const byFile = new Map<number, string[]>();
  order(data.tasks.map((entry, index) => [entry, index] as const)).forEach(([entry, index]) => {
    const file = layout.fileOf[index] ?? 0;
    byFile.set(file, [...(byFile.get(file) ?? []), taskText(entry, index)]);
  });
  for (const [file, texts] of byFile)
    files[`tasks/${layout.fileNames[file]}`] = `tasks:\n${texts.join('')}`;
  for (const score of data.scores) {
    const agency = agencyOf(score.agency);
    const nt2 =
      score.nt2 === undefined ? '' : `  NT-02: { self: ${score.nt2}, verified: ${score.nt2} }\n`;
    files[`assessments/${score.period}/${agency}.yaml`] =
      `agency: ${agency}\nperiod: ${score.period}\nscores:\n  NT-01: ${score.nt1}\n${nt2}`;
  }
  return files;
}

/** A layout for `taskCount` tasks: a file per task, one file, or anything between, under any names. */
export const layouts = (taskCount: number): fc.Arbitrary<Layout> =>
  fc.record({
    fileOf: fc.array(fc.nat(4), { minLength: taskCount, maxLength: taskCount }),
    fileNames: fc.uniqueArray(
      fc.constantFrom('a.yaml', 'z.yml', '2024/nhiem-vu.yaml', 'so/b.yaml', 'x/y/z.yaml', 'm.yaml'),
      { minLength: 5, maxLength: 5 },
    ),
    reversed: fc.boolean(),
    canonicalStatuses: fc.boolean(),
  });

/** The plain layout everything is compared with: one file, in order, English statuses. */
export const PLAIN: Layout = {
  fileOf: [],
  fileNames: ['tasks.yaml'],
  reversed: false,
  canonicalStatuses: true,
};
