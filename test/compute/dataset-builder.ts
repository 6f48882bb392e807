/**
 * Small typed datasets for compute tests, written inline: every part has a
 * default, so a test states only what it is about.
 */
import type {
  Agency,
  Assessment,
  Criterion,
  Dataset,
  Deadline,
  ReportedText,
  Score,
  Settings,
  Task,
  TaskStatus,
  TaskUpdate,
} from '../../src/model/types.js';

export interface DatasetParts extends Partial<Omit<Dataset, 'settings'>> {
  settings?: Partial<Settings>;
}

/** Three pillars, one plan, two agencies A and B, no criteria, no tasks, unless given. */
export function buildDataset(parts: DatasetParts = {}): Dataset {
  const { settings, ...rest } = parts;
  return {
    settings: {
      schemaVersion: 1,
      organization: 'Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị',
      organizationLines: ['Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị'],
      place: 'Quảng Trị',
      recipients: [],
      defaults: {},
      ...settings,
    },
    pillars: [
      { id: 'chung', name: 'Nhiệm vụ chung', label: 'nhóm nhiệm vụ chung' },
      { id: 'cqs', name: 'Chính quyền số', label: 'nhiệm vụ phát triển chính quyền số' },
      { id: 'kts', name: 'Kinh tế số', label: 'nhiệm vụ kinh tế số' },
    ],
    groups: [],
    agencies: [agency('a', 'Sở A'), agency('b', 'Sở B')],
    plans: [{ id: 'kh-1', number: '1/KH-UBND', date: '2022-07-29', title: 'Kế hoạch CĐS' }],
    components: [],
    criteria: [],
    grades: [],
    tasks: [],
    assessments: [],
    indicators: [],
    indicatorValues: [],
    themes: [],
    notes: [],
    updateFiles: [],
    rounds: [],
    ...rest,
  };
}

export function agency(id: string, name: string, fields: Partial<Agency> = {}): Agency {
  return { id, name, ranked: true, ...fields };
}

/** A task in pillar `chung`, led by agency `a`, without deadline or updates unless given. */
export function task(id: string, fields: Partial<Task> = {}): Task {
  return {
    id,
    title: `Nhiệm vụ ${id}`,
    pillar: 'chung',
    lead: 'a',
    transfers: [],
    partners: [],
    deadline: { kind: 'none' },
    updates: [],
    source: { file: 'tasks/test.yaml', path: ['tasks', 0] },
    ...fields,
  };
}

export function update(
  date: string,
  status: TaskStatus,
  fields: Partial<Omit<TaskUpdate, 'issues'>> & { issues?: Said[] } = {},
): TaskUpdate {
  const { issues = [], ...rest } = fields;
  return { date, status, ...rest, issues: issues.map(reported) };
}

/** A difficulty or proposal as a test writes it: plain text, or with its theme. */
export type Said = string | ReportedText;
export const reported = (said: Said): ReportedText =>
  typeof said === 'string' ? { text: said } : said;

export function due(date: string): Deadline {
  return { kind: 'date', date };
}

export function criterion(id: string, component: string, max: number): Criterion {
  return { id, component, name: `Tiêu chí ${id}`, max };
}

/** Scores as written: a bare number is a self score; an object may give self and verified. */
export function assessment(
  agencyId: string,
  period: string,
  scores: Record<string, number | { self?: number; verified?: number }>,
  fields: Partial<Omit<Assessment, 'difficulties' | 'proposals'>> & {
    difficulties?: Said[];
    proposals?: Said[];
  } = {},
): Assessment {
  const { difficulties = [], proposals = [], ...rest } = fields;
  return {
    agency: agencyId,
    period,
    scores: Object.entries(scores).map(([id, value]): Score =>
      typeof value === 'number' ? { criterion: id, self: value } : { criterion: id, ...value },
    ),
    source: { file: `assessments/${agencyId}-${period}.yaml`, path: [] },
    ...rest,
    difficulties: difficulties.map(reported),
    proposals: proposals.map(reported),
  };
}
