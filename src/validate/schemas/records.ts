/** Schemas of the record files: tasks/**\/*.yaml and assessments/**\/*.yaml. */
import {
  date,
  importSource,
  id,
  listOf,
  object,
  period,
  reportedText,
  reportedTextList,
  text,
  type JsonSchema,
} from './common.js';

/** The fields of one status update, shared with the entries of updates/ files (schemas/updates.ts). */
export const updateFields: Record<string, JsonSchema> = {
  date: date('Ngày cập nhật (YYYY-MM-DD).'),
  period: period('Hoặc kỳ báo cáo của cập nhật, ví dụ 2024-H1.'),
  status: {
    type: 'string',
    description:
      'not_started | in_progress | done | cancelled (hoặc: chưa triển khai, đang triển khai, hoàn thành, dừng thực hiện).',
    examples: ['not_started', 'in_progress', 'done', 'cancelled'],
  },
  progress: { type: 'number', minimum: 0, maximum: 100, description: 'Tiến độ (%).' },
  note: text('Ghi chú kết quả.'),
  estimate: {
    type: 'boolean',
    description:
      'true: ước thực hiện (trạng thái dự kiến đến một ngày sắp tới); chỉ được tính khi lập báo cáo với --estimate.',
  },
  evidence: text(
    'Văn bản hoặc đường dẫn minh chứng, ví dụ: Báo cáo số 45/BC-UBND ngày 10/12/2026.',
  ),
  issues: {
    anyOf: [reportedText('Khó khăn, vướng mắc.'), reportedTextList('Các khó khăn, vướng mắc.')],
    description:
      'Khó khăn, vướng mắc: một dòng hoặc danh sách; mỗi dòng là văn bản hoặc { theme, text }.',
  },
};

const update = object(
  {
    ...updateFields,
    agency: id(
      'Nhiệm vụ giao cho một nhóm (`lead: { group }`): mã cơ quan có phần việc mà cập nhật này báo cáo.',
    ),
  },
  ['status'],
  'Một lần cập nhật trạng thái.',
);

/** A lead (0.3): an agency id, or `{ group: id }`: every agency of the group active on a day holds a share. */
const lead = (description: string): JsonSchema => ({
  anyOf: [
    id('Mã cơ quan chủ trì.'),
    object(
      { group: id('Mã nhóm cơ quan (agencies.yaml `groups`).') },
      ['group'],
      'Giao cho từng cơ quan của nhóm: mỗi cơ quan đang hoạt động có một phần việc.',
    ),
  ],
  description,
});

const task = object(
  {
    id: id('Mã nhiệm vụ, ví dụ: CQS-07.'),
    title: text('Tên nhiệm vụ.'),
    pillar: id('Mã trụ cột (mặc định: `pillar` đầu tệp).'),
    plan: id('Mã kế hoạch (mặc định: `plan` đầu tệp).'),
    lead: lead(
      'Cơ quan chủ trì (mã cơ quan), hoặc { group: mã nhóm } giao cho từng cơ quan của nhóm.',
    ),
    partners: { type: 'array', items: { type: 'string' }, description: 'Mã các cơ quan phối hợp.' },
    start: date('Ngày bắt đầu; trước ngày này nhiệm vụ chưa được giao.'),
    deadline: {
      type: ['string', 'integer'],
      description:
        'Thời hạn: một ngày, một kỳ báo cáo (2025, 2024-H2) hoặc `ongoing` (thường xuyên).',
    },
    updates: listOf(update, 'Nhật ký cập nhật trạng thái.'),
    transfers: listOf(
      object(
        {
          date: date('Ngày chuyển giao (YYYY-MM-DD): từ ngày này cơ quan mới chủ trì.'),
          lead: lead('Cơ quan (hoặc { group: mã nhóm }) chủ trì từ ngày chuyển giao.'),
          decision: text('Văn bản quyết định, ví dụ: Quyết định số 1450/QĐ-UBND.'),
        },
        ['date', 'lead'],
      ),
      'Chuyển giao cơ quan chủ trì theo quyết định, theo thứ tự ngày.',
    ),
  },
  ['id', 'title', 'lead'],
);

export const tasksSchema: JsonSchema = object(
  {
    plan: id('Mã kế hoạch mặc định cho các nhiệm vụ trong tệp.'),
    pillar: id('Mã trụ cột mặc định cho các nhiệm vụ trong tệp.'),
    tasks: listOf(task, 'Danh sách nhiệm vụ.'),
  },
  ['tasks'],
  'Tệp nhiệm vụ của dx-report.',
);

const score = {
  anyOf: [
    { type: 'number', minimum: 0 },
    {
      type: 'object',
      properties: {
        self: { type: 'number', minimum: 0, description: 'Điểm tự đánh giá.' },
        verified: { type: 'number', minimum: 0, description: 'Điểm thẩm định (được dùng nếu có).' },
        evidence: text('Tài liệu kiểm chứng.'),
      },
      additionalProperties: false,
      anyOf: [{ required: ['self'] }, { required: ['verified'] }],
    },
  ],
  description: 'Điểm: một số, hoặc { self, verified, evidence }.',
};

export const assessmentSchema: JsonSchema = object(
  {
    agency: id('Mã cơ quan tự đánh giá.'),
    period: period('Kỳ đánh giá, ví dụ 2024-H1.'),
    submitted: date('Ngày nộp.'),
    source: importSource(),
    scores: {
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z0-9._-]{1,64}$' },
      additionalProperties: score,
      description: 'Điểm theo mã tiêu chí.',
    },
    difficulties: reportedTextList('Khó khăn, vướng mắc (văn bản, hoặc { theme, text }).'),
    proposals: reportedTextList('Đề xuất, kiến nghị (văn bản, hoặc { theme, text }).'),
  },
  ['agency', 'period', 'scores'],
  'Tệp tự đánh giá của một cơ quan cho một kỳ.',
);
