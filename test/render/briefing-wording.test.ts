import { describe, expect, it } from 'vitest';
import type { ReportModel, ThemeGroup } from '../../src/compute/report-model.js';
import {
  agenciesNamedOrCounted,
  closingParagraphs,
  doneSplit,
  gradeCountSentence,
  issueItems,
  openingParagraphs,
  planCitation,
  themeSummary,
} from '../../src/render/briefing-wording.js';
import { lookupIn } from '../../src/render/lookup.js';
import { appendixLabel, hasPart, sectionNumber } from '../../src/render/outline.js';
import { AGENCIES as A, REPORT_MODEL, withGist } from '../fixtures/report-model.js';

const lookup = lookupIn(REPORT_MODEL);
const withNotes = (notes: Partial<NonNullable<ReportModel['notes']>>): ReportModel => ({
  ...REPORT_MODEL,
  notes: {
    basis: [],
    leadership: [],
    areas: [],
    causes: [],
    directions: [],
    proposals: [],
    closing: [],
    ...notes,
  },
});

describe('the opening and the closing', () => {
  it('cite the plans in force and the period when the office wrote none', () => {
    expect(openingParagraphs(REPORT_MODEL)).toEqual([
      'Thực hiện Quyết định số 1982/QĐ-UBND ngày 29/7/2022 ban hành Đề án chuyển đổi số tỉnh Quảng Trị đến năm 2025, định hướng đến năm 2030 và Kế hoạch số 35/KH-UBND ngày 15/3/2024 về chuyển đổi số tỉnh Quảng Trị năm 2024, Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị báo cáo kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024 như sau:',
    ]);
    expect(closingParagraphs(REPORT_MODEL)).toEqual([
      'Trên đây là báo cáo kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024 của Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị./.',
    ]);
  });

  it("use the office's own, the last closing paragraph ending with one end mark", () => {
    const model = withNotes({
      basis: ['Căn cứ Kế hoạch số 01/KH-UBND, Sở báo cáo như sau:'],
      closing: ['Trên đây là báo cáo của Sở.', 'Kính đề nghị UBND tỉnh xem xét, chỉ đạo.'],
    });
    expect(openingParagraphs(model)).toEqual([
      'Căn cứ Kế hoạch số 01/KH-UBND, Sở báo cáo như sau:',
    ]);
    expect(closingParagraphs(model)).toEqual([
      'Trên đây là báo cáo của Sở.',
      'Kính đề nghị UBND tỉnh xem xét, chỉ đạo./.',
    ]);
    expect(closingParagraphs(withNotes({ closing: ['Trên đây là báo cáo./.'] }))).toEqual([
      'Trên đây là báo cáo./.',
    ]);
  });

  it('name a document by the kind its number says', () => {
    expect(planCitation({ number: '42/KH-UBND', date: '2025-02-18' })).toBe(
      'Kế hoạch số 42/KH-UBND ngày 18/02/2025',
    );
    expect(planCitation({ number: '05-NQ/TU', date: '2021-11-04' })).toBe(
      'Văn bản số 05-NQ/TU ngày 04/11/2021',
    );
  });
});

describe('sentences without empty categories', () => {
  it('split the done tasks leaving out the kinds with none', () => {
    expect(
      doneSplit({ ...REPORT_MODEL.totals, dueDoneOnTime: 7, dueDoneLate: 1, notDueDone: 0 }),
    ).toBe('7 đúng hạn, 1 trễ hạn');
    expect(
      doneSplit({ ...REPORT_MODEL.totals, dueDoneOnTime: 0, dueDoneLate: 0, notDueDone: 3 }),
    ).toBe('3 trước hạn');
    expect(
      doneSplit({ ...REPORT_MODEL.totals, dueDoneOnTime: 0, dueDoneLate: 0, notDueDone: 0 }),
    ).toBe('');
  });

  it('name agencies while there are at most three, and count them beyond', () => {
    expect(agenciesNamedOrCounted([A.soTttt.id, A.giaoDuc.id, A.soTttt.id], lookup)).toBe(
      'Sở TT&TT, Sở GD&ĐT',
    );
    expect(
      agenciesNamedOrCounted([A.soTttt.id, A.giaoDuc.id, A.camLo.id, A.dongHa.id], lookup),
    ).toBe('4 cơ quan');
  });
});

