/**
 * Property (spec § updates): moving any update between its task's own
 * `updates` and its lead's updates/ file changes no byte of any report.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel, checkDataset, renderReports } from '../../src/pipeline.js';
import { MINIMAL_FILES, writeDataset } from '../helpers/temp-dataset.js';

interface Update {
  task: number;
  date: string;
  status: string;
  progress?: number;
  note?: string;
  issue?: string;
}

const LEADS = ['so-khcn', 'so-yte'] as const;
const TASKS = [0, 1, 2, 3];
const leadOf = (task: number) => LEADS[task % 2]!;

const update = fc.record(
  {
    task: fc.constantFrom(...TASKS),
    date: fc.constantFrom('2024-01-10', '2024-02-20', '2024-04-05', '2024-06-30'),
    status: fc.constantFrom('in_progress', 'done', 'đang triển khai', 'not_started'),
    progress: fc.integer({ min: 0, max: 100 }),
    note: fc.constantFrom('Đã khảo sát', 'Đã lắp đặt 40/62 điểm'),
    issue: fc.constantFrom('Thiếu kinh phí', 'Nhân lực kiêm nhiệm'),
  },
  { requiredKeys: ['task', 'date', 'status'] },
);

function entryLines(item: Update, indent: string): string {
  return [
    `date: ${item.date}`,
    `status: ${item.status}`,
    ...(item.progress === undefined ? [] : [`progress: ${item.progress}`]),
    ...(item.note === undefined ? [] : [`note: ${item.note}`]),
    ...(item.issue === undefined ? [] : [`issues: [${item.issue}]`]),
  ]
    .map((line) => `${indent}${line}\n`)
    .join('');
}

/** The dataset's files with each update inline, or in its lead's updates/ file when `moved`. */
function files(updates: readonly Update[], moved: readonly boolean[]): Record<string, string> {
  let tasks = 'plan: qd-1\npillar: cqs\ntasks:\n';
  for (const task of TASKS) {
    tasks += `  - id: T-${task}\n    title: Nhiệm vụ ${task}\n    lead: ${leadOf(task)}\n    deadline: 2024-0${task + 3}-30\n`;
    const inline = updates.filter((item, index) => item.task === task && !moved[index]);
    if (inline.length > 0)
      tasks += `    updates:\n${inline.map((item) => `      -${entryLines(item, '        ').slice(7)}`).join('')}`;
  }
  const out: Record<string, string> = { 'tasks/a.yaml': tasks };
  for (const lead of LEADS) {
    const mine = updates.filter((item, index) => moved[index] && leadOf(item.task) === lead);
    if (mine.length === 0) continue;
    out[`updates/2024-H1/${lead}.yaml`] =
      `agency: ${lead}\nperiod: 2024-H1\nupdates:\n` +
      mine.map((item) => `  - task: T-${item.task}\n${entryLines(item, '    ')}`).join('');
  }
  return out;
}

async function reports(data: Record<string, string>): Promise<string[] | 'invalid'> {
  const checked = await checkDataset({ data: writeDataset(data, MINIMAL_FILES) });
  if (!checked.dataset) return 'invalid';
  const model = buildModel(checked.dataset, { period: '2024-H1' });
  const artifacts = await renderReports(model, { formats: ['md', 'json', 'xlsx'] });
  return artifacts.map((artifact) => Buffer.from(artifact.bytes).toString('base64'));
}

describe('an update in its task file or in updates/', () => {
  it('gives the same bytes in every report', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .uniqueArray(update, { selector: (item) => `${item.task} ${item.date}`, maxLength: 8 })
          .chain((updates) =>
            fc.tuple(
              fc.constant(updates),
              fc.array(fc.boolean(), { minLength: updates.length, maxLength: updates.length }),
            ),
          ),
        async ([updates, moved]) => {
          const inline = await reports(files(updates, []));
          expect(inline).not.toBe('invalid');
          expect(await reports(files(updates, moved))).toEqual(inline);
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
