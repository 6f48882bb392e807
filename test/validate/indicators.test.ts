/**
 * indicators.yaml and indicators/**: every mistake at its file:line:col, one
 * message each, and a dataset with any of them reads as invalid.
 */
import { describe, expect, it } from 'vitest';
import { describe as describeDiagnostic } from '../../src/diagnostics/messages.js';
import { checkDataset } from '../../src/pipeline.js';
import { MINIMAL_FILES, writeDataset } from '../helpers/temp-dataset.js';

const CATALOGUE =
  'indicators:\n' +
  '  - id: ho-co-smartphone\n' +
  '    name: Tỷ lệ hộ gia đình có điện thoại thông minh\n' +
  '    unit: "%"\n' +
  '    pillar: cqs\n' +
  '    agency: so-khcn\n' +
  '    targets:\n' +
  '      - { by: 2025, value: 90, plan: qd-1 }\n';

const VALUES =
  'agency: so-khcn\nvalues:\n  - indicator: ho-co-smartphone\n    date: 2024-06-14\n    value: 92.7\n';

async function check(files: Record<string, string>) {
  const folder = writeDataset(
    { 'indicators.yaml': CATALOGUE, 'indicators/2024-H1.yaml': VALUES, ...files },
    MINIMAL_FILES,
  );
  return checkDataset({ data: folder });
}

async function problems(files: Record<string, string>) {
  const result = await check(files);
  return result.diagnostics.map(({ code, file, line, column, args }) => ({
    code,
    at: `${file}:${line}:${column}`,
    args,
  }));
}

