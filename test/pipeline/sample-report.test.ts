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
import { day, loadWorkbook, sheet, tableValues } from '../render/xlsx/read-back.js';

const SAMPLE = fileURLToPath(new URL('../../data/', import.meta.url));
let dataset: Dataset;

const modelFor = (code: string): ReportModel => buildModel(dataset, { period: parsePeriod(code)! });
const pillarCounts = (model: ReportModel) =>
  model.pillars.map(
    (pillar) => `${pillar.id} ${pillar.figures.implemented}/${pillar.figures.assigned}`,
  );
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const formulaOf = (cell: unknown) =>
  cell !== null && typeof cell === 'object' && 'formula' in cell ? cell.formula : undefined;

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
      windowFrom: '2024-01-01',
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
    const trends = modelFor('2024-H1').index.indices[0]!.componentTrends;
    const rose = trends
      .filter((trend) => trend.compared?.direction === 'up')
      .map((trend) => trend.name);
    expect(rose).toEqual(expect.arrayContaining(['Nhận thức số', 'Thể chế số', 'Hạ tầng số']));
  });

  it('the briefing has the NĐ 30 header, the number and date lines and the signature', async () => {
    const [markdown] = await renderReports(modelFor('2024-H1'), { formats: ['md'] });
    const briefing = text(markdown!.bytes);
    expect(briefing.split('\n').slice(0, 8)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\\',
      '**BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH QUẢNG TRỊ**',
      '',
      'Số: \u00a0\u00a0\u00a0\u00a0\u00a0/BC-BCĐ',
      '',
      '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\\',
      '**Độc lập - Tự do - Hạnh phúc**',
      '',
    ]);
    const BLANK = '\u00a0'.repeat(5);
    // Without --date the day and month are left for the document system, as the number is.
    expect(briefing).toContain(`*Quảng Trị, ngày ${BLANK}tháng ${BLANK}năm 2024*`);
    expect(briefing).toContain('| Chính quyền số | 21 | 11 | 52,4% |');
    expect(briefing).toContain('## II. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC');
    expect(briefing).toContain(
      '**TM. BAN CHỈ ĐẠO**\\\n**TRƯỞNG BAN**\n\n**CHỦ TỊCH UBND TỈNH**\\\n**Võ Văn Hưng**',
    );
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

  it('a Q1 report, with half-year assessments, leaves the index part out and lists nobody as not having filed', async () => {
    expect(filing('2024-Q1')).toEqual([null, '0/0', 0]);
    const [markdown] = await renderReports(modelFor('2024-Q1'), { formats: ['md'] });
    // A part with no data for the period is left out, not negated (issue 27).
    expect(text(markdown!.bytes)).not.toContain('Kết quả tự đánh giá mức độ chuyển đổi số');
    expect(text(markdown!.bytes)).not.toContain('Chưa có kỳ tự đánh giá');
    expect(text(markdown!.bytes)).not.toContain('Chưa gửi kết quả tự đánh giá');
  });

  it('the comparison period picks its assessments by the same rule', () => {
    expect(modelFor('2024').index.comparePeriod?.code).toBe('2023-H2');
    // 2024-Q1 has no assessment period: a Q2 report has nothing to compare its index with.
    expect(modelFor('2024-Q2').index.comparePeriod).toBeNull();
  });

  it('the component figure covers every agency that filed; the trend, those that filed in both', () => {
    const index = modelFor('2024-H2').index;
    expect([index.rows.length, index.indices[0]!.trendAgencies]).toEqual([27, 24]);
    const [first] = index.indices[0]!.componentTrends;
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
    // The 27 that lead tasks or filed, then the one the report only cites (UBND huyện Cồn Cỏ).
    expect(agencies.rowCount).toBe(4 + 28);
    expect(agencies.getCell('A32').value).toBe('UBND huyện Cồn Cỏ');
    const police = tableValues(agencies, 5, 13).find((row) => row[0] === 'Công an tỉnh');
    expect(police?.slice(2, 4)).toEqual([0, 0]);
    expect(formulaOf(police?.[10])).toMatch(/^IF\(O\d+=0/);
    expect(police?.[10]).toMatchObject({ result: 247 / 360 });
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
    expect(parsed.schemaVersion).toBe(3);
    expect(parsed.pillars.map((pillar) => pillar.figures.implementedRatio)).toEqual([
      { numerator: 11, denominator: 11 },
      { numerator: 11, denominator: 21 },
      { numerator: 5, denominator: 9 },
      { numerator: 1, denominator: 6 },
    ]);
  });
});

