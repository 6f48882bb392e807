/**
 * The body of the sample's briefings as real reports write it (issue 27,
 * items 3–5): counts where a list is longer than a handful, the appendix that
 * lists them, task names without codes; no section negating what has no data
 * for the period, the parts only the office writes left as visible lines to
 * fill without notes/; the indicators as lead sentences with their baselines,
 * the targets still to come as a distance to go. The same sentences in the
 * Markdown, the Word document and the HTML page.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/model/period.js';
import type { Dataset } from '../../src/model/types.js';
import { buildModel, checkDataset, renderReports } from '../../src/pipeline.js';
import { cellTexts, readDocx } from '../render/docx/docx-xml.js';

const SAMPLE = fileURLToPath(new URL('../../data/', import.meta.url));
let dataset: Dataset;

interface Briefing {
  /** The Markdown's lines. */
  lines: string[];
  /** The Word document's paragraphs. */
  paragraphs: string[];
  /** The Word document's tables, each as its rows of cell texts. */
  tables: string[][][];
  html: string;
}

const cache = new Map<string, Promise<Briefing>>();
/** The period's briefing in md, docx and html, rendered once. */
function briefing(code: string): Promise<Briefing> {
  const known = cache.get(code);
  if (known) return known;
  const made = (async () => {
    const model = buildModel(dataset, { period: parsePeriod(code)! });
    const [md, docx, html] = await renderReports(model, { formats: ['md', 'docx', 'html'] });
    const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    const word = readDocx(docx!.bytes);
    return {
      lines: decode(md!.bytes).split('\n'),
      paragraphs: word.paragraphs.map((paragraph) => paragraph.text),
      tables: word.tables.map(cellTexts),
      html: decode(html!.bytes),
    };
  })();
  cache.set(code, made);
  return made;
}

/** The Markdown's lines from `from` up to (not including) the first that starts with `to`. */
const part = (lines: string[], from: string, to: string) => {
  const start = lines.indexOf(from);
  expect(start, from).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, index) => index > start && line.startsWith(to));
  return lines.slice(start, end);
};

/** A sentence is in every format: a line of the Markdown, a Word paragraph, the HTML's text. */
async function inEveryFormat(code: string, sentences: string[]): Promise<void> {
  const { lines, paragraphs, html } = await briefing(code);
  for (const sentence of sentences) {
    expect(lines, sentence).toContain(sentence);
    expect(paragraphs, sentence).toContain(sentence);
    // A list item is an <li> in HTML, without its dash.
    expect(html, sentence).toContain(sentence.replace(/^- /u, '').replaceAll('&', '&amp;'));
  }
}

beforeAll(async () => {
  const checked = await checkDataset({ data: SAMPLE });
  expect(checked.diagnostics).toEqual([]);
  dataset = checked.dataset!;
});