describe('indicators.yaml and indicators/**/*.yaml', () => {
  it('a valid pair reads without a word, its values dated', async () => {
    const result = await check({});
    expect(result.diagnostics).toEqual([]);
    expect(result.dataset?.indicators.map((entry) => entry.id)).toEqual(['ho-co-smartphone']);
    expect(result.dataset?.indicatorValues.map((entry) => [entry.date, entry.value])).toEqual([
      ['2024-06-14', 92.7],
    ]);
  });

  it('a value typed 9x.7 is a wrong type at its place, and the dataset is invalid', async () => {
    const result = await check({ 'indicators/2024-H1.yaml': VALUES.replace('92.7', '9x.7') });
    expect(result.dataset).toBeUndefined();
    expect(
      result.diagnostics.map(
        (entry) => `${entry.code} ${entry.file}:${entry.line}:${entry.column}`,
      ),
    ).toEqual(['wrong-type indicators/2024-H1.yaml:5:12']);
    expect(describeDiagnostic(result.diagnostics[0]!, 'vi')).toMatch(/`value`.*số/u);
  });

  it('unknown indicator, agency, pillar and plan ids, each with a suggestion', async () => {
    const catalogue = CATALOGUE.replace('pillar: cqs', 'pillar: cq')
      .replace('agency: so-khcn', 'agency: so-kcn')
      .replace('plan: qd-1', 'plan: qd-2');
    const values = VALUES.replace('indicator: ho-co-smartphone', 'indicator: ho-co-smartfone');
    expect(
      await problems({ 'indicators.yaml': catalogue, 'indicators/2024-H1.yaml': values }),
    ).toEqual([
      {
        code: 'unknown-reference',
        at: 'indicators.yaml:5:13',
        args: { kind: 'pillar', id: 'cq', suggestion: 'cqs' },
      },
      {
        code: 'unknown-reference',
        at: 'indicators.yaml:6:13',
        args: { kind: 'agency', id: 'so-kcn', suggestion: 'so-khcn' },
      },
      {
        code: 'unknown-reference',
        at: 'indicators.yaml:8:38',
        args: { kind: 'plan', id: 'qd-2', suggestion: 'qd-1' },
      },
      {
        code: 'unknown-reference',
        at: 'indicators/2024-H1.yaml:3:16',
        args: { kind: 'indicator', id: 'ho-co-smartfone', suggestion: 'ho-co-smartphone' },
      },
    ]);
  });

  it('a duplicate indicator id names the first declaration', async () => {
    const twice = `${CATALOGUE}  - id: ho-co-smartphone\n    name: Lặp lại\n    unit: "%"\n`;
    expect(await problems({ 'indicators.yaml': twice })).toEqual([
      {
        code: 'duplicate-id',
        at: 'indicators.yaml:9:9',
        args: { kind: 'indicator', id: 'ho-co-smartphone', first: 'indicators.yaml:2:9' },
      },
    ]);
  });

  it('a `by` that is not a period, a `better` outside its values, an infinite value', async () => {
    const catalogue = CATALOGUE.replace('by: 2025', 'by: 2025-H3').replace(
      '    agency: so-khcn\n',
      '    agency: so-khcn\n    better: up\n',
    );
    const values = VALUES.replace('92.7', '.inf');
    const found = await problems({
      'indicators.yaml': catalogue,
      'indicators/2024-H1.yaml': values,
    });
    expect(found.map((entry) => `${entry.code} ${entry.at}`)).toEqual([
      'value-not-allowed indicators.yaml:7:13',
      'period-invalid indicators.yaml:9:15',
      'number-not-finite indicators/2024-H1.yaml:5:12',
    ]);
  });

  it('two different values of one indicator on one day name both places', async () => {
    const other = 'values:\n  - { indicator: ho-co-smartphone, period: 2024-H1, value: 92.5 }\n';
    const result = await check({
      'dx-report.yaml': `${MINIMAL_FILES['dx-report.yaml']}cutoff_day: 14\n`,
      'indicators/2024-H1-khac.yaml': other,
    });
    expect(
      result.diagnostics.map(({ code, file, line, column, args }) => ({
        code,
        at: `${file}:${line}:${column}`,
        args,
      })),
    ).toEqual([
      {
        code: 'indicator-value-conflict',
        at: 'indicators/2024-H1.yaml:5:12',
        args: {
          indicator: 'ho-co-smartphone',
          date: '2024-06-14',
          value: 92.7,
          other: 92.5,
          first: 'indicators/2024-H1-khac.yaml:2:60',
        },
      },
    ]);
    expect(describeDiagnostic(result.diagnostics[0]!, 'en')).toBe(
      'Indicator `ho-co-smartphone` has two different values on 2024-06-14: 92.7 here and 92.5 at indicators/2024-H1-khac.yaml:2:60. Keep one.',
    );
  });

  it('an estimate on or before a measured value is one error at its date, naming the measurement', async () => {
    const estimates =
      'values:\n' +
      '  - { indicator: ho-co-smartphone, date: 2024-06-14, value: 93, estimate: true }\n' +
      '  - { indicator: ho-co-smartphone, date: 2024-05-31, value: 91, estimate: true }\n' +
      '  - { indicator: ho-co-smartphone, period: 2024-H1, value: 94, estimate: true }\n' +
      '  - { indicator: ho-co-smartphone, date: 2099-12-31, value: 95, estimate: true }\n';
    const result = await check({ 'indicators/uoc.yaml': estimates });
    expect(
      result.diagnostics.map(({ code, file, line, column, args }) => ({
        code,
        at: `${file}:${line}:${column}`,
        args,
      })),
    ).toEqual([
      {
        code: 'indicator-estimate-before-measured',
        at: 'indicators/uoc.yaml:2:42',
        args: {
          indicator: 'ho-co-smartphone',
          date: '2024-06-14',
          measured: '2024-06-14',
          first: 'indicators/2024-H1.yaml:4:11',
        },
      },
      {
        code: 'indicator-estimate-before-measured',
        at: 'indicators/uoc.yaml:3:42',
        args: {
          indicator: 'ho-co-smartphone',
          date: '2024-05-31',
          measured: '2024-06-14',
          first: 'indicators/2024-H1.yaml:4:11',
        },
      },
    ]);
    expect(describeDiagnostic(result.diagnostics[0]!, 'vi')).toBe(
      'Số liệu ước thực hiện (`estimate: true`) của chỉ tiêu `ho-co-smartphone` ngày 14/6/2024 không sau số liệu đã đo ngày 14/6/2024 (tại indicators/2024-H1.yaml:4:11): số ước tính chỉ dành cho thời gian sau lần đo cuối. Hãy bỏ `estimate: true` hoặc sửa ngày.',
    );
  });

  it('the same value written twice for one day is no conflict', async () => {
    const again = 'values:\n  - { indicator: ho-co-smartphone, date: 2024-06-14, value: 92.70 }\n';
    expect(await problems({ 'indicators/lap-lai.yaml': again })).toEqual([]);
  });

  it('a values file with no values, and a value with both date and period', async () => {
    const both =
      'values:\n  - indicator: ho-co-smartphone\n    date: 2024-06-14\n    period: 2024-H1\n    value: 1\n';
    const found = await problems({
      'indicators/rong.yaml': 'agency: so-khcn\n',
      'indicators/ca-hai.yaml': both,
    });
    expect(found.map((entry) => `${entry.code} ${entry.at}`)).toEqual([
      'value-date-and-period indicators/ca-hai.yaml:4:13',
      'missing-field indicators/rong.yaml:1:1',
    ]);
  });

  it('values without a catalogue ask for indicators.yaml', async () => {
    const folder = writeDataset({ 'indicators/2024-H1.yaml': VALUES }, MINIMAL_FILES);
    const result = await checkDataset({ data: folder });
    expect(result.diagnostics.map((entry) => [entry.code, entry.file])).toEqual([
      ['file-missing', 'indicators.yaml'],
    ]);
  });

  it('every message of these mistakes exists in Vietnamese and English', async () => {
    const found = await check({
      'indicators/2024-H1-khac.yaml':
        'values:\n  - { indicator: ho-co-smartphone, date: 2024-06-14, value: 1 }\n',
    });
    for (const diagnostic of found.diagnostics) {
      expect(describeDiagnostic(diagnostic, 'vi')).toContain('Chỉ tiêu `ho-co-smartphone`');
      expect(describeDiagnostic(diagnostic, 'en')).toContain('Indicator `ho-co-smartphone`');
    }
    expect(found.diagnostics).toHaveLength(1);
  });
});
