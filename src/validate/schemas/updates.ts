/** Schema of updates/**\/*.yaml (spec § updates, added in 0.3): one agency's task progress for one period. */
import { date, id, importSource, listOf, object, period, text, type JsonSchema } from './common.js';
import { updateFields } from './records.js';

const entry = object(
  {
    task: id('Mã nhiệm vụ.'),
    ...updateFields,
    evidence: text('Tài liệu kiểm chứng: số văn bản hoặc đường dẫn.'),
  },
  ['task'],
  'Một cập nhật của cơ quan cho một nhiệm vụ (trạng thái bắt buộc khi cơ quan chủ trì).',
);

export const updatesSchema: JsonSchema = object(
  {
    agency: id('Mã cơ quan báo cáo.'),
    period: period('Kỳ báo cáo, ví dụ 2026-11.'),
    submitted: date('Ngày cơ quan nhận được báo cáo.'),
    source: importSource(),
    updates: listOf(entry, 'Các cập nhật của kỳ.'),
  },
  ['agency', 'period', 'updates'],
  'Tệp cập nhật tiến độ của một cơ quan cho một kỳ.',
);
