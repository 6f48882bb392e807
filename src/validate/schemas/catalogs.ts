/** Schemas of the catalogue files: dx-report.yaml, pillars.yaml, agencies.yaml, plans.yaml, criteria.yaml. */
import { REPORT_FORMATS } from '../../model/report-formats.js';
import {
  date,
  id,
  ID_PATTERN,
  listOf,
  object,
  SYMBOL_PATTERN,
  text,
  textList,
  textOrLines,
  type JsonSchema,
} from './common.js';

/**
 * The most points one criterion may carry: real indices give 1–100 a
 * criterion and about 1,000 in all. Any sum over a dataset then stays a finite,
 * exact number.
 */
export const MAX_POINTS = 10_000;

export const settingsSchema: JsonSchema = object(
  {
    schema_version: { const: 1, description: 'Phiên bản định dạng dữ liệu, hiện là 1.' },
    organization: textOrLines(
      'Cơ quan ban hành báo cáo, ví dụ: Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị; hoặc danh sách các dòng in ở phần tiêu đề, ngắt dòng như cơ quan vẫn ngắt.',
    ),
    parent_organization: text('Cơ quan chủ quản, ví dụ: Ủy ban nhân dân tỉnh Quảng Trị.'),
    place: text('Địa danh ghi ở dòng ngày tháng, ví dụ: Quảng Trị.'),
    report_title: text('Trích yếu báo cáo, ví dụ: Kết quả thực hiện công tác chuyển đổi số.'),
    document: object(
      {
        symbol: {
          type: 'string',
          pattern: SYMBOL_PATTERN,
          maxLength: 64,
          description:
            'Ký hiệu văn bản, viết in hoa, không có dấu cách, ví dụ: BC-BCĐ (dòng "Số:      /BC-BCĐ").',
        },
        number: {
          type: 'integer',
          minimum: 1,
          // 1e21 is an integer to JSON Schema but prints as "1e+21"; numbers restart each year.
          maximum: 999_999_999,
          description: 'Số văn bản (số nguyên dương); bỏ trống để hệ thống quản lý văn bản cấp số.',
        },
        addressees: textList('Các dòng "Kính gửi:", mỗi dòng một nơi.'),
      },
      ['symbol'],
      'Số, ký hiệu và nơi gửi của văn bản (Nghị định 30/2020).',
    ),
    signer: object(
      {
        authority: textOrLines(
          'Thẩm quyền ký (TM., KT., Q., TL., TUQ.), ví dụ: TM. Ban Chỉ đạo; hoặc danh sách nhiều dòng theo thứ tự in, ví dụ: [TM. Ủy ban nhân dân, KT. Chủ tịch].',
        ),
        title: text('Chức vụ người ký, ví dụ: Trưởng Ban.'),
        position: text(
          'Chức vụ của người ký tại cơ quan, in dưới chữ ký, ví dụ: Chủ tịch UBND tỉnh.',
        ),
        name: text('Họ tên người ký.'),
      },
      ['title', 'name'],
      'Người ký báo cáo.',
    ),
    cutoff_day: {
      type: 'integer',
      minimum: 1,
      maximum: 31,
      description: 'Ngày chốt số liệu trong tháng cuối kỳ (ví dụ 14); mặc định: ngày cuối kỳ.',
    },
    recipients: textList('Nơi nhận, mỗi dòng một nơi.'),
    defaults: object(
      {
        formats: {
          type: 'array',
          items: { enum: [...REPORT_FORMATS] },
          minItems: 1,
          description: 'Định dạng báo cáo mặc định của lệnh build.',
        },
        out: text('Thư mục ghi báo cáo (tính từ thư mục dữ liệu).'),
        lang: { enum: ['vi', 'en'], description: 'Ngôn ngữ thông báo lỗi.' },
        template: text('Mẫu Handlebars của báo cáo Markdown (tính từ thư mục dữ liệu).'),
        plans: {
          type: 'array',
          items: { type: 'string', pattern: ID_PATTERN },
          minItems: 1,
          description: 'Chỉ tính nhiệm vụ của các kế hoạch này (như --plan).',
        },
        docx_reference: text(
          'Tệp .docx mẫu có các kiểu (style) của cơ quan cho báo cáo Word (tính từ thư mục dữ liệu).',
        ),
      },
      [],
      'Giá trị mặc định cho các tùy chọn dòng lệnh; tùy chọn dòng lệnh được ưu tiên.',
    ),
  },
  ['schema_version', 'organization', 'place'],
  'Thiết lập của bộ dữ liệu dx-report.',
);

export const pillarsSchema: JsonSchema = object(
  {
    pillars: listOf(
      object(
        {
          id: id('Mã trụ cột.'),
          name: text('Tên trụ cột, ví dụ: Chính quyền số.'),
          label: text('Cụm từ dùng trong câu, ví dụ: nhiệm vụ phát triển chính quyền số.'),
        },
        ['id', 'name'],
      ),
      'Các trụ cột, theo thứ tự trình bày trong báo cáo.',
      1,
    ),
  },
  ['pillars'],
);

