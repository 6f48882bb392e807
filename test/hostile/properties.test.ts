/**
 * Properties of the whole pipeline over random valid datasets written as YAML
 * (random-dataset.ts): the figures hold together, and the report does not depend
 * on how the data is laid out in files, on status spellings, or on Unicode form.
 * 50 datasets per property in the normal suite; `npm run fuzz` runs 3,000
 * (or FUZZ_RUNS).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportModel, TaskFigures } from '../../src/compute/report-model.js';
import { parsePeriod, type Period } from '../../src/model/period.js';
import { buildModel, checkDataset, renderReports } from '../../src/pipeline.js';
import { datasets, layoutFiles, layouts, PLAIN, type RandomDataset } from './random-dataset.js';
import { COUNTS, countsOf, sumCounts } from '../helpers/figures.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';

const FUZZING = process.env.npm_lifecycle_event === 'fuzz';
const RUNS = Number(process.env.FUZZ_RUNS ?? (FUZZING ? 3000 : 50));
// Room for a slow machine: about 60 ms per dataset and build.
const TIMEOUT_MS = 20_000 + RUNS * 200;

const periods = fc
  .constantFrom('2024-H1', '2024-Q2', '2024-9M', '2024', '2024-03', '2023-H2', '2025-H1')
  .map((code) => parsePeriod(code) as Period);

interface Built {
  model: ReportModel;
  /** Markdown and JSON, as written. */
  bytes: string[];
}

/** Writes the files to a fresh folder, validates, computes and renders; no error is allowed. */
async function build(files: Readonly<Record<string, string>>, period: Period): Promise<Built> {
  const root = mkdtempSync(path.join(tmpdir(), 'dx-report-fuzz-'));
  try {
    for (const [relative, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
      writeFileSync(path.join(root, relative), text);
    }
    const checked = await checkDataset({ data: root });
    expect(checked.diagnostics.filter((entry) => entry.severity === 'error')).toEqual([]);
    const model = buildModel(checked.dataset!, { period });
    const artifacts = await renderReports(model, { formats: ['md', 'json'] });
    return {
      model,
      bytes: artifacts.map((artifact) => Buffer.from(artifact.bytes).toString('utf8')),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Every TaskFigures in the model: totals, pillars, plans, agencies and their comparisons. */
function allFigures(model: ReportModel): TaskFigures[] {
  const found: TaskFigures[] = [];
  const stack: unknown[] = [model];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if ('assigned' in node && 'dueDoneRatio' in node) found.push(node as TaskFigures);
    stack.push(...(Object.values(node) as unknown[]));
  }
  return found;
}

/** The figures' own arithmetic (spec § Derived figures). */
function expectConsistent(figures: TaskFigures): void {
  const { assigned, implemented, done, inProgress, notStarted, due, overdue, notDue } = figures;
  expect(implemented).toBeLessThanOrEqual(assigned);
  expect(done).toBeLessThanOrEqual(implemented);
  expect([done + inProgress, implemented + notStarted, due + notDue]).toEqual([
    implemented,
    assigned,
    assigned,
  ]);
  expect(figures.dueDoneOnTime + figures.dueDoneLate + overdue).toBe(due);
  expect(figures.notDueDone + figures.notDueInProgress + figures.notDueNotStarted).toBe(notDue);
  expect(figures.implementedRatio).toEqual({ numerator: implemented, denominator: assigned });
  expect(figures.dueDoneRatio).toEqual({
    numerator: figures.dueDoneOnTime + figures.dueDoneLate,
    denominator: due,
  });
  for (const count of COUNTS) expect(figures[count]).toBeGreaterThanOrEqual(0);
}

const sumOf = (rows: { figures: TaskFigures }[]) => sumCounts(rows.map((row) => row.figures));

const plainFiles = (data: RandomDataset) => layoutFiles(data, PLAIN);

describe(`random valid datasets (${RUNS} per property)`, () => {
  it(
    'figures hold together: implemented ≤ assigned, done ≤ implemented, pillars and agencies sum to the totals',
    async () => {
      await fc.assert(
        fc.asyncProperty(datasets, periods, async (data, period) => {
          const { model, bytes } = await build(plainFiles(data), period);
          for (const figures of allFigures(model)) expectConsistent(figures);
          expect(sumOf(model.pillars)).toEqual(countsOf(model.totals));
          expect(sumOf(model.agencyResults)).toEqual(countsOf(model.totals));
          expect(bytes[0]).not.toMatch(/NaN|undefined|Infinity|\[object /);
          expect(reportSchemaErrors(model)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'the report does not depend on files, their order, task and update order, or status spellings',
    async () => {
      const withLayout = datasets.chain((data) =>
        fc.tuple(fc.constant(data), layouts(data.tasks.length)),
      );
      await fc.assert(
        fc.asyncProperty(withLayout, periods, async ([data, layout], period) => {
          const expected = await build(plainFiles(data), period);
          expect((await build(layoutFiles(data, layout), period)).bytes).toEqual(expected.bytes);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'NFC and NFD spellings of the same dataset give byte-identical reports',
    async () => {
      await fc.assert(
        fc.asyncProperty(datasets, periods, async (data, period) => {
          const files = plainFiles(data);
          const nfd = Object.fromEntries(
            Object.entries(files).map(([name, text]) => [name, text.normalize('NFD')]),
          );
          expect((await build(nfd, period)).bytes).toEqual((await build(files, period)).bytes);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'LF, CRLF, lone-CR and CR CR LF line ends, file by file, give byte-identical reports (CR CR LF is two line breaks)',
    async () => {
      const ends = fc.constantFrom('\n', '\r\n', '\r');
      await fc.assert(
        fc.asyncProperty(
          datasets,
          periods,
          fc.infiniteStream(ends),
          fc.boolean(),
          async (data, period, chosen, doubled) => {
            const files = plainFiles(data);
            // Mixed line ends file by file; or a blank line after each line (CR then CR LF).
            const ended = Object.fromEntries(
              Object.entries(files).map(([name, text]) => [
                name,
                text.replace(/\n/g, doubled ? '\r\r\n' : (chosen.next().value as string)),
              ]),
            );
            expect((await build(ended, period)).bytes).toEqual((await build(files, period)).bytes);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