describe('indicators (chỉ tiêu) of the sample: the meeting of 28/6/2024', () => {
  it('open part I of the briefing with the lead sentences and the table of values', async () => {
    const [markdown] = await renderReports(modelFor('2024-H1'), { formats: ['md'] });
    const briefing = text(markdown!.bytes);
    const partOne = briefing.slice(briefing.indexOf('## I. KẾT QUẢ THỰC HIỆN'));
    expect(partOne.split('\n').slice(0, 5)).toEqual([
      '## I. KẾT QUẢ THỰC HIỆN',
      '',
      '### 1. Kết quả thực hiện các chỉ tiêu',
      '',
      // Each value with its end-2023 baseline and its target; the one not measured in the period says so.
      'Tỷ lệ cơ quan, đơn vị có cán bộ chuyên trách hoặc kiêm nhiệm chuyển đổi số đạt 100% (cuối năm 2023 là 96,4%). Tỷ lệ dịch vụ công trực tuyến mức độ 4 (toàn trình) đạt 83,5% (cuối năm 2023 là 61,3%), vượt mục tiêu 80% của năm 2025. Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình đạt 52,41% (cuối năm 2023 là 38,6%), vượt mục tiêu 50% của năm 2023. Tỷ lệ cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng đạt 100% (cuối năm 2023 là 100%). Tỷ lệ hộ gia đình có điện thoại thông minh đạt 92,7% (cuối năm 2023 là 89,4%). Tỷ lệ người dân sử dụng Internet (cố định và di động) trên dân số đạt 103,97% (cuối năm 2023 là 98,62%). Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 72,595% (cuối năm 2023 là 68,3%), mục tiêu năm 2025 là 80%. Thành viên Tổ công nghệ số cộng đồng đạt 4.327 thành viên (cuối năm 2023 là 3.915 thành viên). Tỷ trọng kinh tế số trong GRDP của tỉnh chưa có số liệu mới trong kỳ (số liệu gần nhất ngày 31/12/2023 là 9,8%).',
    ]);
    expect(briefing).toContain(
      '| Tỷ lệ hộ gia đình có điện thoại thông minh | % | — | 92,7 | 89,4 | tăng 3,3 điểm phần trăm | chưa có mục tiêu |',
    );
    expect(briefing).toContain(
      '| Tỷ lệ hộ gia đình có kết nối Internet cáp quang | % | 80 (năm 2025, 749/QĐ-TTg) | 72,595 | 68,3 | tăng 4,295 điểm phần trăm | chưa đạt |',
    );
    expect(briefing).toContain(
      '| Thành viên Tổ công nghệ số cộng đồng | thành viên | — | 4.327 | 3.915 | tăng 412 thành viên | chưa có mục tiêu |',
    );
    // A value older than the period says so; the same measurement is no "kỳ trước".
    expect(briefing).toContain(
      '| Tỷ trọng kinh tế số trong GRDP của tỉnh | % | 20 (năm 2025) | 9,8 (số liệu ngày 31/12/2023) | — | — | chưa đạt |',
    );
    // The office's notes add two sections (leadership, areas) before the task figures.
    expect(briefing).toContain('### 2. Công tác lãnh đạo, chỉ đạo, điều hành');
    expect(briefing).toContain('### 4. Kết quả thực hiện nhiệm vụ');
    expect(briefing).toContain('### 8. Kết quả tự đánh giá mức độ chuyển đổi số của các cơ quan');
  });

  it('speak of the 2025 targets as the distance still to go among the shortcomings (II), not as failures', async () => {
    const [markdown] = await renderReports(modelFor('2024-H1'), { formats: ['md'] });
    const briefing = text(markdown!.bytes);
    const partTwo = briefing.slice(briefing.indexOf('## II.'), briefing.indexOf('## III.'));
    expect(partTwo.split('\n')[2]).toBe(
      'Để đạt mục tiêu của năm 2025, tỷ trọng kinh tế số trong GRDP của tỉnh cần tăng thêm 10,2 điểm phần trăm (số liệu gần nhất ngày 31/12/2023 là 9,8%, mục tiêu 20%); tỷ lệ hộ gia đình có kết nối Internet cáp quang cần tăng thêm 7,405 điểm phần trăm (hiện đạt 72,595%, mục tiêu 80%).',
    );
    expect(partTwo).not.toContain('chưa đạt mục tiêu');
  });

  it('judge the end of 2025 against the 2025 targets', () => {
    const indicators = modelFor('2025').indicators!;
    expect(indicators.reached).toEqual({ numerator: 3, denominator: 4 });
    expect(
      indicators.rows.filter((row) => row.target !== null).map((row) => [row.id, row.status]),
    ).toEqual([
      ['dich-vu-cong-toan-trinh', 'reached'],
      ['ho-so-truc-tuyen-toan-trinh', 'reached'],
      ['ty-trong-kinh-te-so', 'not-reached'],
      ['ho-internet-cap-quang', 'reached'],
    ]);
  });

  it('fill the Chỉ tiêu sheet, second, with numbers, and the verdict as a formula', async () => {
    const [xlsx] = await renderReports(modelFor('2024-H1'), { formats: ['xlsx'] });
    const workbook = await loadWorkbook(xlsx!.bytes);
    expect(workbook.worksheets.map((entry) => entry.name)).toEqual([
      'Tổng hợp',
      'Chỉ tiêu',
      'Nhiệm vụ',
      'Đơn vị',
      'Chỉ số',
      'Khó khăn - Đề xuất',
    ]);
    const indicators = sheet(workbook, 'Chỉ tiêu');
    expect(indicators.getRow(4).values).toEqual([
      undefined,
      'Trụ cột',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Mục tiêu',
      'Kết quả',
      'Đánh giá',
      'Mục tiêu đến hết',
      'Văn bản đặt mục tiêu',
      'Ngày số liệu',
      'Kỳ trước',
      'Ngày số liệu kỳ trước',
      'Tăng/giảm (điểm phần trăm với tỷ lệ)',
      'Chiều đánh giá',
      'Mã chỉ tiêu',
      'Cơ quan phụ trách',
      'Cơ quan báo cáo số liệu',
      'Ghi chú',
    ]);
    const rows = tableValues(indicators, 5, 17);
    expect(rows).toHaveLength(9);
    const index = rows.findIndex((entry) => entry[13] === 'ho-internet-cap-quang');
    const fibre = rows[index]!;
    const row = 5 + index;
    const fibreVerdict = `IF(E${row}="","Chưa có số liệu",IF(D${row}="","Chưa có mục tiêu",IF(E${row}>=D${row},"Đạt","Chưa đạt")))`;
    expect(fibre.slice(0, 12)).toEqual([
      'Xã hội số',
      'Tỷ lệ hộ gia đình có kết nối Internet cáp quang',
      '%',
      // Shares on the scale of every other ratio of the workbook, shown as 80% and 72.595%.
      0.8,
      0.72595,
      { formula: fibreVerdict, result: 'Chưa đạt' },
      'năm 2025',
      '749/QĐ-TTg',
      day('2024-06-20'),
      0.683,
      day('2023-12-31'),
      { formula: `(E${row}-J${row})*100`, result: 4.295 },
    ]);
    expect(indicators.getCell(`E${row}`).numFmt).toBe(`0.0${'#'.repeat(15)}%`);
    expect(indicators.getCell(`L${row}`).numFmt).toBe(
      `+0.0${'#'.repeat(15)};-0.0${'#'.repeat(15)};0.0`,
    );
    const members = rows.find((row) => row[13] === 'thanh-vien-to-cong-nghe-so')!;
    expect([members[3], members[4], members[5], members[16]]).toEqual([
      null,
      4327,
      expect.objectContaining({ result: 'Chưa có mục tiêu' }),
      'Tổ công nghệ số cộng đồng tại 100 xã và 715 thôn',
    ]);
    const membersAt = rows.findIndex((row) => row[13] === 'thanh-vien-to-cong-nghe-so');
    expect(indicators.getCell(`E${5 + membersAt}`).numFmt).toBe('#,##0');
  });
});