export const agenciesSchema: JsonSchema = object(
  {
    groups: listOf(
      object({ id: id('Mã nhóm.'), name: text('Tên nhóm, ví dụ: Sở, ban, ngành.') }, [
        'id',
        'name',
      ]),
      'Các nhóm cơ quan; cơ quan được xếp hạng trong nhóm của mình.',
    ),
    agencies: listOf(
      object(
        {
          id: id('Mã cơ quan.'),
          name: text('Tên đầy đủ của cơ quan.'),
          short_name: text('Tên viết tắt, ví dụ: Sở KH&CN.'),
          group: id('Mã nhóm cơ quan.'),
          parent: id('Mã cơ quan cấp trên.'),
          ranked: { type: 'boolean', description: 'false: có đánh giá nhưng không xếp hạng.' },
          active_from: date('Ngày đầu tiên cơ quan hoạt động.'),
          active_until: date('Ngày cuối cùng cơ quan hoạt động.'),
          successor: {
            anyOf: [
              { type: 'string', pattern: ID_PATTERN },
              { type: 'array', items: { type: 'string', pattern: ID_PATTERN }, minItems: 1 },
            ],
            description:
              'Mã cơ quan tiếp nhận nhiệm vụ khi cơ quan này thôi hoạt động; hoặc danh sách nhiều cơ quan (huyện giải thể chia về nhiều xã): khi đó nhiệm vụ phải ghi `transfers`.',
          },
        },
        ['id', 'name'],
      ),
      'Danh mục cơ quan, đơn vị.',
      1,
    ),
  },
  ['agencies'],
);

export const plansSchema: JsonSchema = object(
  {
    plans: listOf(
      object(
        {
          id: id('Mã kế hoạch.'),
          number: text('Số, ký hiệu văn bản, ví dụ: 1982/QĐ-UBND.'),
          date: date('Ngày ban hành.'),
          title: text('Trích yếu văn bản.'),
          issuer: text(
            'Cơ quan ban hành, như báo cáo viết sau "của" (tùy chọn), ví dụ: UBND tỉnh, Thủ tướng Chính phủ.',
          ),
        },
        ['id', 'number', 'date', 'title'],
      ),
      'Các kế hoạch, quyết định giao nhiệm vụ.',
    ),
  },
  ['plans'],
);

const componentList = listOf(
  object({ id: id('Mã chỉ số thành phần.'), name: text('Tên chỉ số thành phần.') }, ['id', 'name']),
  'Các chỉ số thành phần.',
  1,
);

const criterionList = listOf(
  object(
    {
      id: id('Mã tiêu chí.'),
      component: id('Mã chỉ số thành phần.'),
      name: text('Nội dung tiêu chí.'),
      max: {
        type: 'number',
        exclusiveMinimum: 0,
        // Sums of maxima and scores stay finite (two `max: 1e308` made Infinity) and exact.
        maximum: MAX_POINTS,
        description: `Điểm tối đa (số dương, không quá ${MAX_POINTS}).`,
      },
    },
    ['id', 'component', 'name', 'max'],
  ),
  'Các tiêu chí chấm điểm.',
  1,
);

const gradeList = listOf(
  object(
    {
      name: text('Tên mức xếp loại, ví dụ: Tốt.'),
      min: {
        type: 'number',
        minimum: 0,
        maximum: 100,
        description: 'Tỷ lệ điểm tối thiểu (%).',
      },
    },
    ['name', 'min'],
  ),
  'Các mức xếp loại theo tỷ lệ điểm, từ cao xuống thấp.',
);

/**
 * criteria.yaml: one index (`components`, `criteria`, `grades`) for everyone,
 * or (0.3) `indices`, one per set of agency groups. Which form a file uses,
 * and that it uses one, is checked by its reader (read-criteria.ts): an
 * `anyOf` here would bury the plain message under its branches.
 */
export const criteriaSchema: JsonSchema = object(
  {
    components: componentList,
    criteria: criterionList,
    grades: gradeList,
    indices: listOf(
      object(
        {
          id: id('Mã bộ chỉ số, ví dụ: chi-so-so.'),
          name: text('Tên bộ chỉ số, ví dụ: Chỉ số chuyển đổi số cấp sở.'),
          groups: {
            type: 'array',
            items: id('Mã nhóm cơ quan (agencies.yaml).'),
            minItems: 1,
            description: 'Các nhóm cơ quan được đánh giá theo bộ chỉ số này.',
          },
          components: componentList,
          criteria: criterionList,
          grades: gradeList,
        },
        ['id', 'name', 'groups', 'components', 'criteria'],
      ),
      'Các bộ chỉ số, mỗi bộ cho các nhóm cơ quan nêu trong `groups` (ví dụ cấp sở, cấp xã).',
      1,
    ),
  },
  [],
);
