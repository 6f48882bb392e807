/**
 * Schemas of the indicator files (spec § indicators.yaml and
 * indicators/**\/*.yaml, added in 0.2): the catalogue with its targets, and
 * files of measured values.
 */
import { date, id, importSource, listOf, object, period, text, type JsonSchema } from './common.js';

/**
 * The largest size of a measured value or target (10¹⁵, either sign): every
 * difference of two values stays finite and exact to the cent, where values
 * near ±1.7·10³⁰⁸ made an infinite change. .inf and .nan are reported as such
 * (schema-check.ts).
 */
export const MAX_MEASURE = 1e15;

const measure = (description: string): JsonSchema => ({
  type: 'number',
  minimum: -MAX_MEASURE,
  maximum: MAX_MEASURE,
  description,
});

const target = object(
  {
    by: period('Kỳ phải đạt mục tiêu, ví dụ 2025 hoặc 2024-H2.'),
    value: measure('Giá trị mục tiêu.'),
    plan: id('Mã kế hoạch đặt ra mục tiêu (plans.yaml).'),
  },
  ['by', 'value'],
  'Mục tiêu phải đạt trước hết kỳ `by`.',
);

export const indicatorsSchema: JsonSchema = object(
  {
    indicators: listOf(
      object(
        {
          id: id('Mã chỉ tiêu.'),
          name: text('Tên chỉ tiêu, ví dụ: Tỷ lệ hộ gia đình có điện thoại thông minh.'),
          unit: text('Đơn vị tính: "%" hoặc một danh từ như thành viên, dịch vụ, hồ sơ.'),
          pillar: id('Mã trụ cột (pillars.yaml), để nhóm bảng chỉ tiêu.'),
          better: {
            enum: ['higher', 'lower'],
            description: 'higher (mặc định): càng cao càng tốt; lower: càng thấp càng tốt.',
          },
          agency: id('Mã cơ quan chịu trách nhiệm số liệu.'),
          targets: listOf(target, 'Các mục tiêu theo kỳ.'),
        },
        ['id', 'name', 'unit'],
      ),
      'Danh mục chỉ tiêu.',
      1,
    ),
  },
  ['indicators'],
  'Danh mục chỉ tiêu (chỉ tiêu) và mục tiêu của kế hoạch.',
);

export const indicatorValuesSchema: JsonSchema = object(
  {
    agency: id('Mã cơ quan báo cáo các số liệu trong tệp.'),
    submitted: date('Ngày cơ quan báo cáo nhận được tệp (YYYY-MM-DD).'),
    source: importSource(),
    values: listOf(
      object(
        {
          indicator: id('Mã chỉ tiêu (indicators.yaml).'),
          date: date('Ngày của số liệu (YYYY-MM-DD).'),
          period: period('Hoặc kỳ của số liệu, ví dụ 2024-H1: tính tại ngày lấy số liệu của kỳ.'),
          value: measure('Giá trị đo được (một số hữu hạn; tỷ lệ có thể trên 100).'),
          note: text('Ghi chú, nguồn số liệu.'),
          estimate: {
            type: 'boolean',
            description:
              'true: số liệu ước thực hiện đến một ngày sắp tới; chỉ được tính khi lập báo cáo với --estimate.',
          },
        },
        ['indicator', 'value'],
      ),
      'Các số liệu đo được.',
      1,
    ),
  },
  ['values'],
  'Tệp số liệu chỉ tiêu.',
);
