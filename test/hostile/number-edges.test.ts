/**
 * Issue 28, numbers at the edges, refused at validation with their place:
 * measured values and targets past ±10¹⁵ (near ±1.7e308 a change was
 * infinite: Markdown failed, JSON said null, the workbook Infinity), two
 * targets of one indicator due on one day with different values (the verdict
 * followed line order), a document number past 999,999,999 (2^53 + 1 lost a
 * digit, 1e21 printed as "1e+21").
 */
import { afterAll, describe, expect, it } from 'vitest';
import { dataset, removeTempFolders, runCli, shownDiagnostics } from '../helpers/cli.js';
import { MINIMAL_FILES } from '../helpers/temp-dataset.js';

afterAll(removeTempFolders);

const indicator = (targets: string) => ({
  'indicators.yaml': `indicators:\n  - id: dvc\n    name: Dịch vụ công\n    unit: "%"\n    agency: so-khcn\n    targets:\n${targets}`,
});
const values = (value: string) => ({
  'indicators/2024-H1/so-khcn.yaml': `agency: so-khcn\nvalues:\n  - { indicator: dvc, date: 2024-06-20, value: ${value} }\n`,
});
const validate = (files: Record<string, string>) =>
  runCli(['validate', '--data', dataset({ ...MINIMAL_FILES, ...files })]);

describe.concurrent('values and targets past ±10¹⁵', () => {
  it.each([
    ['1.7e308', '1,7e+308'],
    ['-1.7976931348623157e308', '-1,7976931348623157e+308'],
    ['1000000000000001', '1000000000000001'],
  ])('value %s', async (value, shown) => {
    const run = await validate({
      ...indicator('      - { by: 2024, value: 90 }\n'),
      ...values(value),
    });
    expect(run.status).toBe(1);
    expect(shownDiagnostics(run.stderr)).toEqual([
      {
        file: 'indicators/2024-H1/so-khcn.yaml',
        line: 3,
        column: 48,
        severity: 'lỗi',
        code: 'value-out-of-range',
      },
    ]);
    expect(run.stderr).toContain(
      `Giá trị ${shown} của trường \`value\` không hợp lệ: phải từ -1.000.000.000.000.000 đến 1.000.000.000.000.000.`,
    );
  });

  it('a target of 1e300', async () => {
    const run = await validate({
      ...indicator('      - { by: 2024, value: 1e300 }\n'),
      ...values('5'),
    });
    expect(shownDiagnostics(run.stderr)).toEqual([
      { file: 'indicators.yaml', line: 7, column: 28, severity: 'lỗi', code: 'value-out-of-range' },
    ]);
  });

  it('10¹⁵ itself is accepted', async () => {
    const run = await validate({
      ...indicator('      - { by: 2024, value: -1e15 }\n'),
      ...values('1e15'),
    });
    expect(run.status).toBe(0);
  });
});

describe.concurrent('two targets due on one day', () => {
  it.each([
    ['2024-Q2', '2024-H1'],
    ['2024-06', '2024-Q2'],
    ['2024-H2', '2024'],
  ])('%s after %s with another value: an error at the second', async (second, first) => {
    const run = await validate({
      ...indicator(`      - { by: ${first}, value: 80 }\n      - { by: ${second}, value: 90 }\n`),
    });
    expect(run.status).toBe(1);
    expect(shownDiagnostics(run.stderr)).toEqual([
      {
        file: 'indicators.yaml',
        line: 8,
        column: 15,
        severity: 'lỗi',
        code: 'indicator-target-same-day',
      },
    ]);
    expect(run.stderr).toContain(
      `Mục tiêu kỳ ${second} (90) và mục tiêu kỳ ${first} (80) cùng đến hạn ngày`,
    );
  });

  it('the same value twice is no contradiction', async () => {
    const run = await validate({
      ...indicator('      - { by: 2024-H1, value: 80 }\n      - { by: 2024-06, value: 80 }\n'),
    });
    expect(run.status).toBe(0);
  });
});

describe.concurrent('a document number past 999,999,999', () => {
  it.each(['9007199254740993', '1e21', '1000000000'])('%s', async (number) => {
    const run = await validate({
      'dx-report.yaml': `${MINIMAL_FILES['dx-report.yaml']!}document: { symbol: BC-BCĐ, number: ${number} }\n`,
    });
    expect(run.status).toBe(1);
    expect(shownDiagnostics(run.stderr)).toEqual([
      { file: 'dx-report.yaml', line: 4, column: 37, severity: 'lỗi', code: 'value-out-of-range' },
    ]);
  });
});
