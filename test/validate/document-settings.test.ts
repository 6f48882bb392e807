/**
 * The document identity and signature block of dx-report.yaml (`document:`
 * and the extended `signer:`, spec § dx-report.yaml, added in 0.2): read into
 * the settings when right, reported at file:line:col when wrong.
 */
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/pipeline.js';
import { MINIMAL_FILES, writeDataset } from '../helpers/temp-dataset.js';

const SETTINGS = MINIMAL_FILES['dx-report.yaml']!;

async function check(extra: string) {
  const folder = writeDataset({ 'dx-report.yaml': SETTINGS + extra }, MINIMAL_FILES);
  const result = await checkDataset({ data: folder });
  return {
    settings: result.settings,
    problems: result.diagnostics.map(({ code, file, line, column, args }) => ({
      code,
      file,
      line,
      column,
      args,
    })),
  };
}

describe('document: and signer: in dx-report.yaml', () => {
  it('reads the ký hiệu, number, addressees and the four signer lines', async () => {
    const { settings, problems } = await check(
      [
        'document:',
        '  symbol: BC-BCĐ',
        '  number: 7',
        '  addressees:',
        '    - Ủy ban nhân dân tỉnh Quảng Trị',
        'signer:',
        '  authority: TM. Ban Chỉ đạo',
        '  title: Trưởng Ban',
        '  position: Chủ tịch UBND tỉnh',
        '  name: Võ Văn Hưng',
        '',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect({ document: settings?.document, signer: settings?.signer }).toEqual({
      document: { symbol: 'BC-BCĐ', number: 7, addressees: ['Ủy ban nhân dân tỉnh Quảng Trị'] },
      signer: {
        authority: ['TM. Ban Chỉ đạo'],
        title: 'Trưởng Ban',
        position: 'Chủ tịch UBND tỉnh',
        name: 'Võ Văn Hưng',
      },
    });
  });

  it('reads organization and authority written as lists of lines (0.3)', async () => {
    const folder = writeDataset(
      {
        'dx-report.yaml': [
          'schema_version: 1',
          'organization:',
          '  - Ban Chỉ đạo phát triển KH, CN, ĐMST và CĐS',
          '  - tỉnh Tuyên Quang',
          'place: Tuyên Quang',
          'signer:',
          '  authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]',
          '  title: Phó Chủ tịch',
          '  name: Phan Huy Ngọc',
          '',
        ].join('\n'),
      },
      MINIMAL_FILES,
    );
    const result = await checkDataset({ data: folder });
    expect(result.diagnostics).toEqual([]);
    expect(result.settings).toMatchObject({
      organization: 'Ban Chỉ đạo phát triển KH, CN, ĐMST và CĐS tỉnh Tuyên Quang',
      organizationLines: ['Ban Chỉ đạo phát triển KH, CN, ĐMST và CĐS', 'tỉnh Tuyên Quang'],
      signer: {
        authority: ['TM. Ủy ban nhân dân', 'KT. Chủ tịch'],
        title: 'Phó Chủ tịch',
        name: 'Phan Huy Ngọc',
      },
    });
  });

  it('refuses an empty list of authority lines, at its line and column', async () => {
    const { problems } = await check(
      ['signer:', '  authority: []', '  title: Trưởng Ban', '  name: Võ Văn Hưng', ''].join('\n'),
    );
    expect(problems.map(({ file, line, column }) => ({ file, line, column }))).toEqual([
      { file: 'dx-report.yaml', line: 5, column: 14 },
    ]);
  });

  it('without them the settings have neither, as before 0.2', async () => {
    const { settings, problems } = await check('');
    expect(problems).toEqual([]);
    expect(settings?.document).toBeUndefined();
    expect(settings?.signer).toBeUndefined();
  });

  it('a number line without a number: only the ký hiệu', async () => {
    const { settings } = await check('document: { symbol: BC-BCĐ }\n');
    expect(settings?.document).toEqual({ symbol: 'BC-BCĐ', addressees: [] });
  });

  it('an unknown key of document: suggests the closest one', async () => {
    const { problems } = await check('document:\n  symbol: BC-BCĐ\n  nunber: 5\n');
    expect(problems).toEqual([
      {
        code: 'unknown-field',
        file: 'dx-report.yaml',
        line: 6,
        column: 3,
        args: { field: 'nunber', suggestion: 'number', allowed: 'symbol, number, addressees' },
      },
    ]);
  });

  it('an unknown key of signer: suggests the closest one', async () => {
    const { problems } = await check(
      'signer:\n  authorty: TM. Ban Chỉ đạo\n  title: Trưởng Ban\n  name: Võ Văn Hưng\n',
    );
    expect(problems).toEqual([
      {
        code: 'unknown-field',
        file: 'dx-report.yaml',
        line: 5,
        column: 3,
        args: {
          field: 'authorty',
          suggestion: 'authority',
          allowed: 'authority, title, position, name',
        },
      },
    ]);
  });

  it('a number that is not a positive whole number', async () => {
    const zero = await check('document:\n  symbol: BC-BCĐ\n  number: 0\n');
    expect(zero.problems).toEqual([
      {
        code: 'value-out-of-range',
        file: 'dx-report.yaml',
        line: 6,
        column: 11,
        args: { field: 'number', value: '0', min: 1, max: 999_999_999 },
      },
    ]);
    const fraction = await check('document:\n  symbol: BC-BCĐ\n  number: 12.5\n');
    expect(fraction.problems).toEqual([
      {
        code: 'wrong-type',
        file: 'dx-report.yaml',
        line: 6,
        column: 11,
        args: { field: 'number', expected: 'integer', actual: 'number' },
      },
    ]);
    const text = await check('document:\n  symbol: BC-BCĐ\n  number: "125"\n');
    expect(text.problems.map((problem) => problem.code)).toEqual(['wrong-type']);
  });

  it('a ký hiệu with a space or a lower-case letter', async () => {
    for (const symbol of ['BC BCĐ', 'BC-BCđ', 'bc-bcd']) {
      const { problems } = await check(`document:\n  symbol: ${symbol}\n`);
      expect(problems).toEqual([
        {
          code: 'symbol-format',
          file: 'dx-report.yaml',
          line: 5,
          column: 11,
          args: { value: symbol },
        },
      ]);
    }
  });

  it('document: without a ký hiệu', async () => {
    const { problems } = await check('document:\n  addressees: [UBND tỉnh]\n');
    expect(problems).toEqual([
      {
        code: 'missing-field',
        file: 'dx-report.yaml',
        line: 5,
        column: 3,
        args: { field: 'symbol' },
      },
    ]);
  });
});