describe('2024-H1 (with the office’s notes)', () => {
  const LEAD =
    'Tỷ lệ cơ quan, đơn vị có cán bộ chuyên trách hoặc kiêm nhiệm chuyển đổi số đạt 100% (cuối năm 2023 là 96,4%). Tỷ lệ dịch vụ công trực tuyến mức độ 4 (toàn trình) đạt 83,5% (cuối năm 2023 là 61,3%), vượt mục tiêu 80% của năm 2025. Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình đạt 52,41% (cuối năm 2023 là 38,6%), vượt mục tiêu 50% của năm 2023. Tỷ lệ cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng đạt 100% (cuối năm 2023 là 100%). Tỷ lệ hộ gia đình có điện thoại thông minh đạt 92,7% (cuối năm 2023 là 89,4%). Tỷ lệ người dân sử dụng Internet (cố định và di động) trên dân số đạt 103,97% (cuối năm 2023 là 98,62%). Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 72,595% (cuối năm 2023 là 68,3%), mục tiêu năm 2025 là 80%. Thành viên Tổ công nghệ số cộng đồng đạt 4.327 thành viên (cuối năm 2023 là 3.915 thành viên). Tỷ trọng kinh tế số trong GRDP của tỉnh chưa có số liệu mới trong kỳ (số liệu gần nhất ngày 31/12/2023 là 9,8%).';
  const DISTANCE =
    'Để đạt mục tiêu của năm 2025, tỷ trọng kinh tế số trong GRDP của tỉnh cần tăng thêm 10,2 điểm phần trăm (số liệu gần nhất ngày 31/12/2023 là 9,8%, mục tiêu 20%); tỷ lệ hộ gia đình có kết nối Internet cáp quang cần tăng thêm 7,405 điểm phần trăm (hiện đạt 72,595%, mục tiêu 80%).';

  it('leads the indicators with sentences, baselines in brackets, and gives the 2025 targets as a distance to go', async () => {
    await inEveryFormat('2024-H1', [LEAD, DISTANCE]);
  });

  it('lists the two tasks finished and three started by name, without their codes', async () => {
    const { lines } = await briefing('2024-H1');
    expect(
      part(lines, '### 7. Nhiệm vụ hoàn thành, triển khai mới trong kỳ', '### 8.').filter(Boolean),
    ).toEqual([
      '### 7. Nhiệm vụ hoàn thành, triển khai mới trong kỳ',
      // One task and one group of tasks, never added; inside brackets the full name, no
      // short form introduced in brackets within brackets.
      'Trong kỳ hoàn thành 1 nhiệm vụ và 1 nhóm nhiệm vụ:',
      '- Xây dựng, trình ban hành chính sách hỗ trợ, thúc đẩy chuyển đổi số trên địa bàn tỉnh (Sở Thông tin và Truyền thông, hoàn thành ngày 15/5/2024);',
      '- Xây dựng Trung tâm giám sát, điều hành thông minh (IOC) của tỉnh (Sở Thông tin và Truyền thông, hoàn thành ngày 28/6/2024).',
      'Bắt đầu triển khai 3 nhiệm vụ:',
      '- Xây dựng kho dữ liệu dùng chung của tỉnh (Sở Thông tin và Truyền thông, từ ngày 15/3/2024);',
      '- Triển khai thanh toán trực tuyến phí, lệ phí và nghĩa vụ tài chính trong giải quyết thủ tục hành chính (Sở Tài chính, từ ngày 30/6/2024);',
      '- Triển khai hệ thống lưu trữ hồ sơ điện tử của tỉnh (Sở Nội vụ, từ ngày 12/4/2024).',
    ]);
  });

  it('counts the ten agencies whose index fell and the twelve tasks due next, pointing at the appendix', async () => {
    await inEveryFormat('2024-H1', [
      'Văn phòng UBND tỉnh (VP UBND tỉnh) có 2 nhiệm vụ quá hạn.',
      'Kết quả tự đánh giá của 10 cơ quan giảm so với kỳ trước (chi tiết tại Phụ lục I).',
      'Chưa gửi kết quả tự đánh giá 6 tháng đầu năm 2024: Sở Giao thông vận tải (Sở GTVT), UBND huyện Cồn Cỏ, UBND huyện Đakrông.',
      'Trong 6 tháng cuối năm 2024 có 12 nhiệm vụ đến hạn của 9 cơ quan (chi tiết tại Phụ lục IV).',
    ]);
    const { lines } = await briefing('2024-H1');
    const body = lines.slice(0, lines.indexOf('## Phụ lục I'));
    // No task code in the body, no list of the agencies whose index fell.
    expect(body.filter((line) => /\b(?:CHUNG|CQS|KTS|XHS)-\d+/u.test(line))).toEqual([]);
    expect(body.filter((line) => line.includes('Sở Nông nghiệp và Phát triển nông thôn'))).toEqual(
      [],
    );
    // The rankings appendix names who has not filed.
    expect(lines).toContain(
      'Chưa gửi kết quả tự đánh giá 6 tháng đầu năm 2024: Sở Giao thông vận tải (Sở GTVT), UBND huyện Cồn Cỏ, UBND huyện Đakrông.',
    );
  });

  it('gives the plan’s tasks and groups of tasks apart in the table of plans, as the totals', async () => {
    const { lines, tables } = await briefing('2024-H1');
    expect(part(lines, '### 6. Kết quả theo kế hoạch', '### 7.').filter(Boolean)).toEqual([
      '### 6. Kết quả theo kế hoạch',
      '| Kế hoạch | Số, ngày | Giao | Đã triển khai | Hoàn thành | Quá hạn | Tỷ lệ hoàn thành đến hạn |',
      '|:--|:--|--:|--:|--:|--:|--:|',
      '| Đề án chuyển đổi số tỉnh Quảng Trị đến năm 2025, định hướng đến năm 2030 | 1982/QĐ-UBND, 29/7/2022 | | | | | |',
      // Never "47 | 28/47 (59,6%) | 8 | 2 | 8/10 (80%)", adding the 11 groups to the 36 tasks.
      '| - Nhiệm vụ | | 36 | 17/36 (47,2%) | 5 | 2 | 5/7 (71,4%) |',
      '| - Nhóm nhiệm vụ | | 11 | 11/11 (100%) | 3 | 0 | 3/3 (100%) |',
    ]);
    // The Word table: the plan on its row, a row per kind below it.
    const plans = tables.find((rows) => rows[0]?.[0] === 'Kế hoạch');
    expect(plans?.slice(1)).toEqual([
      [
        'Đề án chuyển đổi số tỉnh Quảng Trị đến năm 2025, định hướng đến năm 2030',
        '1982/QĐ-UBND, 29/7/2022',
        '',
        '',
        '',
        '',
        '',
      ],
      ['- Nhiệm vụ', '', '36', '17/36 (47,2%)', '5', '2', '5/7 (71,4%)'],
      ['- Nhóm nhiệm vụ', '', '11', '11/11 (100%)', '3', '0', '3/3 (100%)'],
    ]);
  });

  it('gives an agency’s groups of tasks apart from its tasks in Phụ lục II, the index on the agency’s row', async () => {
    const { lines, tables } = await briefing('2024-H1');
    const at = lines.indexOf('| Sở Thông tin và Truyền thông | | | | | | 81,7% | Tốt | 1 |');
    // Never "16 | 13/16 (81,3%) | 7 | 0 | 7/7 (100%)", adding 7 groups of tasks to 9 tasks.
    expect(lines.slice(at, at + 3)).toEqual([
      '| Sở Thông tin và Truyền thông | | | | | | 81,7% | Tốt | 1 |',
      '| - Nhiệm vụ | 9 | 6/9 (66,7%) | 4 | 0 | 4/4 (100%) | | | |',
      '| - Nhóm nhiệm vụ | 7 | 7/7 (100%) | 3 | 0 | 3/3 (100%) | | | |',
    ]);
    const agencies = tables.find((rows) => rows[0]?.[0] === 'Cơ quan' && rows[0]?.[8] === 'Hạng');
    const row = agencies?.findIndex((cells) => cells[0] === 'Sở Thông tin và Truyền thông') ?? -1;
    expect(agencies?.slice(row, row + 3)).toEqual([
      ['Sở Thông tin và Truyền thông', '', '', '', '', '', '81,7%', 'Tốt', '1'],
      ['- Nhiệm vụ', '9', '6/9 (66,7%)', '4', '0', '4/4 (100%)', '', '', ''],
      ['- Nhóm nhiệm vụ', '7', '7/7 (100%)', '3', '0', '3/3 (100%)', '', '', ''],
    ]);
  });

  it('writes no "[Bổ sung: …]" line where the office has written', async () => {
    const { lines } = await briefing('2024-H1');
    expect(lines.filter((line) => line.startsWith('[Bổ sung'))).toEqual([]);
  });
});

