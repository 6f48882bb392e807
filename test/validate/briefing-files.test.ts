/**
 * themes.yaml, `{ theme, text }` difficulties and notes/** (spec, added in
 * 0.2): each mistake once, at its file:line:col, with "did you mean".
 */
import { describe, expect, it } from 'vitest';
import { describe as describeDiagnostic } from '../../src/diagnostics/messages.js';
import { checkDataset } from '../../src/pipeline.js';
import { MINIMAL_FILES, writeDataset } from '../helpers/temp-dataset.js';

const THEMES =
  'themes:\n  - id: nhan-luc\n    name: Nhân lực còn thiếu\n    keywords: [kiêm nhiệm]\n  - id: kinh-phi\n    name: Kinh phí còn hạn chế\n';
const ASSESSMENT =
  'agency: so-khcn\nperiod: 2024-H1\nscores:\n  NT-01: 8\ndifficulties:\n  - Cán bộ kiêm nhiệm\n  - { theme: kinh-phi, text: Chưa được bố trí vốn }\n';
const NOTES =
  'period: 2024-H1\nbasis: "Thực hiện Kế hoạch số 01/KH-UBND, Sở báo cáo như sau:"\nareas:\n  nt: Tổ chức Ngày Chuyển đổi số.\n  cqs:\n    - Đoạn một.\n    - Đoạn hai.\ndirections:\n  - Rà soát nhiệm vụ.\n';

async function check(files: Record<string, string>) {
  const folder = writeDataset(
    {
      'themes.yaml': THEMES,
      'assessments/2024-H1/so-khcn.yaml': ASSESSMENT,
      'notes/2024-H1.yaml': NOTES,
      ...files,
    },
    MINIMAL_FILES,
  );
  return checkDataset({ data: folder });
}

const found = async (files: Record<string, string>) =>
  (await check(files)).diagnostics.map(({ code, file, line, column, args }) => ({
    code,
    at: `${file}:${line}:${column}`,
    args,
  }));

describe('themes and notes files', () => {
  it('read into the dataset: themes in order, texts with their theme, notes as paragraphs', async () => {
    const result = await check({});
    expect(result.diagnostics).toEqual([]);
    expect(result.dataset?.themes).toEqual([
      { id: 'nhan-luc', name: 'Nhân lực còn thiếu', keywords: ['kiêm nhiệm'], exclude: [] },
      { id: 'kinh-phi', name: 'Kinh phí còn hạn chế', keywords: [], exclude: [] },
    ]);
    expect(result.dataset?.assessments[0]?.difficulties).toEqual([
      { text: 'Cán bộ kiêm nhiệm' },
      { text: 'Chưa được bố trí vốn', theme: 'kinh-phi' },
    ]);
    expect(result.dataset?.notes).toEqual([
      {
        period: '2024-H1',
        basis: ['Thực hiện Kế hoạch số 01/KH-UBND, Sở báo cáo như sau:'],
        leadership: [],
        areas: [
          { id: 'nt', paragraphs: ['Tổ chức Ngày Chuyển đổi số.'] },
          { id: 'cqs', paragraphs: ['Đoạn một.', 'Đoạn hai.'] },
        ],
        causes: [],
        directions: ['Rà soát nhiệm vụ.'],
        proposals: [],
        closing: [],
        source: { file: 'notes/2024-H1.yaml', path: [] },
      },
    ]);
  });

  it('an unknown theme, with the closest one suggested, where it was written', async () => {
    const assessment = ASSESSMENT.replace('theme: kinh-phi', 'theme: kinh-phj');
    expect(await found({ 'assessments/2024-H1/so-khcn.yaml': assessment })).toEqual([
      {
        code: 'unknown-reference',
        at: 'assessments/2024-H1/so-khcn.yaml:7:14',
        args: { kind: 'theme', id: 'kinh-phj', suggestion: 'kinh-phi' },
      },
    ]);
  });

  it('a theme in a task update, and a duplicate theme id naming the first', async () => {
    const task =
      'plan: qd-1\npillar: cqs\ntasks:\n  - id: T-1\n    title: Kho dữ liệu\n    lead: so-khcn\n    updates:\n      - date: 2024-03-15\n        status: in_progress\n        issues: { theme: nhan-lu, text: Thiếu người }\n';
    const themes = `${THEMES}  - id: nhan-luc\n    name: Lặp\n`;
    expect(await found({ 'tasks/a.yaml': task, 'themes.yaml': themes })).toEqual([
      {
        code: 'unknown-reference',
        at: 'tasks/a.yaml:10:26',
        args: { kind: 'theme', id: 'nhan-lu', suggestion: 'nhan-luc' },
      },
      {
        code: 'duplicate-id',
        at: 'themes.yaml:7:9',
        args: { kind: 'theme', id: 'nhan-luc', first: 'themes.yaml:2:9' },
      },
    ]);
  });

  it('an unknown area and an unknown notes field, each with a suggestion', async () => {
    const notes = NOTES.replace('  cqs:', '  cq:').replace('directions:', 'direction:');
    expect(await found({ 'notes/2024-H1.yaml': notes })).toEqual([
      {
        code: 'unknown-reference',
        at: 'notes/2024-H1.yaml:5:3',
        args: { kind: 'area', id: 'cq', suggestion: 'cqs' },
      },
      {
        code: 'unknown-field',
        at: 'notes/2024-H1.yaml:8:1',
        args: {
          field: 'direction',
          suggestion: 'directions',
          allowed: 'period, basis, leadership, areas, causes, directions, proposals, closing',
        },
      },
    ]);
  });

  it('two notes files for one period: the second names the first', async () => {
    const result = await check({ 'notes/them.yaml': 'period: 2024-h1\ncauses: Thiếu kinh phí\n' });
    expect(
      result.diagnostics.map((entry) => [
        entry.code,
        `${entry.file}:${entry.line}:${entry.column}`,
      ]),
    ).toEqual([['notes-duplicate-period', 'notes/them.yaml:1:9']]);
    expect(describeDiagnostic(result.diagnostics[0]!, 'vi')).toBe(
      'Kỳ 2024-H1 đã có tệp ghi chú tại notes/2024-H1.yaml:1:9; mỗi kỳ chỉ một tệp trong notes/. Hãy gộp hai tệp.',
    );
    expect(result.dataset).toBeUndefined();
  });

  it('a notes file without a period, and a bad one', async () => {
    const missing = await found({ 'notes/2024-H1.yaml': 'basis: Thực hiện …\n' });
    expect(missing.map((entry) => `${entry.code} ${entry.at}`)).toEqual([
      'missing-field notes/2024-H1.yaml:1:1',
    ]);
    const bad = await found({ 'notes/2024-H1.yaml': 'period: 2024-H3\n' });
    expect(bad.map((entry) => `${entry.code} ${entry.at}`)).toEqual([
      'period-invalid notes/2024-H1.yaml:1:9',
    ]);
  });

  it('a themed text without its text is reported where it is', async () => {
    const assessment = ASSESSMENT.replace(', text: Chưa được bố trí vốn', '');
    const result = await found({ 'assessments/2024-H1/so-khcn.yaml': assessment });
    expect(result.map((entry) => entry.at)).toEqual(['assessments/2024-H1/so-khcn.yaml:7:5']);
  });
});