describe('the 2024-H1 briefing reads as the meeting of 28/6/2024 (notes, themes, appendices)', () => {
  const briefing = async () => {
    const [markdown] = await renderReports(modelFor('2024-H1'), { formats: ['md'] });
    return text(markdown!.bytes);
  };
  const part = (all: string, from: string, to: string) =>
    all.slice(all.indexOf(from), all.indexOf(to, all.indexOf(from)));

  it("opens with the office's basis sentence and closes with the end mark", async () => {
    const all = await briefing();
    const lines = all.split('\n');
    const title = lines.indexOf(
      '**Kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024**',
    );
    expect(lines[title + 2]).toBe(
      'Thực hiện Quyết định số 1982/QĐ-UBND ngày 29/7/2022 của UBND tỉnh ban hành Đề án chuyển đổi số tỉnh Quảng Trị đến năm 2025, định hướng đến năm 2030 (Quyết định 1982), Ban Chỉ đạo Chuyển đổi số tỉnh báo cáo kết quả thực hiện công tác chuyển đổi số theo Quyết định 1982 và 6 tháng đầu năm 2024, phương hướng, nhiệm vụ thời gian tới như sau:',
    );
    expect(lines).toContain(
      'Trên đây là báo cáo kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024 của Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị./.',
    );
  });

  it('sums the difficulties up by theme, each counted once with examples, never under a "Khác" headline', async () => {
    const difficulties = part(await briefing(), '### 1. Khó khăn, vướng mắc', '### 2. Nguyên nhân');
    const items = difficulties.split('\n').filter((line) => line.startsWith('- '));
    expect(
      items.map((line) =>
        /^- (?:\*\*(.+?)\*\* )?.*?\((\d+) cơ quan phản ánh\)/u.exec(line)?.slice(1),
      ),
    ).toEqual([
      // The most raised first, themes and texts of no theme raised by three or more alike.
      ['Hạ tầng, trang thiết bị công nghệ thông tin chưa đồng bộ, nhiều nơi đã xuống cấp', '17'],
      // With the issues of open tasks raised before the period ("Chưa được bố trí kinh phí", overdue since June).
      ['Kinh phí bố trí cho chuyển đổi số còn hạn chế', '13'],
      [
        'Nhân lực tham mưu chuyển đổi số chủ yếu là kiêm nhiệm, không tốt nghiệp đúng chuyên ngành công nghệ thông tin',
        '12',
      ],
      [
        'Cơ sở dữ liệu chuyên ngành chưa được chuẩn hóa, kết nối, chia sẻ với kho dữ liệu dùng chung của tỉnh',
        '12',
      ],
      ['Nhiều đơn vị chưa chú trọng việc thực hiện chuyển đổi số', '7'],
      [undefined, '4'],
      // "Người dân vẫn quen nộp hồ sơ…" (Văn phòng UBND tỉnh, on a task) joined to "vẫn có thói quen…".
      [undefined, '3'],
      [
        'Chưa có nhiều doanh nghiệp công nghệ số, nhất là doanh nghiệp cung cấp nền tảng số, nên khó phát triển kinh tế số',
        '2',
      ],
      [
        'Các trường cao đẳng trên địa bàn chưa có chuyên ngành đào tạo về chuyển đổi số, khó phát triển nguồn nhân lực số',
        '2',
      ],
      // The rest of no theme, one by one, last.
      [undefined, '1'],
    ]);
    // Near-identical wordings counted and quoted once in the body; the appendix keeps each.
    expect(items[8]).toBe(
      '- **Các trường cao đẳng trên địa bàn chưa có chuyên ngành đào tạo về chuyển đổi số, khó phát triển nguồn nhân lực số** (2 cơ quan phản ánh).',
    );
    expect(difficulties).not.toContain('Người dân vẫn quen nộp hồ sơ');
    expect(await briefing()).toContain('Người dân vẫn quen nộp hồ sơ');
    expect(items[2]).toBe(
      '- **Nhân lực tham mưu chuyển đổi số chủ yếu là kiêm nhiệm, không tốt nghiệp đúng chuyên ngành công nghệ thông tin** (12 cơ quan phản ánh), như: nhân lực tham mưu chuyển đổi số chủ yếu là kiêm nhiệm, không được đào tạo đúng chuyên ngành công nghệ thông tin; đội ngũ tham mưu chuyển đổi số phần lớn làm kiêm nhiệm, chưa được đào tạo chuyên ngành công nghệ thông tin; nhiều thành viên chưa được tập huấn kỹ năng hướng dẫn người dân.',
    );
    expect(items[5]).toBe(
      '- Kỹ năng số của người dân, nhất là ở vùng sâu, vùng xa, còn hạn chế (4 cơ quan phản ánh).',
    );
    // A community team's member is no agency's staff: themes.yaml's exclude keeps the text out of nhân lực.
    const team = modelFor('2024-H1').difficulties.find((group) =>
      group.texts.some((entry) => entry.text.startsWith('Thành viên tổ hoạt động kiêm nhiệm')),
    );
    expect(team?.theme).toBe('kinh-phi');
    expect(difficulties).not.toContain('Khác');
    expect(difficulties).toContain('Khó khăn, vướng mắc do từng cơ quan nêu tại Phụ lục III.');
  });

  it('puts the rankings and per-agency tables in appendices the body refers to', async () => {
    const all = await briefing();
    const body = all.slice(0, all.indexOf('## Phụ lục I'));
    expect(body).toContain('Kết quả, xếp hạng của từng cơ quan tại Phụ lục I.');
    expect(body).toContain(
      'Kết quả thực hiện nhiệm vụ của từng cơ quan tại Phụ lục II; danh sách nhiệm vụ và tình hình thực hiện tại Phụ lục IV.',
    );
    expect(body).not.toContain('**Xếp hạng');
    expect(body).toContain(
      '- Sở, ban, ngành: 1/17 cơ quan xếp loại Tốt, 8/17 xếp loại Khá, 8/17 xếp loại Trung bình.',
    );
    expect(all.split('\n').filter((line) => line.startsWith('## Phụ lục'))).toEqual([
      '## Phụ lục I',
      '## Phụ lục II',
      '## Phụ lục III',
      '## Phụ lục IV',
    ]);
  });

  it('splits Phụ lục II per agency group, each table with its own ranks (16 sở ranked, 8 huyện)', async () => {
    const appendix = part(await briefing(), '## Phụ lục II', '## Phụ lục III').split('\n');
    const ranks = (from: string) => {
      const start = appendix.indexOf(from);
      const rows = appendix.slice(start + 4);
      // An agency's rows by kind ("| - Nhiệm vụ |", "| - Nhóm nhiệm vụ |") carry no rank.
      return rows
        .slice(0, rows.indexOf(''))
        .filter((line) => !line.startsWith('| - '))
        .map((line) => line.split(' | ').at(-1)!.replace(' |', ''));
    };
    expect(appendix.filter((line) => /^\*\*[^K]/u.test(line))).toEqual([
      '**Sở, ban, ngành**',
      '**UBND cấp huyện**',
    ]);
    expect(
      ranks('**Sở, ban, ngành**')
        .filter((rank) => rank !== '—')
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([1, 2, 3, 4, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(
      ranks('**UBND cấp huyện**')
        .filter((rank) => rank !== '—')
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("places the chairman's directions before the task lists, overdue tasks with their difficulty", async () => {
    const directions = part(await briefing(), '## III.', '## IV.');
    expect(directions.indexOf('### 1. Nhiệm vụ, giải pháp trọng tâm')).toBeGreaterThan(0);
    expect(directions).toContain(
      'Rà soát lại các nhiệm vụ phân công cho các sở, ngành; rà soát các tiêu chí đánh giá việc thực hiện chuyển đổi số của các cơ quan từ cấp tỉnh đến cơ sở.',
    );
    // Task names without codes in prose; the lead and the deadline in brackets.
    expect(directions).toContain(
      '- Xây dựng Hệ thống thông tin báo cáo của tỉnh, kết nối Hệ thống thông tin báo cáo Chính phủ (VP UBND tỉnh, thời hạn 30/6/2024; vướng mắc: chưa được bố trí kinh phí).',
    );
    expect(directions).not.toContain('CQS-');
  });

  it('cites no plan of 2025 and says "trước hạn" only when some task was done early', async () => {
    const all = await briefing();
    expect(all).not.toContain('42/KH-UBND');
    expect(modelFor('2024-H1').plans.map((plan) => plan.id)).toEqual(['qd-1982']);
    expect(all).toContain(
      'hoàn thành 5 nhiệm vụ (5 đúng hạn) và 3 nhóm nhiệm vụ (2 đúng hạn, 1 trễ hạn)',
    );
    expect(all).not.toContain('0 trước hạn');
  });
});

describe('2024-H1: only what existed on 30/6/2024 (spec § Derived figures, 0.3)', () => {
  it('names no task of the 2025 plan, not the plan, and no agency created later, in any output', async () => {
    const asOf = '2024-06-30';
    const later = dataset.tasks.filter((task) => task.plan === 'kh-2025');
    const newcomers = dataset.agencies.filter(
      (agency) => agency.activeFrom !== undefined && agency.activeFrom > asOf,
    );
    expect([later.length, newcomers.length]).toEqual([7, 11]);
    const model = modelFor('2024-H1');
    const [markdown, json, xlsx] = await renderReports(model, { formats: ['md', 'json', 'xlsx'] });
    const workbook = await loadWorkbook(xlsx!.bytes);
    const cells = workbook.worksheets.flatMap((worksheet) =>
      worksheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])),
    );
    const cellTexts = cells.map((cell) => (typeof cell === 'string' ? cell : JSON.stringify(cell)));
    for (const output of [text(markdown!.bytes), text(json!.bytes), cellTexts.join('\n')]) {
      for (const task of later) expect(output).not.toContain(task.title);
      for (const agency of newcomers) expect(output).not.toContain(agency.name);
      expect(output).not.toContain('42/KH-UBND');
    }
    expect(model.tasks.some((row) => row.plan === 'kh-2025')).toBe(false);
  });
});

describe('--plan (issue 24 §3)', () => {
  it("limits the task figures to the plans named: the year's plan alone", () => {
    const all = buildModel(dataset, { period: '2025', today: '2026-01-31' });
    const model = buildModel(dataset, { period: '2025', today: '2026-01-31', plans: 'kh-2025' });
    expect(new Set(model.tasks.map((row) => row.plan))).toEqual(new Set(['kh-2025']));
    expect(model.plans.map((plan) => plan.id)).toEqual(['kh-2025']);
    expect(model.tasks).toHaveLength(7);
    expect(all.tasks.length).toBeGreaterThan(7);
    expect(model.totals.assigned + model.totals.cancelled).toBe(7);
  });

  it('refuses a list that is not plan ids', () => {
    expect(() => buildModel(dataset, { period: '2025', plans: 'kh 2025' })).toThrow(/--plan/);
  });
});
