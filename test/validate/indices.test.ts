/**
 * criteria.yaml's `indices` (spec § criteria.yaml, added in 0.3): each mistake
 * one diagnostic at its file, line and column, with a did-you-mean where one helps.
 */
import { describe, expect, it } from 'vitest';
import { describe as describeDiagnostic } from '../../src/diagnostics/messages.js';
import { checkDataset } from '../../src/pipeline.js';
import { fixtureFiles } from '../helpers/fixture-files.js';
import { writeDataset } from '../helpers/temp-dataset.js';

const BASE = fixtureFiles('two-indices');

async function problems(files: Record<string, string>) {
  const result = await checkDataset({ data: writeDataset(files, BASE) });
  return result.diagnostics.map(({ code, file, line, column, args }) => ({
    code,
    at: `${file}:${line}:${column}`,
    args,
  }));
}

const criteria = BASE['criteria.yaml']!;

describe('indices per agency group', () => {
  it('a sở scoring a criterion of the xã index: at the score, naming both indices', async () => {
    const found = await problems({
      'assessments/2026-H1/so-yte.yaml':
        'agency: so-yte\nperiod: 2026-H1\nscores:\n  SO-01: 7\n  XA-02: 7\n  SO-03: 14\n',
    });
    expect(found).toEqual([
      {
        code: 'score-other-index',
        at: 'assessments/2026-H1/so-yte.yaml:5:3',
        args: {
          criterion: 'XA-02',
          index: 'chi-so-xa',
          agency: 'so-yte',
          own: 'chi-so-so',
        },
      },
    ]);
    const result = await checkDataset({
      data: writeDataset(
        {
          'assessments/2026-H1/so-yte.yaml':
            'agency: so-yte\nperiod: 2026-H1\nscores:\n  XA-02: 7\n',
        },
        BASE,
      ),
    });
    expect(describeDiagnostic(result.diagnostics[0]!, 'vi')).toBe(
      'Tiêu chí `XA-02` thuộc bộ chỉ số `chi-so-xa`, nhưng cơ quan `so-yte` được đánh giá theo bộ chỉ số `chi-so-so`: chỉ chấm các tiêu chí của bộ `chi-so-so`.',
    );
    expect(describeDiagnostic(result.diagnostics[0]!, 'en')).toBe(
      'Criterion `XA-02` belongs to index `chi-so-xa`, but agency `so-yte` is assessed on index `chi-so-so`: score only the criteria of `chi-so-so`.',
    );
  });

  it('an agency of no group, or of a group no index lists, that files: at its `agency`', async () => {
    const agencies = BASE['agencies.yaml']!.replace(
      '{ id: so-tc, name: Sở Tài chính, group: so-nganh }',
      '{ id: so-tc, name: Sở Tài chính }',
    )
      .replace(
        '  - { id: so-yte, name: Sở Y tế, group: so-nganh }',
        '  - { id: so-yte, name: Sở Y tế, group: khac }',
      )
      .replace(
        '  - { id: xa-phuong, name: "Xã, phường" }',
        '  - { id: xa-phuong, name: "Xã, phường" }\n  - { id: khac, name: Cơ quan khác }',
      );
    expect(await problems({ 'agencies.yaml': agencies })).toEqual([
      {
        code: 'assessment-no-index',
        at: 'assessments/2026-H1/so-tc.yaml:1:9',
        args: { agency: 'so-tc', indices: 'chi-so-so, chi-so-xa' },
      },
      {
        code: 'assessment-no-index',
        at: 'assessments/2026-H1/so-yte.yaml:1:9',
        args: { agency: 'so-yte', group: 'khac', indices: 'chi-so-so, chi-so-xa' },
      },
    ]);
  });

  it('a group two indices list, when one of its agencies files', async () => {
    const twice = criteria.replace('groups: [xa-phuong]', 'groups: [xa-phuong, so-nganh]');
    const found = await problems({ 'criteria.yaml': twice });
    expect(found.map(({ code, at }) => `${code} ${at}`)).toEqual([
      'assessment-several-indices assessments/2025-H2/so-khcn.yaml:1:9',
      'assessment-several-indices assessments/2026-H1/so-gddt.yaml:1:9',
      'assessment-several-indices assessments/2026-H1/so-khcn.yaml:1:9',
      'assessment-several-indices assessments/2026-H1/so-tc.yaml:1:9',
      'assessment-several-indices assessments/2026-H1/so-yte.yaml:1:9',
    ]);
    expect(found[0]!.args).toEqual({
      agency: 'so-khcn',
      group: 'so-nganh',
      indices: 'chi-so-so, chi-so-xa',
    });
  });

  it('a criterion naming a component of another index', async () => {
    const crossed = criteria.replace(
      '{ id: SO-03, component: so-chinh-quyen,',
      '{ id: SO-03, component: xa-xa-hoi,',
    );
    expect(await problems({ 'criteria.yaml': crossed })).toEqual([
      {
        code: 'criterion-component-other-index',
        at: 'criteria.yaml:12:33',
        args: { component: 'xa-xa-hoi', index: 'chi-so-xa', own: 'chi-so-so' },
      },
    ]);
  });

  it('criterion and component ids unique across indices; groups that exist', async () => {
    const clash = criteria
      .replace(
        '    grades:\n      - { name: Tốt, min: 85 }',
        '      - { id: SO-01, component: xa-xa-hoi, name: Trùng mã, max: 10 }\n    grades:\n      - { name: Tốt, min: 85 }',
      )
      .replace('groups: [xa-phuong]', 'groups: [xa-phuonng]');
    expect(await problems({ 'criteria.yaml': clash })).toEqual([
      {
        code: 'unknown-reference',
        at: 'criteria.yaml:20:14',
        args: { kind: 'group', id: 'xa-phuonng', suggestion: 'xa-phuong' },
      },
      {
        code: 'duplicate-id',
        at: 'criteria.yaml:29:15',
        args: { kind: 'criterion', id: 'SO-01', first: 'criteria.yaml:10:15' },
      },
    ]);
  });

  it('the single form and `indices` in one file', async () => {
    const both = `grades:\n  - { name: Tốt, min: 80 }\n${criteria}`;
    expect(await problems({ 'criteria.yaml': both })).toEqual([
      { code: 'criteria-two-forms', at: 'criteria.yaml:1:1', args: { field: 'grades' } },
    ]);
  });

  it('an index without its groups, and a file with neither form', async () => {
    const noGroups = criteria.replace('    groups: [xa-phuong]\n', '');
    const found = await problems({ 'criteria.yaml': noGroups });
    expect(found.map(({ code, at, args }) => [code, at, args])).toContainEqual([
      'missing-field',
      'criteria.yaml:18:5',
      { field: 'groups' },
    ]);
    const empty = await problems({ 'criteria.yaml': 'grades:\n  - { name: Tốt, min: 80 }\n' });
    expect(empty.map(({ code, at, args }) => [code, at, args])).toEqual([
      ['missing-field', 'criteria.yaml:1:1', { field: 'components' }],
      ['missing-field', 'criteria.yaml:1:1', { field: 'criteria' }],
    ]);
  });
});
