import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../src/compute/report-model.js';
import {
  DEFAULT_TEMPLATE_FILE,
  renderMarkdown,
} from '../../../src/render/markdown/render-markdown.js';
import { REPORT_MODEL } from '../../fixtures/report-model.js';

const TEMPLATE = readFileSync(
  new URL(`../../../templates/${DEFAULT_TEMPLATE_FILE}`, import.meta.url),
  'utf8',
);

async function render(model: ReportModel = REPORT_MODEL): Promise<string> {
  return new TextDecoder().decode(
    (await renderMarkdown(model, { template: { text: TEMPLATE, file: 'bao-cao.md.hbs' } })).bytes,
  );
}

const output = await render();
const lines = output.split('\n');

/** The lines from the one equal to `first` up to (not including) the next blank line. */
function block(first: string): string[] {
  const start = lines.indexOf(first);
  expect(start, `line not found: ${first}`).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', start);
  return lines.slice(start, end);
}

describe('the default Markdown briefing of the fixture', () => {
  it('is named after the period', async () => {
    expect(
      (await renderMarkdown(REPORT_MODEL, { template: { text: TEMPLATE, file: 'bao-cao.md.hbs' } }))
        .name,
    ).toBe('bao-cao-cds-2024-H1.md');
  });

  it('opens with the NĐ 30/2020 header, date line and title', () => {
    expect(lines.slice(0, 10)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\\',
      '**BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH QUẢNG TRỊ**',
      '',
      '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\\',
      '**Độc lập - Tự do - Hạnh phúc**',
      '',
      '*Quảng Trị, ngày 30 tháng 6 năm 2024*',
      '',
      '**BÁO CÁO**\\',
      '**Kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024**',
    ]);
  });

  it('states the overview, totals and change against the previous period', () => {
    expect(lines).toContain(
      'Tính đến ngày 30/6/2024, 11/11 nhóm nhiệm vụ chung đã được triển khai; đã triển khai ' +
        '11/21 nhiệm vụ phát triển chính quyền số, 5/9 nhiệm vụ phát triển kinh tế số, ' +
        '1/6 nhiệm vụ phát triển xã hội số.',
    );
    // The 11 groups of tasks (pillar "chung") are never added to the 36 tasks.
    expect(lines).toContain(
      '6 tháng đầu năm 2024 hoàn thành 7 nhiệm vụ và 4 nhóm nhiệm vụ (trong kỳ, từ ngày 01/01/2024 ' +
        'đến ngày 30/6/2024); lũy kế đến ngày 30/6/2024 hoàn thành 7/36 nhiệm vụ và 4/11 nhóm nhiệm vụ được giao.',
    );
    expect(lines).toContain(
      'Trong tổng số 36 nhiệm vụ và 11 nhóm nhiệm vụ được giao, đã triển khai 17/36 nhiệm vụ (47,2%) ' +
        'và 11/11 nhóm nhiệm vụ (100%), trong đó hoàn thành 7 nhiệm vụ (4 đúng hạn, 1 trễ hạn, 2 trước hạn) ' +
        'và 4 nhóm nhiệm vụ (2 đúng hạn, 1 trễ hạn, 1 trước hạn), đang triển khai 10 nhiệm vụ và 7 nhóm ' +
        'nhiệm vụ; chưa triển khai 19 nhiệm vụ. Có 6 nhiệm vụ quá hạn. Tỷ lệ hoàn thành nhiệm vụ đến hạn ' +
        'đạt 5/11 (45,5%); tỷ lệ hoàn thành nhóm nhiệm vụ đến hạn đạt 3/3 (100%). Ngoài ra, 1 nhiệm vụ ' +
        'dừng thực hiện (không tính vào các số liệu trên).',
    );
    expect(lines).toContain(
      'Số nhiệm vụ đã triển khai tăng 3 nhiệm vụ so với 6 tháng cuối năm 2023 (kỳ trước: 14/36); ' +
        'số nhiệm vụ hoàn thành tăng 2 nhiệm vụ; số nhiệm vụ quá hạn tăng 2 nhiệm vụ. ' +
        'Số nhóm nhiệm vụ hoàn thành tăng 1 nhóm nhiệm vụ; số nhóm nhiệm vụ đã triển khai ' +
        '(kỳ trước: 11/11) và quá hạn không đổi.',
    );
  });

  it('tabulates the pillars with a total row, and charts the same percentages', () => {
    expect(
      block(
        '| Trụ cột | Giao | Đã triển khai | Tỷ lệ triển khai | Hoàn thành (đúng hạn/trễ hạn) | Quá hạn | Đến hạn | Tỷ lệ hoàn thành đến hạn |',
      ),
    ).toEqual([
      '| Trụ cột | Giao | Đã triển khai | Tỷ lệ triển khai | Hoàn thành (đúng hạn/trễ hạn) | Quá hạn | Đến hạn | Tỷ lệ hoàn thành đến hạn |',
      '|:--|--:|--:|--:|--:|--:|--:|--:|',
      '| Nhiệm vụ chung | 11 | 11 | 100% | 4 (2/1) | 0 | 3 | 100% |',
      '| Chính quyền số | 21 | 11 | 52,4% | 5 (3/1) | 4 | 8 | 50% |',
      '| Kinh tế số | 9 | 5 | 55,6% | 2 (1/0) | 2 | 3 | 33,3% |',
      '| Xã hội số | 6 | 1 | 16,7% | 0 (0/0) | 0 | 0 | — |',
      '| **Cộng nhiệm vụ** | **36** | **17** | **47,2%** | **7 (4/1)** | **6** | **11** | **45,5%** |',
      '| **Cộng nhóm nhiệm vụ** | **11** | **11** | **100%** | **4 (2/1)** | **0** | **3** | **100%** |',
    ]);
    expect(block('```mermaid')).toEqual([
      '```mermaid',
      'xychart-beta',
      '    title "Tỷ lệ nhiệm vụ đã triển khai theo trụ cột (%)"',
      '    x-axis ["Nhiệm vụ chung", "Chính quyền số", "Kinh tế số", "Xã hội số"]',
      '    y-axis "%" 0 --> 100',
      '    bar [100.0, 52.4, 55.6, 16.7]',
      '```',
    ]);
  });

  it('reports each plan with its number and date, and its tasks and groups of tasks apart', () => {
    // A row per kind the plan holds, below the plan: never "43" adding 11 groups to 32 tasks.
    expect(
      block(
        '| Kế hoạch | Số, ngày | Giao | Đã triển khai | Hoàn thành | Quá hạn | Tỷ lệ hoàn thành đến hạn |',
      ),
    ).toEqual([
      '| Kế hoạch | Số, ngày | Giao | Đã triển khai | Hoàn thành | Quá hạn | Tỷ lệ hoàn thành đến hạn |',
      '|:--|:--|--:|--:|--:|--:|--:|',
      '| Đề án chuyển đổi số tỉnh Quảng Trị đến năm 2025, định hướng đến năm 2030 | 1982/QĐ-UBND, 29/7/2022 | | | | | |',
      '| - Nhiệm vụ | | 32 | 15/32 (46,9%) | 5 | 6 | 4/10 (40%) |',
      '| - Nhóm nhiệm vụ | | 11 | 11/11 (100%) | 4 | 0 | 3/3 (100%) |',
      // A plan of tasks alone keeps its one row: a row counts tasks.
      '| Kế hoạch chuyển đổi số tỉnh Quảng Trị năm 2024 | 35/KH-UBND, 15/3/2024 | 4 | 2/4 (50%) | 2 | 0 | 1/1 (100%) |',
    ]);
  });

  it('reports each plan and agency on one row when tasks and groups of tasks are not counted apart', async () => {
    const plans = REPORT_MODEL.plans.map((plan) => ({ ...plan, figuresApart: null }));
    const agencyResults = REPORT_MODEL.agencyResults.map((row) => ({ ...row, figuresApart: null }));
    const text = await render({ ...REPORT_MODEL, totalsApart: null, plans, agencyResults });
    expect(text).toContain(
      '| Sở Thông tin và Truyền thông | 14 | 9/14 (64,3%) | 5 | 2 | 2/4 (50%) | 88% | Tốt | 1 |\n',
    );
    expect(text).toContain(
      '| Đề án chuyển đổi số tỉnh Quảng Trị đến năm 2025, định hướng đến năm 2030 | ' +
        '1982/QĐ-UBND, 29/7/2022 | 43 | 26/43 (60,5%) | 9 | 6 | 7/13 (53,8%) |\n' +
        '| Kế hoạch chuyển đổi số tỉnh Quảng Trị năm 2024 | 35/KH-UBND, 15/3/2024 | 4 | ' +
        '2/4 (50%) | 2 | 0 | 1/1 (100%) |\n',
    );
  });

  it('counts the 11 tasks finished, lists the 3 started and the transfer, by name without code', () => {
    // More than a handful: one sentence with the count and the appendix that lists them.
    expect(lines).toContain(
      'Trong kỳ hoàn thành 7 nhiệm vụ và 4 nhóm nhiệm vụ của 6 cơ quan (chi tiết tại Phụ lục IV).',
    );
    expect(block('Bắt đầu triển khai 3 nhiệm vụ:')).toEqual(['Bắt đầu triển khai 3 nhiệm vụ:']);
    expect(
      block('- Số hóa hồ sơ lưu trữ cấp huyện (UBND huyện Cam Lộ, từ ngày 15/4/2024);'),
    ).toEqual([
      '- Số hóa hồ sơ lưu trữ cấp huyện (UBND huyện Cam Lộ, từ ngày 15/4/2024);',
      '- Phát triển chợ 4.0 tại thành phố Đông Hà (UBND thành phố Đông Hà, từ ngày 20/5/2024);',
      '- Triển khai học bạ số (Sở Giáo dục và Đào tạo, từ ngày 26/02/2024).',
    ]);
    expect(lines).toContain(
      '- Vận hành Trung tâm Giám sát, điều hành đô thị thông minh (IOC), chuyển từ ' +
        'Trung tâm Giám sát, điều hành đô thị thông minh (Trung tâm IOC) sang Sở Thông tin và Truyền thông (Sở TT&TT).',
    );
  });

  it('reports the index: filing, component trends and rankings with a shared rank', () => {
    expect(lines).toContain(
      'Các cơ quan tự chấm điểm theo bộ tiêu chí đánh giá mức độ chuyển đổi số của cơ quan, đơn vị. ' +
        'Theo kết quả tự đánh giá 6 tháng đầu năm 2024, 7/9 cơ quan đã gửi kết quả (77,8%).',
    );
    expect(lines).toContain(
      'So với 6 tháng cuối năm 2023 (tính trên 5 cơ quan có kết quả tự đánh giá cả hai kỳ), ' +
        'các chỉ số thành phần nhận thức số, thể chế số và hạ tầng số đều tăng; ' +
        'chỉ số thành phần nhân lực số giảm.',
    );
    expect(lines).toContain(
      '| Nhân lực số | 455/700 (65%) | 330/500 (66%) | 356/500 (71,2%) | giảm |',
    );
    expect(block('**Xếp hạng: Sở, ban, ngành**')).toEqual(['**Xếp hạng: Sở, ban, ngành**']);
    expect(
      block('| Hạng | Cơ quan | Điểm | Tỷ lệ | Xếp loại | So với kỳ trước (điểm phần trăm) |'),
    ).toEqual([
      '| Hạng | Cơ quan | Điểm | Tỷ lệ | Xếp loại | So với kỳ trước (điểm phần trăm) |',
      '|--:|:--|--:|--:|:--|:--|',
      '| 1 | Sở Thông tin và Truyền thông | 352/400 | 88% | Tốt | tăng 3,8 |',
      '| 2 | Sở Công Thương | 300/400 | 75% | Khá | chưa có kỳ trước |',
      '| 2 | Văn phòng UBND tỉnh | 300/400 | 75% | Khá | tăng 3,8 |',
      '| 4 | Sở Giáo dục và Đào tạo | 250/400 | 62,5% | Trung bình | giảm 5,0 |',
      '| — | Ban Quản lý Khu kinh tế tỉnh (không xếp hạng) | 230/400 | 57,5% | Trung bình | chưa có kỳ trước |',
    ]);
    expect(lines).toContain('| 2 | UBND huyện Cam Lộ | 205/400 | 51,3% | Trung bình | tăng 3,8 |');
    expect(lines).toContain(
      '*UBND huyện Cam Lộ chưa chấm 1 tiêu chí (tính 0 điểm): Tỷ lệ cán bộ được bồi dưỡng kỹ năng số.*',
    );
  });

  it('tabulates each agency with its tasks and index, its groups of tasks on a row of their own', () => {
    // Never "14 | 9/14 (64,3%)" adding 3 groups of tasks to 11 tasks.
    expect(block('| Sở Thông tin và Truyền thông | | | | | | 88% | Tốt | 1 |').slice(0, 3)).toEqual(
      [
        '| Sở Thông tin và Truyền thông | | | | | | 88% | Tốt | 1 |',
        '| - Nhiệm vụ | 11 | 6/11 (54,5%) | 3 | 2 | 1/3 (33,3%) | | | |',
        '| - Nhóm nhiệm vụ | 3 | 3/3 (100%) | 2 | 0 | 1/1 (100%) | | | |',
      ],
    );
    expect(lines).toContain(
      '| Sở Y tế | 4 | 2/4 (50%) | 1 | 0 | 1/1 (100%) | chưa tự đánh giá | — | — |',
    );
    expect(lines).toContain(
      '| Ban Quản lý Khu kinh tế tỉnh | 0 | 0/0 (—) | 0 | 0 | 0/0 (—) | 57,5% | Trung bình | — |',
    );
  });

  it('lists a few difficulties of no theme one by one, each with how many agencies raised it', () => {
    expect(
      block('- Nguồn nhân lực tham mưu chuyển đổi số chủ yếu là kiêm nhiệm (2 cơ quan phản ánh).'),
    ).toEqual([
      '- Nguồn nhân lực tham mưu chuyển đổi số chủ yếu là kiêm nhiệm (2 cơ quan phản ánh).',
      '- Thiếu kinh phí triển khai (1 cơ quan phản ánh).',
      '- Chưa có nhiều doanh nghiệp công nghệ số trên địa bàn (1 cơ quan phản ánh).',
    ]);
    expect(lines).toContain(
      'Có 6 nhiệm vụ quá hạn của 4 cơ quan: Sở Công Thương có 2 nhiệm vụ, Sở TT&TT có 2 nhiệm vụ, UBND thành phố Đông Hà có 1 nhiệm vụ và Văn phòng UBND tỉnh (VP UBND tỉnh) có 1 nhiệm vụ.',
    );
    // Named in full only inside brackets before: introduced here.
    expect(lines).toContain(
      'Kết quả tự đánh giá giảm so với kỳ trước: Sở Giáo dục và Đào tạo (Sở GD&ĐT).',
    );
    expect(lines).toContain(
      'Chưa gửi kết quả tự đánh giá 6 tháng đầu năm 2024: Sở Y tế, UBND huyện Vĩnh Linh.',
    );
  });

  it('counts the overdue tasks and the tasks due next period, with the appendix that lists them', () => {
    expect(block('### 2. Tập trung hoàn thành các nhiệm vụ quá hạn')).toEqual([
      '### 2. Tập trung hoàn thành các nhiệm vụ quá hạn',
    ]);
    expect(lines).toContain(
      'Tập trung hoàn thành 6 nhiệm vụ quá hạn của 4 cơ quan (chi tiết tại Phụ lục IV).',
    );
    expect(lines).toContain('### 3. Nhiệm vụ đến hạn trong 6 tháng cuối năm 2024');
    expect(lines).toContain(
      'Trong 6 tháng cuối năm 2024 có 9 nhiệm vụ đến hạn của 8 cơ quan (chi tiết tại Phụ lục IV).',
    );
    // Task codes stay in the appendix.
    const body = lines.slice(0, lines.indexOf('## Phụ lục I'));
    expect(body.filter((line) => /\b(?:CQS|KTS|XHS|CHUNG)-\d+/u.test(line))).toEqual([]);
  });

  it('ends the body with proposals, the signature and the recipients', () => {
    expect(lines).toContain('- Đề nghị tổ chức đào tạo kỹ năng số cho cán bộ (2 cơ quan đề xuất).');
    expect(block('**TRƯỞNG BAN**')).toEqual(['**TRƯỞNG BAN**']);
    expect(lines).toContain('**Võ Văn Hưng**');
    expect(block('- Thường trực Tỉnh ủy;')).toEqual([
      '- Thường trực Tỉnh ủy;',
      '- Thường trực HĐND tỉnh;',
      '- Thành viên Ban Chỉ đạo Chuyển đổi số tỉnh;',
      '- Các sở, ban, ngành cấp tỉnh;',
      '- Lưu: VT, Sở TT&TT.',
    ]);
    expect(lines[lines.indexOf('- Thường trực Tỉnh ủy;') - 2]).toBe('***Nơi nhận:***');
  });

  it('lists every task in the appendix, grouped by pillar, with Vietnamese status words', () => {
    expect(lines.filter((line) => /^\| \d+ \| [A-Z]+-\d+ \|/.test(line))).toHaveLength(48);
    expect(lines.filter((line) => line.startsWith('### ')).slice(-4)).toEqual([
      '### 1. Nhiệm vụ chung',
      '### 2. Chính quyền số',
      '### 3. Kinh tế số',
      '### 4. Xã hội số',
    ]);
    expect(lines).toContain(
      '| 4 | CHUNG-04 | Tổ chức Ngày Chuyển đổi số tỉnh | Sở TT&TT | thường xuyên | hoàn thành trước hạn | 100% | 10/5/2024 |',
    );
    expect(lines).toContain(
      '| 8 | CQS-08 | Xây dựng cơ sở dữ liệu cán bộ, công chức, viên chức | Sở TT&TT | 15/6/2024 | quá hạn (chưa triển khai) | — | — |',
    );
    expect(lines).toContain(
      '| 12 | CQS-12 | Vận hành Trung tâm Giám sát, điều hành đô thị thông minh (IOC) | Sở TT&TT (nhận từ Trung tâm IOC) | thường xuyên | đang thực hiện trong hạn | — | — |',
    );
    expect(lines).toContain(
      '| 8 | KTS-08 | Thu hút doanh nghiệp công nghệ số đầu tư vào tỉnh | Sở TT&TT | — | chưa triển khai | — | — |',
    );
    expect(lines).toContain(
      '| 10 | KTS-10 | Xây dựng khu công nghệ thông tin tập trung | Sở Công Thương | 31/12/2025 | dừng thực hiện | — | — |',
    );
  });

  it('keeps a title with a pipe and a line break inside one table cell', () => {
    expect(lines).toContain(
      '| 11 | CQS-11 | Nâng cấp Cổng dịch vụ công \\| Hệ thống một cửa điện tử tỉnh | VP UBND tỉnh | 31/12/2024 | đang thực hiện trong hạn | 30% | — |',
    );
  });
});

