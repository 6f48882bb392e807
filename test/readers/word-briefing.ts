/**
 * The bundled sample's Word briefing for 2024-H1, rendered once per test file
 * into a temp folder, as the readers (python-docx, LibreOffice) open it.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModel, checkDataset, renderReports } from '../../src/pipeline.js';

const SAMPLE = fileURLToPath(new URL('../../data/', import.meta.url));

/** Writes the sample's .docx (2024-H1) into a fresh temp folder; returns the folder and the file. */
export async function writeSampleBriefing(): Promise<{ folder: string; file: string }> {
  const checked = await checkDataset({ data: SAMPLE });
  if (!checked.dataset) throw new Error('the sample dataset does not validate');
  const model = buildModel(checked.dataset, { period: '2024-H1' });
  const [docx] = await renderReports(model, { formats: ['docx'] });
  const folder = await mkdtemp(join(tmpdir(), 'dx-report-docx-'));
  const file = join(folder, docx!.name);
  await writeFile(file, docx!.bytes);
  return { folder, file };
}
