/**
 * The bundled sample through the real pipeline (load → validate → compute →
 * render): the figures a steering-committee reader checks first.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/compute/report-model.js';
import { parsePeriod } from '../../src/model/period.js';
import type { Dataset } from '../../src/model/types.js';
import { buildModel, checkDataset, renderReports } from '../../src/pipeline.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';
import { loadWorkbook, sheet, tableValues } from '../render/xlsx/read-back.js';

const SAMPLE = fileURLToPath(new URL('../../data/', import.meta.url));
let dataset: Dataset;

const modelFor = (code: string): ReportModel => buildModel(dataset, { period: parsePeriod(code)! });
const pillarCounts = (model: ReportModel) =>
  model.pillars.map(
    (pillar) => `${pillar.id} ${pillar.figures.implemented}/${pillar.figures.assigned}`,
  );
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

beforeAll(async () => {
  const checked = await checkDataset({ data: SAMPLE });
  expect(checked.diagnostics).toEqual([]);
  dataset = checked.dataset!;
});

describe('2024-H1: the meeting of 28/6/2024', () => {
  it('reads 11/11, 11/21, 5/9 and 1/6 as the article did', async () => {
    const model = modelFor('2024-H1');
    expect(model.period).toEqual({
      code: '2024-H1',
      kind: 'half',
      label: '6 tháng đầu năm 2024',
      firstDay: '2024-01-01',
      lastDay: '2024-06-30',
      asOf: '2024-06-30',
    });
    expect(pillarCounts(model)).toEqual([
      'chung 11/11',
      'chinh-quyen-so 11/21',
      'kinh-te-so 5/9',
      'xa-hoi-so 1/6',
    ]);
    const [markdown] = await renderReports(model, { formats: ['md'] });
    expect(text(markdown!.bytes)).toContain(
      '11/11 nhóm nhiệm vụ chung đã được triển khai; đã triển khai 11/21 nhiệm vụ phát triển chính quyền số, 5/9 nhiệm vụ phát triển kinh tế số, 1/6 nhiệm vụ phát triển xã hội số.',
    );
  });

  it('has the overdue, late and due figures of the sample', () => {
    const { totals } = modelFor('2024-H1');
    expect({
      assigned: totals.assigned,
      implemented: totals.implemented,
      done: totals.done,
      dueDoneOnTime: totals.dueDoneOnTime,
      dueDoneLate: totals.dueDoneLate,
      overdue: totals.overdue,
      due: totals.due,
      cancelled: totals.cancelled,
    }).toEqual({
      assigned: 47,
      implemented: 28,
      done: 8,
      dueDoneOnTime: 7,
      dueDoneLate: 1,
      overdue: 2,
      due: 10,
      cancelled: 0,
    });
  });

  it('shows the index components the article says rose', () => {
    const trends = modelFor('2024-H1').index.componentTrends;
    const rose = trends
      .filter((trend) => trend.compared?.direction === 'up')
      .map((trend) => trend.name);
    expect(rose).toEqual(expect.arrayContaining(['Nhận thức số', 'Thể chế số', 'Hạ tầng số']));
  });

  it('the briefing has the NĐ 30 header, the date line and the signature', async () => {
    const [markdown] = await renderReports(modelFor('2024-H1'), { formats: ['md'] });
    const briefing = text(markdown!.bytes);
    expect(briefing.split('\n').slice(0, 6)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\\',
      '**BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH QUẢNG TRỊ**',
      '',
      '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\\',
      '**Độc lập - Tự do - Hạnh phúc**',
      '',
    ]);
    expect(briefing).toContain('*Quảng Trị, ngày 30 tháng 6 năm 2024*');
    expect(briefing).toContain('| Chính quyền số | 21 | 11 | 52,4% |');
    expect(briefing).toContain('## II. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC');
    expect(briefing).toContain('**Võ Văn Hưng**');
    expect(briefing).toBe(briefing.normalize('NFC'));
  });
});

describe('other periods of the sample', () => {
  it('2024-H2 gives the figures of that half-year, compared with 2024-H1', () => {
    const model = modelFor('2024-H2');
    expect(model.period.asOf).toBe('2024-12-31');
    expect(pillarCounts(model)).toEqual([
      'chung 11/11',
      'chinh-quyen-so 20/21',
      'kinh-te-so 7/9',
      'xa-hoi-so 5/6',
    ]);
    expect(model.compare?.code).toBe('2024-H1');
    expect(model.totalsComparison?.change.implemented).toBe(43 - 28);
  });

  it('2025-H2 counts the tasks of merged and abolished agencies under their successors', () => {
    const model = modelFor('2025-H2');
    const transferred = model.transfers.map(
      (transfer) => `${transfer.task.id} ${transfer.from}→${transfer.to}`,
    );
    expect(transferred).toContain('CHUNG-01 so-tttt→so-khcn');
    expect(transferred).toContain('CQS-19 ubnd-tp-dong-ha→ubnd-phuong-dong-ha');
    expect(model.agencyResults.map((row) => row.agency)).not.toContain('so-tttt');
    expect(model.index.rows.map((row) => row.agency)).not.toContain('so-tttt');
  });
});

describe('which assessments a report uses (spec, added in 0.2)', () => {
  const filing = (code: string) => {
    const { assessmentPeriod, filing: ratio, notFiled } = modelFor(code).index;
    return [
      assessmentPeriod?.code ?? null,
      `${ratio.numerator}/${ratio.denominator}`,
      notFiled.length,
    ];
  };

  it('a year report uses H2, and counts every agency that filed for it', async () => {
    expect(filing('2024')).toEqual(['2024-H2', '27/28', 1]);
    const [markdown] = await renderReports(modelFor('2024'), { formats: ['md'] });
    expect(text(markdown!.bytes)).toContain(
      'Theo kết quả tự đánh giá 6 tháng cuối năm 2024, 27/28 cơ quan đã gửi kết quả (96,4%).',
    );
  });

  it('a Q2, nine-month or June report uses H1', () => {
    expect(filing('2024-Q2')).toEqual(['2024-H1', '25/28', 3]);
    expect(filing('2024-9M')).toEqual(['2024-H1', '25/28', 3]);
    expect(filing('2024-06')).toEqual(['2024-H1', '25/28', 3]);
  });

  it('a Q1 report, with half-year assessments, says so and lists nobody as not having filed', async () => {
    expect(filing('2024-Q1')).toEqual([null, '0/0', 0]);
    const [markdown] = await renderReports(modelFor('2024-Q1'), { formats: ['md'] });
    expect(text(markdown!.bytes)).toContain(
      'Chưa có kỳ tự đánh giá nào kết thúc trong quý I năm 2024, nên báo cáo này không có kết quả tự đánh giá.',
    );
    expect(text(markdown!.bytes)).not.toContain('Chưa gửi kết quả tự đánh giá');
  });

  it('the comparison period picks its assessments by the same rule', () => {
    expect(modelFor('2024').index.comparePeriod?.code).toBe('2023-H2');
    // 2024-Q1 has no assessment period: a Q2 report has nothing to compare its index with.
    expect(modelFor('2024-Q2').index.comparePeriod).toBeNull();
  });

  it('the component figure covers every agency that filed; the trend, those that filed in both', () => {
    const index = modelFor('2024-H2').index;
    expect([index.rows.length, index.trendAgencies]).toEqual([27, 24]);
    const [first] = index.componentTrends;
    expect(first?.current.denominator).toBe(27 * 30);
    expect(first?.compared?.current.denominator).toBe(24 * 30);
  });
});

describe('per-agency results', () => {
  it('list the agencies that filed an assessment but lead no task (8 in 2024-H1)', () => {
    const results = modelFor('2024-H1').agencyResults;
    const assessedOnly = results.filter(
      (row) => row.figures.assigned + row.figures.cancelled === 0,
    );
    expect(assessedOnly.map((row) => [row.agency, row.index?.overall.numerator])).toEqual([
      ['cong-an-tinh', 247],
      ['so-khcn', 244],
      ['so-xay-dung', 193],
      ['ubnd-huyen-gio-linh', 211],
      ['ubnd-huyen-hai-lang', 216],
      ['ubnd-huyen-trieu-phong', 205],
      ['ubnd-huyen-vinh-linh', 241],
      ['ubnd-tx-quang-tri', 236],
    ]);
    expect(results).toHaveLength(27);
  });

  it("are all in the workbook's Đơn vị sheet, the assessed-only ones with their index", async () => {
    const [xlsx] = await renderReports(modelFor('2024-H1'), { formats: ['xlsx'] });
    const agencies = sheet(await loadWorkbook(xlsx!.bytes), 'Đơn vị');
    expect(agencies.rowCount).toBe(3 + 27);
    const police = tableValues(agencies, 4, 13).find((row) => row[0] === 'Công an tỉnh');
    expect(police?.slice(2, 4)).toEqual([0, 0]);
    const formula: unknown = expect.stringMatching(/^IF\(O\d+=0/);
    expect(police?.[10]).toEqual({
      formula,
      result: 247 / 360,
    });
  });
});

describe('the report schema', () => {
  it.each(['2023-H2', '2024-H1', '2024-Q2', '2024-9M', '2024', '2025-06', '2025-H2'])(
    'describes the model of %s exactly (schemas/report.schema.json)',
    (code) => {
      expect(reportSchemaErrors(modelFor(code))).toEqual([]);
    },
  );
});

describe('deterministic output', () => {
  it('two builds give the same bytes for md, json and xlsx', async () => {
    const first = await renderReports(modelFor('2024-H1'), { formats: ['md', 'json', 'xlsx'] });
    const second = await renderReports(modelFor('2024-H1'), { formats: ['md', 'json', 'xlsx'] });
    expect(first.map((artifact) => artifact.name)).toEqual([
      'bao-cao-cds-2024-H1.md',
      'bao-cao-cds-2024-H1.json',
      'bao-cao-cds-2024-H1.xlsx',
    ]);
    first.forEach((artifact, index) =>
      expect(Buffer.from(artifact.bytes).equals(Buffer.from(second[index]!.bytes))).toBe(true),
    );
  });

  it('the JSON carries the same figures as the Markdown', async () => {
    const [json] = await renderReports(modelFor('2024-H1'), { formats: ['json'] });
    const parsed = JSON.parse(text(json!.bytes)) as ReportModel;
    expect(parsed.schemaVersion).toBe(2);
    expect(parsed.pillars.map((pillar) => pillar.figures.implementedRatio)).toEqual([
      { numerator: 11, denominator: 11 },
      { numerator: 11, denominator: 21 },
      { numerator: 5, denominator: 9 },
      { numerator: 1, denominator: 6 },
    ]);
  });
});