describe('the shape of the Markdown text', () => {
  it('has no HTML entities, only NFC text, LF line ends and one final newline', () => {
    expect(output).not.toMatch(/&(amp|lt|gt|quot|#\d+);/);
    expect(output).toContain('Sở TT&TT');
    expect(output.normalize('NFC')).toBe(output);
    expect(output).not.toContain('\r');
    expect(output.endsWith('|\n')).toBe(true);
    expect(output.endsWith('\n\n')).toBe(false);
  });

  it('has no trailing spaces and never two blank lines in a row', () => {
    expect(lines.filter((line) => /\s$/.test(line))).toEqual([]);
    expect(output).not.toContain('\n\n\n');
  });

  it('gives the same bytes for the same model', async () => {
    const first = (
      await renderMarkdown(REPORT_MODEL, { template: { text: TEMPLATE, file: 'bao-cao.md.hbs' } })
    ).bytes;
    const second = (
      await renderMarkdown(structuredClone(REPORT_MODEL), {
        template: { text: TEMPLATE, file: 'bao-cao.md.hbs' },
      })
    ).bytes;
    expect(Buffer.compare(first, second)).toBe(0);
  });

  it('writes NFC even when the model carries decomposed text', async () => {
    const decomposed = structuredClone(REPORT_MODEL);
    decomposed.place = 'Quảng Trị'.normalize('NFD');
    decomposed.organization.name = decomposed.organization.name.normalize('NFD');
    const text = await render(decomposed);
    expect(text).toContain('*Quảng Trị, ngày 30 tháng 6 năm 2024*');
    expect(text).toContain('**BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH QUẢNG TRỊ**');
  });

  it('matches the readable snapshot', async () => {
    await expect(output).toMatchFileSnapshot('__snapshots__/bao-cao.md');
  });
});
