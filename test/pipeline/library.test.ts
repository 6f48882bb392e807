/**
 * The library entry point runs the same pipeline as the CLI: buildReports with
 * only its required options, and the same flow step by step.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildModel,
  buildReports,
  checkDataset,
  renderReports,
  UsageError,
} from '../../src/index.js';

const SAMPLE = fileURLToPath(new URL('../../data/', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'dx-report-library-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the library', () => {
  it('buildReports writes the Markdown briefing into <cwd>/reports by default', async () => {
    const result = await buildReports({ data: SAMPLE, period: '2024-H1', cwd: work });
    expect(result.status).toBe('written');
    expect(result.files.map((file) => path.relative(work, file.path))).toEqual([
      path.join('reports', 'bao-cao-cds-2024-H1.md'),
    ]);
    expect(readdirSync(path.join(work, 'reports'))).toEqual(['bao-cao-cds-2024-H1.md']);
    expect(
      result.model?.pillars.map(
        (pillar) => `${pillar.figures.implemented}/${pillar.figures.assigned}`,
      ),
    ).toEqual(['11/11', '11/21', '5/9', '1/6']);
  });

  it('runs the same flow step by step', async () => {
    const checked = await checkDataset({ data: SAMPLE });
    const model = buildModel(checked.dataset!, { period: '2024-h1' });
    const [json] = await renderReports(model, { formats: ['json'] });
    expect(json?.name).toBe('bao-cao-cds-2024-H1.json');
  });

  it('throws a UsageError naming the option for a bad argument, before reading anything', async () => {
    const attempt = buildReports({ data: SAMPLE, period: '2024-H3' });
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toMatchObject({ code: 'badPeriod', args: ['2024-H3'] });
    await expect(
      buildReports({ data: SAMPLE, period: '2024-H1', formats: ['pdfx'], cwd: work }),
    ).rejects.toMatchObject({
      code: 'badFormat',
      args: ['pdfx', 'md, json, xlsx, docx, pdf, html'],
    });
    await expect(
      buildReports({ data: path.join(work, 'nowhere'), period: '2024-H1', cwd: work }),
    ).rejects.toMatchObject({ code: 'noDataFolder' });
    // A caller without types passing a number where a period code belongs.
    await expect(
      buildReports({ data: SAMPLE, period: 2024 as unknown as string, cwd: work }),
    ).rejects.toMatchObject({ code: 'badOption', args: ['--period', 'a period code'] });
  });
});