describe('a theme in the body', () => {
  const group: ThemeGroup = withGist({
    theme: 'nhan-luc',
    agencies: [A.giaoDuc.id, A.camLo.id, A.dongHa.id, A.soTttt.id],
    texts: [
      {
        text: 'Nhân lực chủ yếu kiêm nhiệm.',
        theme: 'nhan-luc',
        sources: [A.giaoDuc, A.camLo, A.dongHa, A.soTttt].map((agency) => ({
          agency: agency.id,
          kind: 'assessment' as const,
          ref: '2024-H1',
        })),
      },
      ...['Thiếu người', 'Chưa được đào tạo', 'Không đúng chuyên ngành'].map((text) => ({
        text,
        theme: 'nhan-luc',
        sources: [{ agency: A.soTttt.id, kind: 'task' as const, ref: 'CQS-01' }],
      })),
    ],
  });
  const themes = { themes: [{ id: 'nhan-luc', name: 'Nhân lực còn thiếu' }] };

  it('gives its name, its agency count and its three most raised texts', () => {
    expect(themeSummary(themes, group, lookup)).toEqual({
      name: 'Nhân lực còn thiếu',
      count: '4 cơ quan',
      quoted:
        'Nhân lực chủ yếu kiêm nhiệm (4 cơ quan); Thiếu người (Sở TT&TT); Chưa được đào tạo (Sở TT&TT); và 1 ý kiến khác.',
    });
  });

  it('calls the texts of no theme "Khác"', () => {
    expect(themeSummary(themes, { ...group, theme: null }, lookup).name).toBe('Khác');
  });
});

describe('grade counts', () => {
  it('give each grade over the group’s assessed agencies, none for grades nobody earned', () => {
    expect(
      gradeCountSentence(
        {
          group: 'so-nganh',
          assessed: 17,
          grades: [
            { name: 'Tốt', count: 3 },
            { name: 'Khá', count: 10 },
            { name: 'Trung bình', count: 4 },
            { name: 'Yếu', count: 0 },
          ],
        },
        lookup,
      ),
    ).toBe(
      'Sở, ban, ngành: 3/17 cơ quan xếp loại Tốt, 10/17 xếp loại Khá, 4/17 xếp loại Trung bình.',
    );
  });
});

describe('the outline', () => {
  it('numbers the sections after the optional ones that are there', () => {
    // Without notes/, the parts only the office writes are there, to fill.
    expect(sectionNumber(REPORT_MODEL, 'results.leadership')).toBe(1);
    expect(sectionNumber(REPORT_MODEL, 'results.overview')).toBe(3);
    expect(sectionNumber(REPORT_MODEL, 'results.index')).toBe(7);
    expect(sectionNumber(withNotes({}), 'results.leadership')).toBe(0);
    expect(sectionNumber(withNotes({}), 'results.overview')).toBe(1);
    expect(sectionNumber(withNotes({}), 'results.index')).toBe(5);
    const noted = withNotes({ leadership: ['Ban hành văn bản.'], directions: ['Rà soát.'] });
    expect(sectionNumber(noted, 'results.leadership')).toBe(1);
    expect(sectionNumber(noted, 'results.overview')).toBe(2);
    expect(sectionNumber(noted, 'directions.keyTasks')).toBe(1);
    expect(sectionNumber(noted, 'directions.overdue')).toBe(2);
  });

  it('leaves out a section with no data for the period rather than negate it', () => {
    const quiet: ReportModel = {
      ...withNotes({}),
      index: { ...REPORT_MODEL.index, assessmentPeriod: null, rows: [], notFiled: [] },
      difficulties: [],
      lagging: { overdue: [], indexFell: [] },
      nextSteps: { ...REPORT_MODEL.nextSteps, overdue: [], dueRest: [], dueNext: [] },
    };
    for (const key of [
      'results.index',
      'shortcomings.difficulties',
      'shortcomings.overdue',
      'shortcomings.indexFell',
      'shortcomings.notFiled',
      'directions.overdue',
      'directions.dueNext',
    ])
      expect([key, sectionNumber(quiet, key)]).toEqual([key, 0]);
    expect(hasPart(quiet, 'shortcomings')).toBe(false);
    expect(hasPart(quiet, 'directions')).toBe(false);
    expect(hasPart(quiet, 'proposals')).toBe(true);
    expect(hasPart({ ...quiet, proposals: [] }, 'proposals')).toBe(false);
    expect(hasPart({ ...quiet, notes: null, proposals: [] }, 'proposals')).toBe(true);
  });

  it('numbers appendices in Roman numerals once there are two, and names a single one plainly', () => {
    expect(
      ['rankings', 'agencies', 'texts', 'tasks'].map((key) => appendixLabel(REPORT_MODEL, key)),
    ).toEqual(['Phụ lục I', 'Phụ lục II', 'Phụ lục III', 'Phụ lục IV']);
    const tasksOnly: ReportModel = {
      ...REPORT_MODEL,
      index: { ...REPORT_MODEL.index, rows: [] },
      agencyResults: [],
      difficulties: [],
      proposals: [],
    };
    expect(appendixLabel(tasksOnly, 'tasks')).toBe('Phụ lục');
    expect(appendixLabel(tasksOnly, 'rankings')).toBe('');
  });
});

