/**
 * Estimates (spec § tasks, added in 0.3): counted only with --estimate, as of
 * the period's last day, and said so in the briefing; an estimate dated on or
 * before a measured update is an error at its date.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/compute-report.js';
import { parsePeriod } from '../../src/model/period.js';
import { checkDataset } from '../../src/pipeline.js';
import { renderMarkdown } from '../../src/render/markdown/render-markdown.js';
import { MINIMAL_FILES, writeDataset } from '../helpers/temp-dataset.js';
import { buildDataset, due, task, update } from './dataset-builder.js';

const TEMPLATE = readFileSync(new URL('../../templates/bao-cao.md.hbs', import.meta.url), 'utf8');

const dataset = buildDataset({
  settings: { cutoffDay: 14 },
  tasks: [
    task('T1', {
      deadline: due('2026-12-31'),
      updates: [
        update('2026-11-20', 'in_progress', { progress: 70 }),
        update('2026-12-31', 'done', { estimate: true, evidence: 'Báo cáo số 45/BC-UBND' }),
      ],
    }),
    task('T2', { deadline: due('2026-12-31'), updates: [update('2026-03-02', 'done')] }),
  ],
});
const year = parsePeriod('2026')!;

describe('--estimate', () => {
  it('without it, estimates are ignored and D is the cutoff day, not after today', () => {
    const model = computeReport(dataset, { period: year, today: '2026-12-07' });
    expect([model.estimate, model.period.asOf, model.totals.done]).toEqual([
      false,
      '2026-12-07',
      1,
    ]);
  });

  it('with it, figures are those of the period last day counting estimates, even after today', async () => {
    const model = computeReport(dataset, { period: year, today: '2026-12-07', estimate: true });
    expect([model.estimate, model.period.asOf, model.totals.done]).toEqual([true, '2026-12-31', 2]);
    const artifact = await renderMarkdown(model, {
      template: { text: TEMPLATE, file: 'bao-cao.md.hbs' },
    });
    const markdown = new TextDecoder().decode(artifact.bytes);
    expect(markdown).toContain(
      'Số liệu dưới đây là số liệu ước thực hiện đến hết ngày 31/12/2026 (gồm các kết quả dự kiến đạt được đến cuối kỳ).',
    );
    expect(markdown).toContain(
      'Năm 2026 hoàn thành 2 nhiệm vụ (trong kỳ, từ ngày 15/12/2025 đến ngày 31/12/2026); lũy kế đến ngày 31/12/2026 hoàn thành 2/2 nhiệm vụ được giao.',
    );
  });

  it('an estimate dated on or before a measured update is an error at its date', async () => {
    const folder = writeDataset(
      {
        'tasks/a.yaml': [
          'plan: qd-1',
          'pillar: cqs',
          'tasks:',
          '  - id: T-1',
          '    title: Kho dữ liệu',
          '    lead: so-khcn',
          '    updates:',
          '      - { date: 2026-11-30, status: done, estimate: true }',
          '      - { date: 2026-12-10, status: in_progress, progress: 80 }',
          '',
        ].join('\n'),
      },
      MINIMAL_FILES,
    );
    const result = await checkDataset({ data: folder });
    expect(
      result.diagnostics
        .filter((diagnostic) => diagnostic.severity === 'error')
        .map(({ code, line, column, args }) => ({ code, line, column, args })),
    ).toEqual([
      {
        code: 'estimate-before-measured',
        line: 8,
        column: 17,
        args: { date: '2026-11-30', measured: '2026-12-10' },
      },
    ]);
  });
});
