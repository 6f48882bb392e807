/**
 * rounds.yaml (spec § rounds.yaml, added in 0.3): read into the dataset, and
 * each mistake once at its file:line:col, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { describe as describeDiagnostic } from '../../src/diagnostics/messages.js';
import { checkDataset } from '../../src/pipeline.js';
import { MINIMAL_FILES, writeDataset } from '../helpers/temp-dataset.js';

const ROUNDS = `rounds:
  - period: 2024-h1
    request: { number: 215/SKHCN-CĐS, date: 2024-06-20 }
    due: 2024-07-10
    expects: [assessment, updates]
    from: [so]
    except: [so-yte]
reminders:
  symbol: SKHCN-CĐS
  issuer: Sở Khoa học và Công nghệ
  parent: UBND tỉnh Quảng Trị
  signer: { authority: [TM. Ủy ban nhân dân, KT. Chủ tịch], title: Phó Chủ tịch, name: Phan Huy Ngọc }
`;

async function check(rounds: string) {
  return checkDataset({ data: writeDataset({ 'rounds.yaml': rounds }, MINIMAL_FILES) });
}

const found = async (rounds: string) =>
  (await check(rounds)).diagnostics.map(
    (entry) => `${entry.code} ${entry.file}:${entry.line}:${entry.column}`,
  );

describe('rounds.yaml', () => {
  it('is read into the dataset: the period upper-cased, parts in the contract order, the signer lines', async () => {
    const result = await check(ROUNDS);
    expect(result.diagnostics).toEqual([]);
    expect(result.dataset?.rounds).toEqual([
      {
        period: '2024-H1',
        request: { number: '215/SKHCN-CĐS', date: '2024-06-20' },
        due: '2024-07-10',
        expects: ['updates', 'assessment'],
        from: ['so'],
        except: ['so-yte'],
        source: { file: 'rounds.yaml', path: ['rounds', 0] },
      },
    ]);
    expect(result.dataset?.reminders).toEqual({
      symbol: 'SKHCN-CĐS',
      issuer: 'Sở Khoa học và Công nghệ',
      parent: 'UBND tỉnh Quảng Trị',
      signer: {
        authority: ['TM. Ủy ban nhân dân', 'KT. Chủ tịch'],
        title: 'Phó Chủ tịch',
        name: 'Phan Huy Ngọc',
      },
    });
  });

  it('takes the signer authority as one line too', async () => {
    const result = await check(
      ROUNDS.replace('[TM. Ủy ban nhân dân, KT. Chủ tịch]', 'KT. Giám đốc'),
    );
    expect(result.dataset?.reminders?.signer?.authority).toEqual(['KT. Giám đốc']);
  });

  it('an unknown group or agency in from, and an unknown agency in except, with did-you-mean', async () => {
    const result = await check(
      ROUNDS.replace('from: [so]', 'from: [so-khcm, sox]').replace('[so-yte]', '[so-yt]'),
    );
    expect(
      result.diagnostics.map((entry) => [
        entry.code,
        `${entry.file}:${entry.line}:${entry.column}`,
        entry.args,
      ]),
    ).toEqual([
      [
        'unknown-reference',
        'rounds.yaml:6:12',
        { kind: 'group-or-agency', id: 'so-khcm', suggestion: 'so-khcn' },
      ],
      [
        'unknown-reference',
        'rounds.yaml:6:21',
        { kind: 'group-or-agency', id: 'sox', suggestion: 'so' },
      ],
      [
        'unknown-reference',
        'rounds.yaml:7:14',
        { kind: 'agency', id: 'so-yt', suggestion: 'so-yte' },
      ],
    ]);
    expect(describeDiagnostic(result.diagnostics[0]!, 'vi')).toBe(
      'Không tìm thấy nhóm cơ quan hoặc cơ quan có mã `so-khcm`. Có phải ý bạn là `so-khcn`? Hãy kiểm tra mã hoặc khai báo nhóm cơ quan hoặc cơ quan này.',
    );
    expect(describeDiagnostic(result.diagnostics[0]!, 'en')).toBe(
      'No group or agency has id `so-khcm`. Did you mean `so-khcn`? Check the id or declare the group or agency.',
    );
  });

  it('a due before the period starts', async () => {
    const result = await check(ROUNDS.replace('due: 2024-07-10', 'due: 2023-12-31'));
    expect(
      result.diagnostics.map(
        (entry) => `${entry.code} ${entry.file}:${entry.line}:${entry.column}`,
      ),
    ).toEqual(['round-due-before-period rounds.yaml:4:10']);
    expect(describeDiagnostic(result.diagnostics[0]!, 'vi')).toBe(
      'Hạn gửi `2023-12-31` trước ngày bắt đầu kỳ 2024-H1 (01/01/2024): đơn vị không thể gửi báo cáo của kỳ trước khi kỳ bắt đầu. Hãy kiểm tra hạn gửi hoặc kỳ.',
    );
  });

  it('two rounds for one period, the second named with the first', async () => {
    const second =
      '  - period: 2024-H1\n    due: 2024-07-15\n    expects: [assessment]\n    from: [so-khcn]\n';
    const result = await check(ROUNDS.replace('reminders:', `${second}reminders:`));
    expect(
      result.diagnostics.map(
        (entry) => `${entry.code} ${entry.file}:${entry.line}:${entry.column}`,
      ),
    ).toEqual(['round-duplicate-period rounds.yaml:8:13']);
    expect(describeDiagnostic(result.diagnostics[0]!, 'en')).toBe(
      'Period 2024-H1 already has a collection round at rounds.yaml:2:13; one round per period. Merge the two.',
    );
  });

  it('reminders fields: an unknown part, a lower-case symbol, a signer without a name', async () => {
    expect(await found(ROUNDS.replace('[assessment, updates]', '[assesment]'))).toEqual([
      'value-not-allowed rounds.yaml:5:15',
    ]);
    expect(await found(ROUNDS.replace('symbol: SKHCN-CĐS', 'symbol: skhcn'))).toEqual([
      'symbol-format rounds.yaml:9:11',
    ]);
    expect(await found(ROUNDS.replace(', name: Phan Huy Ngọc', ''))).toEqual([
      'missing-field rounds.yaml:12:11',
    ]);
    // One mistake, one message: the misspelt key names `issuer`, no second error says it is missing.
    expect(await found(ROUNDS.replace('issuer:', 'isuer:'))).toEqual([
      'unknown-field rounds.yaml:10:3',
    ]);
  });
});
