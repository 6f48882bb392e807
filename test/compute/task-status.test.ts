import { describe, expect, it } from 'vitest';
import { taskOnDay } from '../../src/compute/task-status.js';
import { task, update } from './dataset-builder.js';

describe('taskOnDay', () => {
  it('reads the log as of the end of the day: an update on D counts, one on D + 1 does not', () => {
    const logged = task('T1', {
      updates: [
        update('2024-03-15', 'in_progress', {
          progress: 40,
          note: 'Đã khảo sát',
          evidence: 'Báo cáo số 15/BC-SKHCN',
        }),
        update('2024-06-30', 'in_progress', { progress: 60, issues: ['Thiếu kinh phí'] }),
        update('2024-07-01', 'done', {
          note: 'Nghiệm thu',
          evidence: 'Biên bản nghiệm thu ngày 01/7/2024',
        }),
      ],
    });
    expect(taskOnDay(logged, '2024-06-30')).toEqual({
      status: 'in_progress',
      completedOn: null,
      implementedOn: '2024-03-15',
      progress: 60,
      lastNote: 'Đã khảo sát',
      issues: ['Thiếu kinh phí'],
      latestIssue: 'Thiếu kinh phí',
      lastEvidence: 'Báo cáo số 15/BC-SKHCN',
    });
    expect(taskOnDay(logged, '2024-07-01')).toEqual({
      status: 'done',
      completedOn: '2024-07-01',
      implementedOn: '2024-03-15',
      progress: 100,
      lastNote: 'Nghiệm thu',
      issues: ['Thiếu kinh phí'],
      latestIssue: 'Thiếu kinh phí',
      lastEvidence: 'Biên bản nghiệm thu ngày 01/7/2024',
    });
  });

  it('gives not_started and empty details before the first update', () => {
    const logged = task('T1', { updates: [update('2024-07-01', 'in_progress', { progress: 5 })] });
    expect(taskOnDay(logged, '2024-06-30')).toEqual({
      status: 'not_started',
      completedOn: null,
      implementedOn: null,
      progress: null,
      lastNote: null,
      issues: [],
      latestIssue: null,
      lastEvidence: null,
    });
  });

  it('sorts updates by date, and the last update written on a day wins', () => {
    const logged = task('T1', {
      updates: [
        update('2024-05-02', 'done'),
        update('2024-05-02', 'in_progress'),
        update('2024-01-10', 'in_progress'),
      ],
    });
    expect(taskOnDay(logged, '2024-06-30').status).toBe('in_progress');
    expect(taskOnDay(logged, '2024-06-30').completedOn).toBeNull();
  });

  it('takes the first done update as the completion date, even after a reopening', () => {
    const logged = task('T1', {
      updates: [
        update('2024-02-01', 'done'),
        update('2024-03-01', 'in_progress', { note: 'Mở lại' }),
        update('2024-04-01', 'done'),
      ],
    });
    expect(taskOnDay(logged, '2024-03-15')).toMatchObject({
      status: 'in_progress',
      completedOn: null,
    });
    expect(taskOnDay(logged, '2024-04-30')).toMatchObject({
      status: 'done',
      completedOn: '2024-02-01',
    });
  });

  it('lists issues up to the day once each, keeping the first spelling', () => {
    const logged = task('T1', {
      updates: [
        update('2024-02-01', 'in_progress', { issues: ['Thiếu  kinh phí.', 'Thiếu nhân lực'] }),
        update('2024-03-01', 'in_progress', { issues: ['thiếu kinh phí'] }),
        update('2024-09-01', 'in_progress', { issues: ['Chậm giải ngân'] }),
      ],
    });
    expect(taskOnDay(logged, '2024-06-30').issues).toEqual(['Thiếu kinh phí.', 'Thiếu nhân lực']);
  });
});