describe('2024 (the year, without notes)', () => {
  it('leads the indicators with the year’s values against the end of 2023', async () => {
    await inEveryFormat('2024', [
      'Tỷ lệ cơ quan, đơn vị có cán bộ chuyên trách hoặc kiêm nhiệm chuyển đổi số đạt 100% (cuối năm 2023 là 96,4%). Tỷ lệ dịch vụ công trực tuyến mức độ 4 (toàn trình) đạt 86,2% (cuối năm 2023 là 61,3%), vượt mục tiêu 80% của năm 2025. Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình đạt 58,7% (cuối năm 2023 là 38,6%), vượt mục tiêu 50% của năm 2023. Tỷ lệ cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng đạt 100% (cuối năm 2023 là 100%). Tỷ trọng kinh tế số trong GRDP của tỉnh đạt 12,6% (cuối năm 2023 là 9,8%), mục tiêu năm 2025 là 20%. Tỷ lệ hộ gia đình có điện thoại thông minh đạt 94,1% (cuối năm 2023 là 89,4%). Tỷ lệ người dân sử dụng Internet (cố định và di động) trên dân số đạt 105,2% (cuối năm 2023 là 98,62%). Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 76,84% (cuối năm 2023 là 68,3%), mục tiêu năm 2025 là 80%. Thành viên Tổ công nghệ số cộng đồng đạt 4.412 thành viên (cuối năm 2023 là 3.915 thành viên).',
      'Để đạt mục tiêu của năm 2025, tỷ trọng kinh tế số trong GRDP của tỉnh cần tăng thêm 7,4 điểm phần trăm (hiện đạt 12,6%, mục tiêu 20%); tỷ lệ hộ gia đình có kết nối Internet cáp quang cần tăng thêm 3,16 điểm phần trăm (hiện đạt 76,84%, mục tiêu 80%).',
    ]);
  });

  it('counts the tasks finished, started, overdue and due, each with the appendix that lists them', async () => {
    await inEveryFormat('2024', [
      'Trong kỳ hoàn thành 7 nhiệm vụ và 1 nhóm nhiệm vụ của 6 cơ quan (chi tiết tại Phụ lục IV).',
      'Bắt đầu triển khai 18 nhiệm vụ của 12 cơ quan (chi tiết tại Phụ lục IV).',
      'Có 7 nhiệm vụ và 1 nhóm nhiệm vụ quá hạn của 5 cơ quan: Văn phòng UBND tỉnh (VP UBND tỉnh) có 3 nhiệm vụ, Sở Thông tin và Truyền thông (Sở TT&TT) có 1 nhiệm vụ và 1 nhóm nhiệm vụ, Sở Công Thương có 1 nhiệm vụ, Sở Lao động - Thương binh và Xã hội (Sở LĐ-TB&XH) có 1 nhiệm vụ và Sở Y tế có 1 nhiệm vụ.',
      'Tập trung hoàn thành 7 nhiệm vụ và 1 nhóm nhiệm vụ quá hạn của 5 cơ quan (chi tiết tại Phụ lục IV).',
      'Trong năm 2025 có 20 nhiệm vụ đến hạn của 13 cơ quan (chi tiết tại Phụ lục IV).',
    ]);
  });

  it('leaves out the agencies whose index fell, since none did, and shows each part only the office writes as a line to fill', async () => {
    const { lines } = await briefing('2024');
    expect(lines.filter((line) => line.includes('tự đánh giá giảm'))).toEqual([]);
    await inEveryFormat('2024', [
      '[Bổ sung: công tác lãnh đạo, chỉ đạo trong kỳ]',
      '[Bổ sung: kết quả trên các lĩnh vực (nhận thức số, thể chế số, hạ tầng số, …)]',
      '[Bổ sung: nguyên nhân của tồn tại, hạn chế (khách quan, chủ quan)]',
      '[Bổ sung: nhiệm vụ, giải pháp trọng tâm thời gian tới]',
      '[Bổ sung: đề xuất, kiến nghị của Ban Chỉ đạo]',
    ]);
  });

  it('opens by citing the plan with its issuer', async () => {
    await inEveryFormat('2024', [
      'Thực hiện Quyết định số 1982/QĐ-UBND ngày 29/7/2022 của UBND tỉnh ban hành Đề án chuyển đổi số tỉnh Quảng Trị đến năm 2025, định hướng đến năm 2030, Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị báo cáo kết quả thực hiện công tác chuyển đổi số năm 2024 như sau:',
    ]);
  });
});