describe('issueItems: the body’s difficulties and proposals by theme (issue 27)', () => {
  const text = (words: string, agencies: string[]) => ({
    text: words,
    theme: null,
    sources: agencies.map((agency) => ({ agency, kind: 'assessment' as const, ref: '2024-H1' })),
  });
  const themes = [{ id: 'nhan-luc', name: 'Nhân lực còn thiếu, chủ yếu kiêm nhiệm' }];
  const staffing: ThemeGroup = withGist({
    theme: 'nhan-luc',
    agencies: ['a', 'b', 'c', 'd'],
    texts: [
      { ...text('Cán bộ chủ yếu kiêm nhiệm.', ['a', 'b', 'c']), theme: 'nhan-luc' },
      { ...text('Sở Nội vụ chưa bố trí biên chế', ['d']), theme: 'nhan-luc' },
    ],
  });

  it('gives a theme its name, how many agencies raised it, once, and its texts as examples in lower case', () => {
    expect(issueItems([staffing], { themes }, 'difficulty')).toEqual([
      {
        headline: 'Nhân lực còn thiếu, chủ yếu kiêm nhiệm',
        text: '(4 cơ quan phản ánh), như: cán bộ chủ yếu kiêm nhiệm; Sở Nội vụ chưa bố trí biên chế.',
      },
    ]);
  });

  it('makes a text of no theme that three agencies raised an item of its own; the rest one by one or counted', () => {
    const none: ThemeGroup = withGist({
      theme: null,
      agencies: ['a', 'b', 'c', 'd', 'e'],
      texts: [
        text('Hạ tầng chưa đồng bộ', ['a', 'b', 'c']),
        text('Thiếu máy quét', ['d']),
        text('Đường truyền chậm', ['e']),
        text('Tấn công mạng tinh vi', ['e']),
        text('Phần mềm chưa kết nối', ['d']),
      ],
    });
    expect(issueItems([staffing, none], { themes }, 'difficulty').slice(1)).toEqual([
      { headline: null, text: 'Hạ tầng chưa đồng bộ (3 cơ quan phản ánh).' },
      {
        headline: null,
        text: 'Ngoài ra, 2 cơ quan còn nêu 4 ý kiến khác, như: thiếu máy quét; đường truyền chậm.',
      },
    ]);
    expect(
      issueItems(
        [withGist({ ...none, texts: none.texts.slice(0, 2) })],
        { themes: [] },
        'difficulty',
      ),
    ).toEqual([
      { headline: null, text: 'Hạ tầng chưa đồng bộ (3 cơ quan phản ánh).' },
      { headline: null, text: 'Thiếu máy quét (1 cơ quan phản ánh).' },
    ]);
  });

  it('puts the most raised first, a text of no theme raised by five before a theme raised by four', () => {
    const five = withGist({
      theme: null,
      agencies: ['e', 'f', 'g', 'h', 'i'],
      texts: [text('Người dân chưa quen nộp hồ sơ trực tuyến', ['e', 'f', 'g', 'h', 'i'])],
    });
    expect(issueItems([staffing, five], { themes }, 'difficulty')).toEqual([
      { headline: null, text: 'Người dân chưa quen nộp hồ sơ trực tuyến (5 cơ quan phản ánh).' },
      {
        headline: 'Nhân lực còn thiếu, chủ yếu kiêm nhiệm',
        text: '(4 cơ quan phản ánh), như: cán bộ chủ yếu kiêm nhiệm; Sở Nội vụ chưa bố trí biên chế.',
      },
    ]);
  });

  it('counts and quotes near-identical wordings once', () => {
    const wordings = withGist({
      theme: null,
      agencies: ['a', 'b', 'c', 'd'],
      texts: [
        text('Người dân vẫn có thói quen nộp hồ sơ trực tiếp, tỷ lệ hồ sơ trực tuyến còn thấp', [
          'a',
          'b',
        ]),
        text('Người dân vẫn quen nộp hồ sơ trực tiếp, tỷ lệ hồ sơ trực tuyến còn thấp', ['c']),
        text('Thiếu máy quét', ['d']),
      ],
    });
    expect(issueItems([wordings], { themes: [] }, 'difficulty')).toEqual([
      {
        headline: null,
        text: 'Người dân vẫn có thói quen nộp hồ sơ trực tiếp, tỷ lệ hồ sơ trực tuyến còn thấp (3 cơ quan phản ánh).',
      },
      { headline: null, text: 'Thiếu máy quét (1 cơ quan phản ánh).' },
    ]);
  });

  it('words a theme of proposals from its most raised requests, the count after them all', () => {
    const funding: ThemeGroup = withGist({
      theme: 'nhan-luc',
      agencies: ['a', 'b', 'c'],
      texts: [
        { ...text('Đề nghị bố trí kinh phí.', ['a', 'b']), theme: 'nhan-luc' },
        { ...text('Đề nghị hỗ trợ tập huấn', ['c']), theme: 'nhan-luc' },
      ],
    });
    expect(issueItems([funding], { themes }, 'proposal')).toEqual([
      { headline: null, text: 'Đề nghị bố trí kinh phí; hỗ trợ tập huấn (3 cơ quan đề xuất).' },
    ]);
  });
});
