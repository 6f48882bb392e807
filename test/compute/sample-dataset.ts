/**
 * A small province for whole-report tests, reported for 2024-H1 (D = 2024-06-30)
 * against 2023-H2 (2023-12-31). Sở TT&TT ceased on 2024-02-29; its tasks moved
 * to Sở KH&CN. Expected states on D and on 2023-12-31 are noted per task.
 */
import type { Dataset } from '../../src/model/types.js';
import {
  agency,
  assessment,
  buildDataset,
  criterion,
  due,
  task,
  update,
} from './dataset-builder.js';

export function sampleDataset(): Dataset {
  return buildDataset({
    settings: {
      parentOrganization: 'Ủy ban nhân dân tỉnh Quảng Trị',
      signer: { title: 'Trưởng Ban', name: 'Võ Văn Hưng' },
      recipients: ['Ban Chỉ đạo CĐS tỉnh', 'Lưu VT'],
    },
    plans: [
      { id: 'kh-1', number: '1982/QĐ-UBND', date: '2022-07-29', title: 'Đề án CĐS tỉnh' },
      { id: 'kh-2', number: '15/KH-UBND', date: '2024-01-15', title: 'Kế hoạch CĐS năm 2024' },
    ],
    agencies: [
      agency('tttt', 'Sở Thông tin và Truyền thông', {
        shortName: 'Sở TT&TT',
        activeUntil: '2024-02-29',
        successor: 'khcn',
      }),
      agency('khcn', 'Sở Khoa học và Công nghệ', { shortName: 'Sở KH&CN' }),
      agency('ct', 'Sở Công Thương'),
      agency('vp', 'Văn phòng UBND tỉnh'),
      agency('yte', 'Sở Y tế'),
    ],
    components: [{ id: 'nt', name: 'Nhận thức số' }],
    criteria: [criterion('NT-01', 'nt', 10)],
    tasks: [
      // D: in progress, overdue (transferred). 2023-12-31: not started.
      task('Q-1', {
        pillar: 'cqs',
        plan: 'kh-1',
        lead: 'tttt',
        deadline: { kind: 'date', date: '2024-06-30', period: '2024-H1' },
        updates: [
          update('2024-01-15', 'in_progress', { issues: ['thiếu kinh phí'] }),
          update('2024-03-01', 'in_progress', { progress: 30, issues: ['Thiếu kinh phí'] }),
        ],
      }),
      // D: cancelled. 2023-12-31: not started.
      task('Q-2', { pillar: 'cqs', lead: 'tttt', updates: [update('2024-05-01', 'cancelled')] }),
      // Not assigned on either day.
      task('Q-3', { pillar: 'cqs', lead: 'ct', start: '2024-07-01', deadline: due('2024-12-31') }),
      // D: done early. 2023-12-31: not started.
      task('Q-4', {
        pillar: 'cqs',
        plan: 'kh-1',
        lead: 'ct',
        deadline: due('2024-12-31'),
        updates: [update('2024-04-01', 'done')],
      }),
      // D: not started, due in 2024-H2.
      task('Q-5', { pillar: 'cqs', lead: 'ct', deadline: due('2024-09-30') }),
      // D: done on time. 2023-12-31: in progress, not due.
      task('C-1', {
        plan: 'kh-1',
        lead: 'khcn',
        deadline: due('2024-03-31'),
        updates: [
          update('2023-10-01', 'in_progress'),
          update('2024-03-20', 'done', { note: 'Đã nghiệm thu' }),
        ],
      }),
      // D: in progress, ongoing. 2023-12-31: not started.
      task('C-2', {
        plan: 'kh-1',
        lead: 'vp',
        partners: ['khcn'],
        deadline: { kind: 'ongoing' },
        updates: [update('2024-02-01', 'in_progress', { issues: ['Thiếu kinh phí.'] })],
      }),
      // D: done late. 2023-12-31: overdue.
      task('C-3', {
        lead: 'khcn',
        deadline: due('2023-12-15'),
        updates: [update('2023-12-01', 'in_progress'), update('2024-01-10', 'done')],
      }),
      // Overdue on both days; its issue predates the period.
      task('C-10', {
        lead: 'vp',
        deadline: due('2023-12-31'),
        updates: [update('2023-11-01', 'in_progress', { issues: ['Hạ tầng cũ'] })],
      }),
    ],
    assessments: [
      assessment('khcn', '2023-H2', { 'NT-01': 8 }),
      assessment(
        'khcn',
        '2024-H1',
        { 'NT-01': 6 },
        {
          difficulties: ['Thiếu kinh phí', 'Nhân lực chuyên trách còn thiếu'],
          proposals: ['Đề nghị bố trí kinh phí'],
        },
      ),
      assessment(
        'vp',
        '2024-H1',
        { 'NT-01': 9 },
        {
          submitted: '2024-07-03',
          difficulties: ['Nhân lực  chuyên trách còn thiếu;'],
          proposals: ['Đào tạo kỹ năng số', 'đề nghị bố trí kinh phí.'],
        },
      ),
    ],
  });
}
