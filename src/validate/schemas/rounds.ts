/**
 * Schema of rounds.yaml (spec § rounds.yaml, added in 0.3): the office's
 * collection rounds (who must send what for a period, by when) and the
 * identity of the reminder letter.
 */
import {
  date,
  id,
  listOf,
  object,
  paragraphs,
  period,
  SYMBOL_PATTERN,
  text,
  type JsonSchema,
} from './common.js';

/** What a unit sends: its update file, its indicator figures, its self-assessment. */
export const ROUND_PARTS = ['updates', 'indicators', 'assessment'] as const;

const round = object(
  {
    period: period('Kỳ báo cáo của đợt thu thập, ví dụ 2026-11; cũng là mã của đợt.'),
    request: object(
      {
        number: text('Số, ký hiệu công văn đề nghị báo cáo, ví dụ 215/SKHCN-CĐS.'),
        date: date('Ngày của công văn đề nghị (YYYY-MM-DD).'),
      },
      ['number', 'date'],
      'Công văn đề nghị các đơn vị gửi báo cáo.',
    ),
    due: date('Hạn gửi báo cáo (YYYY-MM-DD).'),
    expects: {
      type: 'array',
      items: { type: 'string', enum: [...ROUND_PARTS] },
      minItems: 1,
      uniqueItems: true,
      description:
        'Mỗi đơn vị gửi gì: updates (tiến độ nhiệm vụ), indicators (số liệu chỉ tiêu), assessment (tự đánh giá).',
    },
    from: listOf(id('Mã nhóm hoặc mã cơ quan (agencies.yaml).'), 'Các nhóm, cơ quan phải gửi.', 1),
    except: listOf(id('Mã cơ quan (agencies.yaml).'), 'Các cơ quan không phải gửi.'),
  },
  ['period', 'due', 'expects', 'from'],
  'Một đợt thu thập báo cáo.',
);

export const roundsSchema: JsonSchema = object(
  {
    rounds: listOf(round, 'Các đợt thu thập báo cáo, mỗi kỳ một đợt.'),
    reminders: object(
      {
        symbol: {
          type: 'string',
          pattern: SYMBOL_PATTERN,
          maxLength: 64,
          description:
            'Ký hiệu công văn đôn đốc, viết in hoa, không có dấu cách, ví dụ: SKHCN-CĐS (dòng "Số:      /SKHCN-CĐS").',
        },
        issuer: text('Cơ quan ban hành công văn, ví dụ: Sở Khoa học và Công nghệ.'),
        parent: text('Cơ quan chủ quản, ví dụ: UBND tỉnh Tuyên Quang.'),
        signer: object(
          {
            authority: paragraphs(
              'Thẩm quyền ký (TM., KT., Q., TL., TUQ.): một dòng hoặc danh sách các dòng.',
            ),
            title: text('Chức vụ người ký, ví dụ: Phó Giám đốc.'),
            name: text('Họ tên người ký.'),
          },
          ['title', 'name'],
          'Người ký công văn đôn đốc.',
        ),
      },
      ['symbol', 'issuer'],
      'Số, ký hiệu, cơ quan ban hành và người ký công văn đôn đốc.',
    ),
  },
  ['rounds'],
  'Các đợt thu thập báo cáo và công văn đôn đốc.',
);
