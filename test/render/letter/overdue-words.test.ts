/** The per-agency reminder counts an agency's overdue groups of tasks apart from its tasks (issue 27). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReminderContext, ReminderUnit } from '../../../src/render/letter/reminder-context.js';
import { reminderMarkdown } from '../../../src/render/letter/render-reminder.js';

const TEMPLATE = readFileSync(
  new URL('../../../templates/don-doc.md.hbs', import.meta.url),
  'utf8',
);

const unit = (overdue: { count: number; groups: number }): ReminderUnit => ({
  agency: 'so-tttt',
  name: 'Sở Thông tin và Truyền thông',
  group: 'Sở, ban, ngành',
  owes: ['updates'],
  owed: ['báo cáo tình hình thực hiện nhiệm vụ'],
  owedCell: 'Báo cáo tình hình thực hiện nhiệm vụ',
  overdueTasks: [
    { id: 'CQS-14', title: 'Hội nghị truyền hình' },
    { id: 'CHUNG-06', title: 'Trung tâm dữ liệu' },
  ].slice(0, overdue.count),
  overdue,
});

const letter = (units: ReminderUnit[]): ReminderContext => ({
  organization: { name: 'Sở Khoa học và Công nghệ', parent: 'UBND tỉnh Quảng Trị' },
  document: null,
  place: 'Quảng Trị',
  date: '2025-01-14',
  period: { code: '2024-H2', label: '6 tháng cuối năm 2024' },
  subject: 'kết quả thực hiện công tác chuyển đổi số',
  reference: null,
  request: null,
  due: '2025-01-10',
  newDue: '2025-01-17',
  expected: 28,
  notSent: 1,
  addressees: units.map((entry) => entry.name),
  units,
  perAgency: true,
  signer: null,
  agencies: [],
  groups: [],
  pillars: [],
  plans: [],
});

const overdueSentence = async (overdue: { count: number; groups: number }) =>
  (await reminderMarkdown(letter([unit(overdue)]), TEMPLATE))
    .split('\n')
    .find((line) => line.startsWith('Đến ngày'));

describe('the reminder to one agency', () => {
  it('says its overdue tasks and groups of tasks apart', async () => {
    expect(await overdueSentence({ count: 2, groups: 1 })).toBe(
      'Đến ngày 14/01/2025, Sở Khoa học và Công nghệ chưa nhận được báo cáo tình hình thực hiện nhiệm vụ của Sở Thông tin và Truyền thông; 1 nhiệm vụ và 1 nhóm nhiệm vụ do đơn vị chủ trì đã quá hạn nhưng chưa được cập nhật tình hình trong kỳ (chi tiết tại Phụ lục kèm theo).',
    );
    expect(await overdueSentence({ count: 2, groups: 0 })).toContain(
      '; 2 nhiệm vụ do đơn vị chủ trì đã quá hạn',
    );
  });
});
