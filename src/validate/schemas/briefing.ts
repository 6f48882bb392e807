/**
 * Schemas of the briefing's own files (spec § themes.yaml and notes/**, added
 * in 0.2): the themes that group difficulties and proposals, and the office's
 * paragraphs for one period.
 */
import {
  ID_PATTERN,
  id,
  listOf,
  object,
  paragraphs,
  period,
  text,
  type JsonSchema,
} from './common.js';

export const themesSchema: JsonSchema = object(
  {
    themes: listOf(
      object(
        {
          id: id('Mã chủ đề.'),
          name: text(
            'Tên chủ đề, như báo cáo nêu: Nhân lực chuyển đổi số còn thiếu, chủ yếu kiêm nhiệm.',
          ),
          keywords: {
            type: 'array',
            items: { type: 'string', minLength: 1, maxLength: 200 },
            description:
              'Từ khóa: một khó khăn, đề xuất chứa từ khóa (không phân biệt hoa thường) thuộc chủ đề này; khi khớp nhiều chủ đề, từ khóa dài nhất quyết định.',
          },
          exclude: {
            type: 'array',
            items: { type: 'string', minLength: 1, maxLength: 200 },
            description:
              'Cụm từ loại trừ: một khó khăn, đề xuất chứa cụm từ này không xếp vào chủ đề này theo từ khóa (ví dụ "tổ công nghệ số" cho chủ đề nhân lực).',
          },
        },
        ['id', 'name'],
      ),
      'Các chủ đề, theo thứ tự trình bày.',
      1,
    ),
  },
  ['themes'],
  'Các chủ đề nhóm khó khăn, vướng mắc và đề xuất, kiến nghị.',
);

export const notesSchema: JsonSchema = object(
  {
    period: period('Kỳ báo cáo của các đoạn văn này, ví dụ 2024-H1.'),
    basis: paragraphs('Câu mở đầu nêu căn cứ: "Thực hiện …, Ban Chỉ đạo báo cáo … như sau:".'),
    leadership: paragraphs(
      'Công tác lãnh đạo, chỉ đạo, điều hành: văn bản ban hành, hội nghị, sự kiện.',
    ),
    areas: {
      type: 'object',
      propertyNames: { pattern: ID_PATTERN },
      additionalProperties: paragraphs('Kết quả của lĩnh vực.'),
      description:
        'Kết quả theo lĩnh vực: khóa là mã chỉ số thành phần (criteria.yaml) hoặc mã trụ cột.',
    },
    causes: paragraphs('Nguyên nhân của tồn tại, hạn chế.'),
    directions: paragraphs('Nhiệm vụ, giải pháp trọng tâm thời gian tới.'),
    proposals: paragraphs(
      'Đề xuất, kiến nghị của cơ quan soạn báo cáo (đặt trước các đề xuất tổng hợp).',
    ),
    closing: paragraphs('Câu kết: "Trên đây là báo cáo …".'),
  },
  ['period'],
  'Các đoạn văn của cơ quan soạn báo cáo cho một kỳ.',
);