describe('2024-Q3 (no assessment, no new indicator value)', () => {
  it('has no indicator part and no index part, rather than figures of June or a negation', async () => {
    const { lines } = await briefing('2024-Q3');
    const headings = lines.filter((line) => line.startsWith('## ') || line.startsWith('### '));
    expect(headings.slice(0, headings.indexOf('## IV. ĐỀ XUẤT, KIẾN NGHỊ') + 1)).toEqual([
      '## I. KẾT QUẢ THỰC HIỆN',
      '### 1. Công tác lãnh đạo, chỉ đạo, điều hành',
      '### 2. Kết quả trên các lĩnh vực',
      '### 3. Kết quả thực hiện nhiệm vụ',
      '### 4. Kết quả theo trụ cột',
      '### 5. Kết quả theo kế hoạch',
      '### 6. Nhiệm vụ hoàn thành, triển khai mới trong kỳ',
      '## II. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC',
      '### 1. Khó khăn, vướng mắc',
      '### 2. Nguyên nhân',
      '### 3. Cơ quan có nhiệm vụ quá hạn',
      '## III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
      '### 1. Nhiệm vụ, giải pháp trọng tâm',
      '### 2. Tập trung hoàn thành các nhiệm vụ quá hạn',
      '### 3. Nhiệm vụ đến hạn trong quý IV năm 2024',
      '## IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    for (const negation of [
      'Các cơ quan không nêu khó khăn',
      'Không có cơ quan nào có kết quả tự đánh giá giảm',
      'Chưa có kỳ tự đánh giá nào',
      'Không có kỳ tự đánh giá nào',
      'chỉ tiêu',
    ])
      expect(lines.filter((line) => line.includes(negation))).toEqual([]);
  });

  it('counts the difficulties still standing on open tasks, which the directions print beside them', async () => {
    const { lines } = await briefing('2024-Q3');
    const difficulties = part(lines, '### 1. Khó khăn, vướng mắc', '### 2.');
    expect(difficulties.filter((line) => line.startsWith('- ')).length).toBe(7);
    expect(difficulties).toContain(
      '- **Kinh phí bố trí cho chuyển đổi số còn hạn chế** (4 cơ quan phản ánh), như: chưa được bố trí kinh phí; ngân sách tỉnh còn hạn hẹp, chưa đáp ứng nhu cầu kinh phí chuyển đổi số của các đơn vị; thành viên tổ hoạt động kiêm nhiệm, chưa có kinh phí hỗ trợ.',
    );
    await inEveryFormat('2024-Q3', [
      '- Xây dựng Hệ thống thông tin báo cáo của tỉnh, kết nối Hệ thống thông tin báo cáo Chính phủ (VP UBND tỉnh, thời hạn 30/6/2024; vướng mắc: chưa được bố trí kinh phí).',
      'Bắt đầu triển khai 11 nhiệm vụ của 9 cơ quan (chi tiết tại Phụ lục III).',
      'Trong kỳ không có nhiệm vụ nào hoàn thành.',
      // No "hoàn thành 0 nhiệm vụ"; what did not move said once.
      'Quý III năm 2024 không có nhiệm vụ nào hoàn thành (trong kỳ, từ ngày 01/7/2024 đến ngày 30/9/2024); lũy kế đến ngày 30/9/2024 hoàn thành 5/36 nhiệm vụ và 3/11 nhóm nhiệm vụ được giao.',
      'Số nhiệm vụ đã triển khai tăng 11 nhiệm vụ so với quý II năm 2024 (kỳ trước: 17/36); số nhiệm vụ hoàn thành và quá hạn không đổi. Số nhóm nhiệm vụ đã triển khai (kỳ trước: 11/11), hoàn thành và quá hạn không đổi.',
    ]);
  });
});
